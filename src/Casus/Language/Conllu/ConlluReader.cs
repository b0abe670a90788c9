using System.IO.Compression;
using Casus.Document;

namespace Casus.Language.Conllu;

/// <summary>One word line of a CoNLL-U sentence (multi-word token ranges and empty nodes are skipped).</summary>
/// <param name="Form">FORM.</param><param name="Lemma">LEMMA.</param><param name="Upos">UPOS.</param>
/// <param name="Xpos">XPOS.</param><param name="Head">HEAD: 1-based, 0 for root, -1 when absent.</param>
/// <param name="Relation">DEPREL.</param><param name="Misc">MISC.</param>
/// <param name="SpaceAfter">False when MISC says SpaceAfter=No.</param>
public sealed record ConlluWord(string Form, string Lemma, Upos Upos, string Xpos, int Head, string Relation, string Misc, bool SpaceAfter);

/// <summary>One CoNLL-U sentence with its comment metadata.</summary>
public sealed record ConlluSentence(string? Id, string? Text, string? DocId, IReadOnlyList<ConlluWord> Words, int Line);

/// <summary>Reads CoNLL-U files, plain or gzipped. Malformed lines raise <see cref="FormatException"/> naming file and line.</summary>
public static class ConlluReader
{
    /// <summary>Opens a file for reading, decompressing it when it ends in .gz.</summary>
    public static TextReader Open(string path)
    {
        Stream s = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) s = new GZipStream(s, CompressionMode.Decompress);
        return new StreamReader(s);
    }

    /// <summary>Reads every sentence of a file.</summary>
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var reader = Open(path);
        foreach (var s in Read(reader, path)) yield return s;
    }

    /// <summary>Reads sentences from a reader; <paramref name="name"/> is used in error messages.</summary>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name)
    {
        var words = new List<ConlluWord>();
        string? id = null, text = null, doc = null;
        int lineNo = 0, start = 1;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            if (line.Length == 0)
            {
                if (words.Count > 0) yield return new ConlluSentence(id, text, doc, words.ToArray(), start);
                words.Clear(); id = text = null; start = lineNo + 1;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = line[12..].Trim();
                else if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line[9..];
                else if (line.StartsWith("# newdoc id = ", StringComparison.Ordinal)) doc = line[14..].Trim();
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != 10) throw new FormatException($"{name}:{lineNo}: expected 10 tab-separated columns, found {f.Length}");
            if (f[0].Contains('-') || f[0].Contains('.')) continue;
            UposNames.TryParse(f[3], out var upos);
            int head = f[6] == "_" ? -1 : int.TryParse(f[6], out var h) ? h : throw new FormatException($"{name}:{lineNo}: HEAD '{f[6]}' is not a number");
            bool spaceAfter = !f[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            words.Add(new ConlluWord(f[1], f[2], upos, f[4], head, f[7], f[9], spaceAfter));
        }
        if (words.Count > 0) yield return new ConlluSentence(id, text, doc, words.ToArray(), start);
    }
}
