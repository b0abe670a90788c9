using Casus.Document;

namespace Casus.Coding.Clauses;

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
    /// groups; returns how many.</summary>
    public static int Named(ParseTree tree, List<int> sides, List<int> into)
    {
        into.Clear();
        foreach (int m in sides)
            if (!IsCountrylessGroup(tree, m)) into.Add(m);
        return into.Count;
    }

    /// <summary>True when mention <paramref name="m"/> has no country and its head is a common noun in the plural
    /// ("officials") or without a determiner ("police"), not a name or a singular title ("the President").</summary>
    private static bool IsCountrylessGroup(ParseTree tree, int m)
    {
        var mention = tree.Mentions[m];
        if (mention.Code.Primary != "---") return false;
        var span = mention.Tokens;
        int head = -1;
        for (int t = span.First; t < span.End; t++) if (tree.MentionAtHead(t) == m) { head = t; break; }
        if (head < 0 || tree.Upos(head) != Upos.NOUN) return false;
        if (tree.Xpos(head) is "NNS") return true;
        return tree.Child(head, "det") < 0 && tree.Child(head, "nmod:poss") < 0;
    }
}
