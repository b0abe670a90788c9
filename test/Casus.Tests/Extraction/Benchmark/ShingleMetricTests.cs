using Casus.Extraction.Benchmark;

namespace Casus.Tests.Extraction.Benchmark;

public class ShingleMetricTests
{
    [Fact]
    public void Tokens_AreRunsOfWordCharacters() =>
        Assert.Equal(["It", "s", "a_b", "3", "5", "Zürich", "東京"], ShingleMetric.Tokens("It's a_b 3.5 — Zürich, 東京!"));

    [Fact]
    public void Score_IdenticalTexts_PerfectAndPunctuationIgnored()
    {
        var s = ShingleMetric.Score("x", "one two three four five", "One two three four five!".Replace("One", "one"));
        Assert.Equal((2, 0, 0), (s.TruePositives, s.FalsePositives, s.FalseNegatives));
        Assert.Equal(1.0, s.Precision);
        Assert.Equal(1.0, s.Recall);
    }

    [Fact]
    public void Score_CountsShinglesAsMultiset()
    {
        // truth "a b c d a b c d" has shingles abcd×2, bcda, cdab, dabc; the prediction has abcd once.
        var s = ShingleMetric.Score("x", "a b c d a b c d", "a b c d");
        Assert.Equal((1, 0, 4), (s.TruePositives, s.FalsePositives, s.FalseNegatives));
        Assert.Equal(0.2, s.Recall);
    }

    [Fact]
    public void Score_TextShorterThanFourTokens_IsOneShortShingle()
    {
        Assert.Equal(1, ShingleMetric.Score("x", "two words", "two words").TruePositives);
        var s = ShingleMetric.Score("x", "two words", "two words more");
        Assert.Equal((0, 1, 1), (s.TruePositives, s.FalsePositives, s.FalseNegatives));
    }

    [Fact]
    public void Score_EmptyPrediction_HasNoPrecision()
    {
        var s = ShingleMetric.Score("x", "one two three four", "  — ");
        Assert.Null(s.Precision);
        Assert.Equal(0.0, s.Recall);
    }

    [Fact]
    public void Aggregate_AveragesPrecisionOverPagesWithAPrediction()
    {
        var pages = new[]
        {
            ShingleMetric.Score("a", "a b c d e", "a b c d e"),        // P 1, R 1
            ShingleMetric.Score("b", "a b c d e", "a b c d x y z w"),  // P 1/5, R 1/2
            ShingleMetric.Score("c", "a b c d e", ""),                 // P none, R 0
        };
        var s = ShingleMetric.Aggregate(pages, bootstrapSamples: 0);
        Assert.Equal(1, s.EmptyPredictions);
        Assert.Equal(0.6, s.Precision, 10);
        Assert.Equal(0.5, s.Recall, 10);
        Assert.Equal(2 * 0.6 * 0.5 / 1.1, s.F1, 10);
    }

    [Fact]
    public void Aggregate_Bootstrap_IsRepeatable()
    {
        var pages = Enumerable.Range(0, 20).Select(i => ShingleMetric.Score($"{i}", "a b c d e f", i % 3 == 0 ? "a b c d" : "a b c d e f")).ToList();
        var first = ShingleMetric.Aggregate(pages);
        Assert.True(first.F1Std > 0);
        Assert.Equal(first, ShingleMetric.Aggregate(pages));
    }
}
