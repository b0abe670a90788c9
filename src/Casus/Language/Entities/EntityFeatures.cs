using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Language.Entities;

/// <summary>The entity recogniser's feature templates: word, affixes, shape and capitalisation of the word and
/// its neighbours, the part-of-speech classes around it, and the previous entity tags.</summary>
public static class EntityFeatures
{
    /// <summary>Number of features per token.</summary>
    public const int Count = 61;

    /// <summary>The first of the templates that read the GeoNames list (<see cref="GazetteerList.GeoPlace"/>); models
    /// trained without that list use the templates before it.</summary>
    public const int GeoNamesStart = 58;

    /// <summary>Writes the feature buckets of word <paramref name="i"/>. <paramref name="w"/> is padded by two on each
    /// side (as in <see cref="TaggerFeatures.Prepare"/>); <paramref name="pos"/> holds the tagger's classes;
    /// <paramref name="gazetteer"/> holds the words' <see cref="EntityGazetteer"/> codes and <paramref name="document"/>
    /// their <see cref="DocumentMemory"/> codes; <paramref name="prev1"/>/<paramref name="prev2"/> are the previous
    /// entity classes (-1 before the start). Templates from <see cref="GeoNamesStart"/> on are only written when
    /// <paramref name="count"/> (the model's template count) reaches them, so older models pay nothing for them.</summary>
    public static void Extract(ReadOnlySpan<WordHashes> w, ReadOnlySpan<int> pos, ReadOnlySpan<int> gazetteer, ReadOnlySpan<int> document, int i, int prev1, int prev2, int bits, Span<int> buckets, int count = Count)
    {
        ref readonly var c = ref w[i + 2];
        ref readonly var l1 = ref w[i + 1];
        ref readonly var l2 = ref w[i];
        ref readonly var r1 = ref w[i + 3];
        ref readonly var r2 = ref w[i + 4];
        int n = pos.Length;
        ulong t0 = (ulong)(pos[i] + 3);
        ulong tl = i > 0 ? (ulong)(pos[i - 1] + 3) : 1;
        ulong tr = i + 1 < n ? (ulong)(pos[i + 1] + 3) : 2;
        ulong p1 = (ulong)(prev1 + 2), p2 = (ulong)(prev2 + 2);
        int flags = c.Flags | (i == 0 ? WordFlags.First : 0);
        int k = 0;
        buckets[k++] = B(0, 0, 0, bits);
        buckets[k++] = B(1, c.Lower, 0, bits);
        buckets[k++] = B(2, c.Word, 0, bits);
        buckets[k++] = B(3, c.Suffix2, 0, bits);
        buckets[k++] = B(4, c.Suffix3, 0, bits);
        buckets[k++] = B(5, c.Suffix4, 0, bits);
        buckets[k++] = B(6, c.Prefix3, 0, bits);
        buckets[k++] = B(7, c.Shape, 0, bits);
        buckets[k++] = B(8, l1.Lower, 0, bits);
        buckets[k++] = B(9, r1.Lower, 0, bits);
        buckets[k++] = B(10, l2.Lower, 0, bits);
        buckets[k++] = B(11, r2.Lower, 0, bits);
        buckets[k++] = B(12, t0, 0, bits);
        buckets[k++] = B(13, tl, t0, bits);
        buckets[k++] = B(14, t0, tr, bits);
        buckets[k++] = B(15, p1, 0, bits);
        buckets[k++] = B(16, p1, c.Shape, bits);
        buckets[k++] = B(17, p1, c.Lower, bits);
        buckets[k++] = B(18, l1.Shape, c.Shape, bits);
        buckets[k++] = B(19, c.Shape, r1.Shape, bits);
        buckets[k++] = B(20, (ulong)flags, t0, bits);
        buckets[k++] = B(21, l1.Word, c.Word, bits);
        buckets[k++] = B(22, c.Lower, r1.Lower, bits);
        buckets[k++] = B(23, p1, p2, bits);
        buckets[k++] = B(24, r1.Word, 0, bits);
        buckets[k++] = B(25, l1.Word, 0, bits);
        buckets[k++] = B(26, p1, t0, bits);
        buckets[k++] = B(27, r1.Shape, tr, bits);
        buckets[k++] = B(28, c.Fine, 0, bits);
        buckets[k++] = B(29, c.Coarse, 0, bits);
        buckets[k++] = B(30, l1.Fine, 0, bits);
        buckets[k++] = B(31, r1.Fine, 0, bits);
        buckets[k++] = B(32, p1, c.Coarse, bits);
        buckets[k++] = B(33, c.Fine, t0, bits);
        buckets[k++] = B(34, c.Case, (ulong)(flags & (WordFlags.Title | WordFlags.First)), bits);
        buckets[k++] = B(35, l1.Case, c.Case, bits);
        buckets[k++] = B(36, c.Case, r1.Case, bits);

        // Gazetteer: the word's position in a listed phrase of each list, with its capitalisation (lists match
        // regardless of case, and a lower-case match is weaker evidence); the lists together; the word classes
        // of the word and its neighbours (a title before, an organisation or place word after).
        int g = gazetteer[i];
        ulong cap = (ulong)(flags & (WordFlags.Title | WordFlags.First | WordFlags.AllUpper));
        for (int list = 0; list < EntityGazetteer.FeatureListCount; list++)
            buckets[k++] = B(37 + list, (ulong)((g >> (3 * list)) & 7), cap, bits);
        ulong external = (ulong)(g & 0x1FF), trained = (ulong)((g >> 12) & 0x1FF);
        buckets[k++] = B(44, external, trained, bits);
        buckets[k++] = B(45, (ulong)EntityGazetteer.WordClasses(g), 0, bits);
        buckets[k++] = B(46, i > 0 ? (ulong)EntityGazetteer.WordClasses(gazetteer[i - 1]) : 99, 0, bits);
        buckets[k++] = B(47, i + 1 < n ? (ulong)EntityGazetteer.WordClasses(gazetteer[i + 1]) : 99, 0, bits);
        buckets[k++] = B(48, p1, external | trained << 9, bits);
        // How the raw text capitalises the word decides how much a lower-case list match is worth.
        buckets[k++] = B(49, external, c.Case, bits);
        buckets[k++] = B(50, trained, c.Case, bits);

        // Document memory: how the word is labelled elsewhere in the document.
        ulong d = (ulong)document[i];
        buckets[k++] = B(51, d, cap, bits);
        buckets[k++] = B(52, d, p1, bits);
        buckets[k++] = B(53, d, t0, bits);
        buckets[k++] = B(54, i > 0 ? (ulong)document[i - 1] : 99, d, bits);

        // Sentence case: what the word's capitalisation, cluster and list matches mean depends on whether the
        // sentence capitalises anything at all (lower-case web text, shouting, title lines).
        ulong sc = (ulong)EntityGazetteer.SentenceCase(g);
        buckets[k++] = B(55, sc, c.Case | (ulong)(uint)(flags & (WordFlags.Title | WordFlags.AllUpper)), bits);
        buckets[k++] = B(56, sc, c.Fine, bits);
        buckets[k++] = B(57, sc, external | trained << 9, bits);

        // The GeoNames towns and divisions (a list of its own: far larger and noisier than the hand-made places,
        // it holds many surnames and ordinary words, so its worth is learnt with the word's capitalisation, its
        // raw-text capitalisation bin and the other lists' verdict).
        if (count <= GeoNamesStart) return;
        ulong geo = (ulong)EntityGazetteer.Position(g, GazetteerList.GeoPlace);
        buckets[k++] = B(58, geo, cap, bits);
        buckets[k++] = B(59, geo, c.Case, bits);
        buckets[k++] = B(60, geo, external | trained << 9, bits);
    }

