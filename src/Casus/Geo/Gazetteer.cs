using System.Globalization;
using System.IO.Compression;
using System.Text;
using Casus.Coding;

namespace Casus.Geo;

/// <summary>
/// The event geocoder's gazetteer: populated places and first-level divisions from GeoNames
/// (data/gazetteer/geonames.tsv.gz) and country centroids (data/gazetteer/countries.tsv), both written by
/// tools/gazetteer/geonames.py, and the hand-written regions and disputed territories of data/gazetteer/regions.txt
/// (docs/formats/gazetteer.md). Lookup by normalised name (<see cref="Normalize"/>: case and accents folded, periods
/// dropped, spaces single): a name gives all places that bear it as name or alternate name, a region of regions.txt
/// first, then the most populous first, except that a division comes after a populated place of its name inside it
/// or in its country with a tenth of its people ("Kabul" the city before Kabul province, "Washington" the capital before the state). The shipped gazetteer is loaded once, on first use. Immutable and
/// thread-safe once loaded.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Resource name of the places table.</summary>
    public const string PlacesResource = "gazetteer/geonames.tsv.gz";
    /// <summary>Resource name of the country table.</summary>
    public const string CountriesResource = "gazetteer/countries.tsv";
    /// <summary>Resource name of the hand-written regions and disputed territories.</summary>
    public const string RegionsResource = "gazetteer/regions.txt";
    /// <summary>Resource name of the hand-written venues (buildings named as places: "the White House").</summary>
    public const string VenuesResource = "gazetteer/venues.txt";

    private static readonly Lazy<Gazetteer> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly GeoPlace[] NoPlaces = [];

    private readonly Dictionary<string, GeoPlace[]> _places;
    private readonly Dictionary<string, GeoCountry> _countryNames;
    private readonly Dictionary<string, GeoCountry> _countries;

    private Gazetteer(Dictionary<string, GeoPlace[]> places, Dictionary<string, GeoCountry> countryNames, Dictionary<string, GeoCountry> countries, int placeCount)
    {
        _places = places;
        _countryNames = countryNames;
        _countries = countries;
        PlaceCount = placeCount;
    }

    /// <summary>The gazetteer embedded in Casus.dll, loaded on first use.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>Number of places.</summary>
    public int PlaceCount { get; }
    /// <summary>Number of distinct place names (names and alternate names).</summary>
    public int NameCount => _places.Count;
    /// <summary>Number of countries with a centroid.</summary>
    public int CountryCount => _countries.Count;

    /// <summary>The places called <paramref name="name"/> (any spelling <see cref="Normalize"/> folds together), most populous first.</summary>
    public IReadOnlyList<GeoPlace> Places(string name) => _places.TryGetValue(Normalize(name), out var list) ? list : NoPlaces;

    /// <summary>True when some place bears <paramref name="name"/>, folded as <see cref="Normalize"/> folds it. An ASCII
    /// name is folded into a stack buffer and looked up in place: callers that try every capitalised word run of a
    /// sentence (most of them no place) would otherwise make two strings per try.</summary>
    internal bool HasPlaces(ReadOnlySpan<char> name)
    {
        const int MaxStack = 256;
        if (name.Length > MaxStack) return _places.ContainsKey(Normalize(name.ToString()));
        bool plain = true;
        foreach (char c in name)
        {
            if (c > 127) return _places.ContainsKey(Normalize(name.ToString()));
            if (char.IsUpper(c) || c == '.' || c == ' ') plain = false;
        }
        var byName = _places.GetAlternateLookup<ReadOnlySpan<char>>();
        if (plain) return byName.ContainsKey(name);
        // Normalize's folding for ASCII: decomposition changes nothing and there are no marks to drop.
        Span<char> folded = stackalloc char[name.Length];
        int n = 0;
        bool space = false;
        foreach (char c in name)
        {
            if (c == '.') continue;
            if (char.IsWhiteSpace(c)) { space = n > 0; continue; }
            if (space) { folded[n++] = ' '; space = false; }
            folded[n++] = char.ToLowerInvariant(c);
        }
        return byName.ContainsKey(folded[..n]);
    }

    /// <summary>The country a name names ("Syria", "the United States" without "the"), if the country table has it.</summary>
    public bool TryGetCountryByName(string name, out GeoCountry country) => _countryNames.TryGetValue(Normalize(name), out country!);

    /// <summary>The country with code <paramref name="code"/>, if it has a centroid.</summary>
    public bool TryGetCountry(string code, out GeoCountry country) => _countries.TryGetValue(code, out country!);

    /// <summary>Folds a name for lookup: accents and case folded, periods dropped, runs of spaces made one.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        bool plain = true;
        foreach (char c in name)
            if (c > 127 || char.IsUpper(c) || c == '.' || c == ' ') { plain = false; break; }
        if (plain) return name;
        var sb = new StringBuilder(name.Length);
        bool space = false;
        foreach (char c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.') continue;
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Reads the two tables. Never throws on bad content: each bad line is an error in <paramref name="errors"/>
    /// (file, line, field) and the rest loads.
    /// </summary>
    public static Gazetteer Load(TextReader places, string placesName, TextReader countries, string countriesName, out IReadOnlyList<DataFileError> errors)
        => Load(places, placesName, countries, countriesName, null, null, out errors);

    /// <summary>
    /// Reads the two tables and the regions of <paramref name="regions"/> (format: data/gazetteer/regions.txt). Never
    /// throws on bad content: each bad line is an error in <paramref name="errors"/> (file, line, field) and the rest loads.
    /// </summary>
    public static Gazetteer Load(TextReader places, string placesName, TextReader countries, string countriesName,
        TextReader? regions, string? regionsName, out IReadOnlyList<DataFileError> errors)
        => Load(places, placesName, countries, countriesName, regions, regionsName, null, null, out errors);

    /// <summary>
    /// As the overload without venues, and reads the venues of <paramref name="venues"/> (format:
    /// data/gazetteer/venues.txt): a venue's name gives only the place it stands in.
    /// </summary>
    public static Gazetteer Load(TextReader places, string placesName, TextReader countries, string countriesName,
        TextReader? regions, string? regionsName, TextReader? venues, string? venuesName, out IReadOnlyList<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(countries);
        var list = new List<DataFileError>();
        var byName = new Dictionary<string, List<GeoPlace>>(200_000);
        int lineNo = 0, count = 0;
        for (string? line = places.ReadLine(); line != null; line = places.ReadLine())
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 10) { list.Add(new DataFileError(placesName, lineNo, "line", $"expected 10 tab-separated fields, found {f.Length}")); continue; }
            if (!long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out long id)) { list.Add(new DataFileError(placesName, lineNo, "geonameid", $"'{f[0]}' is not a number")); continue; }
            if (f[1].Length == 0) { list.Add(new DataFileError(placesName, lineNo, "name", "empty name")); continue; }
            if (f[4].Length != 3) { list.Add(new DataFileError(placesName, lineNo, "country", $"'{f[4]}' is not a three-letter code")); continue; }
            if (!TryCoordinate(f[6], 90, out double lat)) { list.Add(new DataFileError(placesName, lineNo, "lat", $"'{f[6]}' is not a latitude")); continue; }
            if (!TryCoordinate(f[7], 180, out double lon)) { list.Add(new DataFileError(placesName, lineNo, "lon", $"'{f[7]}' is not a longitude")); continue; }
            if (!long.TryParse(f[8], NumberStyles.None, CultureInfo.InvariantCulture, out long population)) { list.Add(new DataFileError(placesName, lineNo, "population", $"'{f[8]}' is not a number")); continue; }
            var place = new GeoPlace(id, f[1], string.Intern(f[4]), f[5], lat, lon, population, string.Intern(f[9]));
            count++;
            Add(byName, f[1], place);
            if (f[2].Length > 0) Add(byName, f[2], place);
            if (f[3].Length > 0) foreach (var alt in f[3].Split(';')) if (alt.Length > 0) Add(byName, alt, place);
        }
        if (regions is not null) count += RegionTable.Read(regions, regionsName ?? RegionsResource, list, (name, place) => Add(byName, name, place));
        var frozen = new Dictionary<string, GeoPlace[]>(byName.Count, StringComparer.Ordinal);
        foreach (var (name, ps) in byName) frozen[name] = Ranked(ps);
        // A venue replaces the GeoNames places of its name: "White House" is the building, not Casablanca's old name.
        if (venues is not null)
            VenueTable.Read(venues, venuesName ?? VenuesResource, list,
                name => frozen.TryGetValue(Normalize(name), out var found) ? found : NoPlaces, (name, place) => frozen[Normalize(name)] = [place]);

        var names = new Dictionary<string, GeoCountry>(StringComparer.Ordinal);
        var codes = new Dictionary<string, GeoCountry>(StringComparer.Ordinal);
        lineNo = 0;
        for (string? line = countries.ReadLine(); line != null; line = countries.ReadLine())
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 4) { list.Add(new DataFileError(countriesName, lineNo, "line", $"expected 4 tab-separated fields, found {f.Length}")); continue; }
            if (f[0].Length != 3) { list.Add(new DataFileError(countriesName, lineNo, "code", $"'{f[0]}' is not a three-letter code")); continue; }
            if (!TryCoordinate(f[1], 90, out double lat) || !TryCoordinate(f[2], 180, out double lon)) { list.Add(new DataFileError(countriesName, lineNo, "lat/lon", "not a coordinate")); continue; }
            var countryNames = f[3].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (countryNames.Length == 0) { list.Add(new DataFileError(countriesName, lineNo, "names", "no name")); continue; }
            var country = new GeoCountry(f[0], countryNames[0], lat, lon, lineNo);
            if (!codes.TryAdd(f[0], country)) { list.Add(new DataFileError(countriesName, lineNo, "code", $"{f[0]} is listed twice")); continue; }
            foreach (var n in countryNames) names.TryAdd(Normalize(n), country);
        }
        errors = list;
        return new Gazetteer(frozen, names, codes, count);
    }

    /// <summary>
    /// The places of one name in the order lookups use: a hand-written region first (regions.txt names what news
    /// means by it), then by population, most first (the last tie-break of disambiguation), except that a division
    /// comes right after the most populous place of its name that lies in it or has a tenth of its people in its country:
    /// "Kabul" is the city before the province, "Washington" the capital before the state, but "Bali" the province before
    /// the Indian town.
    /// </summary>
    private static GeoPlace[] Ranked(List<GeoPlace> places)
    {
        if (places.Count == 1) return [places[0]];
        long Weight(GeoPlace p)
        {
            if (p.FeatureCode != GeoPlace.DivisionFeature) return p.Population;
            // A populated place of the name inside the division, or one of a tenth of its people in its country
            // ("Washington" the capital before the state), comes first: news names towns by their names more often than
            // provinces. A town abroad does not: "Bali" is the Indonesian province, not Bāli in West Bengal.
            long before = -1;
            foreach (var q in places)
                if (!q.IsArea && q.Country == p.Country && (q.Admin1 == p.Name || q.Population * 10 >= p.Population) && q.Population > before)
                    before = q.Population;
            return before >= 0 ? before : p.Population;
        }
        return places
            .OrderBy(p => p.FeatureCode == GeoPlace.RegionFeature ? 0 : 1)
            .ThenByDescending(Weight)
            .ThenBy(p => p.IsArea ? 1 : 0)
            .ThenBy(p => p.GeoNameId)
            .ToArray();
    }

    private static void Add(Dictionary<string, List<GeoPlace>> byName, string name, GeoPlace place)
    {
        var key = Normalize(name);
        if (!byName.TryGetValue(key, out var list)) byName[key] = list = new List<GeoPlace>(1);
        else if (ReferenceEquals(list[^1], place)) return; // name and ascii name that fold alike
        list.Add(place);
    }

    /// <summary>A coordinate in degrees within ±<paramref name="limit"/>.</summary>
    internal static bool TryCoordinate(string text, double limit, out double value)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && Math.Abs(value) <= limit;

    private static Gazetteer LoadDefault()
    {
        var assembly = typeof(Gazetteer).Assembly;
        using var placesStream = assembly.GetManifestResourceStream(PlacesResource)
            ?? throw new InvalidOperationException($"embedded resource {PlacesResource} is missing from Casus.dll");
        using var countriesStream = assembly.GetManifestResourceStream(CountriesResource)
            ?? throw new InvalidOperationException($"embedded resource {CountriesResource} is missing from Casus.dll");
        using var regionsStream = assembly.GetManifestResourceStream(RegionsResource)
            ?? throw new InvalidOperationException($"embedded resource {RegionsResource} is missing from Casus.dll");
        using var places = new StreamReader(new GZipStream(placesStream, CompressionMode.Decompress));
        using var countries = new StreamReader(countriesStream);
        using var regions = new StreamReader(regionsStream);
        using var venuesStream = assembly.GetManifestResourceStream(VenuesResource)
            ?? throw new InvalidOperationException($"embedded resource {VenuesResource} is missing from Casus.dll");
        using var venues = new StreamReader(venuesStream);
        // The shipped tables are held to no errors by a test; a bad line is skipped rather than failing the coder.
        return Load(places, PlacesResource, countries, CountriesResource, regions, RegionsResource, venues, VenuesResource, out _);
    }
}
