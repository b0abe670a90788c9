using Casus.Extraction;
using Casus.Extraction.Benchmark;

namespace Casus.Tests.Extraction.Benchmark;

/// <summary>Runs over ../shared/data/extraction/scrapinghub (181 pages, a few seconds).</summary>
public class ScrapinghubBenchmarkTests
{
    private static readonly string Dir = TestPaths.SharedData("extraction/scrapinghub");

    private static IReadOnlyDictionary<string, string> Truth()
    {
        var (truth, error) = BenchmarkSet.ReadBodies(Path.Combine(Dir, ExtractionBenchmark.GroundTruthFile));
        Assert.True(truth != null, error);
        return truth;
    }

    [Theory]
    [InlineData("trafilatura", 0.958, 0.938, 0.978)]
    [InlineData("readability_js", 0.947, 0.914, 0.982)]
    [InlineData("goose3", 0.896, 0.940, 0.856)]
    [InlineData("justext", 0.804, 0.858, 0.756)]
    public void PublishedOutputs_ReproducePublishedScores(string system, double f1, double precision, double recall)
    {
        var (predictions, error) = BenchmarkSet.ReadBodies(Path.Combine(Dir, "output", system + ".json"));
        Assert.True(predictions != null, error);
        var s = ShingleMetric.Aggregate(BenchmarkSet.Score(Truth(), predictions), bootstrapSamples: 0);
        Assert.Equal(f1, Math.Round(s.F1, 3));
        Assert.Equal(precision, Math.Round(s.Precision, 3));
        Assert.Equal(recall, Math.Round(s.Recall, 3));
    }

    [Fact]
    public void Casus_ScoresAtLeastFloor()
    {
        var truth = Truth();
        var problems = new List<string>();
        var predictions = ExtractionBenchmark.Predict(Dir, truth.Keys, HtmlExtractor.Default, problems);
        Assert.Empty(problems);
        var s = ShingleMetric.Aggregate(BenchmarkSet.Score(truth, predictions), bootstrapSamples: 0);
        Assert.True(s.F1 >= 0.93, $"F1 {s.F1:F3} below the 0.93 floor (P {s.Precision:F3}, R {s.Recall:F3})");
    }

    [Fact]
    public void ReadBodies_BadFile_SaysWhy()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "[1,2");
        var (bodies, error) = BenchmarkSet.ReadBodies(path);
        File.Delete(path);
        Assert.Null(bodies);
        Assert.Contains("invalid JSON", error);
    }
}
