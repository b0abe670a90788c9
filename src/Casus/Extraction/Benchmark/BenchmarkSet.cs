using System.Text.Json;

namespace Casus.Extraction.Benchmark;

/// <summary>
/// Reads the benchmark's JSON files: a dictionary from page id to <c>{"articleBody": ..., "url": ...}</c>. Prediction
/// files may wrap that dictionary as <c>{"version": ..., "output": {...}}</c>; both shapes are accepted.
/// Never throws on bad content: the result says why a file could not be read.
/// </summary>
public static class BenchmarkSet
{
    /// <summary>Reads page id → article body from <paramref name="path"/>; Error names the file and the fault.</summary>
    public static (IReadOnlyDictionary<string, string>? Bodies, string? Error) ReadBodies(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: unreadable: {e.Message}");
        }
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, $"{path}: expected a JSON object of pages");
            if (root.TryGetProperty("output", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object) root = wrapped;
            var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var page in root.EnumerateObject())
            {
                if (page.Value.ValueKind != JsonValueKind.Object) continue;
                var body = page.Value.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()! : "";
                bodies[page.Name] = body;
            }
            return (bodies, null);
        }
        catch (JsonException e)
        {
            return (null, $"{path}: invalid JSON: {e.Message}");
        }
    }

    /// <summary>Scores predictions against the truth, page by page in the truth's id order; missing predictions count as empty.</summary>
    public static IReadOnlyList<PageScore> Score(IReadOnlyDictionary<string, string> truth, IReadOnlyDictionary<string, string> predictions) =>
        truth.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => ShingleMetric.Score(kv.Key, kv.Value, predictions.GetValueOrDefault(kv.Key)))
            .ToList();
}
