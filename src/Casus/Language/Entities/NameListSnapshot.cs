using System.IO.Compression;
using System.Text;

namespace Casus.Language.Entities;

/// <summary>
/// The committed snapshot of the entity gazetteer's shipped name lists (<c>data/models/ner-names.tsv.gz</c>, format:
/// docs/formats/ner-names.md) that <c>casus train --component ner</c> reads instead of the live actor dictionaries
/// and gazetteer lists. The dictionaries keep being edited for event coding; reading them at training time made the
/// shipped <c>ner.bin</c> impossible to rebuild byte for byte. Refreshing the snapshot is an explicit step
/// (<c>casus train --component ner-names</c>), followed by retraining the recogniser.
/// </summary>
public static class NameListSnapshot
{
    /// <summary>Resource name of the snapshot (path under data/).</summary>
    public const string Resource = "models/ner-names.tsv.gz";

    /// <summary>File name of the snapshot in a model folder.</summary>
    public const string FileName = "ner-names.tsv.gz";

    private const string Header = "# Casus entity gazetteer name lists: source resource, list or word class, name (docs/formats/ner-names.md)";

    /// <summary>Writes <paramref name="entries"/> gzip-compressed, one per line, in the given order.</summary>
    public static void Write(Stream stream, IEnumerable<NameListEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(entries);
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine(Header);
        foreach (var e in entries)
        {
            if (e.Text.Contains('\t') || e.Text.Contains('\n') || e.Source.Contains('\t'))
                throw new ArgumentException($"{e.Source}:{e.Line}: a name with a tab or line break cannot be stored");
            w.Write(e.Source);
            w.Write('\t');
            w.Write(e.List is { } l ? l.ToString() : e.WordClass.ToString());
            w.Write('\t');
            w.WriteLine(e.Text);
        }
    }

    /// <summary>Reads a snapshot written by <see cref="Write"/> from plain text; <paramref name="name"/> names the
    /// file in errors. A malformed line throws <see cref="InvalidDataException"/> with <c>name:line</c>. Entries keep
    /// their snapshot line as <see cref="NameListEntry.Line"/>.</summary>
    public static List<NameListEntry> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<NameListEntry>();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal); // one string per source
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length != 3) throw new InvalidDataException($"{name}:{lineNo}: expected 3 tab-separated columns (source, list, name), found {cols.Length}");
            if (cols[0].Length == 0) throw new InvalidDataException($"{name}:{lineNo}: empty source");
            if (cols[2].Trim().Length == 0) throw new InvalidDataException($"{name}:{lineNo}: empty name");
            if (!sources.TryGetValue(cols[0], out var source)) sources[cols[0]] = source = cols[0];
            if (cols[1].Length == 0 || !char.IsLetter(cols[1][0])) throw new InvalidDataException($"{name}:{lineNo}: unknown list '{cols[1]}'");
            if (Enum.TryParse<GazetteerList>(cols[1], out var list) && Enum.IsDefined(list) && list is GazetteerList.Person or GazetteerList.Organization or GazetteerList.Location or GazetteerList.Demonym)
                entries.Add(new(source, lineNo, list, GazetteerWordClass.None, cols[2]));
            else if (Enum.TryParse<GazetteerWordClass>(cols[1], out var wc) && wc is GazetteerWordClass.FirstName or GazetteerWordClass.Title or GazetteerWordClass.OrganizationWord or GazetteerWordClass.PlaceWord)
                entries.Add(new(source, lineNo, null, wc, cols[2]));
            else throw new InvalidDataException($"{name}:{lineNo}: unknown list '{cols[1]}' (Person, Organization, Location, Demonym, FirstName, Title, OrganizationWord, PlaceWord)");
        }
        return entries;
    }

    /// <summary>Reads the gzip-compressed snapshot in <paramref name="stream"/> (see <see cref="Read(TextReader, string)"/>).</summary>
    public static List<NameListEntry> Read(Stream stream, string name)
    {
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8);
        return Read(reader, name);
    }

    /// <summary>The snapshot embedded in Casus.dll; throws when it is missing or malformed.</summary>
    public static List<NameListEntry> LoadShipped()
    {
        using var stream = typeof(NameListSnapshot).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidDataException($"{Resource}: not embedded in Casus.dll; write it with 'casus train --component ner-names'");
        return Read(stream, Resource);
    }

    /// <summary>Adds the entries of <paramref name="entries"/> whose source is not a people file or is one of
    /// <paramref name="peopleFiles"/> (as <see cref="GazetteerSources.AddShipped(EntityGazetteer.Builder, TextWriter, IReadOnlyList{string})"/>
    /// does from the live files); unusable names are reported to <paramref name="log"/> with <paramref name="fileName"/>
    /// (the snapshot's name; null: each entry's source) and their line.</summary>
    public static void AddTo(EntityGazetteer.Builder builder, IEnumerable<NameListEntry> entries, IReadOnlyList<string> peopleFiles, TextWriter log, string? fileName = Resource)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(peopleFiles);
        ArgumentNullException.ThrowIfNull(log);
        foreach (var e in entries)
        {
            if (GazetteerSources.PeopleFiles.Contains(e.Source) && !peopleFiles.Contains(e.Source)) continue;
            if (!GazetteerSources.Add(builder, e)) log.WriteLine($"{fileName ?? e.Source}:{e.Line}: '{e.Text}' ({e.Source}) is not a usable entry; skipped");
        }
    }
}
