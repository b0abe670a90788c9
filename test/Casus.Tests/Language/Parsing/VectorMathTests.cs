using Casus.Language.Parsing.Neural;
using Xunit;

namespace Casus.Tests.Language.Parsing;

/// <summary>The neural parser's vector kernels against plain loops, at lengths that exercise every block size and the
/// scalar tail.</summary>
public class VectorMathTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(16)]
    [InlineData(208)]
    [InlineData(213)]
    public void SumRows16_EqualsPlainSums(int length)
    {
        var rng = new Random(length);
        var arrays = new short[6][];
        var offsets = new int[6];
        for (int k = 0; k < arrays.Length; k++)
        {
            arrays[k] = new short[length * 3 + 7];
            for (int i = 0; i < arrays[k].Length; i++) arrays[k][i] = (short)rng.Next(-30000, 30001);
            offsets[k] = rng.Next(0, length * 2 + 7);
        }
        var acc = new int[length];
        VectorMath.SumRows16(arrays, offsets, acc);
        for (int i = 0; i < length; i++)
        {
            int expected = 0;
            for (int k = 0; k < arrays.Length; k++) expected += arrays[k][offsets[k] + i];
            Assert.Equal(expected, acc[i]);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(104)]
    [InlineData(211)]
    public void SumRows_EqualsPlainSums(int length)
    {
        var rng = new Random(length);
        var start = new float[length];
        for (int i = 0; i < length; i++) start[i] = (float)rng.NextDouble();
        var arrays = new float[5][];
        var offsets = new int[5];
        var scales = new float[5];
        for (int k = 0; k < arrays.Length; k++)
        {
            arrays[k] = new float[length + 9];
            for (int i = 0; i < arrays[k].Length; i++) arrays[k][i] = (float)(rng.NextDouble() * 2 - 1);
            offsets[k] = rng.Next(0, 10);
            scales[k] = (float)rng.NextDouble();
        }
        var scaled = new float[length];
        var plain = new float[length];
        VectorMath.SumRows(start, arrays, offsets, scales, scaled);
        VectorMath.SumRows(start, arrays, offsets, default, plain);
        for (int i = 0; i < length; i++)
        {
            float s = start[i], p = start[i];
            for (int k = 0; k < arrays.Length; k++) { s += scales[k] * arrays[k][offsets[k] + i]; p += arrays[k][offsets[k] + i]; }
            Assert.Equal(s, scaled[i], 4);
            Assert.Equal(p, plain[i], 4);
        }
    }
}
