using System.IO.Compression;
using System.Text;

namespace Casus.Extraction.Benchmark;

/// <summary>Runs an <see cref="HtmlExtractor"/> over a benchmark folder laid out as the scrapinghub set:
/// <c>ground-truth.json</c> and <c>html/&lt;id&gt;.html.gz</c> (UTF-8).</summary>
public static class ExtractionBenchmark
{
    /// <summary>The ground-truth file inside a benchmark folder.</summary>
    public const string GroundTruthFile = "ground-truth.json";

    /// <summary>Extracts every page listed in <paramref name="ids"/>; a page whose HTML is missing or unreadable predicts ""
    /// and is named in <paramref name="problems"/>.</summary>
    public static IReadOnlyDictionary<string, string> Predict(string folder, IEnumerable<string> ids, HtmlExtractor extractor, List<string> problems)
    {
        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var path = Path.Combine(folder, "html", id + ".html.gz");
            var html = ReadGzip(path, out var error);
            if (html == null)
            {
                problems.Add($"{path}: {error}");
                predictions[id] = "";
                continue;
            }
            predictions[id] = extractor.Extract(html).Body;
        }
        return predictions;
    }

    private static string? ReadGzip(string path, out string? error)
    {
        error = null;
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, new UTF8Encoding(false, false));
            return reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error = e is FileNotFoundException ? "file not found" : "unreadable: " + e.Message;
            return null;
        }
    }
}
