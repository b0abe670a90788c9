namespace Casus.Language.Entities;

/// <summary>
/// Fills an <see cref="EntityGazetteer.Builder"/> from the name lists Casus ships (embedded resources): the actor
/// dictionaries (<c>actors/countries.txt</c>: names and seats as places, adjectives as demonyms;
/// <c>actors/organisations.txt</c>; <c>actors/people.txt</c>) and the lists under <c>data/gazetteer/</c>
/// (format: docs/formats/gazetteer.md). Used when a model is trained; the trained model keeps its own copy.
/// </summary>
public static class GazetteerSources
{
    /// <summary>The gazetteer list files and what they fill, by resource name.</summary>
    public static IReadOnlyList<(string Resource, GazetteerList? List, GazetteerWordClass WordClass)> ListFiles { get; } =
    [
        ("gazetteer/places.txt", GazetteerList.Location, GazetteerWordClass.None),
        ("gazetteer/subdivisions.txt", GazetteerList.Location, GazetteerWordClass.None),
        ("gazetteer/organisations.txt", GazetteerList.Organization, GazetteerWordClass.None),
        ("gazetteer/first_names.txt", null, GazetteerWordClass.FirstName),
        ("gazetteer/title_words.txt", null, GazetteerWordClass.Title),
        ("gazetteer/organisation_words.txt", null, GazetteerWordClass.OrganizationWord),
        ("gazetteer/place_words.txt", null, GazetteerWordClass.PlaceWord),
    ];

    /// <summary>Adds every shipped list to <paramref name="builder"/>, people from the heads of state and government
    /// only (the first of <see cref="PeopleFiles"/>); problems (a missing resource, a bad line) are reported to
    /// <paramref name="log"/> with resource and line, and the rest is read.</summary>
    public static void AddShipped(EntityGazetteer.Builder builder, TextWriter log) => AddShipped(builder, log, [PeopleFiles[0]]);

    /// <summary>The actor dictionaries of people, by resource name: heads of state and government first, then the
    /// hand-written notable people and the 2019 ministers and officials.</summary>
    public static IReadOnlyList<string> PeopleFiles { get; } = ["actors/people.txt", "actors/people-notable.txt", "actors/people-cia-2019.txt"];

    /// <summary>As <see cref="AddShipped(EntityGazetteer.Builder, TextWriter)"/>, reading the people of
    /// <paramref name="peopleFiles"/> (resource names, see <see cref="PeopleFiles"/>).</summary>
    public static void AddShipped(EntityGazetteer.Builder builder, TextWriter log, IReadOnlyList<string> peopleFiles)
    {
        ArgumentNullException.ThrowIfNull(peopleFiles);
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(log);
        foreach (var (name, line, fields) in ActorLines("actors/countries.txt", log))
        {
            foreach (var (key, value) in fields)
            {
                if (key is "name" or "seat") builder.Add(value, GazetteerList.Location);
                else if (key == "adj") builder.Add(value, GazetteerList.Demonym);
            }
        }
        foreach (var (_, _, fields) in ActorLines("actors/organisations.txt", log))
            foreach (var (key, value) in fields)
                if (key == "name") builder.Add(value, GazetteerList.Organization);
        foreach (var (_, _, fields) in peopleFiles.SelectMany(f => ActorLines(f, log)))
        {
            foreach (var (key, value) in fields)
            {
                if (key != "person") continue;
                builder.Add(value, GazetteerList.Person);
                var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // The first word of a multi-word name is a given name in most naming traditions the list holds.
                if (words.Length > 1 && words[0].Length > 1 && char.IsUpper(words[0][0])) builder.Add(words[0], GazetteerWordClass.FirstName);
            }
        }
        foreach (var (resource, list, wordClass) in ListFiles)
        {
            using var reader = Open(resource, log);
            if (reader is null) continue;
            int lineNo = 0;
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                lineNo++;
                var entry = line.Trim();
                if (entry.Length == 0 || entry[0] == '#') continue;
                bool added = list is { } l ? builder.Add(entry, l) : builder.Add(entry, wordClass);
                if (!added) log.WriteLine($"{resource}:{lineNo}: '{entry}' is not a usable entry (empty, no letter, too long, or a phrase in a word list); skipped");
            }
        }
    }

    /// <summary>Adds the names (as written and in ASCII) of the event-location gazetteer's towns and first-level
    /// divisions (<see cref="Geo.Gazetteer.PlacesResource"/>, docs/formats/gazetteer.md) to the
    /// <see cref="GazetteerList.GeoPlace"/> list; returns how many rows were read. Lines without the name columns are
    /// reported to <paramref name="log"/> with resource and line.</summary>
    public static int AddGeoNames(EntityGazetteer.Builder builder, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(log);
        var resource = Geo.Gazetteer.PlacesResource;
        var stream = typeof(GazetteerSources).Assembly.GetManifestResourceStream(resource);
        if (stream is null) { log.WriteLine($"{resource}: not embedded in Casus.dll; list skipped"); return 0; }
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress));
        int lineNo = 0, rows = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length < 3) { log.WriteLine($"{resource}:{lineNo}: fewer than 3 columns; skipped"); continue; }
            rows++;
            builder.Add(fields[1], GazetteerList.GeoPlace);
            if (fields[2].Length > 0 && fields[2] != fields[1]) builder.Add(fields[2], GazetteerList.GeoPlace);
        }
        return rows;
    }

    private static StreamReader? Open(string resource, TextWriter log)
    {
        var stream = typeof(GazetteerSources).Assembly.GetManifestResourceStream(resource);
        if (stream is null) { log.WriteLine($"{resource}: not embedded in Casus.dll; list skipped"); return null; }
        return new StreamReader(stream);
    }

    // Actor dictionary lines: "CODE | key: value; value | key: ..." (docs/formats/actors.md); only the keys are read here.
    private static IEnumerable<(string Resource, int Line, List<(string Key, string Value)> Fields)> ActorLines(string resource, TextWriter log)
    {
        using var reader = Open(resource, log);
        if (reader is null) yield break;
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('|');
            var fields = new List<(string, string)>();
            for (int p = 1; p < parts.Length; p++)
            {
                int colon = parts[p].IndexOf(':');
                if (colon < 0) continue;
                var key = parts[p][..colon].Trim();
                foreach (var v in parts[p][(colon + 1)..].Split(';'))
                    if (v.Trim().Length > 0) fields.Add((key, v.Trim()));
            }
            yield return (resource, lineNo, fields);
        }
    }
}
