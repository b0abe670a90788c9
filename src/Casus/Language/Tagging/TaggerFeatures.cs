using Casus.Language.Models;

namespace Casus.Language.Tagging;

/// <summary>
/// The part-of-speech tagger's feature templates: the word and its neighbours (±2), affixes, shape,
/// capitalisation, and the two previously predicted tags; then optional groups (<see cref="TaggerFeatureSet"/>):
/// ambiguity classes, sentence capitalisation, first-pass tags. Each template hashes to one bucket of the weight table.
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

    /// <summary>Number of features <see cref="ExtractAmbiguity"/> produces.</summary>
    public const int AmbiguityCount = 8;

    /// <summary>Number of features <see cref="ExtractSecondPass"/> produces.</summary>
    public const int SecondPassCount = 10;

    /// <summary>Number of features per token for a model with the given feature set.</summary>
    public static int CountFor(TaggerFeatureSet set) =>
        Count + ((set & TaggerFeatureSet.Ambiguity) != 0 ? AmbiguityCount : 0) + ((set & TaggerFeatureSet.SecondPass) != 0 ? SecondPassCount : 0)
        + ((set & TaggerFeatureSet.SentenceCase) != 0 ? SentenceCaseCount : 0)
        + ((set & TaggerFeatureSet.AmbiguityContext) != 0 ? AmbiguityContextCount : 0)
        + ((set & TaggerFeatureSet.ClusterContext) != 0 ? ClusterContextCount : 0)
        + ((set & TaggerFeatureSet.Clause) != 0 ? ClauseCount : 0)
        + ((set & TaggerFeatureSet.Document) != 0 ? DocumentCount : 0)
        + ((set & TaggerFeatureSet.DocumentTags) != 0 ? DocumentTagsCount : 0);

    /// <summary>Number of features <see cref="ExtractDocument"/> produces.</summary>
    public const int DocumentCount = 4;

    /// <summary>Document templates: the word's <see cref="DocumentCase"/> code (its own capitalisation and position with
    /// how the document writes it elsewhere) alone, with the word's ambiguity class, the previous tag and the word's
    /// capitalisation bin in raw text.</summary>
    public static void ExtractDocument(ReadOnlySpan<WordHashes> w, ReadOnlySpan<ulong> amb, ReadOnlySpan<int> doc, int i, int prev1, int bits, Span<int> buckets)
    {
        ref readonly var c = ref w[i + 2];
        ulong code = doc.IsEmpty ? DocumentCase.None : (ulong)(doc[i] & DocumentCase.CaseMask);
        buckets[0] = B(100, code, 0, bits);
        buckets[1] = B(101, code, amb.IsEmpty ? c.Lower : amb[i + 2], bits);
        buckets[2] = B(102, code, (ulong)(prev1 + 2), bits);
        buckets[3] = B(103, code, c.Case, bits);
    }

    /// <summary>Number of features <see cref="ExtractDocumentTags"/> produces.</summary>
    public const int DocumentTagsCount = 3;

    /// <summary>Tag-cache templates: the class the tagger gave the word's latest earlier occurrence in the document
    /// (<see cref="DocumentCase.Remember"/>), alone, with the word's capitalisation code, and with its ambiguity class.</summary>
    public static void ExtractDocumentTags(ReadOnlySpan<WordHashes> w, ReadOnlySpan<ulong> amb, ReadOnlySpan<int> doc, int i, int bits, Span<int> buckets)
    {
        ulong cached = doc.IsEmpty ? 0 : (ulong)(doc[i] >> 8), code = doc.IsEmpty ? 0 : (ulong)(doc[i] & DocumentCase.CaseMask);
        buckets[0] = B(104, cached, 0, bits);
        buckets[1] = B(105, cached, code, bits);
        buckets[2] = B(106, cached, amb.IsEmpty ? w[i + 2].Lower : amb[i + 2], bits);
    }

    /// <summary>Number of features <see cref="ExtractClause"/> produces.</summary>
    public const int ClauseCount = 6;

    /// <summary>Clause templates (<see cref="ClauseContext"/>): the governing auxiliary and the nearest preceding verb
    /// (with what came after it), each with the word's last two letters and with its ambiguity class; the verb state with
    /// the previous tag and the classes of the word and the next one (a subject before, an object after); the word's
    /// last two letters with the next word (an object after a past-tense verb).</summary>
    public static void ExtractClause(ReadOnlySpan<WordHashes> w, ReadOnlySpan<ulong> amb, in ClauseContext clause, int i, int prev1, int bits, Span<int> buckets)
    {
        ref readonly var c = ref w[i + 2];
        ulong a0 = amb.IsEmpty ? c.Lower : amb[i + 2], a1 = amb.IsEmpty ? w[i + 3].Lower : amb[i + 3];
        ulong aux = (ulong)clause.Aux, verb = (ulong)clause.Verb;
        buckets[0] = B(90, aux, c.Suffix2, bits);
        buckets[1] = B(91, aux, a0, bits);
        buckets[2] = B(92, verb, c.Suffix2, bits);
        buckets[3] = B(93, verb, a0, bits);
        buckets[4] = B(94, verb << 8 | (ulong)(prev1 + 2), a0 * 0x9E3779B97F4A7C15UL ^ a1, bits);
        buckets[5] = B(95, c.Suffix2, w[i + 3].Lower, bits);
    }

    /// <summary>Number of features <see cref="ExtractAmbiguityContext"/> produces.</summary>
    public const int AmbiguityContextCount = 4;

    /// <summary>Wider ambiguity-class conjunctions: three-word windows and the word itself with the next word's class.</summary>
    public static void ExtractAmbiguityContext(ReadOnlySpan<WordHashes> w, ReadOnlySpan<ulong> amb, int i, int prev1, int bits, Span<int> buckets)
    {
        ulong a0 = amb[i + 2], a1 = amb[i + 3], a2 = amb[i + 4], l1 = amb[i + 1];
        ulong p1 = (ulong)(prev1 + 2);
        buckets[0] = B(50, a0, a1 * 0x9E3779B97F4A7C15UL ^ a2, bits);
        buckets[1] = B(51, l1, a0 * 0x9E3779B97F4A7C15UL ^ a1, bits);
        buckets[2] = B(52, w[i + 2].Lower, a1, bits);
        buckets[3] = B(53, p1, a0 * 0x9E3779B97F4A7C15UL ^ a1, bits);
    }

    /// <summary>Number of features <see cref="ExtractClusterContext"/> produces.</summary>
    public const int ClusterContextCount = 4;

    /// <summary>Word clusters two words away and cluster pairs around the word: an unseen word's neighbours are usually
    /// seen words, and their clusters generalise the word templates ±2 to words of the same distribution.</summary>
    public static void ExtractClusterContext(ReadOnlySpan<WordHashes> w, int i, int prev1, int bits, Span<int> buckets)
    {
        ref readonly var c = ref w[i + 2];
        buckets[0] = B(80, c.Fine, w[i + 3].Fine, bits);
        buckets[1] = B(81, w[i + 1].Fine, c.Fine, bits);
        buckets[2] = B(82, w[i + 4].Coarse, w[i + 3].Coarse, bits);
        buckets[3] = B(83, (ulong)(prev1 + 2), w[i + 3].Fine, bits);
    }

    /// <summary>Number of features <see cref="ExtractSentenceCase"/> produces.</summary>
    public const int SentenceCaseCount = 4;

    /// <summary>How a sentence is capitalised as a whole: 0 ordinary, 1 title case (a headline: most words capitalised),
    /// 2 all capitals. In the last two a capital letter says little about a proper noun.</summary>
    public static int SentenceCase(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        int words = 0, title = 0, upper = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            var word = text[starts[i]..ends[i]];
            if (word.Length == 0 || !char.IsLetter(word[0])) continue;
            words++;
            if (!char.IsUpper(word[0])) continue;
            title++;
            bool all = true;
            foreach (char c in word) if (char.IsLower(c)) { all = false; break; }
            if (all && word.Length > 1) upper++;
        }
        if (words < 3) return 0;
        if (upper * 5 >= words * 3) return 2;
        return title * 5 >= words * 3 ? 1 : 0;
    }

    /// <summary>Templates that read the sentence's capitalisation (<see cref="SentenceCase(ReadOnlySpan{char}, ReadOnlySpan{int}, ReadOnlySpan{int})"/>)
    /// with the word's own capitalisation evidence, so headline capitals are weighed apart from ordinary ones.</summary>
    public static void ExtractSentenceCase(ReadOnlySpan<WordHashes> w, ReadOnlySpan<ulong> amb, int sentenceCase, int i, int bits, Span<int> buckets)
    {
        ref readonly var c = ref w[i + 2];
        ulong sc = (ulong)sentenceCase + 1;
        int flags = c.Flags | (i == 0 ? WordFlags.First : 0);
        buckets[0] = B(70, sc, c.Case, bits);
        buckets[1] = B(71, sc, (ulong)(flags & (WordFlags.Title | WordFlags.AllUpper | WordFlags.First)), bits);
        buckets[2] = B(72, sc, amb.IsEmpty ? c.Lower : amb[i + 2], bits);
        buckets[3] = B(73, sc, c.Suffix3, bits);
    }

    /// <summary>Writes the buckets of every template in <paramref name="set"/>: the base templates, then the
    /// ambiguity-class ones, then the second-pass ones. <paramref name="amb"/> and <paramref name="first"/> are padded
    /// like <paramref name="w"/> (word i at index i + 2); either may be empty when its templates are off.</summary>
    public static void Extract(TaggerFeatureSet set, ReadOnlySpan<WordHashes> w, ReadOnlySpan<ulong> amb, ReadOnlySpan<int> first, int sentenceCase,
        int i, int prev1, int prev2, int bits, Span<int> buckets) => Extract(set, w, amb, first, sentenceCase, default, i, prev1, prev2, bits, buckets);

    /// <summary>As the overload without <paramref name="clause"/>, with the clause state the decoder has built from the
    /// classes decided before word <paramref name="i"/> (read only when <paramref name="set"/> has <see cref="TaggerFeatureSet.Clause"/>).</summary>
    public static void Extract(TaggerFeatureSet set, ReadOnlySpan<WordHashes> w, ReadOnlySpan<ulong> amb, ReadOnlySpan<int> first, int sentenceCase,
        in ClauseContext clause, int i, int prev1, int prev2, int bits, Span<int> buckets) => Extract(set, w, amb, first, sentenceCase, clause, default, i, prev1, prev2, bits, buckets);

    /// <summary>As the overload without <paramref name="doc"/>, with the words' <see cref="DocumentCase"/> codes (word i at
    /// index i, not padded; read only when <paramref name="set"/> has <see cref="TaggerFeatureSet.Document"/>).</summary>
    public static void Extract(TaggerFeatureSet set, ReadOnlySpan<WordHashes> w, ReadOnlySpan<ulong> amb, ReadOnlySpan<int> first, int sentenceCase,
        in ClauseContext clause, ReadOnlySpan<int> doc, int i, int prev1, int prev2, int bits, Span<int> buckets)
    {
        Extract(w, i, prev1, prev2, bits, buckets);
        int k = Count;
        if ((set & TaggerFeatureSet.Ambiguity) != 0)
        {
            ExtractAmbiguity(w, amb, i, prev1, bits, buckets.Slice(k, AmbiguityCount));
            k += AmbiguityCount;
        }
        if ((set & TaggerFeatureSet.AmbiguityContext) != 0)
        {
            ExtractAmbiguityContext(w, amb, i, prev1, bits, buckets.Slice(k, AmbiguityContextCount));
            k += AmbiguityContextCount;
        }
        if ((set & TaggerFeatureSet.SentenceCase) != 0)
        {
            ExtractSentenceCase(w, amb, sentenceCase, i, bits, buckets.Slice(k, SentenceCaseCount));
            k += SentenceCaseCount;
        }
        if ((set & TaggerFeatureSet.ClusterContext) != 0)
        {
            ExtractClusterContext(w, i, prev1, bits, buckets.Slice(k, ClusterContextCount));
            k += ClusterContextCount;
        }
        if ((set & TaggerFeatureSet.Clause) != 0)
        {
            ExtractClause(w, amb, clause, i, prev1, bits, buckets.Slice(k, ClauseCount));
            k += ClauseCount;
        }
        if ((set & TaggerFeatureSet.Document) != 0)
        {
            ExtractDocument(w, amb, doc, i, prev1, bits, buckets.Slice(k, DocumentCount));
            k += DocumentCount;
        }
        if ((set & TaggerFeatureSet.DocumentTags) != 0)
        {
            ExtractDocumentTags(w, amb, doc, i, bits, buckets.Slice(k, DocumentTagsCount));
            k += DocumentTagsCount;
        }
        if ((set & TaggerFeatureSet.SecondPass) != 0) ExtractSecondPass(w, first, i, prev1, bits, buckets.Slice(k, SecondPassCount));
    }

    /// <summary>Ambiguity-class templates: the class sets (<see cref="AmbiguityLexicon"/>) of words i-1..i+2 alone and
    /// in pairs, so the left-to-right decoder sees which tags the next words can take.</summary>
    public static void ExtractAmbiguity(ReadOnlySpan<WordHashes> w, ReadOnlySpan<ulong> amb, int i, int prev1, int bits, Span<int> buckets)
    {
        ulong a0 = amb[i + 2], a1 = amb[i + 3], a2 = amb[i + 4], l1 = amb[i + 1];
        ulong p1 = (ulong)(prev1 + 2);
        buckets[0] = B(40, a0, 0, bits);
        buckets[1] = B(41, a1, 0, bits);
        buckets[2] = B(42, a2, 0, bits);
        buckets[3] = B(43, a0, a1, bits);
        buckets[4] = B(44, a1, a2, bits);
        buckets[5] = B(45, p1, a1, bits);
        buckets[6] = B(46, l1, a0, bits);
        buckets[7] = B(47, a0, w[i + 2].Suffix3, bits);
    }

    /// <summary>Second-pass templates: the first pass's tags of the word itself and of the two words to its right
    /// (<paramref name="first"/>, padded with -1 before and -2 after the sentence), alone and combined with the word
    /// and the previous tag of this pass.</summary>
    public static void ExtractSecondPass(ReadOnlySpan<WordHashes> w, ReadOnlySpan<int> first, int i, int prev1, int bits, Span<int> buckets)
    {
        ulong f0 = (ulong)(first[i + 2] + 3), f1 = (ulong)(first[i + 3] + 3), f2 = (ulong)(first[i + 4] + 3), fl1 = (ulong)(first[i + 1] + 3);
        ulong p1 = (ulong)(prev1 + 2);
        ref readonly var c = ref w[i + 2];
        buckets[0] = B(60, f0, 0, bits);
        buckets[1] = B(61, f1, 0, bits);
        buckets[2] = B(62, f2, 0, bits);
        buckets[3] = B(63, f1, f2, bits);
        buckets[4] = B(64, p1, f1, bits);
        buckets[5] = B(65, f0, f1, bits);
        buckets[6] = B(66, c.Lower, f1, bits);
        buckets[7] = B(67, c.Lower, f0, bits);
        buckets[8] = B(68, p1 << 16 | f0, f1, bits);
        buckets[9] = B(69, fl1, f0, bits);
    }

    private static int B(int template, ulong a, ulong b, int bits) => FeatureHash.Bucket(FeatureHash.Combine(template, a, b), bits);

    /// <summary>Fills <paramref name="amb"/> (length n + 4) with the ambiguity classes of the words and the padding.</summary>
    public static void PrepareAmbiguity(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<ulong> amb, AmbiguityLexicon lexicon)
    {
        int n = starts.Length;
        amb[0] = amb[1] = amb[n + 2] = amb[n + 3] = AmbiguityLexicon.Padding;
        for (int i = 0; i < n; i++) amb[i + 2] = lexicon.Lookup(text[starts[i]..ends[i]]);
    }

    /// <summary>Fills <paramref name="w"/> (length n + 4) with the hashes of the words and the padding.</summary>
    public static void Prepare(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<WordHashes> w, WordClusters clusters)
    {
        int n = starts.Length;
        w[0] = w[1] = WordHashes.Padding(Start);
        w[n + 2] = w[n + 3] = WordHashes.Padding(End);
        for (int i = 0; i < n; i++) w[i + 2] = WordHashes.Of(text[starts[i]..ends[i]], clusters);
    }
}

