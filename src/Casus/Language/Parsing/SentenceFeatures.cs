using Casus.Document;

namespace Casus.Language.Parsing;

/// <summary>
/// Per-word attribute hashes of one sentence (word, tag, universal tag), index 0 being the artificial root.
/// Filled once per sentence, then read by <see cref="FeatureExtractor"/> at every transition. Buffers are reused.
/// </summary>
internal sealed class SentenceFeatures
{
    /// <summary>Value of an attribute of a missing position (empty stack, no child).</summary>
    public const ulong Missing = 0x5A5A5A5A5A5A5A5AUL;
    private const ulong RootValue = 0x3C3C3C3C3C3C3C3CUL;

    public ulong[] Word = Array.Empty<ulong>();
    public ulong[] Tag = Array.Empty<ulong>();
    public ulong[] Upos = Array.Empty<ulong>();
    public ulong[] Suffix = Array.Empty<ulong>();
    /// <summary>Punctuation words among 1..i (prefix counts, so "punctuation between" is one subtraction).</summary>
    public int[] PunctBefore = Array.Empty<int>();
    /// <summary>Verbs among 1..i.</summary>
    public int[] VerbBefore = Array.Empty<int>();
    public int Length;

    /// <summary>Prepares for <paramref name="n"/> words.</summary>
    public void Reset(int n)
    {
        if (Word.Length < n + 1)
        {
            int size = Math.Max(n + 1, Word.Length * 2);
            Word = new ulong[size]; Tag = new ulong[size]; Upos = new ulong[size]; Suffix = new ulong[size];
            PunctBefore = new int[size]; VerbBefore = new int[size];
        }
        Length = n;
        Word[0] = RootValue; Tag[0] = RootValue; Upos[0] = RootValue; Suffix[0] = RootValue;
        PunctBefore[0] = 0; VerbBefore[0] = 0;
    }

    /// <summary>Sets word <paramref name="i"/> (1-based); words must be set in order 1..n. Without an XPOS tag the
    /// universal tag stands in for it.</summary>
    public void Set(int i, ReadOnlySpan<char> form, ReadOnlySpan<char> xpos, Casus.Document.Upos upos)
    {
        Word[i] = FeatureHash.Word(form);
        ulong u = FeatureHash.Finish(0x1000UL + (ulong)upos);
        Upos[i] = u;
        Suffix[i] = FeatureHash.Word(form.Length > 3 ? form[^3..] : form) ^ 0x5555UL;
        PunctBefore[i] = PunctBefore[i - 1] + (upos == Casus.Document.Upos.PUNCT ? 1 : 0);
        VerbBefore[i] = VerbBefore[i - 1] + (upos == Casus.Document.Upos.VERB ? 1 : 0);
        Tag[i] = xpos.Length == 0 || (xpos.Length == 1 && xpos[0] == '_') ? u : FeatureHash.Tag(xpos);
    }
}
