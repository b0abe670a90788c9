using System.Numerics;
using System.Runtime.CompilerServices;

namespace Casus.Language.Models;

/// <summary>
/// Which rows of a hashed weight table hold any non-zero weight, and the place of each such row among them (a
/// rank/select bitmap). Most rows of a large hashed table are empty (a feature never seen in training lands on a row
/// that no trained feature hit); with this index a scorer skips them after one look at a bitmap of one bit per row
/// (small enough to stay in the processor's cache) and keeps only the non-empty rows, packed, in a table a fraction
/// of the dense size. Immutable and thread-safe.
/// </summary>
internal sealed class RowIndex
{
    // Two words per 64 rows: the presence bits, then the number of present rows before them. Interleaved, so one
    // cache line answers both "is it there" and "where".
    private readonly ulong[] _blocks;

    /// <summary>Builds the index of <paramref name="rows"/> rows; <paramref name="present"/> says whether row r is non-empty.</summary>
    public RowIndex(int rows, Func<int, bool> present)
    {
        Rows = rows;
        int blocks = (rows + 63) >> 6;
        _blocks = new ulong[2 * blocks];
        int count = 0;
        for (int b = 0; b < blocks; b++)
        {
            ulong bits = 0;
            int end = Math.Min(64, rows - 64 * b);
            for (int i = 0; i < end; i++) if (present(64 * b + i)) bits |= 1UL << i;
            _blocks[2 * b] = bits;
            _blocks[2 * b + 1] = (ulong)count;
            count += BitOperations.PopCount(bits);
        }
        Count = count;
    }

    /// <summary>Number of rows covered.</summary>
    public int Rows { get; }

    /// <summary>Number of non-empty rows.</summary>
    public int Count { get; }

    /// <summary>Prefetches the index blocks of <paramref name="rows"/> (a hint; see <see cref="CacheHints"/>).</summary>
    public void Prefetch(ReadOnlySpan<int> rows) => CacheHints.Prefetch(_blocks, rows, 6, 2);

    /// <summary>The place of row <paramref name="row"/> among the non-empty rows (0-based), or -1 when it is empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(int row)
    {
        ref ulong block = ref _blocks[2 * (row >> 6)];
        ulong bits = block;
        ulong mask = 1UL << row; // shifts take the count modulo 64
        if ((bits & mask) == 0) return -1;
        return (int)Unsafe.Add(ref block, 1) + BitOperations.PopCount(bits & (mask - 1));
    }
}
