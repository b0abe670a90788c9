namespace Casus.Language.Parsing;

/// <summary>
/// Scratch buffers for parsing one sentence at a time: the transition state, per-word feature hashes, the feature
/// vector, table rows and scores. One workspace serves any number of sentences on one thread, so the transition
/// loop allocates nothing. Not thread-safe: use one per thread.
/// </summary>
public sealed class ParserWorkspace
{
    internal readonly ArcHybridState State = new();
    internal readonly SentenceFeatures Sentence = new();
    internal readonly ulong[] Features = new ulong[FeatureExtractor.MaxCount];
    internal readonly int[] Rows = new int[FeatureExtractor.MaxCount];
    internal int[] LabelScores = Array.Empty<int>();
}
