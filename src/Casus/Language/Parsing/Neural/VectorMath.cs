using System.Numerics;
using System.Runtime.InteropServices;

namespace Casus.Language.Parsing.Neural;

/// <summary>
/// The few dense vector operations the neural parser needs (y += a·x, y += x, x·y), written with
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

    /// <summary>x = max(x, 0).</summary>
    public static void Relu(Span<float> x)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<float>.Count)
        {
            var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
            for (int k = 0; k < vx.Length; k++) vx[k] = Vector.Max(vx[k], Vector<float>.Zero);
            i = vx.Length * Vector<float>.Count;
        }
        for (; i < x.Length; i++) if (x[i] < 0) x[i] = 0;
    }
}
