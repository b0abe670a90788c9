using Casus.Actors.Context;
using Casus.Document;

namespace Casus.Coding;

/// <summary>
/// Tidies the events coded from one sentence before they leave the coder. The parse reading, the noun reading, the
/// word reading and the target fallback each find acts on their own, so one act can come out twice, once per reading
/// or once per actor mention of the same actor; and a reading can take the source's own mention again as the target.
/// This pass drops an event whose source and target are one name, or one country with the target the verb's own
/// object (the source is then the misreading); takes a target read from a place in the source's own country off its
/// act (the act stays, with no target); drops the second of two events with the same code root and the same source
/// and target codes that share their verb, target or (with no target) source (the same act read twice); and drops an
/// event whose source or target is the whole of an actor that another event of the same act names more exactly
/// (SYR beside SYRGOV: the specific one says more); drops a visit or hosting within the source's own country; and drops
/// an event whose two sides have one role and no country ("---GOV" met "---GOV"); drops a pair of one country and role
/// the sentence gives no ground for (<see cref="SelfDyad"/>); and folds a participle of force into the attack it tells
/// the casualties of (<see cref="AttackCasualties"/>).
/// Each drop is recorded as an Info diagnostic, which
/// <c>--explain</c> lists. Allocates only when something is dropped.
/// </summary>
internal static class EventConsolidation
{
    /// <summary>The stage name on the diagnostics this pass records.</summary>
    public const string Stage = "consolidate";

    /// <summary>Consolidates the events of <paramref name="article"/> from index <paramref name="from"/> on (those of
    /// the sentence just coded). Returns how many were dropped.</summary>
    public static int Consolidate(Article article, int from)
    {
        var events = article.Events;
        int count = events.Count - from;
        if (count <= 0) return 0;
        bool[]? drop = null;
        for (int i = from; i < events.Count; i++)
        {
            var e = events[i];
            // Two members of one group ("the two leaders agreed": each with the other) share the group's words.
            if (e.Target is { } self && (Overlap(e.Source.Tokens, self.Tokens) || SameWords(e.Source, self))
                && !(Casus.Actors.Discourse.GroupPass.IsMember(e.Source) && Casus.Actors.Discourse.GroupPass.IsMember(self)))
            {
                // One name read as both source and target ("they called on the DPRK to abandon", "applauded
                // Colombia's commitment", "partners with Mexico"): on news the target is the verb's own object and
                // the source the misreading (a name taken from elsewhere in the sentence), and an event needs a source.
                Drop(article, ref drop, from, i, "source and target are one name");
                continue;
            }
            if (e.Target is { } other && IsSelfTarget(e.Source, other) && !TargetFromPlace(e))
            {
                // The verb's own object names the source's country again ("In Colombia, Singh met with President
                // Duque": COL → COL): the object is right and the source misread.
                Drop(article, ref drop, from, i, "source and target are one country, the target the verb's object");
                continue;
            }
            if (e.Target is { } peer && IsCountrylessPair(e.Source, peer))
            {
                // "The National Security Advisor and Foreign Minister discussed ...", "the delegation met with
                // government officials", "Officials consulted their counterparts": two sides of one role, neither with
                // a country, are in news two states' officeholders (or one state's own offices) whom the words leave
                // unnamed; the dyad says nothing of who acted on whom, and on news most such pairs were misreadings.
                Drop(article, ref drop, from, i, "source and target share a role and neither has a country");
                continue;
            }
            if (AttackCasualties.AttackOf(article, e, from, events.Count, drop) is var attack and >= 0)
            {
                // "Insurgents bombarded Kabul, killing eight people": one attack; its victims are its target where it
                // names none ("launched an attack, killing eight people").
                var a = events[attack];
                if (a.Target is null && e.Target is not null)
                {
                    var notes = new List<string>((a.Evidence.Notes?.Count ?? 0) + 1);
                    if (a.Evidence.Notes is { } an) notes.AddRange(an);
                    notes.Add($"target from the participle '{article.Tokens[e.Trigger.First].Text}': the attack's victims");
                    article.ReplaceEvent(attack, a with { Target = e.Target, Evidence = a.Evidence with { TargetEntries = e.Evidence.TargetEntries, Notes = notes } });
                }
                Drop(article, ref drop, from, i, $"the casualties of the attack {Describe(events[attack])}, one event");
                continue;
            }
            if (e.Target is { } place && IsHomeVisit(e, place))
            {
                // "The Omani sultan visited Muscat", "attended prayers in Muscat": travel within one's own country
                // (the place read as the country or its capital's government) is no visit between actors, and a
                // visit or hosting with its destination gone names nothing.
                Drop(article, ref drop, from, i, "a visit or hosting within the source's own country");
                continue;
            }
            if (SelfDyad.IsGroundless(e))
            {
                // "Bill Richardson, visiting Pyongyang, met North Korean officials" (PRKGOV → PRKGOV), "the French
                // foreign and defence ministers met" (FRAGOV → FRAGOV): one country and role on both sides is no event
                // between actors unless the sentence names a person acting on another single person (SelfDyad).
                Drop(article, ref drop, from, i, "source and target are one country and role, and the sentence names no person acting on another");
                continue;
            }
            if (SelfDyad.IsOneCountryReciprocal(e))
            {
                // "Blinken, Mayorkas and Garland met ...", "Brazil and the United States intend to ..., announced by
                // Presidents Lula and Biden": offices of one state in one compound subject act together.
                Drop(article, ref drop, from, i, "a reciprocal act of cooperation between two sides of one country");
                continue;
            }
            if (e.Target is { } target && (IsSelfTarget(e.Source, target) || IsOwnState(e, target)))
            {
                // The act stands; its target is the source again (a place in the source's own country, a modifier
                // naming the source's nationality, the source's own state: "President Biden reaffirmed the U.S.
                // commitment", "Kishida welcomed Japan's commitment"), which names nobody acted on.
                article.AddDiagnostic(new Diagnostic(Stage, Severity.Info,
                    $"sentence {e.Sentence}: {e.Code.Digits} {Dyad(e)} \"{e.Evidence.Rule}\": target \"{target.Text}\" dropped, the source's own code"));
                e = e with { Target = null, Evidence = e.Evidence with { TargetEntries = [] } };
                article.ReplaceEvent(i, e);
            }
            for (int j = from; j < i; j++)
            {
                if (drop?[j - from] == true) continue;
                var d = events[j];
                if (d.Code.Root != e.Code.Root || !SameEvidence(d, e)) continue;
                var rel = Compare(d, e);
                if (rel == Relation.Same)
                {
                    Drop(article, ref drop, from, i, $"same act as {Describe(d)}");
                    break;
                }
                if (rel == Relation.FirstMoreSpecific)
                {
                    Drop(article, ref drop, from, i, $"a whole beside its part in {Describe(d)}");
                    break;
                }
                if (rel == Relation.SecondMoreSpecific)
                    Drop(article, ref drop, from, j, $"a whole beside its part in {Describe(e)}");
            }
        }
        if (drop is null) return 0;
        var kept = new List<Event>(count);
        int dropped = 0;
        for (int i = 0; i < count; i++)
            if (drop[i]) dropped++;
            else kept.Add(events[from + i]);
        article.ReplaceEvents(from, kept);
        return dropped;
    }

