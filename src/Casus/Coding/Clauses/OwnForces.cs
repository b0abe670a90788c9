using Casus.Actors;
using Casus.Document;

namespace Casus.Coding.Clauses;

/// <summary>
/// "Syria withdrew its troops from Lebanon", "Russia pulled its forces out of Georgia": the actor stage reads "troops
/// from Lebanon" as Lebanon's troops (LBNMIL), which is right where nobody else owns them ("troops from Lebanon
/// arrived"). When the phrase's owner is the source itself (a possessive pronoun, or the source's own name: "Syria's
/// troops"), the troops are the source's means, and the from/out-of phrase names the place they leave: that country
/// is what the act is done to (LBN), not a military of its own.
/// </summary>
internal static class OwnForces
{
    /// <summary>The country of the place the source's own people leave, as a new mention over the words after
    /// from/out of, or null when mention <paramref name="mention"/> is not of that shape. The pattern's slot may hold
    /// the noun or the place ("withdraw troop (from) &lt;obj&gt;"), so the owned noun is the word before from/out of.</summary>
    public static Mention? PlaceLeft(ParseTree tree, int mention, List<int> sources)
    {
        if (mention < 0) return null;
        var m = tree.Mentions[mention];
        // A bare country is a place already; only a role of a country ("troops from Lebanon") is read again.
        if (m.Code.Value.Length <= 3 || m.Code.Primary == "---") return null;
        foreach (int s in sources)
            if (tree.Mentions[s].Code.Primary == m.Code.Primary) return null;
        int place = -1, owned = -1;
        for (int t = m.Tokens.First + 1; t < m.Tokens.End - 1; t++)
        {
            if (tree.IsWord(t, "from")) (owned, place) = (t - 1, t + 1);
            else if (tree.IsWord(t, "of") && tree.IsWord(t - 1, "out") && t - 2 >= m.Tokens.First) (owned, place) = (t - 2, t + 1);
            if (place >= 0) break;
        }
        if (place < 0 || !OwnedBySource(tree, owned, sources)) return null;
        var tokens = tree.Article.TokenData;
        int last = m.Tokens.End - 1;
        string text = tree.Article.Text.Substring(tokens[place].Start, tokens[last].End - tokens[place].Start);
        var country = ActorCode.Parse(m.Code.Primary);
        return new Mention(m.Sentence, new TokenSpan(place, last - place + 1), text, country,
            [.. m.Evidence, $"'{m.Text}' belongs to the source: the place it leaves → {country}"]);
    }

    /// <summary>True when the noun at <paramref name="head"/> has the source as its owner: a possessive pronoun
    /// ("its troops"; <c>[owner-pronouns]</c> of data/frames/frame_words.txt) or a possessor coded with a source's
    /// country ("Syria's troops").</summary>
    private static bool OwnedBySource(ParseTree tree, int head, List<int> sources)
    {
        for (int c = tree.FirstChild(head); c >= 0; c = tree.NextSibling(c))
        {
            if (!tree.Is(c, "nmod:poss", exact: true)) continue;
            if (FrameWords.Default.Contains(FrameWordList.OwnerPronouns, tree.Word(c))) return true;
            int a = tree.MentionAtHead(c);
            if (a < 0) continue;
            foreach (int s in sources)
                if (tree.Mentions[s].Code.Primary == tree.Mentions[a].Code.Primary) return true;
        }
        return false;
    }
}
