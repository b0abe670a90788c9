using System.CommandLine;

namespace Casus.Cli.Commands;

/// <summary><c>casus bench</c>: throughput measurements (colleagues add subcommands).</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var c = new Command("bench", "Measure throughput of Casus components.");
        c.Subcommands.Add(BenchNlpCommand.Create());
        return c;
    }
}
