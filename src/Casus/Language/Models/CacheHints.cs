using System.Runtime.Intrinsics.X86;

namespace Casus.Language.Models;

/// <summary>
/// Software prefetches for the scorers' random row reads. The weight tables are tens of megabytes read at hashed
/// rows, so nearly every row is a cache miss; a scorer that first asks for all of a decision's rows (one prefetch
/// instruction each, which retires at once) and only then sums them keeps far more misses in flight than one whose
/// loads wait in the reorder window. Only hints: where the processor has no prefetch instruction they do nothing, and
/// they never change a value read. The one place in Casus that uses pointers: prefetch instructions take addresses.
/// </summary>
internal static class CacheHints
{
    /// <summary>Asks for the cache line holding <c>table[offset]</c> for every offset.</summary>
    public static unsafe void Prefetch(ReadOnlySpan<short> table, ReadOnlySpan<int> offsets)
    {
        if (!Sse.IsSupported) return;
        fixed (short* t = table)
            foreach (int o in offsets)
                if ((uint)o < (uint)table.Length) Sse.Prefetch0(t + o);
    }

    /// <summary>Asks for the cache line holding <c>table[offset]</c> for every offset.</summary>
    public static unsafe void Prefetch(ReadOnlySpan<long> table, ReadOnlySpan<int> offsets)
    {
        if (!Sse.IsSupported) return;
        fixed (long* t = table)
            foreach (int o in offsets)
                if ((uint)o < (uint)table.Length) Sse.Prefetch0(t + o);
    }

    /// <summary>Asks for the cache line holding <c>table[offset]</c> for every offset.</summary>
    public static unsafe void Prefetch(ReadOnlySpan<ulong> table, ReadOnlySpan<int> offsets, int shift, int scale)
    {
        if (!Sse.IsSupported) return;
        fixed (ulong* t = table)
            foreach (int o in offsets)
            {
                int at = (o >> shift) * scale;
                if ((uint)at < (uint)table.Length) Sse.Prefetch0(t + at);
            }
    }

    /// <summary>Asks for the two cache lines of every 64-weight row <c>table[row * 64 .. row * 64 + 64]</c> (128 bytes).</summary>
    public static unsafe void PrefetchRows64(ReadOnlySpan<short> table, ReadOnlySpan<int> rows)
    {
        if (!Sse.IsSupported) return;
        fixed (short* t = table)
            foreach (int r in rows)
            {
                if ((uint)r >= (uint)(table.Length / 64)) continue;
                short* row = t + (nint)r * 64;
                Sse.Prefetch0(row);
                Sse.Prefetch0(row + 32);
            }
    }

    /// <summary>Asks for every cache line of the rows of <paramref name="length"/> 16-bit values at <paramref name="offsets"/>[k]
    /// in <paramref name="arrays"/>[k] (the neural parser's precomputed rows, tens of megabytes read at random): with
    /// all of a transition's rows requested at once, their misses overlap instead of arriving one block at a time.</summary>
    public static unsafe void PrefetchRows(ReadOnlySpan<short[]> arrays, ReadOnlySpan<int> offsets, int length)
    {
        if (!Sse.IsSupported) return;
        for (int k = 0; k < arrays.Length; k++)
        {
            var a = arrays[k];
            int o = offsets[k];
            if ((uint)o > (uint)a.Length || a.Length - o < length) continue;
            fixed (short* row = &a[o])
                for (int i = 0; i < length; i += 32) Sse.Prefetch0(row + i);
        }
    }
}
