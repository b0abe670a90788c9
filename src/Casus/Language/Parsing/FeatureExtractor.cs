using Casus.Language.Models;

namespace Casus.Language.Parsing;

/// <summary>
/// Rich non-local features for the arc-hybrid parser, after Zhang and Nivre (2011) adapted to arc-hybrid positions:
/// words and tags of the top three stack and buffer words, leftmost/rightmost children (two deep) and their labels,
/// distance, valency, label sets, and pairs and triples of these; with word clusters, the clusters of s0, s1, b0, b1
/// and pairs with tags (they let words the treebank never showed borrow the weights of similar words). Each feature is
/// a 64-bit hash; no allocation.
/// </summary>
internal static class FeatureExtractor
{
    /// <summary>How many features <see cref="Extract"/> writes without word clusters.</summary>
    public const int BaseCount = 99;
    /// <summary>How many more it writes with word clusters.</summary>
    public const int ClusterCount = 12;
    /// <summary>How many more it writes for the attachment set (after the cluster features).</summary>
    public const int AttachmentCount = 10;
    /// <summary>The most features <see cref="Extract"/> writes.</summary>
    public const int MaxCount = BaseCount + ClusterCount + AttachmentCount;

    /// <summary>How many features a model reads: the attachment set comes only on top of the cluster features.</summary>
    public static int CountFor(bool clusters, bool attachment = false) =>
        attachment ? MaxCount : clusters ? BaseCount + ClusterCount : BaseCount;

