using System.CommandLine;
using System.Globalization;
using Casus.Extraction;
using Casus.Extraction.Benchmark;

namespace Casus.Cli.Commands;

/// <summary><c>casus bench extract DIR [--output FILE.json]</c>: article-body extraction scored with the scrapinghub
/// shingle metric, either Casus's own extractor or a published extractor's output file.</summary>
internal static class BenchExtractCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "Benchmark folder holding ground-truth.json and html/*.html.gz." };
        var output = new Option<string?>("--output") { Description = "Score this prediction file (e.g. DIR/output/trafilatura.json) instead of running Casus." };
        var worst = new Option<int>("--worst") { Description = "Also list the N worst pages by F1 on stderr.", DefaultValueFactory = _ => 0 };
        var command = new Command("extract", "Score article-body extraction (precision, recall, F1 over 4-token shingles).");
        command.Arguments.Add(dir);
        command.Options.Add(output);
        command.Options.Add(worst);
        command.SetAction(parse => Run(parse.GetValue(dir)!, parse.GetValue(output), parse.GetValue(worst), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Runs the benchmark; returns the exit code (2 when the data cannot be read).</summary>
    public static int Run(string dir, string? output, int worst, TextWriter stdout, TextWriter stderr)
    {
        var (truth, error) = BenchmarkSet.ReadBodies(Path.Combine(dir, ExtractionBenchmark.GroundTruthFile));
        if (truth == null)
        {
            stderr.WriteLine("error: " + error);
            return 2;
        }
        IReadOnlyDictionary<string, string>? predictions;
        string system;
        if (output != null)
        {
            (predictions, error) = BenchmarkSet.ReadBodies(output);
            if (predictions == null)
            {
                stderr.WriteLine("error: " + error);
                return 2;
            }
            system = Path.GetFileNameWithoutExtension(output);
        }
        else
        {
            var problems = new List<string>();
            predictions = ExtractionBenchmark.Predict(dir, truth.Keys.Order(StringComparer.Ordinal), HtmlExtractor.Default, problems);
            foreach (var p in problems) stderr.WriteLine("warning: " + p);
            system = "casus";
        }
        var pages = BenchmarkSet.Score(truth, predictions);
        var s = ShingleMetric.Aggregate(pages);
        var c = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(c, $"system     {system}"));
        stdout.WriteLine(string.Create(c, $"pages      {s.Pages} ({s.EmptyPredictions} empty predictions)"));
        stdout.WriteLine(string.Create(c, $"precision  {s.Precision:F3} ± {s.PrecisionStd:F3}"));
        stdout.WriteLine(string.Create(c, $"recall     {s.Recall:F3} ± {s.RecallStd:F3}"));
        stdout.WriteLine(string.Create(c, $"F1         {s.F1:F3} ± {s.F1Std:F3}"));
        if (worst > 0)
        {
            foreach (var page in pages.OrderBy(p => ShingleMetric.F1(p.Precision ?? 0, p.Recall ?? 0)).Take(worst))
                stderr.WriteLine(string.Create(c, $"{page.Id}  P={page.Precision ?? 0:F3} R={page.Recall ?? 0:F3}  tp={page.TruePositives} fp={page.FalsePositives} fn={page.FalseNegatives}"));
        }
        return 0;
    }
}
