using System.CommandLine;

namespace Casus.Cli.Commands;

/// <summary><c>casus nlp</c>: language-layer tools (evaluation; colleagues add segment etc. as subcommands).</summary>
internal static class NlpCommand
{
    public static Command Create()
    {
        var c = new Command("nlp", "Language processing tools: evaluate the tagger, lemmatizer, parser and entity recogniser.");
        c.Subcommands.Add(NlpEvalCommand.Create());
        return c;
    }
}
