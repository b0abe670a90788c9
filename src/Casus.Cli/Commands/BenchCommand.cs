using System.CommandLine;

namespace Casus.Cli.Commands;

/// <summary><c>casus bench</c>: measurements of Casus (throughput, and against published benchmarks); each one is a subcommand.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure Casus: throughput and benchmark data sets.");
        command.Subcommands.Add(BenchPipelineCommand.Create());
        command.Subcommands.Add(BenchNlpCommand.Create());
        command.Subcommands.Add(BenchExtractCommand.Create());
        command.Subcommands.Add(BenchExtractMetaCommand.Create());
        return command;
    }
}
