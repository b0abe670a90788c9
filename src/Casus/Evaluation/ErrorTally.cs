using System.Globalization;

namespace Casus.Evaluation;

/// <summary>Counts mistakes by likely cause across a gold set, so the biggest groups can be fixed first:
/// false positives by the rule and verb entry that produced them, false negatives by gold CAMEO root or PLOVER
/// category. One tally per run; not thread-safe.</summary>
public sealed class ErrorTally
{
    private readonly ScoreLevel _level;
    private readonly Dictionary<string, int> _spurious = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _missed = new(StringComparer.Ordinal);

    /// <summary>Creates a tally of mistakes at <paramref name="level"/>.</summary>
    public ErrorTally(ScoreLevel level) => _level = level;

    /// <summary>Adds a record's mistakes.</summary>
    public void Add(RecordScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var match = score.At(_level);
        foreach (var fp in match.Spurious)
        {
            var events = score.Article.Events;
            var key = (uint)fp.Origin < (uint)events.Count
                ? $"{events[fp.Origin].Evidence.Rule} | {events[fp.Origin].Evidence.VerbEntry}"
                : "(unknown)";
            Count(_spurious, key);
        }
        foreach (var fn in match.Missed)
            Count(_missed, fn.Code is { } code ? $"root {code.Digits[..2]}" : $"plover {fn.Plover}");
    }

    private static void Count(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>Writes the <paramref name="top"/> largest groups of each kind.</summary>
    public void Write(TextWriter output, int top = 20)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"== mistakes at {ScoreLevels.Name(_level)}: false positives by rule | verb entry");
        WriteGroups(_spurious, output, top);
        output.WriteLine($"== mistakes at {ScoreLevels.Name(_level)}: false negatives by gold root or category");
        WriteGroups(_missed, output, top);
        output.WriteLine();
    }

    private static void WriteGroups(Dictionary<string, int> counts, TextWriter output, int top)
    {
        if (counts.Count == 0) { output.WriteLine("   (none)"); return; }
        foreach (var (key, n) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {n,5}  {key}"));
    }
}
