using System.CommandLine;

namespace Casus.Cli.Commands;

/// <summary><c>casus bench ...</c>: throughput measurements. Each kind of bench is a subcommand.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure throughput.");
        command.Subcommands.Add(BenchPipelineCommand.Create());
        return command;
    }
}
