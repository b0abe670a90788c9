using System.Globalization;
using System.Text.Json;

namespace Casus.Evaluation;

/// <summary>
/// Reads gold actor phrases (JSON Lines: <c>{"id","text","date","expected_actor_codes":[...]}</c>); from an event
/// gold record (<c>{"id","text","date","events":[{"source","target",...}]}</c>) the expected codes are the events'
/// well-formed sources and targets (a date that is not yyyy-mm-dd is then read as none). A bad line
/// yields an error naming file, line and field, and reading goes on; nothing here throws on bad input.
/// </summary>
public static class ActorPhraseReader
{
    /// <summary>Reads the file at <paramref name="path"/>; a file that cannot be opened yields one error (line 0).</summary>
    public static IEnumerable<ActorPhraseItem> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        StreamReader? reader = null;
        string? openError = null;
        try { reader = new StreamReader(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            openError = $"{path}:0: cannot read the file: {e.Message}";
        }
        if (openError is not null) { yield return new ActorPhraseItem(null, openError); yield break; }
        using (reader)
        {
            foreach (var item in Read(reader!, path)) yield return item;
        }
    }

    /// <summary>Reads records from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    public static IEnumerable<ActorPhraseItem> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ParseLine(line, source, lineNumber);
        }
    }

    private static ActorPhraseItem ParseLine(string line, string source, int lineNumber)
    {
        ActorPhraseItem Fail(string field, string message) => new(null, $"{source}:{lineNumber}: {field}: {message}");
        JsonDocument doc;
        try { doc = JsonDocument.Parse(line); }
        catch (JsonException e) { return Fail("(line)", $"not valid JSON: {e.Message}"); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Fail("(line)", "expected a JSON object");
            string id = root.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String
                ? idEl.GetString()! : $"line {lineNumber}";
            if (!root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String || textEl.GetString()!.Length == 0)
                return Fail("text", "missing or empty");
            DateOnly? date = null;
            bool eventRecord = !root.TryGetProperty("expected_actor_codes", out _) && root.TryGetProperty("events", out _);
            if (root.TryGetProperty("date", out var dateEl) && dateEl.ValueKind != JsonValueKind.Null)
            {
                if (dateEl.ValueKind == JsonValueKind.String &&
                    DateOnly.TryParseExact(dateEl.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    date = d;
                else if (!eventRecord) return Fail("date", $"'{dateEl}' is not a yyyy-mm-dd date");
            }
            var codes = new List<string>();
            if (!root.TryGetProperty("expected_actor_codes", out var codesEl) || codesEl.ValueKind != JsonValueKind.Array)
            {
                // An event gold record (spec/eval.md) names its actors as the events' sources and targets.
                if (root.TryGetProperty("events", out var events) && events.ValueKind == JsonValueKind.Array)
                {
                    foreach (var e in events.EnumerateArray())
                        foreach (var side in (ReadOnlySpan<string>)["source", "target"])
                            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(side, out var v) && v.ValueKind == JsonValueKind.String &&
                                Actors.ActorCode.TryParse(v.GetString(), out _, out _) && !codes.Contains(v.GetString()!))
                                codes.Add(v.GetString()!);
                    return new ActorPhraseItem(new ActorPhraseRecord(id, textEl.GetString()!, date, codes, source, lineNumber), null);
                }
                return Fail("expected_actor_codes", "missing or not an array (and no events)");
            }
            int i = 0;
            foreach (var c in codesEl.EnumerateArray())
            {
                if (c.ValueKind != JsonValueKind.String) return Fail($"expected_actor_codes[{i}]", "not a string");
                if (!Actors.ActorCode.TryParse(c.GetString(), out _, out var why)) return Fail($"expected_actor_codes[{i}]", why!);
                codes.Add(c.GetString()!);
                i++;
            }
            return new ActorPhraseItem(new ActorPhraseRecord(id, textEl.GetString()!, date, codes, source, lineNumber), null);
        }
    }
}
