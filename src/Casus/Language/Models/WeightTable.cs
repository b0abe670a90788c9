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
/// bitmap probe and one cache line. Wider tables (the tagger's 116 classes) keep their sparse rows, but the rows
/// with many weights (the bias, suffix and shape features every token reads: a few thousand rows that carry most of
/// the entries a token sums) are also copied into dense rows that are added with vector instructions, one
/// instruction per 16 or 32 classes instead of one scatter-add per weight. The layout changes only memory, never a
/// score (integer sums, in any order).</remarks>
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
    // Wide tables: per row, its sparse bounds (start in the low 32 bits, end in the high), or for a row kept dense
    // the complement of its dense row number in the low bits; and the dense rows, DenseWidth weights each, from
    // element _denseBase on (a 64-byte boundary, so each 32-weight slice is one cache line).
    private readonly long[]? _wideRows;
    private readonly short[]? _dense;
    private readonly int _denseBase;
    private readonly int _denseWidth;

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
        (_wideRows, _dense, _denseBase, _denseWidth) = Wide(classes, _rowStart, _class, _value, DenseRowMinimum);
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
        (_wideRows, _dense, _denseBase, _denseWidth) = Wide(classes, _rowStart, _class, _value, DenseRowMinimum);
    }

    /// <summary>Creates a table as <see cref="WeightTable(int, int, short[])"/> does, keeping the rows of a wide table
    /// that hold at least <paramref name="denseRowMinimum"/> weights dense (tests reach both layouts with it).</summary>
    internal WeightTable(int bucketBits, int classes, short[] weights, int denseRowMinimum) : this(bucketBits, classes, weights)
    {
        (_wideRows, _dense, _denseBase, _denseWidth) = Wide(classes, _rowStart, _class, _value, denseRowMinimum);
    }

    /// <summary>Rows of a wide table with at least this many weights are kept dense as well. A dense row of 128
    /// weights costs about as many instructions to add as a dozen sparse entries, and the rows this selects in the
    /// tagger (a few thousand, under 2 MB) are the ones every token reads.</summary>
    internal const int DenseRowMinimum = 16;

    /// <summary>Number of rows kept dense (0 for narrow tables).</summary>
    internal int DenseRows => _dense is null ? 0 : (_dense.Length - DensePadding) / _denseWidth;

    // The dense copies start on a cache line: the array holds one line of padding in front of the rows, of which the
    // part before the first line boundary (_denseBase, which depends on where the array lies) is unused.
    private const int CacheLine = 64;
    private const int DensePadding = CacheLine / sizeof(short);

    // The wide layout: sparse bounds per row, and dense copies of the fullest rows; nulls for a narrow table.
    private static (long[]?, short[]?, int, int) Wide(int classes, int[] rowStart, byte[] cls, short[] value, int minimum)
    {
        if (classes <= NarrowClasses) return (null, null, 0, 0);
        int rows = rowStart.Length - 1, width = PaddedWidth(classes), denseCount = 0;
        for (int r = 0; r < rows; r++) if (rowStart[r + 1] - rowStart[r] >= minimum) denseCount++;
        var wide = new long[rows];
        const int Line = CacheLine;
        var dense = GC.AllocateUninitializedArray<short>(denseCount * width + DensePadding, pinned: true);
        Array.Clear(dense);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(dense, 0);
        int baseAt = (int)((Line - (address & (Line - 1))) & (Line - 1)) / sizeof(short);
        int d = 0;
        for (int r = 0; r < rows; r++)
        {
            int start = rowStart[r], end = rowStart[r + 1];
            if (end - start >= minimum)
            {
                for (int j = start; j < end; j++) dense[baseAt + d * width + cls[j]] = value[j];
                wide[r] = (uint)~d;
                d++;
            }
            else wide[r] = (long)end << 32 | (uint)start;
        }
        return (wide, dense, baseAt, width);
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
        if (_wideRows != null) { ScoreWide(buckets, scores); return; }
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
            index.Prefetch(part);
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

    // Wide tables: read every row's bounds first (independent loads), sort the rows into dense and sparse, add the
    // dense ones with vectors, then scatter the sparse entries.
    private void ScoreWide(ReadOnlySpan<int> buckets, Span<int> scores)
    {
        var wide = _wideRows!;
        ref int e0 = ref MemoryMarshal.GetArrayDataReference(_entries);
        scores = scores[..Classes];
        ref int s0 = ref MemoryMarshal.GetReference(scores);
        int chunk = Math.Min(buckets.Length, 128);
        Span<int> bounds = stackalloc int[2 * chunk];
        Span<int> denseRows = stackalloc int[chunk];
        Span<int> sums = stackalloc int[_denseWidth];
        sums.Clear();
        for (int start = 0; start < buckets.Length; start += 128)
        {
            var part = buckets.Slice(start, Math.Min(128, buckets.Length - start));
            CacheHints.Prefetch(wide, part);
            int nd = 0, ns = 0;
            foreach (int b in part)
            {
                long w = wide[b];
                int lo = (int)w, hi = (int)(w >> 32);
                if (lo < 0) denseRows[nd++] = ~lo;
                else if (hi > lo) { bounds[2 * ns] = lo; bounds[2 * ns + 1] = hi; ns++; }
            }
            for (int k = 0; k < ns; k++)
            {
                int end = bounds[2 * k + 1];
                for (int j = bounds[2 * k]; j < end; j++)
                {
                    int e = System.Runtime.CompilerServices.Unsafe.Add(ref e0, j);
                    System.Runtime.CompilerServices.Unsafe.Add(ref s0, e >>> 16) += (short)e;
                }
            }
            if (nd > 0) SumDense(denseRows[..nd], sums);
        }
        for (int c = 0; c < scores.Length; c++) scores[c] += sums[c];
    }

    // Adds the dense rows into sums (DenseWidth long), one 32-weight (or 16-weight) slice of every row at a time, with
    // the two halves of the widened slice in two registers.
    private void SumDense(ReadOnlySpan<int> rows, Span<int> sums)
    {
        int width = _denseWidth;
        ref short t0 = ref MemoryMarshal.GetArrayDataReference(_dense!);
        t0 = ref System.Runtime.CompilerServices.Unsafe.Add(ref t0, _denseBase);
        ref int u0 = ref MemoryMarshal.GetReference(sums);
        if (Vector512.IsHardwareAccelerated)
        {
            for (int c = 0; c < width; c += 32)
            {
                Vector512<int> lo = default, hi = default;
                foreach (int r in rows)
                {
                    var (l, h) = Vector512.Widen(Vector512.LoadUnsafe(ref t0, (nuint)r * (nuint)width + (nuint)c));
                    lo += l; hi += h;
                }
                (Vector512.LoadUnsafe(ref u0, (nuint)c) + lo).StoreUnsafe(ref u0, (nuint)c);
                (Vector512.LoadUnsafe(ref u0, (nuint)c + 16) + hi).StoreUnsafe(ref u0, (nuint)c + 16);
            }
            return;
        }
        if (Vector256.IsHardwareAccelerated)
        {
            for (int c = 0; c < width; c += 16)
            {
                Vector256<int> lo = default, hi = default;
                foreach (int r in rows)
                {
                    var (l, h) = Vector256.Widen(Vector256.LoadUnsafe(ref t0, (nuint)r * (nuint)width + (nuint)c));
                    lo += l; hi += h;
                }
                (Vector256.LoadUnsafe(ref u0, (nuint)c) + lo).StoreUnsafe(ref u0, (nuint)c);
                (Vector256.LoadUnsafe(ref u0, (nuint)c + 8) + hi).StoreUnsafe(ref u0, (nuint)c + 8);
            }
            return;
        }
        var table = _dense!.AsSpan(_denseBase);
        foreach (int r in rows)
        {
            var row = table.Slice(r * width, width);
            for (int c = 0; c < width; c++) sums[c] += row[c];
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
