namespace Casus.Language.Models;

/// <summary>
/// Unsupervised word classes: every known lower-cased word has a coarse and a fine cluster id, learned from raw
/// text by <see cref="WordClusterer"/>. Words that behave alike (Miami, Philadelphia; vetoed, rejected) share clusters,
/// which lets the taggers generalise to words their annotated data never showed. Immutable and thread-safe.
/// </summary>
public sealed class WordClusters
{
    private readonly string[] _words;
    private readonly int[] _coarse;
    private readonly int[] _fine;
    private readonly int[] _case;
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>An empty table (every word unknown).</summary>
    public static WordClusters Empty { get; } = new([], [], [], []);

    internal WordClusters(string[] words, int[] coarse, int[] fine, int[] caseBins)
    {
        if (coarse.Length != words.Length || fine.Length != words.Length || caseBins.Length != words.Length) throw new InvalidDataException("cluster columns differ in length");
        _case = caseBins;
        _words = words;
        _coarse = coarse;
        _fine = fine;
        _index = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++) _index[words[i]] = i;
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        ulong h = FeatureHash.Finish((ulong)words.Length);
        for (int i = 0; i < words.Length; i++)
            h = FeatureHash.Finish(h ^ FeatureHash.Of(words[i]) ^ (ulong)(uint)coarse[i] << 40 ^ (ulong)(uint)fine[i] << 20 ^ (ulong)(uint)caseBins[i]);
        _fingerprint = h;
    }

    // A hash of the whole table: two models that carry equal tables (the tagger and the entity recogniser are trained
    // with the same clusters) compute equal word hashes, so one may reuse the other's.
    private readonly ulong _fingerprint;

    /// <summary>True when <paramref name="other"/> holds the same words with the same clusters and capitalisation
    /// bins (compared by a 64-bit hash of the whole table, computed once at load).</summary>
    public bool SameAs(WordClusters? other) =>
        other is not null && (ReferenceEquals(this, other) || (other._words.Length == _words.Length && other._fingerprint == _fingerprint));

    /// <summary>Number of words with clusters.</summary>
    public int Count => _words.Length;

    /// <summary>Number of fine clusters (the largest fine id + 1; <see cref="Lookup"/> returns ids up to this).</summary>
    public int FineClasses => _fine.Length == 0 ? 0 : _fine.Max() + 1;

    /// <summary>Looks up a lower-cased word: cluster ids plus one, or 0 when the word is unknown.</summary>
    public (int Coarse, int Fine) Lookup(ReadOnlySpan<char> lower) =>
        _lookup.TryGetValue(lower, out int i) ? (_coarse[i] + 1, _fine[i] + 1) : (0, 0);

    /// <summary>Looks up a lower-cased word: cluster ids plus one and its capitalisation bin
    /// (<see cref="WordClusterer.CaseBin"/>), all 0 when the word is unknown.</summary>
    public (int Coarse, int Fine, int Case) LookupAll(ReadOnlySpan<char> lower) =>
        _lookup.TryGetValue(lower, out int i) ? (_coarse[i] + 1, _fine[i] + 1, _case[i]) : (0, 0, 0);

    /// <summary>Writes the table.</summary>
    public void Write(ModelWriter w)
    {
        w.Section("clusters");
        w.Write(_words);
        w.Write(_coarse);
        w.Write(_fine);
        w.Write(_case);
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static WordClusters Read(ModelReader r)
    {
        r.Section("clusters");
        var words = r.ReadStrings();
        var coarse = r.ReadInts();
        var fine = r.ReadInts();
        var caseBins = r.ReadInts();
        return new WordClusters(words, coarse, fine, caseBins);
    }
}
