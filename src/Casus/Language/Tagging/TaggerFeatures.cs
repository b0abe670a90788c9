using Casus.Language.Models;

namespace Casus.Language.Tagging;

/// <summary>
/// The part-of-speech tagger's feature templates: the word and its neighbours (±2), affixes, shape,
/// capitalisation, and the two previously predicted tags. Each template hashes to one bucket of the weight table.
/// </summary>
public static class TaggerFeatures
{
    /// <summary>Number of features produced per token.</summary>
    public const int Count = 34;

    /// <summary>Hash used for words before the sentence start.</summary>
    public const ulong Start = 0x1234_5678_9ABC_DEF1UL;
    /// <summary>Hash used for words after the sentence end.</summary>
    public const ulong End = 0x0FED_CBA9_8765_4321UL;

    /// <summary>Writes the feature buckets of word <paramref name="i"/>. <paramref name="w"/> holds the sentence's
    /// hashes with two padding entries on each side (word i is at <c>w[i + 2]</c>); <paramref name="prev1"/> and
    /// <paramref name="prev2"/> are the previous tags' class ids (-1 before the start).</summary>
    public static void Extract(ReadOnlySpan<WordHashes> w, int i, int prev1, int prev2, int bits, Span<int> buckets)
    {
        ref readonly var c = ref w[i + 2];
        ref readonly var l1 = ref w[i + 1];
        ref readonly var l2 = ref w[i];
        ref readonly var r1 = ref w[i + 3];
        ref readonly var r2 = ref w[i + 4];
        ulong p1 = (ulong)(prev1 + 2), p2 = (ulong)(prev2 + 2);
        int flags = c.Flags | (i == 0 ? WordFlags.First : 0);
        int k = 0;
        buckets[k++] = B(0, 0, 0, bits);
        buckets[k++] = B(1, c.Lower, 0, bits);
        buckets[k++] = B(2, c.Word, 0, bits);
        buckets[k++] = B(3, c.Suffix1, 0, bits);
        buckets[k++] = B(4, c.Suffix2, 0, bits);
        buckets[k++] = B(5, c.Suffix3, 0, bits);
        buckets[k++] = B(6, c.Suffix4, 0, bits);
        buckets[k++] = B(7, c.Prefix1, 0, bits);
        buckets[k++] = B(8, c.Prefix2, 0, bits);
        buckets[k++] = B(9, c.Prefix3, 0, bits);
        buckets[k++] = B(10, c.Shape, 0, bits);
        buckets[k++] = B(11, l1.Lower, 0, bits);
        buckets[k++] = B(12, l2.Lower, 0, bits);
        buckets[k++] = B(13, r1.Lower, 0, bits);
        buckets[k++] = B(14, r2.Lower, 0, bits);
        buckets[k++] = B(15, l1.Suffix3, 0, bits);
        buckets[k++] = B(16, r1.Suffix3, 0, bits);
        buckets[k++] = B(17, l1.Shape, 0, bits);
        buckets[k++] = B(18, r1.Shape, 0, bits);
        buckets[k++] = B(19, p1, 0, bits);
        buckets[k++] = B(20, p1, p2, bits);
        buckets[k++] = B(21, p1, c.Lower, bits);
        buckets[k++] = B(22, l1.Lower, c.Lower, bits);
        buckets[k++] = B(23, c.Lower, r1.Lower, bits);
        buckets[k++] = B(24, (ulong)flags, 0, bits);
        buckets[k++] = B(25, p1, c.Suffix3, bits);
        buckets[k++] = B(26, r1.Suffix2, r2.Lower, bits);
        buckets[k++] = B(27, c.Fine, 0, bits);
        buckets[k++] = B(28, c.Coarse, 0, bits);
        buckets[k++] = B(29, l1.Fine, 0, bits);
        buckets[k++] = B(30, r1.Fine, 0, bits);
        buckets[k++] = B(31, p1, c.Fine, bits);
        buckets[k++] = B(32, c.Case, (ulong)(flags & (WordFlags.Title | WordFlags.First)), bits);
        buckets[k++] = B(33, c.Case, p1, bits);
    }

    private static int B(int template, ulong a, ulong b, int bits) => FeatureHash.Bucket(FeatureHash.Combine(template, a, b), bits);

    /// <summary>Fills <paramref name="w"/> (length n + 4) with the hashes of the words and the padding.</summary>
    public static void Prepare(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<WordHashes> w, WordClusters clusters)
    {
        int n = starts.Length;
        w[0] = w[1] = WordHashes.Padding(Start);
        w[n + 2] = w[n + 3] = WordHashes.Padding(End);
        for (int i = 0; i < n; i++) w[i + 2] = WordHashes.Of(text[starts[i]..ends[i]], clusters);
    }
}