    /// <summary>Writes the features of <paramref name="st"/> into <paramref name="f"/>: <see cref="BaseCount"/>
    /// features; the cluster features too when <paramref name="f"/> has room for them; and the attachment set when it
    /// is <see cref="MaxCount"/> long.</summary>
    public static void Extract(ArcHybridState st, SentenceFeatures sf, Span<ulong> f)
    {
        const ulong M = SentenceFeatures.Missing;
        int s0 = st.StackAt(0), s1 = st.StackAt(1), s2 = st.StackAt(2);
        int b0 = st.BufferAt(0), b1 = st.BufferAt(1), b2 = st.BufferAt(2);
        ulong[] W = sf.Word, T = sf.Tag, U = sf.Upos;

        ulong s0w = s0 >= 0 ? W[s0] : M, s0t = s0 >= 0 ? T[s0] : M, s0u = s0 >= 0 ? U[s0] : M;
        ulong s1w = s1 >= 0 ? W[s1] : M, s1t = s1 >= 0 ? T[s1] : M, s1u = s1 >= 0 ? U[s1] : M;
        ulong s2w = s2 >= 0 ? W[s2] : M, s2t = s2 >= 0 ? T[s2] : M;
        ulong b0w = b0 >= 0 ? W[b0] : M, b0t = b0 >= 0 ? T[b0] : M, b0u = b0 >= 0 ? U[b0] : M;
        ulong b1w = b1 >= 0 ? W[b1] : M, b1t = b1 >= 0 ? T[b1] : M, b1u = b1 >= 0 ? U[b1] : M;
        ulong b2w = b2 >= 0 ? W[b2] : M, b2t = b2 >= 0 ? T[b2] : M;

        int s0l1 = s0 >= 0 ? st.Left1[s0] : -1, s0l2 = s0 >= 0 ? st.Left2[s0] : -1;
        int s0r1 = s0 >= 0 ? st.Right1[s0] : -1, s0r2 = s0 >= 0 ? st.Right2[s0] : -1;
        int s1l1 = s1 >= 0 ? st.Left1[s1] : -1, s1r1 = s1 >= 0 ? st.Right1[s1] : -1;
        int b0l1 = b0 >= 0 ? st.Left1[b0] : -1, b0l2 = b0 >= 0 ? st.Left2[b0] : -1;

        ulong s0l1w = Val(W, s0l1), s0l1t = Val(T, s0l1), s0l1l = Lab(st, s0l1);
        ulong s0l2w = Val(W, s0l2), s0l2t = Val(T, s0l2), s0l2l = Lab(st, s0l2);
        ulong s0r1w = Val(W, s0r1), s0r1t = Val(T, s0r1), s0r1l = Lab(st, s0r1);
        ulong s0r2w = Val(W, s0r2), s0r2t = Val(T, s0r2), s0r2l = Lab(st, s0r2);
        ulong s1l1t = Val(T, s1l1), s1l1l = Lab(st, s1l1);
        ulong s1r1w = Val(W, s1r1), s1r1t = Val(T, s1r1), s1r1l = Lab(st, s1r1);
        ulong b0l1w = Val(W, b0l1), b0l1t = Val(T, b0l1), b0l1l = Lab(st, b0l1);
        ulong b0l2w = Val(W, b0l2), b0l2t = Val(T, b0l2), b0l2l = Lab(st, b0l2);

        ulong s0wt = FeatureHash.Combine3(1000, s0w, s0t);
        ulong b0wt = FeatureHash.Combine3(1000, b0w, b0t);
        ulong s1wt = FeatureHash.Combine3(1000, s1w, s1t);

        ulong dist = s0 >= 0 && b0 >= 0 ? (ulong)Bucket(b0 - s0) : 99;
        ulong dist1 = s0 >= 0 && s1 >= 0 ? (ulong)Bucket(s0 - s1) : 99;
        ulong s0vl = s0 >= 0 ? (ulong)st.LeftCount[s0] : 99, s0vr = s0 >= 0 ? (ulong)st.RightCount[s0] : 99;
        ulong s1vl = s1 >= 0 ? (ulong)st.LeftCount[s1] : 99, s1vr = s1 >= 0 ? (ulong)st.RightCount[s1] : 99;
        ulong b0vl = b0 >= 0 ? (ulong)st.LeftCount[b0] : 99;
        ulong s0sl = s0 >= 0 ? st.LeftLabels[s0] : M, s0sr = s0 >= 0 ? st.RightLabels[s0] : M;
        ulong b0sl = b0 >= 0 ? st.LeftLabels[b0] : M;
        ulong s1sr = s1 >= 0 ? st.RightLabels[s1] : M;

        int i = 0;
        // Single positions.
        f[i++] = FeatureHash.Combine3(1, s0wt);
        f[i++] = FeatureHash.Combine3(2, s0w);
        f[i++] = FeatureHash.Combine3(3, s0t);
        f[i++] = FeatureHash.Combine3(4, b0wt);
        f[i++] = FeatureHash.Combine3(5, b0w);
        f[i++] = FeatureHash.Combine3(6, b0t);
        f[i++] = FeatureHash.Combine3(7, b1w, b1t);
        f[i++] = FeatureHash.Combine3(8, b1w);
        f[i++] = FeatureHash.Combine3(9, b1t);
        f[i++] = FeatureHash.Combine3(10, b2w, b2t);
        f[i++] = FeatureHash.Combine3(11, b2w);
        f[i++] = FeatureHash.Combine3(12, b2t);
        f[i++] = FeatureHash.Combine3(13, s1wt);
        f[i++] = FeatureHash.Combine3(14, s1w);
        f[i++] = FeatureHash.Combine3(15, s1t);
        f[i++] = FeatureHash.Combine3(16, s2t);
        f[i++] = FeatureHash.Combine3(17, s2w);
        // Pairs of s0 and b0.
        f[i++] = FeatureHash.Combine3(18, s0wt, b0wt);
        f[i++] = FeatureHash.Combine3(19, s0wt, b0w);
        f[i++] = FeatureHash.Combine3(20, s0w, b0wt);
        f[i++] = FeatureHash.Combine3(21, s0wt, b0t);
        f[i++] = FeatureHash.Combine3(22, s0t, b0wt);
        f[i++] = FeatureHash.Combine3(23, s0w, b0w);
        f[i++] = FeatureHash.Combine3(24, s0t, b0t);
        f[i++] = FeatureHash.Combine3(25, b0t, b1t);
        // Pairs of s1 and s0 (the right-arc candidates).
        f[i++] = FeatureHash.Combine3(26, s1w, s0w);
        f[i++] = FeatureHash.Combine3(27, s1t, s0t);
        f[i++] = FeatureHash.Combine3(28, s1wt, s0t);
        f[i++] = FeatureHash.Combine3(29, s1t, s0wt);
        f[i++] = FeatureHash.Combine3(30, s1wt, s0wt);
        f[i++] = FeatureHash.Combine3(31, s1w, b0w);
        f[i++] = FeatureHash.Combine3(32, s1t, b0t);
        // Triples.
        f[i++] = FeatureHash.Combine3(33, b0t, b1t, b2t);
        f[i++] = FeatureHash.Combine3(34, s0t, b0t, b1t);
        f[i++] = FeatureHash.Combine3(35, s1t, s0t, b0t);
        f[i++] = FeatureHash.Combine3(36, s0t, s0l1t, b0t);
        f[i++] = FeatureHash.Combine3(37, s0t, s0r1t, b0t);
        f[i++] = FeatureHash.Combine3(38, s0t, b0t, b0l1t);
        f[i++] = FeatureHash.Combine3(39, s2t, s1t, s0t);
        f[i++] = FeatureHash.Combine3(40, s1t, s1r1t, s0t);
        f[i++] = FeatureHash.Combine3(41, s1t, s1l1t, s0t);
        f[i++] = FeatureHash.Combine3(42, s1t, s0t, s0l1t);
        f[i++] = FeatureHash.Combine3(43, s1t, s0t, s0r1t);
        // Distance.
        f[i++] = FeatureHash.Combine3(44, s0w, dist);
        f[i++] = FeatureHash.Combine3(45, s0t, dist);
        f[i++] = FeatureHash.Combine3(46, b0w, dist);
        f[i++] = FeatureHash.Combine3(47, b0t, dist);
        f[i++] = FeatureHash.Combine3(48, s0w, b0w, dist);
        f[i++] = FeatureHash.Combine3(49, s0t, b0t, dist);
        f[i++] = FeatureHash.Combine3(50, s1t, s0t, dist1);
        f[i++] = FeatureHash.Combine3(51, s1w, s0w, dist1);
        // Valency.
        f[i++] = FeatureHash.Combine3(52, s0w, s0vr);
        f[i++] = FeatureHash.Combine3(53, s0t, s0vr);
        f[i++] = FeatureHash.Combine3(54, s0w, s0vl);
        f[i++] = FeatureHash.Combine3(55, s0t, s0vl);
        f[i++] = FeatureHash.Combine3(56, b0w, b0vl);
        f[i++] = FeatureHash.Combine3(57, b0t, b0vl);
        f[i++] = FeatureHash.Combine3(58, s1t, s1vr);
        f[i++] = FeatureHash.Combine3(59, s1t, s1vl);
        // Children, first order.
        f[i++] = FeatureHash.Combine3(60, s0l1w);
        f[i++] = FeatureHash.Combine3(61, s0l1t);
        f[i++] = FeatureHash.Combine3(62, s0l1l);
        f[i++] = FeatureHash.Combine3(63, s0r1w);
        f[i++] = FeatureHash.Combine3(64, s0r1t);
        f[i++] = FeatureHash.Combine3(65, s0r1l);
        f[i++] = FeatureHash.Combine3(66, b0l1w);
        f[i++] = FeatureHash.Combine3(67, b0l1t);
        f[i++] = FeatureHash.Combine3(68, b0l1l);
        f[i++] = FeatureHash.Combine3(69, s1r1w);
        f[i++] = FeatureHash.Combine3(70, s1r1t);
        f[i++] = FeatureHash.Combine3(71, s1r1l);
        f[i++] = FeatureHash.Combine3(72, s1l1t);
        f[i++] = FeatureHash.Combine3(73, s1l1l);
        // Children, second order.
        f[i++] = FeatureHash.Combine3(74, s0l2w);
        f[i++] = FeatureHash.Combine3(75, s0l2t);
        f[i++] = FeatureHash.Combine3(76, s0l2l);
        f[i++] = FeatureHash.Combine3(77, s0r2w);
        f[i++] = FeatureHash.Combine3(78, s0r2t);
        f[i++] = FeatureHash.Combine3(79, s0r2l);
        f[i++] = FeatureHash.Combine3(80, b0l2w);
        f[i++] = FeatureHash.Combine3(81, b0l2t);
        f[i++] = FeatureHash.Combine3(82, b0l2l);
        f[i++] = FeatureHash.Combine3(83, s0t, s0l1t, s0l2t);
        f[i++] = FeatureHash.Combine3(84, s0t, s0r1t, s0r2t);
        f[i++] = FeatureHash.Combine3(85, b0t, b0l1t, b0l2t);
        // Label sets.
        f[i++] = FeatureHash.Combine3(86, s0t, s0sr, s0sl);
        f[i++] = FeatureHash.Combine3(87, s0w, s0sr);
        f[i++] = FeatureHash.Combine3(88, b0t, b0sl);
        f[i++] = FeatureHash.Combine3(89, s1t, s1sr);
        // Universal tags.
        f[i++] = FeatureHash.Combine3(90, s1u, s0u, b0u);
        f[i++] = FeatureHash.Combine3(91, s0u, b0u, b1u);
        f[i++] = FeatureHash.Combine3(92, s0l1l, s0r1l, b0l1l);
        // Suffixes help with words too rare to have their own weights.
        ulong[] X = sf.Suffix;
        ulong s0x = Val(X, s0), b0x = Val(X, b0);
        f[i++] = FeatureHash.Combine3(93, s0x, s0t);
        f[i++] = FeatureHash.Combine3(94, b0x, b0t);
        f[i++] = FeatureHash.Combine3(95, s0x, b0x);
        // Punctuation and verbs between the arc candidates: commas and clauses in between make attachments unlikely.
        ulong pb = s0 >= 0 && b0 >= 0 ? (ulong)Math.Min(2, sf.PunctBefore[b0 - 1] - sf.PunctBefore[s0]) : 9;
        ulong vb = s0 >= 0 && b0 >= 0 ? (ulong)Math.Min(2, sf.VerbBefore[b0 - 1] - sf.VerbBefore[s0]) : 9;
        ulong pb1 = s1 >= 0 && s0 >= 0 ? (ulong)Math.Min(2, sf.PunctBefore[s0 - 1] - sf.PunctBefore[s1]) : 9;
        ulong vb1 = s1 >= 0 && s0 >= 0 ? (ulong)Math.Min(2, sf.VerbBefore[s0 - 1] - sf.VerbBefore[s1]) : 9;
        f[i++] = FeatureHash.Combine3(96, s0t, b0t, pb * 4 + vb);
        f[i++] = FeatureHash.Combine3(97, s1t, s0t, pb1 * 4 + vb1);
        f[i++] = FeatureHash.Combine3(98, s0w, b0t, pb);
        f[i++] = FeatureHash.Combine3(99, s1t, s0w, pb1);
        if (f.Length < BaseCount + ClusterCount) return;
        ulong[] C = sf.Coarse, F = sf.Fine;
        ulong s0c = Val(C, s0), s1c = Val(C, s1), b0c = Val(C, b0), b1c = Val(C, b1);
        ulong s0f = Val(F, s0), s1f = Val(F, s1), b0f = Val(F, b0), b1f = Val(F, b1);
        f[i++] = FeatureHash.Combine3(100, s0f);
        f[i++] = FeatureHash.Combine3(101, b0f);
        f[i++] = FeatureHash.Combine3(102, s1f);
        f[i++] = FeatureHash.Combine3(103, b1f);
        f[i++] = FeatureHash.Combine3(104, s0c, b0c);
        f[i++] = FeatureHash.Combine3(105, s1c, s0c);
        f[i++] = FeatureHash.Combine3(106, s0f, b0t);
        f[i++] = FeatureHash.Combine3(107, s0t, b0f);
        f[i++] = FeatureHash.Combine3(108, s1f, s0t);
        f[i++] = FeatureHash.Combine3(109, s1t, s0f);
        f[i++] = FeatureHash.Combine3(110, s0c, b0c, b1c);
        f[i++] = FeatureHash.Combine3(111, b0f, b1t);
        if (f.Length < MaxCount) return;
        // Attachment set: b0's first left child is the function word of a phrase waiting to attach (the preposition
        // of a noun, the conjunction of a conjunct); paired with the words of the two candidate heads, s0 (shift,
        // then attach to s0) and s1 (reduce s0, then attach higher), it decides PP attachment and coordination;
        // universal-tag pairs, on tags the tagger gets right more often than Penn tags, back up the Penn-tag pairs.
        f[i++] = FeatureHash.Combine3(112, s0w, b0l1w);
        f[i++] = FeatureHash.Combine3(113, s0f, b0l1w, b0t);
        f[i++] = FeatureHash.Combine3(114, s1w, b0l1w);
        f[i++] = FeatureHash.Combine3(115, s1f, b0l1w, b0t);
        f[i++] = FeatureHash.Combine3(116, s0t, b0l1w, b0t);
        f[i++] = FeatureHash.Combine3(117, s1t, s0t, b0l1w);
        f[i++] = FeatureHash.Combine3(118, s0u, b0u, dist);
        f[i++] = FeatureHash.Combine3(119, s1u, s0u, dist1);
        f[i++] = FeatureHash.Combine3(120, s0w, b0u);
        f[i++] = FeatureHash.Combine3(121, s0u, b0w);
    }

    private static ulong Val(ulong[] values, int index) => index >= 0 ? values[index] : SentenceFeatures.Missing;

    private static ulong Lab(ArcHybridState st, int index) => index >= 0 ? (ulong)(st.Label[index] + 1) : 0x77;

    // Distances beyond a few words matter by order of magnitude only.
    private static int Bucket(int d) => d <= 5 ? d : d <= 10 ? 6 : d <= 20 ? 7 : 8;
}
