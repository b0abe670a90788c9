using System.CommandLine;
using Casus.Document;
using Casus.Ingest;
using Casus.Pipeline;

namespace Casus.Cli.Commands;

/// <summary><c>casus actors mentions PATHS [--parse] [--limit N]</c>: runs the default pipeline and lists each
/// sentence's actor mentions with their codes and evidence (for checking the actor stage by hand).</summary>
internal static class ActorsMentionsCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (HTML, text, JSON Lines); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var parse = new Option<bool>("--parse") { Description = "Also print each sentence's tokens with head and relation." };
        var limit = new Option<int>("--limit") { Description = "Stop after this many articles (0: all).", DefaultValueFactory = _ => 0 };
        var command = new Command("mentions", "List the actor mentions of each sentence with code and evidence.");
        command.Arguments.Add(paths);
        command.Options.Add(parse);
        command.Options.Add(limit);
        command.SetAction(p =>
        {
            var items = new ArticleReader().Read(p.GetValue(paths)!, Console.In)
                .Select(i => new CodeInput(i.Article, i.Error is { } e ? CodeCommand.Describe(e) : null));
            return Run(items, p.GetValue(parse), p.GetValue(limit), DefaultPipeline.Create(),
                p.InvocationConfiguration.Output, p.InvocationConfiguration.Error);
        });
        return command;
    }

    /// <summary>Processes the inputs and writes the mentions; returns 0, or the rejected-input code when any input failed.</summary>
    public static int Run(IEnumerable<CodeInput> inputs, bool showParse, int limit, CasusPipeline pipeline, TextWriter output, TextWriter error)
    {
        int articles = 0, mentions = 0, rejected = 0;
        foreach (var input in inputs)
        {
            if (limit > 0 && articles >= limit) break;
            if (input.Article is not { } article) { error.WriteLine(input.Error ?? "an input was rejected without a reason"); rejected++; continue; }
            try { pipeline.Process(article); }
            catch (Exception e)
            {
                error.WriteLine($"{article.Id}: processing failed: {e.GetType().Name}: {e.Message}");
                rejected++;
                continue;
            }
            articles++;
            output.WriteLine($"# {article.Id}");
            foreach (var sentence in article.Sentences)
            {
                output.WriteLine($"[{sentence.Index}] {sentence.Text}");
                if (showParse)
                {
                    var parts = new List<string>();
                    for (int t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
                    {
                        var tok = article.Tokens[t];
                        parts.Add($"{t - sentence.FirstToken}:{tok.Text}/{tok.Upos}<-{(tok.Head < 0 ? -1 : tok.Head - sentence.FirstToken)}:{tok.Relation}");
                    }
                    output.WriteLine("    " + string.Join(' ', parts));
                }
                foreach (var m in article.Mentions)
                {
                    if (m.Sentence != sentence.Index) continue;
                    mentions++;
                    output.WriteLine($"    {m.Text} = {m.Code}  ({string.Join("; ", m.Evidence)})");
                }
            }
        }
        error.WriteLine($"articles {articles}, mentions {mentions}, rejected {rejected}");
        return rejected > 0 ? CliApp.InputRejected : CliApp.Ok;
    }
}
