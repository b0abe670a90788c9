using Casus.Geo;

namespace Casus.Tests.Geo;

public class PlaceCountriesTests
{
    [Fact]
    public void Loads_lines_and_reports_bad_ones_with_file_and_line()
    {
        var table = PlaceCountries.Load(new StringReader("""
            # comment
            CHE | Zurich; Geneva
            XX | Foo
            DEU | Munich;  Zurich
            FRA | Lyon;; Lyon
            no bar here
            """), "test.txt", out var errors);
        Assert.True(table.TryGet("GENEVA", out var geneva));
        Assert.Equal("CHE", geneva.Country.Value);
        Assert.Equal("test.txt:2 Geneva → CHE", geneva.Evidence);
        Assert.True(table.TryGet("Munich", out var munich));
        Assert.Equal("DEU", munich.Country.Value);
        Assert.False(table.TryGet("Zurich", out _)); // listed under two countries: ambiguous, left out
        Assert.Equal(
        [
            "test.txt:3: code: 'XX' is not a three-letter country code",
            "test.txt:4: place: 'Zurich' is listed under CHE (line 2) and DEU; an ambiguous name is left out",
            "test.txt:5: place: empty place name",
            "test.txt:5: place: 'Lyon' is listed twice under FRA",
            "test.txt:6: line: expected 'CODE | place; place; ...'",
        ], errors.Select(e => e.ToString()).ToList());
    }

    [Fact]
    public void The_shipped_table_loads_without_errors()
    {
        using var stream = typeof(PlaceCountries).Assembly.GetManifestResourceStream(PlaceCountries.ResourceName)!;
        var table = PlaceCountries.Load(new StreamReader(stream), PlaceCountries.ResourceName, out var errors);
        Assert.Empty(errors);
        Assert.True(table.Count > 500);
        Assert.True(PlaceCountries.Default.TryGet("Zurich", out var z));
        Assert.Equal("CHE", z.Country.Value);
        Assert.True(PlaceCountries.Default.TryGet("ho chi minh city", out var h));
        Assert.Equal("VNM", h.Country.Value);
    }
}
