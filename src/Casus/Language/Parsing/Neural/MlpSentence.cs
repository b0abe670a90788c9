namespace Casus.Language.Parsing.Neural;

/// <summary>The word, tag and cluster ids of one sentence's words (1-based; index 0 unused), filled once per sentence
/// by <see cref="MlpVocabulary"/> and read at every transition. Buffers are reused.</summary>
internal sealed class MlpSentence
{
    public int[] Word = Array.Empty<int>();
    public int[] Tag = Array.Empty<int>();
    public int[] Cluster = Array.Empty<int>();

    /// <summary>Grows the buffers to hold <paramref name="n"/> words.</summary>
    public void Reset(int n)
    {
        if (Word.Length >= n + 1) return;
        int size = Math.Max(n + 1, Word.Length * 2);
        Word = new int[size]; Tag = new int[size]; Cluster = new int[size];
    }
}
