using System.IO.Compression;
using System.Text;

namespace Casus.Language.Parsing;

/// <summary>
/// The trained weights of the dependency parser: two hashed tables of 16-bit weights (transitions; arc labels by
/// direction) and the label names. Immutable and thread-safe once built. The file format is a magic header and a
/// version followed by a zlib stream holding the table shapes, the labels and the non-zero rows of each table
/// (rows whose weights all quantise to zero are pruned: they cannot change a decision).
/// </summary>
public sealed class ParserModel
{
    private static readonly byte[] Magic = "CASUSDEP"u8.ToArray();
    private const int FormatVersion = 1;
    /// <summary>Upper bound on table sizes accepted from a file, against corrupt or hostile headers.</summary>
    private const int MaxBits = 24;
    /// <summary>Upper bound on the uncompressed payload accepted from a file.</summary>
    private const long MaxPayload = 1L << 30;

    internal ParserModel(IReadOnlyList<string> labels, int actionBits, short[] actionWeights, int labelBits, int labelWidth, short[] labelWeights)
    {
        Labels = labels;
        ActionBits = actionBits;
        ActionWeights = actionWeights;
        LabelBits = labelBits;
        LabelWidth = labelWidth;
        LabelWeights = labelWeights;
        RootLabel = -1;
        for (int i = 0; i < labels.Count; i++) if (labels[i] == "root") RootLabel = i;
    }

    /// <summary>Dependency relation names (Universal Dependencies, with subtypes such as <c>nsubj:pass</c>).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Index of the <c>root</c> relation in <see cref="Labels"/>, or -1 when the model has none.</summary>
    public int RootLabel { get; }

    internal int ActionBits { get; }
    internal short[] ActionWeights { get; }
    internal int LabelBits { get; }
    internal int LabelWidth { get; }
    internal short[] LabelWeights { get; }

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
    internal static ParserModel FromFloats(IReadOnlyList<string> labels, int actionBits, float[] action, int labelBits, int labelWidth, float[] label, float pruneBelow)
        => new(labels, actionBits, Quantise(action, pruneBelow), labelBits, labelWidth, Quantise(label, pruneBelow));

    private static short[] Quantise(float[] weights, float pruneBelow)
    {
        float max = 0;
        foreach (float w in weights) max = Math.Max(max, Math.Abs(w));
        var q = new short[weights.Length];
        if (max == 0) return q;
        float scale = 32000f / max;
        for (int i = 0; i < q.Length; i++)
        {
            float w = weights[i];
            q[i] = Math.Abs(w) < pruneBelow ? (short)0 : (short)Math.Round(w * scale);
        }
        return q;
    }

    /// <summary>Writes the model; the same model always gives the same bytes.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Magic);
        using var bw0 = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        bw0.Write(FormatVersion);
        bw0.Flush();
        // The payload is built in memory, then compressed in one go: far faster than many small compressed writes.
        var payload = new MemoryStream();
        using (var bw = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            bw.Write(Labels.Count);
            foreach (var l in Labels) bw.Write(l);
            bw.Write(ActionBits);
            WriteTable(bw, ActionWeights, 4);
            bw.Write(LabelBits);
            bw.Write(LabelWidth);
            WriteTable(bw, LabelWeights, LabelWidth);
        }
        bw0.Write(payload.Length);
        bw0.Flush();
        using var z = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        z.Write(payload.GetBuffer(), 0, (int)payload.Length);
    }

    private static void WriteTable(BinaryWriter bw, short[] table, int width)
    {
        int rows = table.Length / width, nonZero = 0;
        for (int r = 0; r < rows; r++) if (!RowIsZero(table, r, width)) nonZero++;
        bw.Write(nonZero);
        int last = -1;
        for (int r = 0; r < rows; r++)
        {
            if (RowIsZero(table, r, width)) continue;
            bw.Write7BitEncodedInt(r - last);
            last = r;
            for (int k = 0; k < width; k++) bw.Write(table[r * width + k]);
        }
    }

    private static bool RowIsZero(short[] table, int r, int width)
    {
        foreach (var w in table.AsSpan(r * width, width)) if (w != 0) return false;
        return true;
    }

    /// <summary>Reads a model written by <see cref="Save"/>. Never throws on bad data: returns false with a reason.</summary>
    public static bool TryLoad(Stream stream, out ParserModel? model, out string? error)
    {
        model = null;
        try
        {
            Span<byte> head = stackalloc byte[8];
            if (stream.ReadAtLeast(head, 8, throwOnEndOfStream: false) < 8 || !head.SequenceEqual(Magic))
            {
                error = "not a Casus parser model (bad magic)";
                return false;
            }
            using var br0 = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            int version = br0.ReadInt32();
            if (version != FormatVersion)
            {
                error = $"parser model format version {version} is not supported (expected {FormatVersion})";
                return false;
            }
            long size = br0.ReadInt64();
            if (size < 0 || size > MaxPayload) { error = $"payload size {size} is out of range"; return false; }
            var payload = new byte[size];
            using (var z = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true))
                z.ReadExactly(payload);
            using var br = new BinaryReader(new MemoryStream(payload, writable: false), Encoding.UTF8);
            int labelCount = br.ReadInt32();
            if (labelCount < 1 || labelCount > 1024) { error = $"label count {labelCount} is out of range"; return false; }
            var labels = new string[labelCount];
            for (int i = 0; i < labelCount; i++) labels[i] = br.ReadString();
            int actionBits = br.ReadInt32();
            if (actionBits < 1 || actionBits > MaxBits) { error = $"action table bits {actionBits} out of range"; return false; }
            var action = new short[(1 << actionBits) * 4];
            if (!ReadTable(br, action, 4, out error)) return false;
            int labelBits = br.ReadInt32(), labelWidth = br.ReadInt32();
            if (labelBits < 1 || labelBits > MaxBits) { error = $"label table bits {labelBits} out of range"; return false; }
            if (labelWidth < labelCount || labelWidth > 2048 || labelWidth % System.Numerics.Vector<short>.Count != 0)
            {
                error = $"label row width {labelWidth} does not fit {labelCount} labels";
                return false;
            }
            var label = new short[(1 << labelBits) * labelWidth];
            if (!ReadTable(br, label, labelWidth, out error)) return false;
            model = new ParserModel(labels, actionBits, action, labelBits, labelWidth, label);
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
        {
            error = "parser model is truncated or corrupt: " + e.Message;
            return false;
        }
    }

    private static bool ReadTable(BinaryReader br, short[] table, int width, out string? error)
    {
        int rows = table.Length / width;
        int count = br.ReadInt32();
        if (count < 0 || count > rows) { error = $"table row count {count} exceeds {rows}"; return false; }
        int r = -1;
        var buffer = new byte[width * 2];
        var source = br.BaseStream;
        for (int i = 0; i < count; i++)
        {
            r += br.Read7BitEncodedInt();
            if (r < 0 || r >= rows) { error = $"table row {r} is outside 0..{rows - 1}"; return false; }
            source.ReadExactly(buffer);
            for (int k = 0; k < width; k++) table[r * width + k] = (short)(buffer[2 * k] | (buffer[2 * k + 1] << 8));
        }
        error = null;
        return true;
    }

    /// <summary>Reads a model, throwing <see cref="InvalidDataException"/> with the reason when it is unusable.</summary>
    public static ParserModel Load(Stream stream)
        => TryLoad(stream, out var model, out var error) ? model! : throw new InvalidDataException(error);
}
