using Casus.Coding.Verbs;

namespace Casus.Coding.Clauses;

/// <summary>
/// A pattern whose target slot stands behind a place preposition (`impose curfew (on|in) &lt;obj&gt;`, `besiege town
/// (of|in) &lt;obj&gt;`, `deploy troop (to|in|along|near|on) &lt;obj&gt;`): the author wrote that the act falls on the
/// place where it happens. When such a slot names no actor ("imposed a curfew in the town of Cizre": a town is no actor
/// mention), the place's country from the verb's phrases is the target, as for a pattern without a slot
/// (<see cref="TargetFallback"/>); other patterns whose slot stayed empty stay uncoded (docs/formats/verbs.md).
/// Only where the sentence has the place preposition the pattern names (the matcher used it: "imposed a curfew in
/// ..."), and only for the acts CAMEO codes against the place where they happen and that a place settles: easing
/// (08: "lifted the curfew in ..."), protest (14), force posture (15), sanctions (16), coercion (17) and force (18-20).
/// Meetings, visits and investment (03-06) are left out: measured on news, a place filled their slots with historical
/// arrivals ("emissaries who arrived in San Francisco in the 19th century") as often as with acts.
/// </summary>
internal static class PlaceSlot
{
    // The prepositions that put a place, not an addressee, in the slot. "to" is left out: "send aid to" names a
    // recipient as often as a place. "on" and "from" name a topic or a giver in the acts of 03-07 ("talks on", "aid
    // from"), which Applies excludes; in the acts it allows they name the place acted on or left ("imposed a curfew
    // on the town of X", "fired shells on the village of X", "withdrew its troops from the town of X").
    private static readonly string[] PlacePrepositions =
        { "in", "at", "near", "inside", "outside", "across", "throughout", "around", "within", "along", "into", "off", "on", "from" };

    /// <summary>True when <paramref name="match"/>'s empty target slot may be filled by the place of the act: the
    /// pattern's slot stands behind a place preposition, the sentence used that preposition, and the act's
    /// root is one a place settles (08, 14-20); or the act is sympathy (018), whatever the slot's preposition; or an
    /// investigation (09) whose slot stands behind "to" (investigators sent to a place).</summary>
    public static bool Applies(in TreeMatch match, ParseTree tree, CameoCode code)
    {
        // Sympathy (018) "for|over|with" a tragedy names no addressee when no actor stands there ("expressed sorrow for
        // the shootings in South Carolina"): it goes to the people of the place of the tragedy (TargetFallback.PlaceRoot).
        if (code.Digits == "018") return true;
        int root = code.Root;
        // Investigators sent "to" a place that is no actor ("dispatched inspectors to the Esfahan conversion facility in
        // central Iran") investigate there: the place's country is what is looked into (TargetFallback.PlaceRoot).
        if (root == 9) return SlotAfter(match.Pattern, "to") && UsedWord(in match, tree, "to");
        if (root != 8 && root < 14) return false;
        // "bombed Aleppo", "shelled the city of Kharkiv": force on a place named as the direct object falls on it.
        if (root >= 18 && match.Pattern.HasDirectObject && !match.TargetIsPatient) return true;
        if (!Allows(match.Pattern)) return false;
        for (int u = 0; u < match.Used.Count; u++)
        {
            int t = match.Used[u];
            if (!IsPlacePreposition(tree.Word(t))) continue;
            // "in response to", "in retaliation for": a fixed phrase, no place.
            int h = tree.Head(t);
            if (h >= 0 && IsNoPlace(tree.Word(h))) continue;
            return true;
        }
        return false;
    }

    // The word element right before the target slot lists the word.
    private static bool SlotAfter(VerbPattern pattern, string word)
    {
        var elements = pattern.Elements;
        for (int e = 1; e < elements.Count; e++)
            if (elements[e].Kind == PatternElementKind.Target)
                return elements[e - 1].Kind is PatternElementKind.Word or PatternElementKind.OptionalWord && elements[e - 1].Words.Contains(word);
        return false;
    }

    private static bool UsedWord(in TreeMatch match, ParseTree tree, string word)
    {
        for (int u = 0; u < match.Used.Count; u++) if (tree.IsWord(match.Used[u], word)) return true;
        return false;
    }

    private static bool IsPlacePreposition(ReadOnlySpan<char> w)
    {
        foreach (var p in PlacePrepositions)
            if (w.Equals(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Nouns of fixed phrases after a place preposition that name a reason, manner or time, not a place
    // (data/clauses/slot-nouns.txt).
    private static bool IsNoPlace(ReadOnlySpan<char> w) => SlotNouns.Default.IsNoPlace(w);

    /// <summary>True when the word element right before the pattern's target slot accepts a place preposition.</summary>
    public static bool Allows(VerbPattern pattern)
    {
        var elements = pattern.Elements;
        for (int e = 1; e < elements.Count; e++)
        {
            if (elements[e].Kind != PatternElementKind.Target) continue;
            var before = elements[e - 1];
            if (before.Kind is not (PatternElementKind.Word or PatternElementKind.OptionalWord)) return false;
            foreach (var w in before.Words)
                if (Array.IndexOf(PlacePrepositions, w) >= 0) return true;
            return false;
        }
        return false;
    }
}
