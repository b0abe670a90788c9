using System.CommandLine;
using Casus.Extraction;
using Casus.Extraction.Benchmark;

namespace Casus.Cli.Commands;

/// <summary><c>casus bench extract-meta DIR</c>: how many titles, dates and author lists match the fundus ground truth.</summary>
internal static class BenchExtractMetaCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "Folder holding ground-truth-flat.json and <cc>/<page>.html.gz." };
        var verbose = new Option<bool>("--mismatches") { Description = "List every field that did not match on stderr." };
        var command = new Command("extract-meta", "Score page metadata (title, publication date, authors).");
        command.Arguments.Add(dir);
        command.Options.Add(verbose);
        command.SetAction(parse => Run(parse.GetValue(dir)!, parse.GetValue(verbose), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Runs the benchmark; returns the exit code (2 when the data cannot be read).</summary>
    public static int Run(string dir, bool mismatches, TextWriter stdout, TextWriter stderr)
    {
        var (scores, error) = MetadataBenchmark.Run(dir, HtmlExtractor.Default);
        if (scores == null)
        {
            stderr.WriteLine("error: " + error);
            return 2;
        }
        stdout.WriteLine($"pages    {scores.Pages}");
        stdout.WriteLine($"titles   {scores.Titles}/{scores.Pages}");
        stdout.WriteLine($"dates    {scores.Dates}/{scores.Pages}");
        stdout.WriteLine($"authors  {scores.Authors}/{scores.Pages}");
        if (mismatches)
            foreach (var m in scores.Mismatches) stderr.WriteLine(m);
        return 0;
    }
}
