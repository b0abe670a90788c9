using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Casus.Language.Models;

/// <summary>
/// The weights of a trained linear classifier over hashed features, quantised to 16 bits: row <c>b</c> holds one
/// weight per class for every feature hashed to bucket <c>b</c>. Immutable and thread-safe.
/// </summary>
/// <remarks>Rows are kept sparse in memory (class, weight pairs per row): most features only ever moved a few
/// classes, and a dense table of tens of megabytes would make every lookup a cache miss. Tables of at most
/// <see cref="NarrowClasses"/> classes are laid out differently at load: a <see cref="RowIndex"/> bitmap says which
/// rows hold any weight, and only those rows are kept, each as one dense 16-byte row, so a feature costs at most a
/// bitmap probe and one cache line. The layout changes only memory, never a score.</remarks>
public sealed class WeightTable
{
    /// <summary>Most classes for which rows are kept dense (eight 16-bit weights, one aligned 16-byte row).</summary>
    private const int NarrowClasses = 8;

    private readonly int[] _rowStart;
    private readonly byte[] _class;
    private readonly short[] _value;
    // Class (high 16 bits) and weight (low 16 bits) of each entry in one int, so scoring a row touches one array.
    private readonly int[] _entries;
    // Narrow tables: which rows hold weights, and those rows (NarrowClasses weights each) in row order.
    private readonly RowIndex? _index;
    private readonly short[]? _narrow;

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
        (_index, _narrow) = Narrow(classes, _rowStart, _class, _value);
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
        (_index, _narrow) = Narrow(classes, _rowStart, _class, _value);
    }

    // The narrow layout of a sparse table, or nulls for a wide one.
    private static (RowIndex?, short[]?) Narrow(int classes, int[] rowStart, byte[] cls, short[] value)
    {
        if (classes > NarrowClasses) return (null, null);
        var index = new RowIndex(rowStart.Length - 1, r => rowStart[r + 1] > rowStart[r]);
        var rows = GC.AllocateUninitializedArray<short>(index.Count * NarrowClasses + NarrowClasses);
        Array.Clear(rows);
        int at = 0;
        for (int r = 0; r + 1 < rowStart.Length; r++)
        {
            if (rowStart[r + 1] == rowStart[r]) continue;
            for (int j = rowStart[r]; j < rowStart[r + 1]; j++) rows[at * NarrowClasses + cls[j]] = value[j];
            at++;
        }
        return (index, rows);
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
        if (_narrow != null) { ScoreNarrow(buckets, scores); return; }
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
            // Entries hold only classes below Classes (checked when the table was built) and scores is at least
            // that long, so the adds skip bounds checks: fewer instructions per entry, more rows in flight.
            ref int e0 = ref MemoryMarshal.GetArrayDataReference(entries);
            ref int s0 = ref MemoryMarshal.GetReference(scores);
            for (int k = 0; k < part.Length; k++)
            {
                int end = bounds[2 * k + 1];
                for (int j = bounds[2 * k]; j < end; j++)
                {
                    int e = System.Runtime.CompilerServices.Unsafe.Add(ref e0, j);
                    System.Runtime.CompilerServices.Unsafe.Add(ref s0, e >>> 16) += (short)e;
                }
            }
        }
    }

    // Narrow tables: look every row up in the bitmap first (independent probes of a cache-resident array), then add
    // the rows that exist with one widening vector add each. Integer sums, so the order cannot change a score.
    private void ScoreNarrow(ReadOnlySpan<int> buckets, Span<int> scores)
    {
        var index = _index!;
        ref short t0 = ref MemoryMarshal.GetArrayDataReference(_narrow!);
        Span<int> found = stackalloc int[Math.Min(buckets.Length, 128)];
        Vector128<int> lo = default, hi = default;
        for (int start = 0; start < buckets.Length; start += 128)
        {
            var part = buckets.Slice(start, Math.Min(128, buckets.Length - start));
            int m = 0;
            foreach (int b in part)
            {
                int at = index.Find(b);
                found[m] = at;
                m += at >= 0 ? 1 : 0;
            }
            for (int k = 0; k < m; k++)
            {
                var (l, h) = Vector128.Widen(Vector128.LoadUnsafe(ref t0, (nuint)found[k] * NarrowClasses));
                lo += l;
                hi += h;
            }
        }
        scores = scores[..Classes];
        for (int c = 0; c < scores.Length; c++) scores[c] += c < 4 ? lo.GetElement(c) : hi.GetElement(c - 4);
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
