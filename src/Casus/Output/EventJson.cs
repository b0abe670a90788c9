using System.Text.Json;
using Casus.Document;

namespace Casus.Output;

/// <summary>
/// The JSON form of one event (one line of <c>casus code</c> output). Field names are a public format:
/// article, sentence, date, date_precision, date_source, date_text, source, target, cameo, cameo_name, root, quad_class, goldstein, plover, plover_mode,
/// plover_context, location, trigger, evidence. Written with <see cref="Utf8JsonWriter"/>: no reflection, AOT-safe.
/// </summary>
public static class EventJson
{
    /// <summary>Writes <paramref name="e"/> of <paramref name="article"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, Article article, Event e, ICameoNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(e);
        writer.WriteStartObject();
        writer.WriteString("article", article.Id);
        writer.WriteString("sentence", EventText.Sentence(article, e.Sentence));
        if (EventText.Date(article, e) is { } date) writer.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else writer.WriteNull("date");
        // Added with the event-date stage: how precise the date is, where it was read, and the words.
        writer.WriteString("date_precision", e.When?.PrecisionName);
        writer.WriteString("date_source", e.When?.SourceName);
        writer.WriteString("date_text", e.When?.Expression);

        WriteActor(writer, "source", e.Source);
        if (e.Target is { } target) WriteActor(writer, "target", target);
        else writer.WriteNull("target");

        writer.WriteString("cameo", e.Code.Digits);
        writer.WriteString("cameo_name", names?.NameOf(e.Code));
        writer.WriteString("root", EventText.Root(e));
        writer.WriteNumber("quad_class", (int)e.QuadClass);
        WriteNumber(writer, "goldstein", e.Goldstein);
        writer.WriteString("plover", e.Plover?.ToString());
        writer.WriteString("plover_mode", e.PloverMode);
        writer.WriteString("plover_context", e.PloverContext);

        if (e.Location is { } location)
        {
            writer.WriteStartObject("location");
            writer.WriteString("name", location.Name);
            writer.WriteString("country", location.Country);
            WriteNumber(writer, "lat", location.Latitude);
            WriteNumber(writer, "lon", location.Longitude);
            writer.WriteString("precision", location.Precision switch { LocationPrecision.Country => "country", LocationPrecision.Region => "region", _ => "place" });
            writer.WriteString("admin1", location.Admin1);
            writer.WriteString("feature", location.FeatureCode);
            if (location.GeoNameId is { } id) writer.WriteNumber("geonameid", id);
            else writer.WriteNull("geonameid");
            writer.WriteString("source", location.Source);
            writer.WriteString("text", location.Text);
            writer.WriteEndObject();
        }
        else writer.WriteNull("location");

        writer.WriteStartObject("trigger");
        var range = EventText.CharRange(article, e.Trigger);
        if (range is { } r) writer.WriteString("text", article.Text.AsSpan(r.Start, r.End - r.Start));
        else writer.WriteNull("text");
        WriteNumber(writer, "start", range?.Start);
        WriteNumber(writer, "end", range?.End);
        writer.WriteEndObject();

        writer.WriteStartObject("evidence");
        writer.WriteString("rule", e.Evidence.Rule);
        writer.WriteString("verb", e.Evidence.VerbEntry);
        WriteStrings(writer, "source_entries", e.Evidence.SourceEntries);
        WriteStrings(writer, "target_entries", e.Evidence.TargetEntries);
        WriteStrings(writer, "notes", e.Evidence.Notes);
        writer.WriteEndObject();

        writer.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter writer, string name, Mention mention)
    {
        writer.WriteStartObject(name);
        writer.WriteString("code", mention.Code.Value);
        writer.WriteString("text", mention.Text);
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        // JSON has no NaN or infinity; Utf8JsonWriter would throw on them.
        if (value is { } v && double.IsFinite(v)) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string>? values)
    {
        writer.WriteStartArray(name);
        if (values is not null) foreach (var v in values) writer.WriteStringValue(v);
        writer.WriteEndArray();
    }
}
