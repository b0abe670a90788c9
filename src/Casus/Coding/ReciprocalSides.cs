using Casus.Coding.Clauses;
using Casus.Document;

namespace Casus.Coding;

/// <summary>
/// The sides of a reciprocal act ("X and Y held talks", "talks between X and Y"). A group role with no country
/// ("police", "officials", "protesters" with none in the sentence) is no side: it is anyone of that kind, and pairing it
/// with the other side makes an event between a known actor and nobody in particular. A single person with no country
/// yet ("the Prime Minister", "President Yoon") is somebody particular and stays a side (docs/formats/verbs.md,
/// "Reciprocal acts").
/// </summary>
internal static class ReciprocalSides
{
    /// <summary>Copies into <paramref name="into"/> the mentions of <paramref name="sides"/> that are not countryless
    /// groups, reading determiners from the parse; returns how many.</summary>
    public static int Named(ParseTree tree, List<int> sides, List<int> into)
    {
        into.Clear();
        foreach (int m in sides)
        {
            var mention = tree.Mentions[m];
            int head = -1;
            for (int t = mention.Tokens.First; t < mention.Tokens.End; t++) if (tree.MentionAtHead(t) == m) { head = t; break; }
            bool determined = head >= 0 && (tree.Child(head, "det") >= 0 || tree.Child(head, "nmod:poss") >= 0);
            if (!IsCountrylessGroup(mention, head, tree.Upos(Math.Max(head, 0)), tree.Xpos(Math.Max(head, 0)), determined)) into.Add(m);
        }
        return into.Count;
    }

    /// <summary>The same for the word-sequence reading: the head is the mention's last word, and a determiner is the
    /// word before the mention or its own first word.</summary>
    public static int Named(Article article, List<int> sides, List<int> into)
    {
        into.Clear();
        var tokens = article.TokenData;
        foreach (int m in sides)
        {
            var mention = article.Mentions[m];
            int head = mention.Tokens.End - 1;
            bool determined = IsDeterminer(article, mention.Tokens.First) || (mention.Tokens.First > 0 && IsDeterminer(article, mention.Tokens.First - 1));
            if (!IsCountrylessGroup(mention, head, tokens[head].Upos, tokens[head].Xpos, determined)) into.Add(m);
        }
        return into.Count;
    }

    /// <summary>True when a mention has no country and its head is a common noun in the plural ("officials") or without
    /// a determiner ("police"), not a name or a singular title ("the President").</summary>
    private static bool IsCountrylessGroup(Mention mention, int head, Upos upos, string? xpos, bool determined)
    {
        if (mention.Code.Primary != "---" || head < 0 || upos != Upos.NOUN) return false;
        return xpos is "NNS" || !determined;
    }

    private static bool IsDeterminer(Article article, int t)
    {
        var td = article.TokenData[t];
        if (td.Upos == Upos.DET || td.Xpos is "DT" or "PRP$") return true;
        return false;
    }
}
