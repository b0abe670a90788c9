using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Casus.Evaluation;

/// <summary>Writes an <see cref="EvaluationReport"/> as text lines for people or as one JSON object
/// (<c>{"records", "levels": {"plover": {"precision","recall","f1"}, ...}, "no_event_uncoded"}</c>).</summary>
public static class EvaluationReportWriter
{
    /// <summary>One line per level, then the no-event line.</summary>
    public static void WriteText(EvaluationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"records {report.Records}"));
        foreach (var level in ScoreLevels.All)
        {
            var s = report.At(level);
            output.WriteLine(string.Create(inv,
                $"{ScoreLevels.Name(level),-10} P {s.Precision:0.000}  R {s.Recall:0.000}  F1 {s.F1:0.000}  (matched {s.Matched}, predicted {s.Predicted}, gold {s.Gold})"));
        }
        output.WriteLine(report.NoEventUncodedShare is { } share
            ? string.Create(inv, $"no-event  {share:0.000} left uncoded ({report.NoEventUncoded} of {report.NoEventRecords} records with no gold event)")
            : "no-event  n/a (no record without gold events)");
    }

    /// <summary>The report as one JSON object on one line.</summary>
    public static void WriteJson(EvaluationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("records", report.Records);
            json.WriteStartObject("levels");
            foreach (var level in ScoreLevels.All)
            {
                var s = report.At(level);
                json.WriteStartObject(ScoreLevels.Name(level));
                json.WriteNumber("precision", Math.Round(s.Precision, 4));
                json.WriteNumber("recall", Math.Round(s.Recall, 4));
                json.WriteNumber("f1", Math.Round(s.F1, 4));
                json.WriteEndObject();
            }
            json.WriteEndObject();
            if (report.NoEventUncodedShare is { } share) json.WriteNumber("no_event_uncoded", Math.Round(share, 4));
            else json.WriteNull("no_event_uncoded");
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }
}
