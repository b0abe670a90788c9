using Casus.Document;
using Casus.Language.Models;

namespace Casus.Language.Parsing.Neural;

/// <summary>
/// Maps a sentence's words, tags and word clusters to the neural parser's embedding ids. Words are lower-cased with
/// digits folded to 0 (capitalisation is left to the tags and clusters; numbers share rows), and listed most frequent
/// first, so the first ids are the words worth precomputing (<see cref="MlpScorer"/>). Tags are the XPOS tags (the
/// universal tag where a word has none). Immutable once built.
/// </summary>
internal sealed class MlpVocabulary
{
    // Longer words are never in the table; they skip the lookup.
    private const int MaxWord = 64;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words, _tags;

    /// <summary>Creates the vocabulary: <paramref name="words"/> (normalised, most frequent first), <paramref name="tags"/>,
    /// and the clusters (null: every word's cluster is unknown).</summary>
    public MlpVocabulary(string[] words, string[] tags, WordClusters? clusters)
    {
        Words = words;
        Tags = tags;
        Clusters = clusters;
        _words = Index(words).GetAlternateLookup<ReadOnlySpan<char>>();
        _tags = Index(tags).GetAlternateLookup<ReadOnlySpan<char>>();
        ClusterIds = MlpSlots.FirstKnown + (clusters?.FineClasses ?? 0);
    }

    private static Dictionary<string, int> Index(string[] values)
    {
        var index = new Dictionary<string, int>(values.Length, StringComparer.Ordinal);
        for (int i = 0; i < values.Length; i++)
            if (!index.TryAdd(values[i], i)) throw new InvalidDataException($"'{values[i]}' is listed twice");
        return index;
    }

    /// <summary>The known words, normalised (<see cref="Normalise"/>), id = <see cref="MlpSlots.FirstKnown"/> + index.</summary>
    public string[] Words { get; }
    /// <summary>The known tags, id = <see cref="MlpSlots.FirstKnown"/> + index.</summary>
    public string[] Tags { get; }
    /// <summary>The word clusters, or null.</summary>
    public WordClusters? Clusters { get; }
    /// <summary>Rows of the cluster embedding table.</summary>
    public int ClusterIds { get; }

    /// <summary>Writes the normalised form of a word (lower case, digits as 0) into <paramref name="buffer"/>; returns
    /// its length, or -1 when it is longer than the buffer.</summary>
    public static int Normalise(ReadOnlySpan<char> form, Span<char> buffer)
    {
        if (form.Length > buffer.Length) return -1;
        int len = form.ToLowerInvariant(buffer);
        for (int i = 0; i < len; i++) if (char.IsAsciiDigit(buffer[i])) buffer[i] = '0';
        return len;
    }

    /// <summary>The normalised form as a string (for building a vocabulary).</summary>
    public static string Normalise(string form)
    {
        Span<char> buffer = stackalloc char[MaxWord];
        int len = Normalise(form, buffer);
        return len < 0 ? form.ToLowerInvariant() : new string(buffer[..len]);
    }

    /// <summary>The tag a word is read with: its XPOS, or its universal tag when it has none.</summary>
    public static ReadOnlySpan<char> TagOf(ReadOnlySpan<char> xpos, Upos upos) =>
        xpos.Length == 0 || (xpos.Length == 1 && xpos[0] == '_') ? UposName(upos) : xpos;

    private static readonly string[] UposNames = Enum.GetNames<Upos>();
    private static string UposName(Upos upos) => (int)upos < UposNames.Length ? UposNames[(int)upos] : "X";

    /// <summary>Sets word <paramref name="i"/>'s (1-based) ids.</summary>
    public void Set(MlpSentence sentence, int i, ReadOnlySpan<char> form, ReadOnlySpan<char> xpos, Upos upos)
    {
        Span<char> buffer = stackalloc char[MaxWord];
        int len = Normalise(form, buffer);
        sentence.Word[i] = len >= 0 && _words.TryGetValue(buffer[..len], out int w) ? MlpSlots.FirstKnown + w : MlpSlots.Unknown;
        sentence.Tag[i] = _tags.TryGetValue(TagOf(xpos, upos), out int t) ? MlpSlots.FirstKnown + t : MlpSlots.Unknown;
        int fine = 0;
        if (Clusters is { } clusters && form.Length <= MaxWord)
        {
            int lower = form.ToLowerInvariant(buffer);
            fine = clusters.Lookup(buffer[..lower]).Fine;
        }
        sentence.Cluster[i] = fine == 0 ? MlpSlots.Unknown : MlpSlots.FirstKnown + fine - 1;
    }
}
