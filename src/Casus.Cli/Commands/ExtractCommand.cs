using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Casus.Document;
using Casus.Ingest;

namespace Casus.Cli.Commands;

/// <summary><c>casus extract PATH... [--format json|text]</c>: the article text and metadata of pages, text files,
/// folders, JSON Lines and stdin, one JSON object a line.</summary>
internal static class ExtractCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files, folders, or - for stdin." };
        var format = new Option<string>("--format") { Description = "json (one object a line) or text (the body alone).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var command = new Command("extract", "Extract article text and metadata from web pages, text and JSON Lines.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(format)!, Console.In, Console.Out, Console.Error));
        return command;
    }

    /// <summary>Runs the command; exit code 1 when any input was rejected (the others are still printed).</summary>
    public static int Run(IReadOnlyList<string> paths, string format, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var reader = new ArticleReader();
        int articles = 0, rejected = 0;
        var first = true;
        foreach (var item in reader.Read(paths, stdin))
        {
            if (item.Error is { } error)
            {
                rejected++;
                stderr.WriteLine("rejected: " + error);
                continue;
            }
            var article = item.Article!;
            articles++;
            if (format == "text")
            {
                if (!first) stdout.WriteLine();
                stdout.WriteLine(article.Text);
            }
            else
            {
                stdout.WriteLine(ToJson(article));
            }
            first = false;
        }
        stderr.WriteLine($"extract: {articles} article(s), {rejected} rejected");
        return rejected > 0 ? 1 : 0;
    }

    /// <summary>The JSON line for one article: path, title, published, authors, site, url, body, captions.</summary>
    internal static string ToJson(Article article)
    {
        var m = article.Metadata;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("path", m.Path ?? article.Id);
            w.WriteString("title", m.Title);
            if (m.Published is { } date) w.WriteString("published", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            else w.WriteNull("published");
            w.WriteStartArray("authors");
            foreach (var a in m.Authors ?? []) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteString("site", m.Site);
            w.WriteString("url", m.Url);
            w.WriteString("body", article.Text);
            w.WriteStartArray("captions");
            foreach (var c in article.Captions) w.WriteStringValue(c);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
