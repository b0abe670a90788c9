using System.Globalization;
using Casus.Coding;

namespace Casus.Evaluation;

/// <summary>
/// Precision and recall per PLOVER category at the <c>plover</c> level, from the same one-to-one pairing as the
/// totals: a pair counts for its category, a missed gold event against the gold's category, a spurious prediction
/// against the predicted category. Shows which kinds of event the coder over- or under-produces. Not thread-safe.
/// </summary>
public sealed class CategoryScores
{
    private readonly Dictionary<PloverCategory, (int Matched, int Predicted, int Gold)> _counts = new();

    /// <summary>Adds one record's plover-level pairing.</summary>
    public void Add(RecordScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var match = score.At(ScoreLevel.Plover);
        foreach (var (gold, predicted) in match.Pairs)
        {
            if (gold.Plover is { } g) Bump(g, matched: 1, predicted: 0, goldCount: 1);
            if (predicted.Plover is { } p) Bump(p, matched: 0, predicted: 1, goldCount: 0);
        }
        foreach (var missed in match.Missed)
            if (missed.Plover is { } g) Bump(g, 0, 0, 1);
        foreach (var spurious in match.Spurious)
            if (spurious.Plover is { } p) Bump(p, 0, 1, 0);
    }

    private void Bump(PloverCategory c, int matched, int predicted, int goldCount)
    {
        _counts.TryGetValue(c, out var v);
        _counts[c] = (v.Matched + matched, v.Predicted + predicted, v.Gold + goldCount);
    }

    /// <summary>The counts of <paramref name="category"/> as a <see cref="LevelScore"/> (all zero when unseen).</summary>
    public LevelScore Of(PloverCategory category) =>
        _counts.TryGetValue(category, out var v) ? new LevelScore(v.Matched, v.Predicted, v.Gold) : default;

    /// <summary>One line per category seen, most gold events first.</summary>
    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine("== plover level per category");
        foreach (var c in _counts.Keys.OrderByDescending(k => _counts[k].Gold).ThenBy(k => k.ToString(), StringComparer.Ordinal))
        {
            var s = Of(c);
            output.WriteLine(string.Create(inv,
                $"   {c,-11} P {s.Precision:0.000}  R {s.Recall:0.000}  F1 {s.F1:0.000}  (matched {s.Matched}, predicted {s.Predicted}, gold {s.Gold})"));
        }
    }
}
