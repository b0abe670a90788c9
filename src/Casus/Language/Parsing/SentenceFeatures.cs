using Casus.Language.Models;
using Casus.Language.Parsing.Neural;

namespace Casus.Language.Parsing;

/// <summary>
/// Per-word attribute hashes of one sentence (word, tag, universal tag, suffix, word clusters), index 0 being the
/// artificial root. Filled once per sentence, then read by <see cref="FeatureExtractor"/> at every transition.
/// Buffers are reused.
/// </summary>
internal sealed class SentenceFeatures
{
    /// <summary>Value of an attribute of a missing position (empty stack, no child).</summary>
    public const ulong Missing = 0x5A5A5A5A5A5A5A5AUL;
    private const ulong RootValue = 0x3C3C3C3C3C3C3C3CUL;
    // Longer words are never in the cluster table; they skip the lookup (and its lower-casing buffer).
    private const int MaxClusterWord = 64;

    public ulong[] Word = Array.Empty<ulong>();
    public ulong[] Tag = Array.Empty<ulong>();
    public ulong[] Upos = Array.Empty<ulong>();
    public ulong[] Suffix = Array.Empty<ulong>();
    /// <summary>Coarse word cluster (hashed; unknown words share one value).</summary>
    public ulong[] Coarse = Array.Empty<ulong>();
    /// <summary>Fine word cluster.</summary>
    public ulong[] Fine = Array.Empty<ulong>();
    /// <summary>Punctuation words among 1..i (prefix counts, so "punctuation between" is one subtraction).</summary>
    public int[] PunctBefore = Array.Empty<int>();
    /// <summary>Verbs among 1..i.</summary>
    public int[] VerbBefore = Array.Empty<int>();
    public int Length;
    private WordClusters? _clusters;
    private MlpVocabulary? _vocabulary;
    /// <summary>The words' embedding ids for a parser of the neural kind (filled only when it has a vocabulary).</summary>
    public readonly MlpSentence Mlp = new();

    /// <summary>Prepares for <paramref name="n"/> words; <paramref name="clusters"/> (null: none) fills
    /// <see cref="Coarse"/> and <see cref="Fine"/>. With <paramref name="vocabulary"/> (a neural parser's), words get
    /// their embedding ids in <see cref="Mlp"/> instead of hashes.</summary>
    public void Reset(int n, WordClusters? clusters = null, MlpVocabulary? vocabulary = null)
    {
        _vocabulary = vocabulary;
        if (vocabulary != null) { Length = n; Mlp.Reset(n); return; }
        if (Word.Length < n + 1)
        {
            int size = Math.Max(n + 1, Word.Length * 2);
            Word = new ulong[size]; Tag = new ulong[size]; Upos = new ulong[size]; Suffix = new ulong[size];
            Coarse = new ulong[size]; Fine = new ulong[size];
            PunctBefore = new int[size]; VerbBefore = new int[size];
        }
        Length = n;
        _clusters = clusters;
        Word[0] = RootValue; Tag[0] = RootValue; Upos[0] = RootValue; Suffix[0] = RootValue;
        Coarse[0] = RootValue; Fine[0] = RootValue;
        PunctBefore[0] = 0; VerbBefore[0] = 0;
    }

    /// <summary>Sets word <paramref name="i"/> (1-based); words must be set in order 1..n. Without an XPOS tag the
    /// universal tag stands in for it.</summary>
    public void Set(int i, ReadOnlySpan<char> form, ReadOnlySpan<char> xpos, Casus.Document.Upos upos)
    {
        if (_vocabulary != null) { _vocabulary.Set(Mlp, i, form, xpos, upos); return; }
        Word[i] = FeatureHash.Word(form);
        ulong u = FeatureHash.Finish(0x1000UL + (ulong)upos);
        Upos[i] = u;
        Suffix[i] = FeatureHash.Word(form.Length > 3 ? form[^3..] : form) ^ 0x5555UL;
        PunctBefore[i] = PunctBefore[i - 1] + (upos == Casus.Document.Upos.PUNCT ? 1 : 0);
        VerbBefore[i] = VerbBefore[i - 1] + (upos == Casus.Document.Upos.VERB ? 1 : 0);
        Tag[i] = xpos.Length == 0 || (xpos.Length == 1 && xpos[0] == '_') ? u : FeatureHash.Tag(xpos);
        if (_clusters is { } clusters)
        {
            int coarse = 0, fine = 0;
            if (form.Length <= MaxClusterWord)
            {
                Span<char> lower = stackalloc char[MaxClusterWord];
                int len = form.ToLowerInvariant(lower);
                (coarse, fine) = clusters.Lookup(lower[..len]);
            }
            Coarse[i] = FeatureHash.Finish(0x2000UL + (ulong)coarse);
            Fine[i] = FeatureHash.Finish(0x4000UL + (ulong)fine);
        }
    }
}
