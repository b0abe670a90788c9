namespace Casus.Language.Parsing;

/// <summary>
/// Scratch buffers for parsing one sentence at a time: the transition state, per-word feature hashes, the feature
/// vector, table rows and scores, and for beam search the beam's states and their features. One workspace serves any
/// number of sentences on one thread, so the transition loop allocates nothing (after the first sentences have grown
/// the buffers). Not thread-safe: use one per thread.
/// </summary>
public sealed class ParserWorkspace
{
    internal readonly ArcHybridState State = new();
    internal readonly SentenceFeatures Sentence = new();
    internal readonly ulong[] Features = new ulong[FeatureExtractor.MaxCount];
    internal readonly int[] Rows = new int[FeatureExtractor.MaxCount];
    internal int[] LabelScores = Array.Empty<int>();
    /// <summary>The sentence's hyphenated codes ("COVID-19"), parsed as one word each.</summary>
    internal readonly HyphenatedCodes Codes = new();
    /// <summary>The neural parser's positions' tokens, slot ids and hidden layer (<see cref="Neural.MlpScorer"/>).</summary>
    internal readonly int[] MlpTokens = new int[Neural.MlpSlots.Positions];
    internal readonly int[] MlpIds = new int[Neural.MlpSlots.Count];
    internal float[] MlpHidden = Array.Empty<float>();
    internal float[] MlpScores = Array.Empty<float>();
    /// <summary>Rare words' first-layer products, per sentence word and word slot, and which of them are computed.</summary>
    internal short[] MlpWordCache = Array.Empty<short>();
    internal int[] MlpAccumulator = Array.Empty<int>();
    internal float[] MlpProduct = Array.Empty<float>();
    internal bool[] MlpWordCached = Array.Empty<bool>();
    /// <summary>The rows the hidden layer and the scores sum (array, offset, scale), gathered per transition.</summary>
    internal readonly short[][] MlpRowArrays = new short[Neural.MlpSlots.Count][];
    internal readonly int[] MlpRowOffsets = new int[Neural.MlpSlots.Count];
    internal float[][] MlpUnitArrays = Array.Empty<float[]>();
    internal int[] MlpUnitOffsets = Array.Empty<int>();
    internal float[] MlpUnitScales = Array.Empty<float>();
    /// <summary>Row offsets of one slot's first-layer block (up to the widest embedding accepted).</summary>
    internal readonly int[] MlpBlockOffsets = new int[512];

    internal ArcHybridState[] Beam = Array.Empty<ArcHybridState>();
    internal ArcHybridState[] NextBeam = Array.Empty<ArcHybridState>();
    internal double[] BeamScores = Array.Empty<double>();
    internal double[] NextScores = Array.Empty<double>();
    /// <summary>The features of beam item i at <c>[i * MaxCount ..]</c>.</summary>
    internal ulong[] ItemFeatures = Array.Empty<ulong>();
    /// <summary>The transition-table offsets of beam item i's features at <c>[i * MaxCount ..]</c>.</summary>
    internal int[] ItemRows = Array.Empty<int>();
    /// <summary>The label-table rows of candidate j's arc at <c>[j * MaxCount ..]</c>.</summary>
    internal int[] CandidateLabelRows = Array.Empty<int>();
    /// <summary>The relation chosen for candidate j's arc (-1 for a shift).</summary>
    internal int[] CandidateLabels = Array.Empty<int>();
    /// <summary>How many of the step's candidates still extend beam item i (a state is moved, not copied, into its last one).</summary>
    internal int[] ParentUses = Array.Empty<int>();
    internal readonly BeamAgenda Agenda = new();
    /// <summary>Work done by beam decoding since the workspace was made: steps, beam items scored, arcs labelled
    /// (a measure of its cost that does not depend on how busy the machine is).</summary>
    internal long BeamSteps, BeamItemsScored, BeamLabelsScored;

    /// <summary>Grows the beam buffers to <paramref name="width"/> items.</summary>
    internal void EnsureBeam(int width)
    {
        if (Beam.Length >= width) return;
        Beam = new ArcHybridState[width];
        NextBeam = new ArcHybridState[width];
        for (int i = 0; i < width; i++) { Beam[i] = new ArcHybridState(); NextBeam[i] = new ArcHybridState(); }
        BeamScores = new double[width];
        NextScores = new double[width];
        ItemFeatures = new ulong[width * FeatureExtractor.MaxCount];
        ItemRows = new int[width * FeatureExtractor.MaxCount];
        CandidateLabelRows = new int[width * FeatureExtractor.MaxCount];
        CandidateLabels = new int[width];
        ParentUses = new int[width];
    }
}
