using System.CommandLine;

namespace Casus.Cli.Commands;

/// <summary>The CLI's commands, in the order help lists them. Add one line per command.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return ActorsCommand.Create();
    }
}
