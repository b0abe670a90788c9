using Casus.Geo;

namespace Casus.Tests.Geo;

public class GazetteerTests
{
    internal const string Places = """
        # id	name	ascii	alternates	country	admin1	lat	lon	population	feature
        1	Tripoli		Tarabulus	LBY	Tripoli District	32.8925	13.1800	1150989	PPLC
        2	Tripoli		Trablous	LBN	North Governorate	34.4367	35.8497	229398	PPLA
        3	Kandahar		Qandahar	AFG	Kandahar Province	31.6133	65.7101	391190	PPLA
        4	Pacific			USA	Washington	47.2643	-122.2501	7000	PPL
        5	Gaza		Ghazzah	PSE	Gaza Strip	31.5017	34.4668	410000	PPLA
        6	Zürich	Zurich		CHE	Zurich	47.3667	8.5500	341730	PPLA
        7	Summit			USA	New Jersey	40.7157	-74.3646	22000	PPL
        """;

    internal const string Countries = """
        # code	lat	lon	names
        SYR	35.0	38.0	Syria
        PSE	31.9	35.2	Palestine; Gaza; West Bank
        LBN	33.9	35.8	Lebanon
        LBY	29.0	17.0	Libya
        AFG	34.5	68.0	Afghanistan
        """;

    internal static Gazetteer Small()
    {
        var g = Gazetteer.Load(new StringReader(Places), "places.tsv", new StringReader(Countries), "countries.tsv", out var errors);
        Assert.Empty(errors);
        return g;
    }

    [Fact]
    public void Looks_up_names_and_alternates_without_case_or_accents_most_populous_first()
    {
        var g = Small();
        Assert.Equal(["LBY", "LBN"], g.Places("TRIPOLI").Select(p => p.Country));
        Assert.Equal(3, g.Places("qandahar").Single().GeoNameId);
        Assert.Equal("Zürich", g.Places("Zurich").Single().Name);
        Assert.Equal("Zürich", g.Places("zürich").Single().Name);
        Assert.Empty(g.Places("Atlantis"));
        Assert.True(g.TryGetCountryByName("west  bank", out var pse));
        Assert.Equal("PSE", pse.Code);
        Assert.Equal("Palestine", pse.Name);
        Assert.Equal(7, g.PlaceCount);
    }

    [Fact]
    public void A_venue_gives_the_place_it_stands_in_and_bad_venue_lines_are_reported()
    {
        var g = Gazetteer.Load(new StringReader(Places), "places.tsv", new StringReader(Countries), "countries.tsv", null, null,
            new StringReader("""
                # venues
                LBY | Tripoli | Bab al-Azizia; Zurich
                LBY | Atlantis | Palace
                LB | Tripoli | Fort
                LBY | Tripoli
                """), "venues.txt", out var errors);
        var venue = g.Places("bab al-azizia").Single();
        Assert.Equal(("Tripoli", "LBY", 1L), (venue.Name, venue.Country, venue.GeoNameId));
        Assert.StartsWith("venues.txt:2 ", venue.Source, StringComparison.Ordinal);
        // A venue's name replaces the places of that name.
        Assert.Equal("LBY", g.Places("Zurich").Single().Country);
        Assert.Equal(["venues.txt:3: place", "venues.txt:4: country", "venues.txt:5: line"], errors.Select(e => $"{e.File}:{e.Line}: {e.Field}"));
    }

    [Fact]
    public void The_shipped_venues_load_without_errors_and_the_White_House_is_in_Washington_not_Casablanca()
    {
        var assembly = typeof(Gazetteer).Assembly;
        using var places = new StreamReader(new System.IO.Compression.GZipStream(
            assembly.GetManifestResourceStream(Gazetteer.PlacesResource)!, System.IO.Compression.CompressionMode.Decompress));
        using var countries = new StreamReader(assembly.GetManifestResourceStream(Gazetteer.CountriesResource)!);
        using var venues = new StreamReader(assembly.GetManifestResourceStream(Gazetteer.VenuesResource)!);
        var g = Gazetteer.Load(places, Gazetteer.PlacesResource, countries, Gazetteer.CountriesResource, null, null, venues, Gazetteer.VenuesResource, out var errors);
        Assert.Empty(errors);
        var house = g.Places("White House").Single();
        Assert.Equal(("Washington", "USA"), (house.Name, house.Country));
    }

    [Fact]
    public void A_division_comes_after_a_town_of_its_name_in_its_own_country_only()
    {
        var g = Gazetteer.Load(new StringReader("""
            0	Bali			IDN	Bali	-8.4466	115.1981	1304848	ADM1
            1	Bāli	Bali		IND	West Bengal	22.6486	88.3411	296973	PPL
            0	Washington			USA	Washington	47.4061	-122.2398	6419669	ADM1
            2	Washington			USA	Washington, D.C.	38.8951	-77.0364	689545	PPLC
            """), "p.tsv", new StringReader(""), "c.tsv", out var errors);
        Assert.Empty(errors);
        Assert.Equal(["IDN", "IND"], g.Places("Bali").Select(p => p.Country));
        Assert.Equal(["PPLC", "ADM1"], g.Places("Washington").Select(p => p.FeatureCode));
    }

