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
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(log);
        foreach (var e in ShippedEntries(log, peopleFiles))
            // Actor names too long for the gazetteer (some officials' full names) are expected and not reported.
            if (!Add(builder, e) && !e.Source.StartsWith("actors/", StringComparison.Ordinal))
                log.WriteLine($"{e.Source}:{e.Line}: '{e.Text}' is not a usable entry (empty, no letter, too long, or a phrase in a word list); skipped");
    }

    /// <summary>Adds one name list entry to <paramref name="builder"/>; returns whether it was usable.</summary>
    public static bool Add(EntityGazetteer.Builder builder, NameListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return entry.List is { } l ? builder.Add(entry.Text, l) : builder.Add(entry.Text, entry.WordClass);
    }

    /// <summary>Every entry the shipped dictionaries and lists give the gazetteer, in the order they are read:
    /// countries, organisations, the people of <paramref name="peopleFiles"/>, then <see cref="ListFiles"/>. A missing
    /// resource is reported to <paramref name="log"/>. The trainer reads these through a snapshot
    /// (<see cref="NameListSnapshot"/>), so that editing a dictionary does not change what training writes.</summary>
    public static IEnumerable<NameListEntry> ShippedEntries(TextWriter log, IReadOnlyList<string> peopleFiles)
    {
        ArgumentNullException.ThrowIfNull(peopleFiles);
        ArgumentNullException.ThrowIfNull(log);
        const string countries = "actors/countries.txt", organisations = "actors/organisations.txt";
        foreach (var (_, line, fields) in ActorLines(countries, log))
        {
            foreach (var (key, value) in fields)
            {
                if (key is "name" or "seat") yield return new(countries, line, GazetteerList.Location, GazetteerWordClass.None, value);
                else if (key == "adj") yield return new(countries, line, GazetteerList.Demonym, GazetteerWordClass.None, value);
            }
        }
        foreach (var (_, line, fields) in ActorLines(organisations, log))
            foreach (var (key, value) in fields)
                if (key == "name") yield return new(organisations, line, GazetteerList.Organization, GazetteerWordClass.None, value);
        foreach (var file in peopleFiles)
        {
            foreach (var (_, line, fields) in ActorLines(file, log))
            {
                foreach (var (key, value) in fields)
                {
                    if (key != "person") continue;
                    yield return new(file, line, GazetteerList.Person, GazetteerWordClass.None, value);
                    var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    // The first word of a multi-word name is a given name in most naming traditions the list holds.
                    if (words.Length > 1 && words[0].Length > 1 && char.IsUpper(words[0][0]))
                        yield return new(file, line, null, GazetteerWordClass.FirstName, words[0]);
                }
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
                yield return new(resource, lineNo, list, wordClass, entry);
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

/// <summary>One name of the entity gazetteer's shipped lists: the resource and line it comes from, and either the
/// phrase list it joins (<see cref="List"/>) or, when that is null, the word class it has.</summary>
public readonly record struct NameListEntry(string Source, int Line, GazetteerList? List, GazetteerWordClass WordClass, string Text);
