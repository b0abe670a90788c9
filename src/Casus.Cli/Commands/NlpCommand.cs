using System.CommandLine;

namespace Casus.Cli.Commands;

/// <summary>"casus nlp": measuring and inspecting the language stages (segmentation, tagging, parsing, entities).</summary>
internal static class NlpCommand
{
    public static Command Create()
    {
        var command = new Command("nlp", "Measure the language stages against treebanks and entity sets.");
        command.Subcommands.Add(NlpEvalCommand.Create());
        command.Subcommands.Add(NlpSegmentCommand.Create());
        return command;
    }
}