    [Fact]
    public void Bad_lines_are_reported_with_file_line_and_field_and_the_rest_loads()
    {
        var g = Gazetteer.Load(new StringReader("""
            1	Ok			AAA		1.0	2.0	10	PPL
            x	Bad id			AAA		1.0	2.0	10	PPL
            3	Far			AAA		91.0	2.0	10	PPL
            4	Short
            5	Ok Too			BBBB		1.0	2.0	10	PPL
            """), "p.tsv", new StringReader("AAA\t1\t2\tLand\nAAA\t1\t2\tLand again\nBB\t1\t2\tX\n"), "c.tsv", out var errors);
        Assert.Equal(1, g.PlaceCount);
        Assert.Equal(
        [
            "p.tsv:2: geonameid: 'x' is not a number",
            "p.tsv:3: lat: '91.0' is not a latitude",
            "p.tsv:4: line: expected 10 tab-separated fields, found 2",
            "p.tsv:5: country: 'BBBB' is not a three-letter code",
            "c.tsv:2: code: AAA is listed twice",
            "c.tsv:3: code: 'BB' is not a three-letter code",
        ], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void The_shipped_gazetteer_loads_without_errors_and_knows_capitals_and_exonyms()
    {
        var assembly = typeof(Gazetteer).Assembly;
        using var places = new StreamReader(new System.IO.Compression.GZipStream(
            assembly.GetManifestResourceStream(Gazetteer.PlacesResource)!, System.IO.Compression.CompressionMode.Decompress));
        using var countries = new StreamReader(assembly.GetManifestResourceStream(Gazetteer.CountriesResource)!);
        var g = Gazetteer.Load(places, Gazetteer.PlacesResource, countries, Gazetteer.CountriesResource, out var errors);
        Assert.Empty(errors);
        Assert.True(g.PlaceCount > 50_000);
        Assert.Equal("AFG", g.Places("Kabul")[0].Country);
        Assert.Equal("UKR", g.Places("Kiev")[0].Country);
        Assert.True(g.TryGetCountry("SYR", out var syria));
        Assert.InRange(syria.Latitude, 32, 37);
        Assert.InRange(syria.Longitude, 35, 42);
    }
}

/// <summary>First-level divisions and the hand-written regions and disputed territories of regions.txt.</summary>
public class GazetteerRegionTests
{
    [Fact]
    public void A_city_comes_before_its_division_of_the_same_name_and_a_region_before_both()
    {
        var g = Gazetteer.Load(new StringReader("""
            1	Kabul			AFG	Kabul	34.5281	69.1723	4434550	PPLC
            0	Kabul			AFG	Kabul	34.6	69.15	4489112	ADM1
            0	Crimea			UKR	Crimea	45.2	34.2	1808151	ADM1
            """), "p.tsv", new StringReader(""), "c.tsv", new StringReader("UKR | 45.3 34.2 | Crimea; Crimean Peninsula | disputed: UKR RUS\n"), "r.txt", out var errors);
        Assert.Empty(errors);
        Assert.Equal(["PPLC", "ADM1"], g.Places("Kabul").Select(p => p.FeatureCode));
        var crimea = g.Places("crimean peninsula").Single();
        Assert.Equal(("Crimea", "RGN", "r.txt:1"), (crimea.Name, crimea.FeatureCode, crimea.Source));
        Assert.Equal(["UKR", "RUS"], crimea.Claimants);
        Assert.Equal(["RGN", "ADM1"], g.Places("Crimea").Select(p => p.FeatureCode));
    }

    [Fact]
    public void Bad_region_lines_are_reported_with_file_and_line_and_the_rest_loads()
    {
        var g = Gazetteer.Load(new StringReader(""), "p.tsv", new StringReader(""), "c.tsv", new StringReader("""
            # comment
            UKR | 48 38 | Donbas
            Ukraine | 48 38 | Foo
            UKR | north | Bar
            UKR | 48 38 | Baz | claimed: UKR
            UKR | 48 38 | Donbas
            - | 34 74 | Kashmir | disputed: IND PAK
            """), "r.txt", out var errors);
        Assert.Equal(
        [
            "r.txt:3: country: 'Ukraine' is not a three-letter country code or '-'",
            "r.txt:4: lat lon: 'north' is not 'LAT LON' in degrees",
            "r.txt:5: disputed: 'claimed: UKR' must be 'disputed: CODE CODE ...'",
            "r.txt:6: names: 'Donbas' is already listed on line 2",
        ], errors.Select(e => e.ToString()));
        Assert.Equal("", g.Places("Kashmir").Single().Country);
        Assert.Equal(2, g.PlaceCount);
    }

    [Fact]
    public void The_shipped_gazetteer_has_divisions_by_name_and_the_regions_load_without_errors()
    {
        var assembly = typeof(Gazetteer).Assembly;
        using var regions = new StreamReader(assembly.GetManifestResourceStream(Gazetteer.RegionsResource)!);
        Gazetteer.Load(new StringReader(""), "p.tsv", new StringReader(""), "c.tsv", regions, Gazetteer.RegionsResource, out var errors);
        Assert.Empty(errors);
        var g = Gazetteer.Default;
        Assert.Equal("PPLC", g.Places("Kabul")[0].FeatureCode);
        var helmand = g.Places("Helmand")[0];
        Assert.Equal(("AFG", "ADM1", "Helmand"), (helmand.Country, helmand.FeatureCode, helmand.Admin1));
        Assert.Equal("Nineveh", g.Places("Mosul")[0].Admin1);
        Assert.Equal("NGA", g.Places("Borno")[0].Country);   // "Borno State" without its suffix
        Assert.Equal("RGN", g.Places("Golan Heights")[0].FeatureCode);
    }
}
