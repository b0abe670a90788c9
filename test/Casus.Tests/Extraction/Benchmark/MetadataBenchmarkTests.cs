using Casus.Extraction;
using Casus.Extraction.Benchmark;

namespace Casus.Tests.Extraction.Benchmark;

public class MetadataBenchmarkTests
{
    [Fact]
    public void ParseListLiteral_ReadsPythonStyleLists() =>
        Assert.Equal(["A B", "O'Neil", "C"], MetadataBenchmark.ParseListLiteral("['A B', \"O'Neil\", 'C']"));

    [Fact]
    public void Fundus_MetadataMatchesFloor()
    {
        var (scores, error) = MetadataBenchmark.Run(TestPaths.SharedData("extraction/fundus"), HtmlExtractor.Default);
        Assert.True(scores != null, error);
        Assert.Equal(87, scores.Pages);
        // Measured 72 titles, 86 dates, 79 author lists; the floors leave room for trade-offs between sources.
        Assert.True(scores.Titles >= 60, $"titles {scores.Titles}");
        Assert.True(scores.Dates >= 80, $"dates {scores.Dates}");
        Assert.True(scores.Authors >= 70, $"authors {scores.Authors}");
    }
}
