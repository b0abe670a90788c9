using System.CommandLine;
using Casus.Document;
using Casus.Ingest;
using Casus.Output;
using Casus.Pipeline;

namespace Casus.Cli.Commands;

/// <summary><c>casus code PATH...|- [--format jsonl|table] [--explain]</c>: codes articles and prints their events.
/// Articles stream through one at a time; counts go to stderr at the end.</summary>
internal static class CodeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to code (HTML, text, JSON Lines); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: jsonl (one JSON object per event) or table (aligned, for people).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var explain = new Option<bool>("--explain") { Description = "Explain each event: marked sentence, spans, dictionary entries, rule." };
        var command = new Command("code", "Code news articles into events (CAMEO, PLOVER) with their evidence.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(explain);
        var coder = CoderOptions.Create();
        CoderOptions.AddTo(command, coder);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            // Console.Out flushes on every write; a corpus of events needs a buffered stream (the writer flushes at the end).
            if (ReferenceEquals(output, Console.Out))
                output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
            var writer = CreateWriter(parse.GetValue(format)!, parse.GetValue(explain), output, CameoCatalogAdapter.Default);
            var items = new ArticleReader().Read(parse.GetValue(paths)!, Console.In)
                .Select(i => new CodeInput(i.Article, i.Error is { } e ? Describe(e) : null));
            return Run(items, CoderOptions.Pipeline(parse, coder), writer, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    /// <summary>The writer for a format; --explain wins over --format.</summary>
    public static IEventWriter CreateWriter(string format, bool explain, TextWriter output, ICameoNames? names) =>
        explain ? new ExplainEventWriter(output, names)
        : format == "table" ? new TableEventWriter(output)
        : new JsonLinesEventWriter(output, names);

    /// <summary>"file:line: reason".</summary>
    public static string Describe(InputError error) => error.ToString();

    /// <summary>Codes each article and writes its events; a rejected input is reported on <paramref name="error"/>
    /// and the rest still coded. Returns 0, or 1 when any input was rejected or could not be coded.</summary>
    public static int Run(IEnumerable<CodeInput> inputs, CasusPipeline pipeline, IEventWriter writer, TextWriter error)
    {
        long articles = 0, sentences = 0, events = 0, rejected = 0;
        foreach (var input in inputs)
        {
            if (input.Article is not { } article)
            {
                error.WriteLine(input.Error ?? "an input was rejected without a reason");
                rejected++;
                continue;
            }
            try
            {
                pipeline.Process(article);
            }
            catch (Exception e)
            {
                // A stage bug on one article must not lose the rest of the corpus.
                error.WriteLine($"{article.Id}: coding failed: {e.GetType().Name}: {e.Message}");
                rejected++;
                continue;
            }
            foreach (var d in article.Diagnostics)
                if (d.Severity == Severity.Error) error.WriteLine($"{article.Id}: {d}");
            writer.Write(article);
            articles++;
            sentences += article.Sentences.Count;
            events += article.Events.Count;
        }
        writer.Flush();
        error.WriteLine($"articles {articles}, sentences {sentences}, events {events}, rejected {rejected}");
        return rejected > 0 ? CliApp.InputRejected : CliApp.Ok;
    }
}

/// <summary>One input of <c>casus code</c>: an article, or why its input was rejected.</summary>
internal readonly record struct CodeInput(Article? Article, string? Error);
