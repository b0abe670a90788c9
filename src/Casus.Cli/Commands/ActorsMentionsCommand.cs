using System.CommandLine;
using System.Text.Json;
using Casus.Document;
using Casus.Ingest;
using Casus.Pipeline;

namespace Casus.Cli.Commands;

/// <summary><c>casus actors mentions PATH...|- [--coreference]</c>: runs the default pipeline and prints every actor
/// mention as one JSON object a line (article, sentence, text, code, evidence), to inspect the actor stage; with
/// --coreference, only the mentions whose code came from an antecedent. Counts go to stderr.</summary>
internal static class ActorsMentionsCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (HTML, text, JSON Lines); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var coref = new Option<bool>("--coreference") { Description = "Only mentions linked to an antecedent (surname, title, pronoun)." };
        var command = new Command("mentions", "Print the actor mentions of articles, with their codes and evidence (JSON Lines).");
        command.Arguments.Add(paths);
        command.Options.Add(coref);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (ReferenceEquals(output, Console.Out))
                output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
            int rc = Run(new ArticleReader().Read(parse.GetValue(paths)!, Console.In), DefaultPipeline.Create(), parse.GetValue(coref),
                output, parse.InvocationConfiguration.Error);
            output.Flush();
            return rc;
        });
        return command;
    }

    /// <summary>Runs <paramref name="pipeline"/> over the inputs and writes their mentions. Returns 0, or 1 when an
    /// input was rejected or could not be processed (the rest are still written).</summary>
    public static int Run(IEnumerable<IngestItem> inputs, CasusPipeline pipeline, bool onlyCoreference, TextWriter output, TextWriter error)
    {
        long articles = 0, mentions = 0, linked = 0, rejected = 0;
        foreach (var item in inputs)
        {
            if (item.Article is not { } article)
            {
                error.WriteLine(item.Error?.ToString() ?? "an input was rejected without a reason");
                rejected++;
                continue;
            }
            try { pipeline.Process(article); }
            catch (Exception e)
            {
                error.WriteLine($"{article.Id}: failed: {e.GetType().Name}: {e.Message}");
                rejected++;
                continue;
            }
            articles++;
            foreach (var m in article.Mentions)
            {
                mentions++;
                bool isLink = m.Evidence.Count > 0 && m.Evidence[0].StartsWith("coreference:", StringComparison.Ordinal);
                if (isLink) linked++;
                if (onlyCoreference && !isLink) continue;
                using var json = new Utf8JsonWriterScope(output);
                var w = json.Writer;
                w.WriteStartObject();
                w.WriteString("article", article.Id);
                w.WriteNumber("sentence", m.Sentence);
                w.WriteString("text", m.Text);
                w.WriteString("code", m.Code.Value);
                w.WriteStartArray("evidence");
                foreach (var e in m.Evidence) w.WriteStringValue(e);
                w.WriteEndArray();
                w.WriteString("context", article.Sentences[m.Sentence].Text);
                w.WriteEndObject();
            }
        }
        error.WriteLine($"articles {articles}, mentions {mentions}, coreference links {linked}, rejected {rejected}");
        return rejected > 0 ? 1 : 0;
    }

    // One JSON object written to a TextWriter as a line.
    private sealed class Utf8JsonWriterScope : IDisposable
    {
        private readonly TextWriter _output;
        private readonly MemoryStream _buffer = new();
        public Utf8JsonWriterScope(TextWriter output)
        {
            _output = output;
            Writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
        public Utf8JsonWriter Writer { get; }
        public void Dispose()
        {
            Writer.Flush();
            _output.WriteLine(System.Text.Encoding.UTF8.GetString(_buffer.ToArray()));
            Writer.Dispose();
        }
    }
}
