using System.Globalization;
using Casus.Document;
using Casus.Output;

namespace Casus.Evaluation;

/// <summary>Lists a record's mistakes at one level: every missed gold event (FN) and every spurious predicted event
/// (FP), the latter with its sentence and the evidence that produced it, so that mistakes can be grouped by cause.</summary>
public static class ErrorListWriter
{
    /// <summary>Writes the mistakes of <paramref name="score"/> at <paramref name="level"/>; writes nothing when there are none.</summary>
    public static void Write(RecordScore score, ScoreLevel level, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(output);
        var match = score.At(level);
        if (match.Missed.Count == 0 && match.Spurious.Count == 0) return;
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv,
            $"== {score.Record.Id}  ({score.Record.Source}:{score.Record.Line})  {ScoreLevels.Name(level)}: gold {match.Gold}, predicted {match.Predicted}, matched {match.Pairs.Count}"));
        output.WriteLine("   " + OneLine(score.Record.Text));
        foreach (var missed in match.Missed)
            output.WriteLine("   FN  " + missed);
        foreach (var spurious in match.Spurious)
        {
            output.WriteLine("   FP  " + spurious);
            var article = score.Article;
            if ((uint)spurious.Origin >= (uint)article.Events.Count) continue;
            var e = article.Events[spurious.Origin];
            output.WriteLine("       sentence " + OneLine(ExplainEventWriter.Marked(article, e)));
            output.WriteLine("       trigger  " + (EventText.Text(article, e.Trigger) ?? "-"));
            output.WriteLine("       rule     " + e.Evidence.Rule);
            output.WriteLine("       verb     " + e.Evidence.VerbEntry);
            Entries("source", e.Source, e.Evidence.SourceEntries, output);
            if (e.Target is { } target) Entries("target", target, e.Evidence.TargetEntries, output);
            foreach (var note in e.Evidence.Notes ?? []) output.WriteLine("       note     " + note);
        }
        output.WriteLine();
    }

    private static void Entries(string role, Mention mention, IReadOnlyList<string>? entries, TextWriter output)
    {
        var list = entries is { Count: > 0 } ? entries : mention.Evidence;
        output.WriteLine($"       {role}   {mention.Code.Value} \"{mention.Text}\"  {string.Join("; ", list ?? [])}");
    }

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
