using Casus.Time;

namespace Casus.Coding.Clauses;

/// <summary>
/// An event noun that names an act still to come (nouns3): "welcomed the upcoming visit by the Iraqi foreign minister
/// next week", "welcomed the visit of the minister later this week". A verb pattern that takes such a noun as one of
/// its words ("welcome visit (of|by|from) &lt;obj&gt;": 043, host a visit) would report a visit not yet made; the noun
/// reading would read the visit as made. Neither codes it: the welcome of a coming visit is at most an intent, and
/// the verb dictionary codes intents from their own verbs ("will visit", "plans to host").
/// </summary>
internal sealed partial class ParseCoder
{
    /// <summary>True when a word of the match other than its verb is an event noun of an act still to come, of the
    /// pattern's own root (the pattern reports that act). Appeals,
    /// intents and threats (roots 02, 03, 13) are about acts to come by their nature ("invited Zelenskyy to visit later
    /// this summer", "will travel for meetings next week"), and keep their reading.</summary>
    private bool NamesComingAct(in TreeMatch match)
    {
        var code = match.ComplementCode ?? match.Pattern.Code;
        if (code.Root is 2 or 3 or 13) return false;
        for (int i = 0; i < match.Used.Count; i++)
        {
            int u = match.Used[i];
            // Only where the pattern reports the noun's own act ("welcome visit" hosts the visit, 04): "cancelled a
            // planned visit" (12) or "postponed the upcoming talks" is an act on a coming act, done now.
            if (u == match.Verb || !NounOfRoot(u, code.Root)) continue;
            if (HasUnrealModifier(u) || HasFutureTime(u) || HasFutureTime(match.Verb)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="node"/> has a time phrase that points ahead: "next week", "the coming days",
    /// "tomorrow", "later this week" (the words are the ahead kinds of data/time/time-words.txt; "this" is the
    /// determiner of the grammar, not vocabulary).</summary>
    private bool HasFutureTime(int node)
    {
        for (int g = _tree.FirstChild(node); g >= 0; g = _tree.NextSibling(g))
        {
            if (TimeWords.Default.IsAhead(_tree.Word(g))) return true;
            bool later = TimeWords.Default.IsAheadAdverb(_tree.Word(g));
            if (!(later || _tree.Is(g, "obl") || _tree.Is(g, "nmod"))) continue;
            for (int d = _tree.FirstChild(g); d >= 0; d = _tree.NextSibling(d))
            {
                // "later this week" is read either way: "later" over "week", or "week" with "later" under it.
                if (later ? TimeWithDeterminer(d, "this") : TimeWords.Default.IsAheadAdverb(_tree.Word(d)) && TimeWithDeterminer(g, "this")) return true;
                if ((_tree.Is(d, "amod") || _tree.Is(d, "det")) && d < g && TimeWords.Default.IsAheadModifier(_tree.Word(d))) return true;
            }
        }
        return false;
    }

    /// <summary>True when token <paramref name="t"/> is an event noun with an entry of CAMEO root <paramref name="root"/>.</summary>
    private bool NounOfRoot(int t, int root)
    {
        foreach (var e in _stage.Nouns.Lookup(_tree.Word(t))) if (!e.Received && e.Code.Root == root) return true;
        if (_tree.Lemma(t) is { } lemma) foreach (var e in _stage.Nouns.Lookup(lemma)) if (!e.Received && e.Code.Root == root) return true;
        return false;
    }

    private bool TimeWithDeterminer(int n, string word)
    {
        for (int d = _tree.FirstChild(n); d >= 0; d = _tree.NextSibling(d))
            if (_tree.Is(d, "det") && d < n && _tree.IsWord(d, word)) return true;
        return false;
    }
}
