namespace Casus.Language.Models;

/// <summary>
/// Stable 64-bit hashing of feature strings and feature combinations. Unlike <see cref="string.GetHashCode()"/>
/// the values are the same in every process, so hashed weight tables can be saved and reloaded.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>FNV-1a over the characters of <paramref name="text"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text) { h ^= c; h *= Prime; }
        return h;
    }

    /// <summary>FNV-1a over the lower-cased characters of <paramref name="text"/> (invariant, per char).</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text) { h ^= char.ToLowerInvariant(c); h *= Prime; }
        return h;
    }

    /// <summary>Combines a template id with up to two value hashes into one well-mixed hash.</summary>
    public static ulong Combine(int template, ulong a, ulong b = 0)
    {
        ulong h = Mix((ulong)template * 0x9E3779B97F4A7C15UL ^ a);
        return Mix(h ^ (b * 0xC2B2AE3D27D4EB4FUL + 0x165667B19E3779F9UL));
    }

    /// <summary>The bucket of a combined hash in a table of 2^<paramref name="bits"/> rows.</summary>
    public static int Bucket(ulong hash, int bits) => (int)(hash >> (64 - bits));

    // SplitMix64 finaliser: spreads every input bit over the whole word.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
