using Casus.Cli;
using Casus.Coding;

namespace Casus.Tests.Cli;

public class CameoCatalogAdapterTests
{
    [Theory]
    [InlineData("042", PloverCategory.CONSULT)]
    [InlineData("190", PloverCategory.ASSAULT)]
    [InlineData("1721", PloverCategory.COERCE)]
    [InlineData("161", PloverCategory.SANCTION)]
    [InlineData("1951", PloverCategory.ASSAULT)]
    [InlineData("173", PloverCategory.COERCE)]
    [InlineData("010", null)]
    [InlineData("0211", null)]
    public void Adapter_MapsCodesThroughTheShippedCatalog(string code, PloverCategory? expected) =>
        Assert.Equal(expected, CameoCatalogAdapter.Default.PloverOf(CameoCode.Parse(code)));

    [Fact]
    public void Adapter_NamesCodes()
    {
        Assert.StartsWith("Use conventional military force", CameoCatalogAdapter.Default.NameOf(CameoCode.Parse("190")));
        Assert.Null(CameoCatalogAdapter.Default.NameOf(CameoCode.Parse("1999")));
    }
}
