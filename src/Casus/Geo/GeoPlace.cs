namespace Casus.Geo;

/// <summary>One populated place of the gazetteer (a GeoNames record). Immutable.</summary>
/// <param name="GeoNameId">GeoNames id.</param>
/// <param name="Name">Name as GeoNames writes it ("Zürich").</param>
/// <param name="Country">ISO 3166-1 alpha-3 code of its country.</param>
/// <param name="Admin1">First-level division, GeoNames style ("CH.ZH"); empty if unknown.</param>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="Population">Population (0 if GeoNames has none).</param>
/// <param name="FeatureCode">GeoNames feature code: PPLC capital, PPLA/PPLA2 seat of a division, PPL place, ...</param>
public sealed record GeoPlace(long GeoNameId, string Name, string Country, string Admin1, double Latitude, double Longitude,
    long Population, string FeatureCode);

/// <summary>A country's names and settlement centre (data/gazetteer/countries.tsv). Immutable.</summary>
/// <param name="Code">ISO 3166-1 alpha-3 code (CAMEO's country code).</param>
/// <param name="Name">The country's own name (the first in the table).</param>
/// <param name="Latitude">Median latitude of its places.</param>
/// <param name="Longitude">Median longitude of its places.</param>
/// <param name="Line">1-based line in the table.</param>
public sealed record GeoCountry(string Code, string Name, double Latitude, double Longitude, int Line);
