using System.CommandLine;
using Casus.Cli.Commands;

namespace Casus.Cli;

/// <summary>Builds the root command and runs it; shared by Program.cs and in-process tests.</summary>
internal static class CliApp
{
    /// <summary>Exit code of a command that did its work.</summary>
    public const int Ok = 0;
    /// <summary>Exit code when some input was rejected (the rest was still processed).</summary>
    public const int InputRejected = 1;
    /// <summary>Exit code for usage errors: unknown options, bad option values, missing arguments.</summary>
    public const int UsageError = 2;

    /// <summary>The root command with every command of <see cref="CommandCatalog"/>.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("Casus: political event data (CAMEO, PLOVER) from news pages and text.");
        foreach (var command in CommandCatalog.All())
            root.Subcommands.Add(command);
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>, writing to the given writers; parse errors exit with 2.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parse = Build().Parse(args);
        var config = new InvocationConfiguration { Output = output, Error = error };
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine(e.Message);
            error.WriteLine("Run 'casus --help' for usage.");
            return UsageError;
        }
        return parse.Invoke(config);
    }
}
