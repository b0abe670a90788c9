using System.IO.Compression;
using Casus.Document;

namespace Casus.Language.Entities;

/// <summary>One sentence of an IOB2 file: words and their entity tags.</summary>
public sealed record Iob2Sentence(string? Id, string[] Words, EntityTag[] Tags, int Line);

/// <summary>What <see cref="Iob2Reader"/> read: the sentences, and one message per rejected line.</summary>
public sealed record Iob2ReadResult(IReadOnlyList<Iob2Sentence> Sentences, IReadOnlyList<string> Rejects);

/// <summary>
/// Reads Universal NER style IOB2 files (<c>index TAB word TAB tag [TAB ...]</c>, blank line between sentences,
/// <c>#</c> comments), plain or gzipped. Types other than PER/ORG/LOC (OTH, stray B-O) read as O, and an I- tag that
/// does not continue an entity of its type starts one, as conlleval does. Bad lines are rejected with file and line; reading goes on.
/// </summary>
public static class Iob2Reader
{
    /// <summary>Reads a file.</summary>
    public static Iob2ReadResult ReadFile(string path)
    {
        Stream s = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) s = new GZipStream(s, CompressionMode.Decompress);
        using var reader = new StreamReader(s);
        return Read(reader, path);
    }

    /// <summary>Reads from a reader; <paramref name="name"/> is used in reject messages.</summary>
    public static Iob2ReadResult Read(TextReader reader, string name)
    {
        var sentences = new List<Iob2Sentence>();
        var rejects = new List<string>();
        var words = new List<string>();
        var tags = new List<EntityTag>();
        string? id = null;
        int lineNo = 0, start = 1;
        string? line;
        void Flush()
        {
            if (words.Count > 0) sentences.Add(new Iob2Sentence(id, words.ToArray(), Normalise(tags), start));
            words.Clear(); tags.Clear(); id = null;
        }
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            if (line.Length == 0) { Flush(); start = lineNo + 1; continue; }
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = line[12..].Trim();
                continue;
            }
            var f = line.Split('\t');
            if (f.Length < 3) { rejects.Add($"{name}:{lineNo}: expected at least 3 tab-separated columns (index, word, tag), found {f.Length}"); continue; }
            var tag = f[2];
            if (tag != "O" && (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I')))
            {
                rejects.Add($"{name}:{lineNo}: tag '{tag}' is not IOB2 (O, B-TYPE or I-TYPE); read as O");
                tag = "O";
            }
            words.Add(f[1]);
            tags.Add(EntityTag.Parse(tag));
        }
        Flush();
        return new Iob2ReadResult(sentences, rejects);
    }

    // I-X after anything but B-X/I-X begins an entity (conlleval convention).
    private static EntityTag[] Normalise(List<EntityTag> tags)
    {
        var a = tags.ToArray();
        for (int i = 0; i < a.Length; i++)
            if (!a[i].IsOutside && !a[i].Begin && (i == 0 || a[i - 1].Type != a[i].Type)) a[i] = new EntityTag(a[i].Type, true);
        return a;
    }
}