    private static bool SameWords(Mention a, Mention b) => a.Code == b.Code && string.Equals(a.Text, b.Text, StringComparison.OrdinalIgnoreCase);

    // The same actor as source and target under two names: a whole country or organisation with no role ("Israel threatened to ban voting in Jerusalem", the
    // place read as its country). Two people or bodies with one role code are two actors ("Trump attacked Biden",
    // both USAGOV), and so are two with an unknown country ("---GOV met ---GOV").
    private static bool IsSelfTarget(Mention source, Mention target)
    {
        if (source.Code != target.Code) return false;
        var code = source.Code.Value;
        return code.Length == 3 && !code.StartsWith("---", StringComparison.Ordinal) || IsBareOrganisation(code);
    }

    // Two role actors of one role with no country ("---GOV" and "---GOV"); a role-less "---" is left to the others.
    private static bool IsCountrylessPair(Mention source, Mention target)
    {
        var s = source.Code.Value;
        var t = target.Code.Value;
        return s.Length >= 6 && t.Length >= 6 && s.StartsWith("---", StringComparison.Ordinal)
            && t.StartsWith("---", StringComparison.Ordinal) && s.AsSpan(3, 3).SequenceEqual(t.AsSpan(3, 3));
    }

    // A visit (042) or hosting (043) whose other side is the source's own country as a whole, or the source's own code
    // (a capital read as its government): not two actors meeting. A different role of the same country stays ("visited
    // US troops": USAGOV → USAMIL).
    private static bool IsHomeVisit(Event e, Mention target)
    {
        if (e.Code.Digits is not ("042" or "043")) return false;
        var s = e.Source.Code.Value;
        var t = target.Code.Value;
        if (s.Length < 3 || t.Length < 3 || s.StartsWith("---", StringComparison.Ordinal)) return false;
        if (!s.AsSpan(0, 3).SequenceEqual(t.AsSpan(0, 3))) return false;
        return t.Length == 3 || s == t;
    }

    // A state's own organ or officeholder and the whole state as target (USAGOV → USA): news names the state beside
    // its officials as the owner of what they do ("the U.S. commitment", "Japan's pledge", "U.S.-India cooperation"),
    // never as someone they act on. Not when the target's country is only the context's guess, nor for a place the
    // target fallback read, whose people a state's coercion or force acts on ("imposed a curfew in Algiers").
    // Protest (14) is the exception: a people demonstrates against its own state ("Kenyan opposition supporters
    // protested in Kenya"), and so is a source whose country the context gave from that very target.
    private static bool IsOwnState(Event e, Mention target)
    {
        var t = target.Code.Value;
        var s = e.Source.Code.Value;
        return t.Length == 3 && !t.StartsWith("---", StringComparison.Ordinal) && s.Length > 3
            && s.StartsWith(t, StringComparison.Ordinal) && e.Code.Root != 14
            && !ContextCountry.FromContext(target) && !CountryFromTarget(e.Source, target) && !TargetFromPlace(e)
            && !TargetIsOwnPeople(e);
    }

