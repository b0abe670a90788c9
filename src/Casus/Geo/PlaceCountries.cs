using Casus.Actors;
using Casus.Coding;

namespace Casus.Geo;

/// <summary>
/// Which country a place below the country level lies in ("Zurich" → CHE, "Mosul" → IRQ), read from
/// <c>data/gazetteer/place_countries.txt</c> (docs/formats/gazetteer.md). Capitals and seats of government are not
/// here: the actor dictionary has them. Lookup ignores case and joins words with single spaces. Immutable and
/// thread-safe once loaded.
/// </summary>
public sealed class PlaceCountries
{
    /// <summary>Resource name of the shipped table.</summary>
    public const string ResourceName = "gazetteer/place_countries.txt";

    private static readonly Lazy<PlaceCountries> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, PlaceCountry> _places;

    private PlaceCountries(Dictionary<string, PlaceCountry> places) => _places = places;

    /// <summary>An empty table (no place maps to a country).</summary>
    public static PlaceCountries Empty { get; } = new(new Dictionary<string, PlaceCountry>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The table embedded in Casus.dll, loaded once.</summary>
    public static PlaceCountries Default => LazyDefault.Value;

    /// <summary>Number of place names.</summary>
    public int Count => _places.Count;

    /// <summary>The country of <paramref name="name"/> (words separated by single spaces), if the table has it.</summary>
    public bool TryGet(string name, out PlaceCountry place) => _places.TryGetValue(name, out place!);

    /// <summary>
    /// Reads a table: one line per country, <c>CODE | place; place; ...</c>; <c>#</c> comments and blank lines are
    /// skipped. Never throws on bad content: each bad line or name is an error in <paramref name="errors"/> and the
    /// rest loads. A name listed under two countries is ambiguous and is left out (with an error).
    /// </summary>
    public static PlaceCountries Load(TextReader reader, string fileName, out IReadOnlyList<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var list = new List<DataFileError>();
        var places = new Dictionary<string, PlaceCountry>(StringComparer.OrdinalIgnoreCase);
        var ambiguous = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int lineNo = 0;
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNo++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#') continue;
            int bar = trimmed.IndexOf('|');
            if (bar < 0) { list.Add(new DataFileError(fileName, lineNo, "line", "expected 'CODE | place; place; ...'")); continue; }
            var codeText = trimmed[..bar].Trim();
            if (codeText.Length != 3 || !ActorCode.TryParse(codeText, out var code, out var codeError))
            {
                list.Add(new DataFileError(fileName, lineNo, "code", $"'{codeText}' is not a three-letter country code"));
                continue;
            }
            foreach (var raw in trimmed[(bar + 1)..].Split(';'))
            {
                var name = string.Join(' ', raw.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                if (name.Length == 0) { list.Add(new DataFileError(fileName, lineNo, "place", "empty place name")); continue; }
                if (!name.Any(char.IsLetter)) { list.Add(new DataFileError(fileName, lineNo, "place", $"'{name}' has no letter")); continue; }
                if (places.TryGetValue(name, out var other))
                {
                    if (other.Country == code) { list.Add(new DataFileError(fileName, lineNo, "place", $"'{name}' is listed twice under {code}")); continue; }
                    list.Add(new DataFileError(fileName, lineNo, "place",
                        $"'{name}' is listed under {other.Country} (line {other.Line}) and {code}; an ambiguous name is left out"));
                    ambiguous.Add(name);
                    continue;
                }
                if (ambiguous.Contains(name)) continue;
                places[name] = new PlaceCountry(name, code, fileName, lineNo);
            }
        }
        foreach (var name in ambiguous) places.Remove(name);
        errors = list;
        return new PlaceCountries(places);
    }

    private static PlaceCountries LoadDefault()
    {
        using var stream = typeof(PlaceCountries).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from Casus.dll");
        using var reader = new StreamReader(stream);
        var table = Load(reader, ResourceName, out var errors);
        // The shipped table is checked by a test; a bad line is skipped rather than failing the coder.
        _ = errors;
        return table;
    }
}

/// <summary>A place name and the country it lies in, with the line that says so.</summary>
/// <param name="Name">The name as the table writes it.</param>
/// <param name="Country">The country's three-letter code.</param>
/// <param name="File">The table's file or resource name.</param>
/// <param name="Line">1-based line number in the table.</param>
public sealed record PlaceCountry(string Name, ActorCode Country, string File, int Line)
{
    /// <summary>The evidence string, e.g. "gazetteer/place_countries.txt:12 Zurich → CHE".</summary>
    public string Evidence => $"{File}:{Line} {Name} → {Country}";
}
