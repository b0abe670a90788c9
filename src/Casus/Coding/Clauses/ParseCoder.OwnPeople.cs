using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// "The government imposed martial law", "is prepared to impose martial law", "declared a state of emergency": a
    /// curfew, martial law or state of emergency imposed (1723, 1724) or threatened (1323, 1324) with no place or actor
    /// named falls on the people of the country that imposes it, the CAMEO coders' convention (<c>IRQGOV → IRQCVL</c>),
    /// as a curfew imposed in a named town falls on that town's civilians (<see cref="TargetFallback.Struck"/>); easing
    /// one (0813, 0814: "lifted the state of emergency") yields to that country (<c>SDNGOV → SDN</c>), as lifting it in
    /// a named place does (a bare country easing its own keeps no target: it would act on itself). Only for a source of a known country: a role with no country, an international or
    /// non-state body names no people of its own. Emits one event per source and returns true; false when the rule
    /// does not apply.
    /// </summary>
    private bool CodeOnOwnPeople(int sentence, in TreeMatch match, CameoCode code, List<int> sources, string rule, List<string> notes)
    {
        var d = code.Digits;
        bool imposed = d is "1723" or "1724" or "1323" or "1324";
        if (!imposed && d is not ("0813" or "0814")) return false;
        var trigger = new TokenSpan(match.Verb, match.LastWord - match.Verb + 1);
        // The people are named by what is imposed on them: the target's words are the act's object ("curfew",
        // "law"), never the source's own words, which would make source and target one name.
        int obj = _tree.Child(match.ComplementVerb >= 0 ? match.ComplementVerb : match.Verb, "obj");
        if (obj < 0) obj = match.LastWord;
        // A bare country easing its own curfew ("Turkey lifted the state of emergency") would act on itself: no target.
        foreach (int s in sources)
            if (!HasOwnPeople(_tree.Mentions[s].Code.Primary) || _tree.Mentions[s].Tokens.Contains(obj)
                || (!imposed && _tree.Mentions[s].Code.Value.Length == 3)) return false;
        notes.Add(imposed
            ? "target: no one named; a curfew, martial law or state of emergency falls on the source's own country's civilians"
            : "target: no one named; easing a curfew, martial law or state of emergency yields to the source's own country");
        foreach (int s in sources)
        {
            var src = _tree.Mentions[s];
            var people = src with
            {
                Tokens = new TokenSpan(obj, 1),
                Text = _tree.Word(obj).ToString(),
                Code = Casus.Actors.ActorCode.Parse(imposed ? src.Code.Primary + "CVL" : src.Code.Primary),
                Evidence = [.. src.Evidence, imposed ? "the people of the source's own country" : "the source's own country"],
            };
            EventEmitter.Emit(_stage, _article, sentence, match.Pattern, trigger, code, src, people, rule, notes,
                sources.Count > 1 ? $"compound source member {sources.IndexOf(s) + 1} of {sources.Count}" : null, null);
        }
        return true;
    }

    /// <summary>True for the codes <see cref="CodeOnOwnPeople"/> reads: checked before any work is done.</summary>
    private static bool FallsOnOwnPeople(CameoCode code) => code.Digits is "1723" or "1724" or "1323" or "1324" or "0813" or "0814";

    private static bool HasOwnPeople(string primary) =>
        primary.Length == 3 && primary != "---" && primary is not ("IGO" or "NGO" or "IMG" or "MNC");
}
