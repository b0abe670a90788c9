using Casus.Coding.Nouns;
using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// The people struck by an event noun of coercion or force (roots 17–20), read from the nominal behind the noun's
    /// target preposition as the verb reading reads a place struck: "Israeli shelling of Gaza towns" (a country's
    /// towns: <see cref="StruckSettlement"/>), "the Israeli bombardment of Beirut" (a seat of government named alone),
    /// "Russian air strikes on Aleppo" (a place the gazetteer knows) and "air strikes on villages in Idlib" (a
    /// settlement noun whose in-phrase names the place) stand for the civilians who live there, never the state.
    /// Null when the nominal names someone else, or nothing of the kind.
    /// </summary>
    private (Mention People, int Node)? StruckByNoun(int sentence, int t, NounEntry entry, List<int> targets, List<string> notes)
    {
        int root = TargetFallback.PlaceRoot(entry.Code);
        if (root is < 17 or > 20) return null;
        int slot = NounTargetNode(t, entry);
        if (slot < 0) return null;
        if (targets.Count == 1)
        {
            if (StruckSettlement(slot, entry.Code, targets, notes) is { } people) return (people, slot);
            if (root >= 18 && SeatStruck(slot, targets[0], notes) is { } city) return (city, slot);
            return null;
        }
        if (targets.Count > 0) return null;
        // "air strikes on Aleppo": a place, no actor mention.
        if (_targetFallback.PlaceAt(sentence, slot, out var place, out var placeEntry))
        {
            notes.Add($"target from the event noun's place '{place.Text}' → {placeEntry.Country} ({placeEntry.Evidence})");
            return (TargetFallback.Struck(place, root, notes), slot);
        }
        // "air strikes on villages in Idlib": the settlements of the named place.
        if (!IsSettlement(slot)) return null;
        for (int c = _tree.FirstChild(slot); c >= 0; c = _tree.NextSibling(c))
        {
            if (c < slot || !_tree.Is(c, "nmod") || _tree.CaseOf(c) is not (int k and >= 0) || !(_tree.IsWord(k, "in") || _tree.IsWord(k, "near"))) continue;
            if (_tree.MentionAtHead(c) is int m and >= 0 && _tree.Mentions[m].Code.Value.Length == 3)
            {
                // "villages in Lebanon": the country named as a place.
                notes.Add($"'{_tree.Word(slot)} {_tree.Word(k)} {_tree.Mentions[m].Text}': the place struck → {_tree.Mentions[m].Code}");
                return (TargetFallback.Struck(_tree.Mentions[m], root, notes), c);
            }
            if (_targetFallback.PlaceAt(sentence, c, out var inPlace, out var inEntry))
            {
                notes.Add($"target from the event noun's place '{_tree.Word(slot)} {_tree.Word(k)} {inPlace.Text}' → {inEntry.Country} ({inEntry.Evidence})");
                return (TargetFallback.Struck(inPlace, root, notes), c);
            }
        }
        return null;
    }

    /// <summary>The nominal behind the event noun's own target preposition ("shelling [of] towns", "strikes [on]
    /// Aleppo"), or -1.</summary>
    private int NounTargetNode(int t, NounEntry entry)
    {
        for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c))
            if (c > t && _tree.Is(c, "nmod") && _tree.CaseOf(c) is int k and >= 0 && entry.RoleOf(_tree.Word(k)) == NounRole.Target)
                return c;
        return -1;
    }

    /// <summary>
    /// "rebels shelled Kabul", "the bombardment of Beirut": a seat of government named alone (its country line, a proper
    /// noun, no role word) struck by force is the city, its civilians, not the government. Null otherwise.
    /// </summary>
    private Mention? SeatStruck(int node, int target, List<string> notes)
    {
        if (_tree.MentionAtHead(node) != target) return null;
        var seat = _tree.Mentions[target];
        if (seat.Code.Value.Length != 6 || !seat.Code.Value.EndsWith("GOV", StringComparison.Ordinal) || _tree.Upos(node) != Upos.PROPN
            || !Casus.Actors.Discourse.UnattributedAttackPass.IsSeatName(seat)) return null;
        var civilians = seat with
        {
            Code = Casus.Actors.ActorCode.Parse(seat.Code.Primary + "CVL"),
            Evidence = [.. seat.Evidence, "a seat of government struck by force stands for its civilians"],
        };
        notes.Add($"a seat of government struck by force: '{seat.Text}' → {civilians.Code}");
        return civilians;
    }

    /// <summary>True when nominal <paramref name="node"/> stands behind a preposition of place ("in Abidjan", "across
    /// the capital"): the place where the act happens, not the one it is done to.</summary>
    private bool IsUnderPlacePreposition(int node)
    {
        int k = _tree.CaseOf(node);
        if (k < 0) return false;
        foreach (var w in PlacePrepositions) if (_tree.IsWord(k, w)) return true;
        return false;
    }

    private static readonly string[] PlacePrepositions = { "in", "at", "across", "throughout", "within", "around", "inside" };
}
