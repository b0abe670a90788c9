using Casus.Geo;

namespace Casus.Tests.Geo;

/// <summary>The target fallback's place → country lookups, derived from the gazetteer with its ambiguity guards.</summary>
public class PlaceCountriesTests
{
    private const string Places = """
        1	Tripoli		Tarabulus	LBY	Tripoli District	32.8925	13.1800	1150989	PPLC
        2	Tripoli		Trablous	LBN	North Governorate	34.4367	35.8497	229398	PPLA
        3	Zürich	Zurich		CHE	Zurich	47.3667	8.5500	341730	PPLA
        4	Pacific			USA	Washington	47.2643	-122.2501	7000	PPL
        5	Adama		Nazareth	ETH	Oromiya	8.5400	39.2700	524000	PPLA2
        6	Nazareth			ISR	Northern District	32.7000	35.3000	83400	PPLA
        7	Perth			AUS	Western Australia	-31.9522	115.8614	2192229	PPLA
        8	Perth			GBR	Scotland	56.3967	-3.4374	47350	PPLA2
        9	March			GBR	England	52.5519	0.0882	21051	PPL
        10	Sunday			USA	Texas	30.0000	-97.0000	20000	PPL
        11	Marchena			ESP	Andalusia	37.3300	-5.4200	19000	PPL
        0	Helmand			AFG	Helmand	31.7000	64.3000	119309	ADM1
        0	Punjab			PAK	Punjab	31.7000	73.0000	26966287	ADM1
        0	Punjab			IND	Punjab	30.9000	75.6000	7975581	ADM1
        """;

    private const string Regions = """
        # test regions
        UKR | 48.0 38.0 | Donbas; Donbass
        UKR | 45.3 34.2 | Crimea | disputed: UKR RUS
        - | 36.5 44.0 | Kurdistan
        """;

    private static PlaceCountries Table()
    {
        var g = Gazetteer.Load(new StringReader(Places), "p.tsv", new StringReader(""), "c.tsv", new StringReader(Regions), "regions.txt", out var errors);
        Assert.Empty(errors);
        return PlaceCountries.From(g);
    }

    private static string? CountryOf(PlaceCountries t, string name) => t.TryGet(name, out var p) ? p.Country.Value : null;

    [Fact]
    public void A_name_gives_a_country_only_when_one_place_of_it_clearly_dominates()
    {
        var t = Table();
        Assert.Equal("CHE", CountryOf(t, "ZURICH"));
        Assert.True(t.TryGet("Zurich", out var z));
        Assert.Equal("gazetteer/geonames.tsv.gz Zurich → CHE (Zürich, geonames 3, population 341730)", z.Evidence);
        Assert.Equal("AUS", CountryOf(t, "Perth"));        // 46 times the Scottish town
        Assert.Null(CountryOf(t, "Tripoli"));              // Libya's is only five times Lebanon's
        Assert.Null(CountryOf(t, "Punjab"));               // divisions of two countries
        Assert.Equal("AFG", CountryOf(t, "Helmand"));      // a first-level division
        Assert.Null(CountryOf(t, "Pacific"));              // too small a town to trust the name
        Assert.Null(CountryOf(t, "Atlantis"));
    }

    [Fact]
    public void A_month_or_weekday_name_gives_no_place_however_large_the_town()
    {
        var t = Table();
        Assert.Null(CountryOf(t, "March"));     // "signed in March 2001"
        Assert.Null(CountryOf(t, "sunday"));    // any case
        Assert.False(t.TryGet("March", out _, c => c is "GBR"));   // not even when the sentence supports the country
        Assert.Equal("ESP", CountryOf(t, "Marchena")); // a place that only begins like a month keeps its country
    }

    [Fact]
    public void A_name_no_place_dominates_takes_the_one_country_of_comparable_places_the_sentence_supports()
    {
        var t = Table();
        Assert.True(t.TryGet("Tripoli", out var lbn, c => c is "LBN" or "FRA"));
        Assert.Equal("LBN", lbn.Country.Value);
        Assert.Contains("the one in a country of the sentence", lbn.Evidence, StringComparison.Ordinal);
        Assert.False(t.TryGet("Tripoli", out _, c => c is "LBN" or "LBY"));   // both supported: still unsure
        Assert.False(t.TryGet("Punjab", out _, c => c == "FRA"));
        Assert.True(t.TryGet("Zurich", out var che, c => false));             // a dominant place needs no support
        Assert.Equal("CHE", che.Country.Value);
    }

    [Fact]
    public void A_name_that_is_only_an_old_or_foreign_name_of_the_largest_place_yields_to_a_place_that_bears_it()
    {
        // Adama (Ethiopia) was called Nazareth; the Israeli town bears the name: neither country is sure.
        Assert.Null(CountryOf(Table(), "Nazareth"));
        Assert.Equal("ETH", CountryOf(Table(), "Adama"));
    }

    [Fact]
    public void A_region_gives_its_country_but_a_disputed_or_multinational_one_gives_none()
    {
        var t = Table();
        Assert.True(t.TryGet("donbass", out var d));
        Assert.Equal(("UKR", "regions.txt:2 donbass → UKR (Donbas, region)"), (d.Country.Value, d.Evidence));
        Assert.Null(CountryOf(t, "Crimea"));
        Assert.Null(CountryOf(t, "Kurdistan"));
        Assert.Null(CountryOf(PlaceCountries.Empty, "Zurich"));
    }

    [Fact]
    public void The_shipped_gazetteer_gives_cities_divisions_and_regions_their_countries()
    {
        var t = PlaceCountries.Default;
        Assert.Equal("CHE", CountryOf(t, "Zurich"));
        Assert.Equal("VNM", CountryOf(t, "Ho Chi Minh City"));
        Assert.Equal("AFG", CountryOf(t, "Helmand"));
        Assert.Equal("UKR", CountryOf(t, "Donbas"));
        Assert.Equal("CAN", CountryOf(t, "Ontario"));
        Assert.Null(CountryOf(t, "Crimea"));
        Assert.Null(CountryOf(t, "Kashmir"));
        Assert.Null(CountryOf(t, "Tripoli"));
        Assert.Null(CountryOf(t, "Punjab"));
    }

    [Theory]
    [InlineData("Zurich")]
    [InlineData("ZURICH")]
    [InlineData("Zürich")]
    [InlineData("Tripoli")]
    [InlineData("Tri.poli")]
    [InlineData("  Perth ")]
    [InlineData("Perth\n")]
    [InlineData("Punjab")]
    [InlineData("Donbass")]
    [InlineData("Adama")]
    [InlineData("Nazareth")]
    [InlineData("Paris")]
    [InlineData("Per th")]
    [InlineData("")]
    [InlineData("marchena")]
    public void The_in_place_check_agrees_with_the_lookup_on_whether_any_place_bears_a_name(string name)
    {
        // MayHave is the cheap filter before TryGet: it must never say no where the gazetteer has places of the name.
        var g = Gazetteer.Load(new StringReader(Places), "p.tsv", new StringReader(""), "c.tsv", new StringReader(Regions), "regions.txt", out _);
        var t = PlaceCountries.From(g);
        Assert.Equal(g.Places(name).Count > 0, t.MayHave(name));
        if (!t.MayHave(name)) Assert.False(t.TryGet(name, out _));
        Assert.False(PlaceCountries.Empty.MayHave(name));
    }
}
