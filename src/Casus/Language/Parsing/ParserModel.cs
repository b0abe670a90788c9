using Casus.Language.Models;
using Casus.Language.Parsing.Neural;

namespace Casus.Language.Parsing;

/// <summary>
/// The trained weights of the dependency parser: two hashed tables of 16-bit weights (transitions; arc labels by
/// direction), the label names and, optionally, the word clusters its features read. Immutable and thread-safe once
/// built. Stored in the <see cref="ModelFile"/> container: sections "layout" (version), "labels", "actions" (bits,
/// sparse weights), "relations" (bits, row width, sparse weights) and "clusters" (a flag, then the table); weights
/// pruned or quantised to zero take no space. Files of the first layout (no "layout" and "clusters" sections) still load.
/// A model of the neural kind (layout 4, <see cref="IsNeural"/>) has no tables: sections "layout" (4, beam width 1),
/// "labels", "clusters" and "mlp" (the network: <see cref="MlpNetwork"/>).
/// </summary>
public sealed class ParserModel
{
    /// <summary>The component name in the model file header.</summary>
    public const string Component = "parser";
    /// <summary>Upper bound on table sizes accepted from a file, against corrupt or hostile headers.</summary>
    private const int MaxBits = 24;
    /// <summary>The newest payload layout this code reads. Layout 3 adds the attachment-feature flag; models without
    /// those features are still written in layout 2, so their bytes stay as they were.</summary>
    private const int Layout = 3;
    /// <summary>The layout of the neural kind.</summary>
    private const int NeuralLayout = 4;

    /// <summary>A model of the neural kind: a feed-forward transition classifier (<see cref="MlpNetwork"/>).</summary>
    internal ParserModel(IReadOnlyList<string> labels, MlpNetwork network, WordClusters? clusters)
        : this(labels, 1, new short[8], 0, 0, (Array.Empty<short>(), 0), clusters, 1, false)
    {
        Network = network;
        // Built at load, not on first use: the precomputed tables take a few tenths of a second, which belong to
        // loading (and to the model-loading threads), not to the first sentence.
        Scorer = new MlpScorer(network, RootLabel);
    }

    /// <summary>The network of a model of the neural kind, or null for the perceptron kind.</summary>
    internal MlpNetwork? Network { get; }

    /// <summary>True for a model of the neural kind (feed-forward network; greedy decoding only).</summary>
    public bool IsNeural => Network != null;

    /// <summary>The run-time scorer of the neural kind, or null.</summary>
    internal MlpScorer? Scorer { get; }

    /// <summary>The vocabulary the network reads, or null for the perceptron kind.</summary>
    internal MlpVocabulary? Vocabulary => Network?.Vocabulary;

    internal ParserModel(IReadOnlyList<string> labels, int actionBits, short[] actionWeights, int labelBits, int labelWidth, short[] labelWeights, WordClusters? clusters = null, int beamWidth = 1, bool attachment = false)
        : this(labels, actionBits, actionWeights, labelBits, labelWidth, Aligned(labelWeights), clusters, beamWidth, attachment)
    {
    }

    // The relation weights already in an aligned table (as Load reads them, without a second copy of 32 MiB).
    private ParserModel(IReadOnlyList<string> labels, int actionBits, short[] actionWeights, int labelBits, int labelWidth, (short[] Table, int Base) aligned, WordClusters? clusters, int beamWidth, bool attachment)
    {
        if (attachment && clusters == null) throw new ArgumentException("the attachment features need word clusters", nameof(attachment));
        BeamWidth = beamWidth;
        Clusters = clusters;
        AttachmentFeatures = attachment;
        FeatureCount = FeatureExtractor.CountFor(clusters != null, attachment);
        Labels = labels;
        ActionBits = actionBits;
        ActionWeights = actionWeights;
        LabelBits = labelBits;
        LabelWidth = labelWidth;
        (LabelTable, LabelBase) = aligned;
        RootLabel = -1;
        for (int i = 0; i < labels.Count; i++) if (labels[i] == "root") RootLabel = i;
    }

    /// <summary>Dependency relation names (Universal Dependencies, with subtypes such as <c>nsubj:pass</c>).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Index of the <c>root</c> relation in <see cref="Labels"/>, or -1 when the model has none.</summary>
    public int RootLabel { get; }

    /// <summary>The beam width the model was trained with (1: greedy), which <see cref="DependencyParser"/> decodes with
    /// by default.</summary>
    public int BeamWidth { get; }

