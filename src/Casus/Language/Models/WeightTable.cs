namespace Casus.Language.Models;

/// <summary>
/// The weights of a trained linear classifier over hashed features, quantised to 16 bits: row <c>b</c> holds one
/// weight per class for every feature hashed to bucket <c>b</c>. Immutable and thread-safe.
/// </summary>
/// <remarks>Rows are kept sparse in memory (class, weight pairs per row): most features only ever moved a few
/// classes, and a dense table of tens of megabytes would make every lookup a cache miss.</remarks>
public sealed class WeightTable
{
    private readonly int[] _rowStart;
    private readonly byte[] _class;
    private readonly short[] _value;
    // Class (high 16 bits) and weight (low 16 bits) of each entry in one int, so scoring a row touches one array.
    private readonly int[] _entries;

    /// <summary>Creates a table from quantised weights laid out row by row (<c>weights[bucket * classes + class]</c>).</summary>
    public WeightTable(int bucketBits, int classes, short[] weights)
    {
        if (bucketBits is < 1 or > 26) throw new ArgumentOutOfRangeException(nameof(bucketBits));
        if (classes is < 1 or > 256) throw new ArgumentOutOfRangeException(nameof(classes), "1 to 256 classes");
        if (weights.Length != (1 << bucketBits) * classes) throw new ArgumentException("weights do not match buckets × classes", nameof(weights));
        BucketBits = bucketBits;
        Classes = classes;
        int rows = 1 << bucketBits, nonZero = 0;
        foreach (var w in weights) if (w != 0) nonZero++;
        _rowStart = new int[rows + 1];
        _class = new byte[nonZero];
        _value = new short[nonZero];
        int j = 0;
        for (int r = 0; r < rows; r++)
        {
            _rowStart[r] = j;
            int offset = r * classes;
            for (int c = 0; c < classes; c++)
            {
                short w = weights[offset + c];
                if (w == 0) continue;
                _class[j] = (byte)c;
                _value[j] = w;
                j++;
            }
        }
        _rowStart[rows] = j;
        _entries = Pack(_class, _value);
    }

    private static int[] Pack(byte[] classes, short[] values)
    {
        var entries = new int[values.Length];
        for (int j = 0; j < entries.Length; j++) entries[j] = classes[j] << 16 | (ushort)values[j];
        return entries;
    }

    private WeightTable(int bucketBits, int classes, int[] positions, short[] values)
    {
        BucketBits = bucketBits;
        Classes = classes;
        int rows = 1 << bucketBits;
        _rowStart = new int[rows + 1];
        _class = new byte[values.Length];
        _value = values;
        int row = 0;
        for (int j = 0; j < positions.Length; j++)
        {
            int r = positions[j] / classes;
            while (row <= r) _rowStart[row++] = j;
            _class[j] = (byte)(positions[j] - r * classes);
        }
        while (row <= rows) _rowStart[row++] = positions.Length;
        _entries = Pack(_class, _value);
    }

    /// <summary>Rounds a class count up to a whole number of SIMD vectors of 16-bit weights (at least 32), the row
    /// width of dense tables that are summed with vector instructions.</summary>
    public static int PaddedWidth(int classes)
    {
        int v = Math.Max(System.Numerics.Vector<short>.Count, 32);
        return (classes + v - 1) / v * v;
    }

    /// <summary>log2 of the number of rows.</summary>
    public int BucketBits { get; }
    /// <summary>Number of classes (columns).</summary>
    public int Classes { get; }
    /// <summary>Number of non-zero weights.</summary>
    public int NonZero => _value.Length;

    /// <summary>Adds the rows of <paramref name="buckets"/> into <paramref name="scores"/> (which the caller clears).</summary>
    public void Score(ReadOnlySpan<int> buckets, Span<int> scores)
    {
        var rowStart = _rowStart;
        var entries = _entries;
        scores = scores[..Classes];
        // Rows lie scattered over megabytes, so nearly every row is a cache miss. Reading all row bounds first
        // (independent loads the CPU overlaps) and only then the rows takes less time than one row after the other.
        Span<int> bounds = stackalloc int[2 * Math.Min(buckets.Length, 128)];
        for (int start = 0; start < buckets.Length; start += 128)
        {
            var part = buckets.Slice(start, Math.Min(128, buckets.Length - start));
            for (int k = 0; k < part.Length; k++)
            {
                int b = part[k];
                bounds[2 * k] = rowStart[b];
                bounds[2 * k + 1] = rowStart[b + 1];
            }
            for (int k = 0; k < part.Length; k++)
            {
                int end = bounds[2 * k + 1];
                for (int j = bounds[2 * k]; j < end; j++)
                {
                    int e = entries[j];
                    scores[e >>> 16] += (short)e;
                }
            }
        }
    }

    private short[] Dense()
    {
        var dense = new short[(1 << BucketBits) * Classes];
        for (int r = 0; r < (1 << BucketBits); r++)
            for (int j = _rowStart[r]; j < _rowStart[r + 1]; j++) dense[r * Classes + _class[j]] = _value[j];
        return dense;
    }

    /// <summary>Writes the table.</summary>
    public void Write(ModelWriter w)
    {
        w.Section("weights");
        w.Write(BucketBits);
        w.Write(Classes);
        w.WriteSparse(Dense());
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static WeightTable Read(ModelReader r)
    {
        r.Section("weights");
        int bits = r.ReadInt32();
        int classes = r.ReadInt32();
        if (bits is < 1 or > 26 || classes is < 1 or > 256) throw new InvalidDataException($"implausible weight table 2^{bits} × {classes}");
        var (length, positions, values) = r.ReadSparseEntries();
        if (length != (1 << bits) * classes)
            throw new InvalidDataException($"weight table of {length} entries does not match 2^{bits} × {classes}");
        return new WeightTable(bits, classes, positions, values);
    }
}