/// <summary>Which template groups a tagger model reads, beyond the base templates every model has. Stored in the model.</summary>
[Flags]
public enum TaggerFeatureSet
{
    /// <summary>The base templates only (<see cref="TaggerFeatures.Count"/>).</summary>
    Base = 0,
    /// <summary>Ambiguity classes of words i-1..i+2 (<see cref="TaggerFeatures.ExtractAmbiguity"/>).</summary>
    Ambiguity = 1,
    /// <summary>The first pass's tags of words i..i+2 (<see cref="TaggerFeatures.ExtractSecondPass"/>); only the second-pass model.</summary>
    SecondPass = 2,
    /// <summary>The sentence's capitalisation with the word's (<see cref="TaggerFeatures.ExtractSentenceCase"/>).</summary>
    SentenceCase = 4,
    /// <summary>Wider ambiguity-class conjunctions (<see cref="TaggerFeatures.ExtractAmbiguityContext"/>); needs <see cref="Ambiguity"/>.</summary>
    AmbiguityContext = 8,
    /// <summary>Word clusters of the wider context and cluster pairs (<see cref="TaggerFeatures.ExtractClusterContext"/>).</summary>
    ClusterContext = 16,
    /// <summary>The governing auxiliary and nearest preceding verb of the decided left context (<see cref="TaggerFeatures.ExtractClause"/>).</summary>
    Clause = 32,
    /// <summary>How the document writes the word elsewhere (<see cref="DocumentCase"/>, <see cref="TaggerFeatures.ExtractDocument"/>).</summary>
    Document = 64,
    /// <summary>The class the tagger gave the word earlier in the document (<see cref="TaggerFeatures.ExtractDocumentTags"/>).</summary>
    DocumentTags = 128,
    /// <summary>With <see cref="Document"/>: the codes also carry how the whole document is written (<see cref="DocumentCase.Style"/>).</summary>
    DocumentStyle = 256,
}
