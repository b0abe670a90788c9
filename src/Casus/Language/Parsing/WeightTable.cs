namespace Casus.Language.Parsing;

/// <summary>
/// Where a feature hash lands in a hashed weight table. Every row holds one weight per class, contiguous, so a
/// feature costs one cache-friendly row read. The label table mixes the arc direction into the hash: left and right
/// arcs learn separate label weights.
/// </summary>
internal static class WeightTable
{
    private const ulong RowMix = 0xD6E8FEB86659FD93UL;
    private const ulong LeftSalt = 0x2545F4914F6CDD1DUL;
    private const ulong RightSalt = 0x9FB21C651E98DF25UL;

    /// <summary>The row of feature <paramref name="hash"/> in a table of 2^<paramref name="bits"/> rows.</summary>
    public static int Row(ulong hash, int bits) => (int)((hash * RowMix) >> (64 - bits));

    /// <summary>The row of feature <paramref name="hash"/> in the label table, for arcs in direction <paramref name="action"/>.</summary>
    public static int LabelRow(ulong hash, ParserAction action, int bits)
        => (int)(((hash ^ (action == ParserAction.Left ? LeftSalt : RightSalt)) * RowMix) >> (64 - bits));

    /// <summary>Rounds a class count up to a whole number of SIMD vectors of 16-bit weights.</summary>
    public static int PaddedWidth(int classes)
    {
        int v = Math.Max(System.Numerics.Vector<short>.Count, 32);
        return (classes + v - 1) / v * v;
    }
}
