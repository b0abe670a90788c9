using Casus.Language.Models;

namespace Casus.Language.Parsing;

/// <summary>
/// Where a feature hash lands in the parser's two dense tables. Every row holds one weight per class, contiguous, so
/// a feature costs one cache-friendly row read. The label table mixes the arc direction into the hash: left and right
/// arcs learn separate label weights.
/// </summary>
internal static class ParserTables
{
    private const ulong LeftSalt = 0x2545F4914F6CDD1DUL;
    private const ulong RightSalt = 0x9FB21C651E98DF25UL;

    /// <summary>Weights per row of the transition table: three transitions padded to four.</summary>
    public const int ActionWidth = 4;

    /// <summary>The row of feature <paramref name="hash"/> in the transition table of 2^<paramref name="bits"/> rows.</summary>
    public static int ActionRow(ulong hash, int bits) => FeatureHash.MixedBucket(hash, bits);

    /// <summary>The row of feature <paramref name="hash"/> in the label table, for arcs in direction <paramref name="action"/>.</summary>
    public static int LabelRow(ulong hash, ParserAction action, int bits)
        => FeatureHash.MixedBucket(hash ^ (action == ParserAction.Left ? LeftSalt : RightSalt), bits);
}