    /// <summary>Indices (into the buckets <see cref="Extract"/> writes) of the templates that read the previous
    /// entity classes; every other template depends on the words only, so a beam scores it once per word.</summary>
    public static ReadOnlySpan<int> HistoryTemplates => [15, 16, 17, 23, 26, 32, 48, 52];

    /// <summary>The one place in <see cref="HistoryTemplates"/> (template 23) that reads the class before the previous
    /// one; all the others read only the previous class, so hypotheses that end in the same class share them.</summary>
    public const int HistoryPairIndex = 3;

    /// <summary>Writes, in the order of <see cref="HistoryTemplates"/>, the buckets of the templates that read the
    /// previous classes: the same values <see cref="Extract"/> writes at those indices.</summary>
    public static void ExtractHistory(ReadOnlySpan<WordHashes> w, ReadOnlySpan<int> pos, ReadOnlySpan<int> gazetteer, ReadOnlySpan<int> document, int i, int prev1, int prev2, int bits, Span<int> buckets)
    {
        ref readonly var c = ref w[i + 2];
        ulong t0 = (ulong)(pos[i] + 3);
        ulong p1 = (ulong)(prev1 + 2), p2 = (ulong)(prev2 + 2);
        int g = gazetteer[i];
        ulong external = (ulong)(g & 0x1FF), trained = (ulong)((g >> 12) & 0x1FF);
        buckets[0] = B(15, p1, 0, bits);
        buckets[1] = B(16, p1, c.Shape, bits);
        buckets[2] = B(17, p1, c.Lower, bits);
        buckets[3] = B(23, p1, p2, bits);
        buckets[4] = B(26, p1, t0, bits);
        buckets[5] = B(32, p1, c.Coarse, bits);
        buckets[6] = B(48, p1, external | trained << 9, bits);
        buckets[7] = B(52, (ulong)document[i], p1, bits);
    }

    /// <summary>The bucket of template 23 (<see cref="HistoryPairIndex"/>), the one template that reads the class
    /// before the previous one: exact second-order decoding scores it per pair of previous classes.</summary>
    public static int PairBucket(int prev1, int prev2, int bits) => B(23, (ulong)(prev1 + 2), (ulong)(prev2 + 2), bits);

    private static int B(int template, ulong a, ulong b, int bits) => FeatureHash.Bucket(FeatureHash.Combine(template + 100, a, b), bits);
}
