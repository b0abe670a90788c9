using System.CommandLine;

namespace Casus.Cli.Commands;

/// <summary>The CLI's commands, in the order help lists them. Add one line per command.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return CodeCommand.Create();
        yield return EvalCommand.Create();
        yield return ExtractCommand.Create();
        yield return BenchCommand.Create();
        yield return TrainCommand.Create();
        yield return NlpCommand.Create();
        yield return ParserCommand.Create();
        yield return ActorsCommand.Create();
        yield return VerbsCommand.Create();
    }
}
