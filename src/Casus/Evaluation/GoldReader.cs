using System.Globalization;
using System.Text.Json;
using Casus.Coding;

namespace Casus.Evaluation;

/// <summary>
/// Reads gold files (JSON Lines, spec/eval.md): one record per line, <c>{id, text, date, events:[{source, target,
/// code, plover}]}</c>. A bad line yields a <see cref="GoldError"/> naming file, line and field, and reading goes on
/// with the next line; nothing here throws on bad input. Records are streamed, one line in memory at a time.
/// </summary>
public sealed class GoldReader
{
    private readonly IPloverMapping _plover;

    /// <summary>Creates a reader that derives missing PLOVER categories through <paramref name="plover"/>.</summary>
    public GoldReader(IPloverMapping plover)
    {
        ArgumentNullException.ThrowIfNull(plover);
        _plover = plover;
    }

    /// <summary>Reads the file at <paramref name="path"/>; a file that cannot be opened yields one error with line 0.</summary>
    public IEnumerable<GoldItem> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        StreamReader? reader = null;
        GoldError? openError = null;
        try
        {
            reader = new StreamReader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            openError = new GoldError(path, 0, null, $"cannot read the file: {e.Message}");
        }
        if (openError is not null)
        {
            yield return new GoldItem(null, openError);
            yield break;
        }
        using (reader)
        {
            foreach (var item in Read(reader!, path)) yield return item;
        }
    }

    /// <summary>Reads records from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    public IEnumerable<GoldItem> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ParseLine(line, source, lineNumber);
        }
    }

    /// <summary>Parses one line of a gold file; never throws.</summary>
    public GoldItem ParseLine(string line, string source, int lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return Fail(null, $"not valid JSON ({e.Message})");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Fail(null, $"a record must be a JSON object, not {Kind(root)}");

            if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind is JsonValueKind.Null)
                return Fail("id", "missing");
            string id;
            if (idElement.ValueKind == JsonValueKind.String) id = idElement.GetString()!;
            else if (idElement.ValueKind == JsonValueKind.Number) id = idElement.GetRawText();
            else return Fail("id", $"must be a string, not {Kind(idElement)}");
            if (id.Length == 0) return Fail("id", "is empty");

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind is JsonValueKind.Null)
                return Fail("text", "missing");
            if (textElement.ValueKind != JsonValueKind.String) return Fail("text", $"must be a string, not {Kind(textElement)}");
            var text = textElement.GetString()!;

            DateOnly? date = null;
            List<GoldError>? warnings = null;
            if (root.TryGetProperty("date", out var dateElement) && dateElement.ValueKind != JsonValueKind.Null)
            {
                if (dateElement.ValueKind != JsonValueKind.String) return Fail("date", $"must be a yyyy-mm-dd string or null, not {Kind(dateElement)}");
                var raw = dateElement.GetString()!;
                // The date only anchors relative expressions; a record whose date cannot be read is still worth scoring.
                if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) date = parsed;
                else (warnings ??= []).Add(new GoldError(source, lineNumber, "date", $"'{raw}' is not a date in the form yyyy-mm-dd; read as no date"));
            }

            if (!root.TryGetProperty("events", out var eventsElement) || eventsElement.ValueKind is JsonValueKind.Null)
                return Fail("events", "missing (write [] for a passage with no codable event)");
            if (eventsElement.ValueKind != JsonValueKind.Array) return Fail("events", $"must be an array, not {Kind(eventsElement)}");

            var events = new List<GoldEvent>(eventsElement.GetArrayLength());
            int index = 0;
            foreach (var e in eventsElement.EnumerateArray())
            {
                var prefix = $"events[{index}]";
                if (e.ValueKind != JsonValueKind.Object) return Fail(prefix, $"an event must be a JSON object, not {Kind(e)}");
                if (!TryActor(e, "source", out var sourceActor, out var reason)) return Fail(prefix + ".source", reason!);
                if (!TryActor(e, "target", out var targetActor, out reason)) return Fail(prefix + ".target", reason!);

                CameoCode? code = null;
                if (e.TryGetProperty("code", out var codeElement) && codeElement.ValueKind != JsonValueKind.Null)
                {
                    // A number would have lost the leading zero that CAMEO codes 01x-09x need.
                    if (codeElement.ValueKind != JsonValueKind.String) return Fail(prefix + ".code", $"must be a string such as \"042\", not {Kind(codeElement)}");
                    var raw = codeElement.GetString()!.Trim();
                    if (raw.Length > 0)
                    {
                        if (!CameoCode.TryParse(raw, out var parsed, out var error)) return Fail(prefix + ".code", error!);
                        code = parsed;
                    }
                }

                PloverCategory? plover = null;
                if (e.TryGetProperty("plover", out var ploverElement) && ploverElement.ValueKind != JsonValueKind.Null)
                {
                    if (ploverElement.ValueKind != JsonValueKind.String) return Fail(prefix + ".plover", $"must be a string, not {Kind(ploverElement)}");
                    var raw = ploverElement.GetString()!;
                    if (raw.Trim().Length > 0)
                    {
                        if (!PloverNames.TryParse(raw, out var category)) return Fail(prefix + ".plover", $"'{raw}' is not a PLOVER category");
                        plover = category;
                    }
                }

                if (code is null && plover is null) return Fail(prefix, "has neither a code nor a plover category");
                plover ??= _plover.PloverOf(code!.Value);
                events.Add(new GoldEvent(sourceActor, targetActor, code, plover));
                index++;
            }

            return new GoldItem(new GoldRecord(id, text, date, events, source, lineNumber, warnings), null);
        }

        GoldItem Fail(string? field, string reason) => new(null, new GoldError(source, lineNumber, field, reason));
    }

    private static bool TryActor(JsonElement e, string name, out string actor, out string? reason)
    {
        actor = string.Empty;
        reason = null;
        if (!e.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return true;
        if (element.ValueKind != JsonValueKind.String) { reason = $"must be an actor code string, not {Kind(element)}"; return false; }
        // Actor codes are compared letter by letter; gold files written by hand vary in case and spacing.
        actor = element.GetString()!.Trim().ToUpperInvariant();
        return true;
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