    // The source took its country from the target's words ("country from context: 'Serbia' (same sentence)").
    private static bool CountryFromTarget(Mention source, Mention target)
    {
        foreach (var line in source.Evidence)
            if (line.StartsWith(ContextCountry.NotePrefix, StringComparison.Ordinal)
                && line.Contains($"'{target.Text}'", StringComparison.Ordinal)) return true;
        return false;
    }

    // A transnational body with its own code and no role beyond it (IGOUNO: "urged the UN to ..." read twice).
    private static bool IsBareOrganisation(string code) =>
        code.Length == 6 && code.StartsWith("IGO", StringComparison.Ordinal);

    // Two readings of one act share words: the verb ("Biden and Harris met X", "killed children, women and men"), or
    // the target (one target reached by two routes), or, with no target, the source. Different verbs with different
    // targets are different acts even with one source ("Russia attacked Ukraine and shelled Kharkiv").
    private static bool SameEvidence(Event a, Event b)
    {
        if (Overlap(a.Trigger, b.Trigger)) return true;
        if (a.Target is { } at && b.Target is { } bt) return Overlap(at.Tokens, bt.Tokens);
        return a.Target is null && b.Target is null && Overlap(a.Source.Tokens, b.Source.Tokens);
    }

    private static bool Overlap(TokenSpan a, TokenSpan b) => a.First < b.End && b.First < a.End;

    // The target fallback read the target from a place in the verb's phrases (TargetFallback's note).
    // The parse coder gave an act on no one named its source's own country on purpose (easing a curfew yields to the
    // country: ParseCoder.OwnPeople); that target is the reading, not a stray owner.
    private static bool TargetIsOwnPeople(Event e)
    {
        foreach (var note in e.Evidence.Notes ?? [])
            if (note.StartsWith("target: no one named;", StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool TargetFromPlace(Event e)
    {
        foreach (var note in e.Evidence.Notes ?? [])
            if (note.StartsWith("target from ", StringComparison.Ordinal) && note.Contains(" place '", StringComparison.Ordinal)) return true;
        return false;
    }

    private enum Relation { Different, Same, FirstMoreSpecific, SecondMoreSpecific }

    // Same when both dyads match; more specific when each code of one equals or extends (by role codes) the other's
    // and at least one extends it. A missing target matches only a missing target: "X protested" and "X protested
    // against Y" are not the same reading.
    private static Relation Compare(Event a, Event b)
    {
        int s = Specificity(a.Source.Code.Value, b.Source.Code.Value);
        if (s == int.MinValue) return Relation.Different;
        int t;
        if (a.Target is null || b.Target is null) t = a.Target is null && b.Target is null ? 0 : int.MinValue;
        else t = Specificity(a.Target.Code.Value, b.Target.Code.Value);
        if (t == int.MinValue) return Relation.Different;
        if (s == 0 && t == 0) return Relation.Same;
        if (s >= 0 && t >= 0) return Relation.FirstMoreSpecific;
        if (s <= 0 && t <= 0) return Relation.SecondMoreSpecific;
        return Relation.Different;
    }

    // 0 equal, 1 when a extends b (SYRGOV vs SYR), -1 when b extends a, int.MinValue when unrelated.
    private static int Specificity(string a, string b)
    {
        if (a.Length == b.Length) return string.Equals(a, b, StringComparison.Ordinal) ? 0 : int.MinValue;
        // Only a country or organisation with roles added is a part of it; "---" names no whole.
        if (a.Length > b.Length) return b.Length >= 3 && !b.StartsWith("---", StringComparison.Ordinal) && a.StartsWith(b, StringComparison.Ordinal) ? 1 : int.MinValue;
        return a.Length >= 3 && !a.StartsWith("---", StringComparison.Ordinal) && b.StartsWith(a, StringComparison.Ordinal) ? -1 : int.MinValue;
    }

    // Event numbers shift as events drop, so a kept event is named by its code, dyad and trigger tokens.
    private static string Describe(Event e) => $"{e.Code.Digits} {Dyad(e)} (tokens {e.Trigger.First}..{e.Trigger.End})";

    private static string Dyad(Event e) => $"{e.Source.Code.Value}→{e.Target?.Code.Value ?? "-"}";

    private static void Drop(Article article, ref bool[]? drop, int from, int index, string why)
    {
        drop ??= new bool[article.Events.Count - from];
        if (drop[index - from]) return;
        drop[index - from] = true;
        var e = article.Events[index];
        article.AddDiagnostic(new Diagnostic(Stage, Severity.Info,
            $"sentence {e.Sentence}: dropped {e.Code.Digits} {Dyad(e)} ({e.Evidence.Rule}, tokens {e.Trigger.First}..{e.Trigger.End}): {why}"));
    }
}
