using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Casus.Language.Parsing.Neural;

/// <summary>
/// The few dense vector operations the neural parser needs (y += a·x, y += x, x·y, sums of rows), written with
/// <see cref="Vector{T}"/>. The order of every sum is fixed by the vector width alone, so a machine gives the same
/// bits on every run (training is reproducible there).
/// </summary>
internal static class VectorMath
{
    /// <summary>y += a · x.</summary>
    public static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        int n = y.Length, i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<float>.Count)
        {
            var va = new Vector<float>(a);
            var vx = MemoryMarshal.Cast<float, Vector<float>>(x[..n]);
            var vy = MemoryMarshal.Cast<float, Vector<float>>(y);
            for (int k = 0; k < vy.Length; k++) vy[k] += va * vx[k];
            i = vy.Length * Vector<float>.Count;
        }
        for (; i < n; i++) y[i] += a * x[i];
    }

    /// <summary>y += x.</summary>
    public static void Add(ReadOnlySpan<float> x, Span<float> y)
    {
        int n = y.Length, i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<float>.Count)
        {
            var vx = MemoryMarshal.Cast<float, Vector<float>>(x[..n]);
            var vy = MemoryMarshal.Cast<float, Vector<float>>(y);
            for (int k = 0; k < vy.Length; k++) vy[k] += vx[k];
            i = vy.Length * Vector<float>.Count;
        }
        for (; i < n; i++) y[i] += x[i];
    }

    /// <summary>The dot product x · y.</summary>
    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        int n = x.Length, i = 0;
        float sum = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<float>.Count)
        {
            var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
            var vy = MemoryMarshal.Cast<float, Vector<float>>(y[..n]);
            var acc = Vector<float>.Zero;
            for (int k = 0; k < vx.Length; k++) acc += vx[k] * vy[k];
            sum = Vector.Sum(acc);
            i = vx.Length * Vector<float>.Count;
        }
        for (; i < n; i++) sum += x[i] * y[i];
        return sum;
    }

    /// <summary>y = start + Σ_k scale_k · rows_k, where row k is <c>y.Length</c> floats of <paramref name="arrays"/>[k] from
    /// <paramref name="offsets"/>[k] on, scaled by <paramref name="scales"/>[k] (null: all 1).</summary>
    /// <remarks>The parser's inner loop: the output is built a block of four vectors at a time, kept in registers while
    /// every row adds to it, so each row costs one load and one add per vector and no stores, and there is no call per
    /// row. The sums run over k in order for every element, so the result does not depend on the blocking.</remarks>
    public static void SumRows(ReadOnlySpan<float> start, ReadOnlySpan<float[]> arrays, ReadOnlySpan<int> offsets, ReadOnlySpan<float> scales, Span<float> y)
    {
        int n = y.Length, rows = arrays.Length, i = 0, v = Vector<float>.Count;
        bool scaled = !scales.IsEmpty;
        ref float y0 = ref MemoryMarshal.GetReference(y);
        ref float s0 = ref MemoryMarshal.GetReference(start);
        if (Vector.IsHardwareAccelerated)
        {
            for (; i + 4 * v <= n; i += 4 * v)
            {
                nuint at = (nuint)i;
                var a0 = Vector.LoadUnsafe(ref s0, at); var a1 = Vector.LoadUnsafe(ref s0, at + (nuint)v);
                var a2 = Vector.LoadUnsafe(ref s0, at + (nuint)(2 * v)); var a3 = Vector.LoadUnsafe(ref s0, at + (nuint)(3 * v));
                for (int k = 0; k < rows; k++)
                {
                    ref float r = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(arrays[k]), offsets[k] + i);
                    if (scaled)
                    {
                        var c = new Vector<float>(scales[k]);
                        a0 += c * Vector.LoadUnsafe(ref r); a1 += c * Vector.LoadUnsafe(ref r, (nuint)v);
                        a2 += c * Vector.LoadUnsafe(ref r, (nuint)(2 * v)); a3 += c * Vector.LoadUnsafe(ref r, (nuint)(3 * v));
                    }
                    else
                    {
                        a0 += Vector.LoadUnsafe(ref r); a1 += Vector.LoadUnsafe(ref r, (nuint)v);
                        a2 += Vector.LoadUnsafe(ref r, (nuint)(2 * v)); a3 += Vector.LoadUnsafe(ref r, (nuint)(3 * v));
                    }
                }
                a0.StoreUnsafe(ref y0, at); a1.StoreUnsafe(ref y0, at + (nuint)v);
                a2.StoreUnsafe(ref y0, at + (nuint)(2 * v)); a3.StoreUnsafe(ref y0, at + (nuint)(3 * v));
            }
            for (; i + v <= n; i += v)
            {
                var a = Vector.LoadUnsafe(ref s0, (nuint)i);
                for (int k = 0; k < rows; k++)
                {
                    var row = Vector.LoadUnsafe(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(arrays[k]), offsets[k] + i));
                    a += scaled ? new Vector<float>(scales[k]) * row : row;
                }
                a.StoreUnsafe(ref y0, (nuint)i);
            }
        }
        for (; i < n; i++)
        {
            float a = start[i];
            for (int k = 0; k < rows; k++) a += (scaled ? scales[k] : 1f) * arrays[k][offsets[k] + i];
            y[i] = a;
        }
    }

    /// <summary>acc = Σ_k rows_k, where row k is <c>acc.Length</c> 16-bit values of <paramref name="arrays"/>[k] from
    /// <paramref name="offsets"/>[k] on, summed exactly in 32 bits (so in any order the same).</summary>
    /// <remarks>The neural parser's hidden layer from its quantised precomputed rows: half the bytes of float rows,
    /// and those bytes (tens of megabytes read at random) are what the sum waits for. Blocked like
    /// <see cref="SumRows"/>: two vectors of shorts (four of ints) at a time, in registers across all rows.</remarks>
    public static void SumRows16(ReadOnlySpan<short[]> arrays, ReadOnlySpan<int> offsets, Span<int> acc)
    {
        int n = acc.Length, rows = arrays.Length, i = 0, vs = Vector<short>.Count, vi = Vector<int>.Count;
        ref int y0 = ref MemoryMarshal.GetReference(acc);
        if (Vector.IsHardwareAccelerated)
        {
            for (; i + 2 * vs <= n; i += 2 * vs)
            {
                Vector<int> a0 = default, a1 = default, a2 = default, a3 = default;
                for (int k = 0; k < rows; k++)
                {
                    ref short r = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(arrays[k]), offsets[k] + i);
                    Vector.Widen(Vector.LoadUnsafe(ref r), out var lo0, out var hi0);
                    Vector.Widen(Vector.LoadUnsafe(ref r, (nuint)vs), out var lo1, out var hi1);
                    a0 += lo0; a1 += hi0; a2 += lo1; a3 += hi1;
                }
                nuint at = (nuint)i;
                a0.StoreUnsafe(ref y0, at); a1.StoreUnsafe(ref y0, at + (nuint)vi);
                a2.StoreUnsafe(ref y0, at + (nuint)(2 * vi)); a3.StoreUnsafe(ref y0, at + (nuint)(3 * vi));
            }
            for (; i + vs <= n; i += vs)
            {
                Vector<int> a0 = default, a1 = default;
                for (int k = 0; k < rows; k++)
                {
                    Vector.Widen(Vector.LoadUnsafe(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(arrays[k]), offsets[k] + i)), out var lo, out var hi);
                    a0 += lo; a1 += hi;
                }
                a0.StoreUnsafe(ref y0, (nuint)i); a1.StoreUnsafe(ref y0, (nuint)(i + vi));
            }
        }
        for (; i < n; i++)
        {
            int a = 0;
            for (int k = 0; k < rows; k++) a += arrays[k][offsets[k] + i];
            acc[i] = a;
        }
    }
}
