using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Casus.Extraction.Benchmark;

/// <summary>How many pages' title, publication date and authors match a ground truth (the fundus layout:
/// <c>ground-truth-flat.json</c> mapping <c>&lt;cc&gt;/&lt;file&gt;.html.gz</c> to title, authors, publishing_date).</summary>
/// <param name="Pages">Pages scored.</param>
/// <param name="Titles">Pages whose title equals the truth (case and spacing ignored).</param>
/// <param name="Dates">Pages whose publication date equals the truth's calendar date.</param>
/// <param name="Authors">Pages whose author set equals the truth's (case ignored; both empty counts as a match).</param>
/// <param name="Mismatches">One line per field that did not match: "page field: got | want".</param>
public sealed record MetadataScores(int Pages, int Titles, int Dates, int Authors, IReadOnlyList<string> Mismatches);

/// <summary>Scores <see cref="HtmlExtractor"/> metadata against the fundus ground truth.</summary>
public static class MetadataBenchmark
{
    /// <summary>The ground-truth file inside the folder.</summary>
    public const string GroundTruthFile = "ground-truth-flat.json";

    /// <summary>Runs the extractor over every page of the folder; Error says why the truth could not be read.</summary>
    public static (MetadataScores? Scores, string? Error) Run(string folder, HtmlExtractor extractor)
    {
        var truthPath = Path.Combine(folder, GroundTruthFile);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(truthPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return (null, $"{truthPath}: {e.Message}");
        }
        using (doc)
        {
            int pages = 0, titles = 0, dates = 0, authors = 0;
            var mismatches = new List<string>();
            foreach (var entry in doc.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                string html;
                try
                {
                    using var file = File.OpenRead(Path.Combine(folder, entry.Name));
                    using var gzip = new GZipStream(file, CompressionMode.Decompress);
                    using var reader = new StreamReader(gzip, new UTF8Encoding(false, false));
                    html = reader.ReadToEnd();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    mismatches.Add($"{entry.Name}: unreadable: {e.Message}");
                    continue;
                }
                pages++;
                var page = extractor.Extract(html);
                var want = entry.Value;

                var wantTitle = Str(want, "title");
                if (Normalise(page.Title) == Normalise(wantTitle)) titles++;
                else mismatches.Add($"{entry.Name} title: {page.Title} | {wantTitle}");

                var wantDateText = Str(want, "publishing_date");
                DateOnly? wantDate = DateText.TryParseLoose(wantDateText, out var d) ? d : null;
                if (page.Published == wantDate) dates++;
                else mismatches.Add($"{entry.Name} date: {page.Published:yyyy-MM-dd} | {wantDateText}");

                var wantAuthors = Authors(want);
                var got = page.Authors.Select(a => Normalise(a)).ToHashSet();
                if (got.SetEquals(wantAuthors.Select(a => Normalise(a)))) authors++;
                else mismatches.Add($"{entry.Name} authors: [{string.Join("; ", page.Authors)}] | [{string.Join("; ", wantAuthors)}]");
            }
            return (new MetadataScores(pages, titles, dates, authors, mismatches), null);
        }
    }

    /// <summary>Reads a Python list literal of strings such as <c>['A', "B's"]</c> (the fundus authors field).</summary>
    public static IReadOnlyList<string> ParseListLiteral(string? text)
    {
        var items = new List<string>();
        if (string.IsNullOrEmpty(text)) return items;
        for (var i = 0; i < text.Length; i++)
        {
            var quote = text[i];
            if (quote != '\'' && quote != '"') continue;
            var sb = new StringBuilder();
            for (i++; i < text.Length && text[i] != quote; i++)
            {
                if (text[i] == '\\' && i + 1 < text.Length) i++;
                sb.Append(text[i]);
            }
            items.Add(sb.ToString());
        }
        return items;
    }

    // The authors field is a JSON array of names in the flat file; older exports wrote a Python list literal string.
    private static IReadOnlyList<string> Authors(JsonElement page)
    {
        if (!page.TryGetProperty("authors", out var a)) return [];
        if (a.ValueKind == JsonValueKind.Array)
            return a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList();
        return a.ValueKind == JsonValueKind.String ? ParseListLiteral(a.GetString()) : [];
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Normalise(string? s) =>
        s == null ? "" : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').ToLowerInvariant();
}