    /// <summary>The word clusters the cluster features read, or null for a model without them.</summary>
    public WordClusters? Clusters { get; }

    /// <summary>Whether the model reads the attachment features (<see cref="FeatureExtractor.AttachmentCount"/> templates
    /// pairing candidate heads with the function word of the phrase in the buffer).</summary>
    public bool AttachmentFeatures { get; }

    /// <summary>Features per transition.</summary>
    internal int FeatureCount { get; }
    internal int ActionBits { get; }
    internal short[] ActionWeights { get; }
    internal int LabelBits { get; }
    internal int LabelWidth { get; }
    /// <summary>The relation weights, row by row (<see cref="LabelWidth"/> per row): a view of <see cref="LabelTable"/>.</summary>
    internal ReadOnlySpan<short> LabelWeights => LabelTable.AsSpan(LabelBase, (1 << LabelBits) * LabelWidth);
    /// <summary>The relation weights from element <see cref="LabelBase"/> on, which lies on a 64-byte boundary, so a row
    /// of 64 weights fills exactly two cache lines instead of straddling three.</summary>
    internal short[] LabelTable { get; }
    /// <summary>Where the relation weights start in <see cref="LabelTable"/>.</summary>
    internal int LabelBase { get; }

    // A copy of the weights in a pinned array (it never moves, so its alignment holds), starting at a cache-line boundary.
    private static (short[] Table, int Base) Aligned(short[] weights)
    {
        var aligned = AlignedTable(weights.Length);
        weights.CopyTo(aligned.Table, aligned.Base);
        return aligned;
    }

    // A zeroed pinned array with room for `length` weights from a 64-byte boundary on.
    private static (short[] Table, int Base) AlignedTable(int length)
    {
        const int Line = 64;
        var table = GC.AllocateArray<short>(length + Line / sizeof(short), pinned: true);
        long address = System.Runtime.InteropServices.Marshal.UnsafeAddrOfPinnedArrayElement(table, 0);
        int first = (int)((Line - (address & (Line - 1))) & (Line - 1)) / sizeof(short);
        return (table, first);
    }

    /// <summary>Number of weights that are not zero (a measure of what the model learned and of its size).</summary>
    public long NonZeroWeights
    {
        get
        {
            long n = 0;
            foreach (var w in ActionWeights) if (w != 0) n++;
            foreach (var w in LabelWeights) if (w != 0) n++;
            return n;
        }
    }

    /// <summary>Quantises averaged float weights to 16 bits (one scale per table; only ratios within a table matter).</summary>
    internal static ParserModel FromFloats(IReadOnlyList<string> labels, int actionBits, float[] action, int labelBits, int labelWidth, float[] label, float pruneBelow, int pruneQuantizedBelow, WordClusters? clusters, int beamWidth, bool attachment = false)
        => new(labels, actionBits, Quantise(action, pruneBelow, pruneQuantizedBelow), labelBits, labelWidth, Quantise(label, pruneBelow, pruneQuantizedBelow), clusters, beamWidth, attachment);

    private static short[] Quantise(float[] weights, float pruneBelow, int pruneQuantizedBelow)
    {
        float max = 0;
        foreach (float w in weights) max = Math.Max(max, Math.Abs(w));
        var q = new short[weights.Length];
        if (max == 0) return q;
        float scale = 32000f / max;
        for (int i = 0; i < q.Length; i++)
        {
            float w = weights[i];
            short v = Math.Abs(w) < pruneBelow ? (short)0 : (short)Math.Round(w * scale);
            // Pruned after quantising, so a saved model can be pruned again to the same result.
            q[i] = Math.Abs((int)v) < pruneQuantizedBelow ? (short)0 : v;
        }
        return q;
    }

    /// <summary>Writes the model in the <see cref="ModelFile"/> container (component "parser"); the same model always
    /// gives the same bytes.</summary>
    public void Save(Stream stream) => ModelFile.Write(stream, Component, w =>
    {
        if (Network is { } network)
        {
            w.Section("layout");
            w.Write(NeuralLayout);
            w.Write(1);
            w.Section("labels");
            w.Write(Labels);
            w.Section("clusters");
            w.Write(Clusters is null ? 0 : 1);
            Clusters?.Write(w);
            network.Write(w);
            return;
        }
        w.Section("layout");
        w.Write(AttachmentFeatures ? 3 : 2);
        w.Write(BeamWidth);
        if (AttachmentFeatures) w.Write(1);
        w.Section("labels");
        w.Write(Labels);
        w.Section("actions");
        w.Write(ActionBits);
        w.WriteSparse(ActionWeights);
        w.Section("relations");
        w.Write(LabelBits);
        w.Write(LabelWidth);
        w.WriteSparse(LabelWeights);
        w.Section("clusters");
        w.Write(Clusters is null ? 0 : 1);
        Clusters?.Write(w);
    });

