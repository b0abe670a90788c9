using Casus.Language.Models;

namespace Casus.Language.Parsing.Neural;

/// <summary>
/// The weights of the feed-forward transition classifier: one embedding table per input kind (words, tags, clusters,
/// relations, configuration shape), a ReLU hidden layer and a softmax layer over the labelled transitions (shift; left-arc and right-arc
/// with each relation). The first layer is stored slot by slot, one row of <see cref="Hidden"/> weights per embedding
/// dimension, so the hidden layer is a sum of rows scaled by the slots' embeddings (and, at run time, a sum of
/// precomputed rows: <see cref="MlpScorer"/>). Plain arrays: the trainer updates them in place.
/// </summary>
internal sealed class MlpNetwork
{
    /// <summary>Upper bounds accepted from a file, against corrupt headers.</summary>
    private const int MaxDim = 512, MaxRows = 4_000_000, MaxHidden = 4096;

    /// <summary>Creates a zeroed network of the given shape (<see cref="Initialise"/> draws its starting weights).</summary>
    public MlpNetwork(MlpVocabulary vocabulary, int[] dims, int hidden, int labels)
    {
        if (dims.Length != MlpSlots.Tables) throw new ArgumentException("one width per embedding table", nameof(dims));
        Vocabulary = vocabulary;
        Dims = dims;
        Hidden = hidden;
        Labels = labels;
        Outputs = 1 + 2 * labels;
        Rows = [MlpSlots.FirstKnown + vocabulary.Words.Length, MlpSlots.FirstKnown + vocabulary.Tags.Length, vocabulary.ClusterIds, 1 + labels, MlpSlots.ShapeIds];
        Embeddings = new float[MlpSlots.Tables][];
        for (int t = 0; t < MlpSlots.Tables; t++) Embeddings[t] = new float[Rows[t] * dims[t]];
        SlotOffset = new int[MlpSlots.Count + 1];
        for (int k = 0; k < MlpSlots.Count; k++) SlotOffset[k + 1] = SlotOffset[k] + dims[MlpSlots.All[k].Table];
        InputRows = SlotOffset[MlpSlots.Count];
        W1 = new float[InputRows * hidden];
        B1 = new float[hidden];
        W2 = new float[Outputs * hidden];
        B2 = new float[Outputs];
    }

    public MlpVocabulary Vocabulary { get; }
    /// <summary>Embedding width per table.</summary>
    public int[] Dims { get; }
    /// <summary>Embedding rows per table.</summary>
    public int[] Rows { get; }
    public int Hidden { get; }
    /// <summary>Relations (the model's label list).</summary>
    public int Labels { get; }
    /// <summary>1 + 2 × <see cref="Labels"/>: output 0 shifts, 1 + l attaches leftwards with relation l, 1 + L + l rightwards.</summary>
    public int Outputs { get; }
    /// <summary>Embeddings by table, row-major (row r at <c>r × Dims[t]</c>).</summary>
    public float[][] Embeddings { get; }
    /// <summary>Where each slot's block of first-layer rows starts (one more entry: the total).</summary>
    public int[] SlotOffset { get; }
    /// <summary>Rows of the first layer (the concatenated embedding width).</summary>
    public int InputRows { get; }
    public float[] W1 { get; }
    public float[] B1 { get; }
    /// <summary>Output layer, one row of <see cref="Hidden"/> weights per output.</summary>
    public float[] W2 { get; }
    public float[] B2 { get; }

    /// <summary>Weight count (a measure of size).</summary>
    public long Parameters => Embeddings.Sum(e => (long)e.Length) + W1.Length + B1.Length + W2.Length + B2.Length;

    /// <summary>Draws starting weights: embeddings uniform in ±0.1, layers Glorot-uniform, output biases zero.</summary>
    /// <remarks>Small embeddings learn fast under Adam, whose steps do not depend on the weights' scale: with a
    /// variance of 1, a rare word's row barely moved from its random start in two epochs (EWT dev UAS 81.5).</remarks>
    public void Initialise(Random rng)
    {
        const float e = 0.1f;
        foreach (var table in Embeddings) Fill(table, e, rng);
        Fill(W1, MathF.Sqrt(6f / (InputRows + Hidden)), rng);
        Fill(W2, MathF.Sqrt(6f / (Hidden + Outputs)), rng);
        // A small positive bias keeps ReLUs alive at the start.
        Array.Fill(B1, 0.01f);
    }

    private static void Fill(float[] a, float range, Random rng)
    {
        for (int i = 0; i < a.Length; i++) a[i] = (float)((rng.NextDouble() * 2 - 1) * range);
    }

    /// <summary>Writes section "mlp": shape, vocabulary, weights (float32).</summary>
    public void Write(ModelWriter w)
    {
        w.Section("mlp");
        w.Write(Dims);
        w.Write(Hidden);
        w.Write(Labels);
        w.Write(Vocabulary.Words);
        w.Write(Vocabulary.Tags);
        foreach (var table in Embeddings) WriteFloats(w, table);
        WriteFloats(w, W1);
        WriteFloats(w, B1);
        WriteFloats(w, W2);
        WriteFloats(w, B2);
    }

    private static void WriteFloats(ModelWriter w, float[] values)
    {
        w.Write(values.Length);
        foreach (float v in values) w.Write(v);
    }

    /// <summary>Reads a network written by <see cref="Write"/> with <paramref name="labels"/> relations; throws
    /// <see cref="InvalidDataException"/> on bad data.</summary>
    public static MlpNetwork Read(ModelReader r, int labels, WordClusters? clusters)
    {
        r.Section("mlp");
        var dims = r.ReadInts();
        if (dims.Length != MlpSlots.Tables || dims.Any(d => d is < 1 or > MaxDim)) throw new InvalidDataException("embedding widths out of range");
        int hidden = r.ReadInt32();
        if (hidden is < 1 or > MaxHidden) throw new InvalidDataException($"hidden width {hidden} out of range");
        int fileLabels = r.ReadInt32();
        if (fileLabels != labels) throw new InvalidDataException($"the network has {fileLabels} relations, the model {labels}");
        var words = r.ReadStrings();
        var tags = r.ReadStrings();
        if (words.Length > MaxRows || tags.Length > MaxRows) throw new InvalidDataException("vocabulary too large");
        var net = new MlpNetwork(new MlpVocabulary(words, tags, clusters), dims, hidden, labels);
        foreach (var table in net.Embeddings) ReadFloats(r, table);
        ReadFloats(r, net.W1);
        ReadFloats(r, net.B1);
        ReadFloats(r, net.W2);
        ReadFloats(r, net.B2);
        return net;
    }

    private static void ReadFloats(ModelReader r, float[] into)
    {
        int n = r.ReadInt32();
        if (n != into.Length) throw new InvalidDataException($"weight array has {n} values, expected {into.Length}");
        for (int i = 0; i < n; i++)
        {
            float v = r.ReadSingle();
            if (!float.IsFinite(v)) throw new InvalidDataException("weight is not a finite number");
            into[i] = v;
        }
    }
}
