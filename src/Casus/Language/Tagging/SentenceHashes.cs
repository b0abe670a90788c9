using Casus.Language.Models;

namespace Casus.Language.Tagging;

/// <summary>
/// A reusable buffer of one sentence's word hashes (<see cref="WordHashes"/>, padded by two entries on each side),
/// filled by <see cref="PosTagger.Tag(ReadOnlySpan{char}, ReadOnlySpan{int}, ReadOnlySpan{int}, Span{int}, SentenceHashes)"/>
/// and read again by the entity recogniser, so the words of a sentence are hashed once for both models. Not
/// thread-safe: one per thread, reused sentence after sentence (it allocates only when a longer sentence comes).
/// </summary>
public sealed class SentenceHashes
{
    private WordHashes[] _items = new WordHashes[64];

    /// <summary>Number of words hashed (0 before the first sentence).</summary>
    public int Count { get; private set; }

    /// <summary>The word clusters the hashes were computed with (cluster ids are part of each word's hashes).</summary>
    public WordClusters? Clusters { get; private set; }

    /// <summary>The padded hashes: word i at index i + 2.</summary>
    internal ReadOnlySpan<WordHashes> Padded => _items.AsSpan(0, Count + 4);

    /// <summary>Hashes the words <c>text[starts[i]..ends[i]]</c> with <paramref name="clusters"/>.</summary>
    internal ReadOnlySpan<WordHashes> Prepare(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, WordClusters clusters)
    {
        int n = starts.Length;
        if (_items.Length < n + 4) _items = new WordHashes[Math.Max(n + 4, 2 * _items.Length)];
        TaggerFeatures.Prepare(text, starts, ends, _items.AsSpan(0, n + 4), clusters);
        Count = n;
        Clusters = clusters;
        return Padded;
    }

    /// <summary>Makes room for <paramref name="n"/> words hashed with <paramref name="clusters"/> and returns the padded
    /// buffer for the caller to fill (the tagger, which copies known words' hashes from its word table).</summary>
    internal Span<WordHashes> Reserve(int n, WordClusters clusters)
    {
        if (_items.Length < n + 4) _items = new WordHashes[Math.Max(n + 4, 2 * _items.Length)];
        Count = n;
        Clusters = clusters;
        return _items.AsSpan(0, n + 4);
    }

    /// <summary>True when the buffer holds the words <c>text[starts[i]..ends[i]]</c> hashed with clusters equal to
    /// <paramref name="clusters"/>: the same number of words, and the same first and last word (a cheap guard against
    /// a buffer left over from another sentence).</summary>
    internal bool Holds(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, WordClusters clusters)
    {
        int n = starts.Length;
        return n > 0 && Count == n && clusters.SameAs(Clusters)
            && _items[2].Word == FeatureHash.Of(text[starts[0]..ends[0]])
            && _items[n + 1].Word == FeatureHash.Of(text[starts[n - 1]..ends[n - 1]]);
    }
}