    /// <summary>Reads a model written by <see cref="Save"/>. Never throws on bad data: a failed result carries the reason.</summary>
    public static ModelLoadResult<ParserModel> Load(Stream stream) => ModelFile.Read(stream, Component, Load);

    /// <summary>Reads the payload; throws <see cref="InvalidDataException"/>, which <see cref="ModelFile"/> turns into a failed result.</summary>
    internal static ParserModel Load(ModelReader r)
    {
        // Layout 1 began with the labels; later layouts announce themselves.
        var first = r.ReadString();
        int layout = 1, beamWidth = 1;
        bool attachment = false;
        if (first == "layout")
        {
            layout = r.ReadInt32();
            if (layout == NeuralLayout) return LoadNeural(r);
            if (layout is < 2 or > Layout) throw new InvalidDataException($"parser layout {layout} is not supported (expected 1 to {Layout})");
            beamWidth = r.ReadInt32();
            if (beamWidth is < 1 or > ParserTrainingOptions.MaxBeamWidth) throw new InvalidDataException($"beam width {beamWidth} out of range");
            if (layout >= 3)
            {
                int flag = r.ReadInt32();
                if (flag is < 0 or > 1) throw new InvalidDataException($"attachment-feature flag {flag} is neither 0 nor 1");
                attachment = flag == 1;
            }
            r.Section("labels");
        }
        else if (first != "labels") throw new InvalidDataException($"expected section 'layout' or 'labels', found '{first}'");
        var labels = r.ReadStrings();
        if (labels.Length is < 1 or > 1024) throw new InvalidDataException($"label count {labels.Length} is out of range");
        r.Section("actions");
        int actionBits = r.ReadInt32();
        if (actionBits is < 1 or > MaxBits) throw new InvalidDataException($"transition table bits {actionBits} out of range");
        var action = r.ReadSparse();
        if (action.Length != (1 << actionBits) * 4) throw new InvalidDataException($"transition table has {action.Length} weights, expected {(1 << actionBits) * 4}");
        r.Section("relations");
        int labelBits = r.ReadInt32(), labelWidth = r.ReadInt32();
        if (labelBits is < 1 or > MaxBits) throw new InvalidDataException($"relation table bits {labelBits} out of range");
        if (labelWidth < labels.Length || labelWidth > 2048 || labelWidth % System.Numerics.Vector<short>.Count != 0)
            throw new InvalidDataException($"relation row width {labelWidth} does not fit {labels.Length} labels");
        int labelLength = r.PeekSparseLength();
        if (labelLength != (1 << labelBits) * labelWidth) throw new InvalidDataException($"relation table has {labelLength} weights, expected {(1 << labelBits) * labelWidth}");
        var label = AlignedTable(labelLength);
        r.ReadSparse(label.Table.AsSpan(label.Base, labelLength));
        WordClusters? clusters = null;
        if (layout >= 2)
        {
            r.Section("clusters");
            int present = r.ReadInt32();
            if (present is < 0 or > 1) throw new InvalidDataException($"clusters flag {present} is neither 0 nor 1");
            if (present == 1) clusters = WordClusters.Read(r);
        }
        if (attachment && clusters == null) throw new InvalidDataException("the model reads attachment features but has no word clusters");
        return new ParserModel(labels, actionBits, action, labelBits, labelWidth, label, clusters, beamWidth, attachment);
    }

    // The payload of the neural kind after its layout number.
    private static ParserModel LoadNeural(ModelReader r)
    {
        int beamWidth = r.ReadInt32();
        if (beamWidth != 1) throw new InvalidDataException($"beam width {beamWidth}: the neural parser decodes greedily");
        r.Section("labels");
        var labels = r.ReadStrings();
        if (labels.Length is < 1 or > 1024) throw new InvalidDataException($"label count {labels.Length} is out of range");
        // The clusters come before the network here: its vocabulary reads them.
        r.Section("clusters");
        int present = r.ReadInt32();
        if (present is < 0 or > 1) throw new InvalidDataException($"clusters flag {present} is neither 0 nor 1");
        var clusters = present == 1 ? WordClusters.Read(r) : null;
        return new ParserModel(labels, MlpNetwork.Read(r, labels.Length, clusters), clusters);
    }
}
