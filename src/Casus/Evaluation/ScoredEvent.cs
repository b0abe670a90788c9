using Casus.Coding;
using Casus.Document;

namespace Casus.Evaluation;

/// <summary>One side of a comparison: a gold or predicted event with a single source and a single target
/// (compound actors already expanded).</summary>
/// <param name="Source">Source actor code; "" when none is named.</param>
/// <param name="Target">Target actor code; "" when none is named.</param>
/// <param name="Code">CAMEO code; null where the gold gives only a PLOVER category.</param>
/// <param name="Plover">PLOVER category; null for CAMEO 01 and 02.</param>
/// <param name="Origin">Index of the event this one was expanded from, in the record's gold or predicted list.</param>
public readonly record struct ScoredEvent(string Source, string Target, CameoCode? Code, PloverCategory? Plover, int Origin)
{
    /// <summary>Expands compound actors ("HUNGOV+ROUGOV") into one event per member, on both sides
    /// (source × target), as spec/eval.md asks.</summary>
    public static void Expand(string source, string target, CameoCode? code, PloverCategory? plover, int origin, List<ScoredEvent> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var sources = Members(source);
        var targets = Members(target);
        foreach (var s in sources)
            foreach (var t in targets)
                into.Add(new ScoredEvent(s, t, code, plover, origin));
    }

    /// <summary>Expands the gold events of a record.</summary>
    public static List<ScoredEvent> FromGold(IReadOnlyList<GoldEvent> gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var list = new List<ScoredEvent>(gold.Count);
        for (int i = 0; i < gold.Count; i++)
            Expand(gold[i].Source, gold[i].Target, gold[i].Code, gold[i].Plover, i, list);
        return list;
    }

    /// <summary>Expands coded events (a target-less event gets target "").</summary>
    public static List<ScoredEvent> FromPredicted(IReadOnlyList<Event> predicted)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        var list = new List<ScoredEvent>(predicted.Count);
        for (int i = 0; i < predicted.Count; i++)
        {
            var e = predicted[i];
            Expand(e.Source.Code.Value, e.Target?.Code.Value ?? string.Empty, e.Code, e.Plover, i, list);
        }
        return list;
    }

    private static string[] Members(string actor)
    {
        if (actor.IndexOf('+') < 0) return [actor.Trim()];
        var parts = actor.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // "+" alone names no actor: treat it as absent rather than dropping the event.
        return parts.Length == 0 ? [string.Empty] : parts;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{(Source.Length == 0 ? "*" : Source)} -> {(Target.Length == 0 ? "*" : Target)} {Code?.Digits ?? "-"} {Plover?.ToString() ?? "-"}";
}
