namespace Casus.Geo;

/// <summary>One place of the gazetteer: a populated place or first-level division from GeoNames, or a region of
/// data/gazetteer/regions.txt. Immutable.</summary>
/// <param name="GeoNameId">GeoNames id; 0 for a division or region, which the sources give no id.</param>
/// <param name="Name">Name as GeoNames or regions.txt writes it ("Zürich").</param>
/// <param name="Country">ISO 3166-1 alpha-3 code of its country; empty for a region that spans several countries.</param>
/// <param name="Admin1">The name of its first-level division ("Zurich", "Nineveh"); empty if unknown.</param>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="Population">Population (0 if GeoNames has none).</param>
/// <param name="FeatureCode">GeoNames feature code: PPLC capital, PPLA/PPLA2 seat of a division, PPL place, ADM1
/// first-level division; RGN for a region of regions.txt.</param>
public sealed record GeoPlace(long GeoNameId, string Name, string Country, string Admin1, double Latitude, double Longitude,
    long Population, string FeatureCode)
{
    /// <summary>The feature code of a region of regions.txt.</summary>
    public const string RegionFeature = "RGN";
    /// <summary>The feature code of a first-level division.</summary>
    public const string DivisionFeature = "ADM1";

    /// <summary>The countries that claim a disputed territory (regions.txt); empty when it is not disputed.</summary>
    public IReadOnlyList<string> Claimants { get; init; } = [];

    /// <summary>Where the place was read: "gazetteer/regions.txt:12" for a region; null for a GeoNames row.</summary>
    public string? Source { get; init; }

    /// <summary>True for a venue of venues.txt (a building or site such as "the White House"), which stands for the
    /// place it is in.</summary>
    public bool IsVenue { get; init; }

    /// <summary>True for a division or region rather than a populated place.</summary>
    public bool IsArea => FeatureCode is DivisionFeature or RegionFeature;
}

/// <summary>A country's names and settlement centre (data/gazetteer/countries.tsv). Immutable.</summary>
/// <param name="Code">ISO 3166-1 alpha-3 code (CAMEO's country code).</param>
/// <param name="Name">The country's own name (the first in the table).</param>
/// <param name="Latitude">Median latitude of its places.</param>
/// <param name="Longitude">Median longitude of its places.</param>
/// <param name="Line">1-based line in the table.</param>
public sealed record GeoCountry(string Code, string Name, double Latitude, double Longitude, int Line);
