namespace Casus.Language.Models;

/// <summary>
/// Stable 64-bit hashing of feature strings and feature combinations, shared by every trained component. Unlike
/// <see cref="string.GetHashCode()"/> the values are the same in every process, so hashed weight tables can be saved
/// and reloaded. Strings are hashed once per token; each feature is then a few multiplications over those hashes, so
/// the hot loops touch only integers.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong K0 = 0x9E3779B97F4A7C15UL;
    private const ulong K1 = 0xBF58476D1CE4E5B9UL;
    private const ulong K2 = 0x94D049BB133111EBUL;
    private const ulong RowMix = 0xD6E8FEB86659FD93UL;

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

    /// <summary>Hash of the lower-cased form with every digit folded to '0', so numbers and case variants share
    /// weights; avalanched, so any bit range of it is usable.</summary>
    public static ulong Word(ReadOnlySpan<char> form)
    {
        ulong h = Offset;
        foreach (char raw in form)
        {
            char c = char.IsAsciiDigit(raw) ? '0' : char.ToLowerInvariant(raw);
            h = (h ^ c) * Prime;
        }
        return Finish(h ^ (ulong)form.Length);
    }

    /// <summary>Hash of a tag string, with a salt so tags never collide with words; avalanched.</summary>
    public static ulong Tag(ReadOnlySpan<char> tag)
    {
        ulong h = 0x84222325CBF29CE4UL;
        foreach (char c in tag) h = (h ^ c) * Prime;
        return Finish(h);
    }

    /// <summary>Combines a template id with up to two value hashes into one well-mixed hash.</summary>
    public static ulong Combine(int template, ulong a, ulong b = 0)
    {
        ulong h = Finish((ulong)template * K0 ^ a);
        return Finish(h ^ (b * 0xC2B2AE3D27D4EB4FUL + 0x165667B19E3779F9UL));
    }

    /// <summary>Combines a template id with up to three value hashes: cheaper than <see cref="Combine"/> (three
    /// multiplications), for feature sets with a hundred templates per decision. The high bits are well mixed; take
    /// rows with <see cref="MixedBucket"/>.</summary>
    public static ulong Combine3(ulong template, ulong a, ulong b = 0, ulong c = 0)
    {
        ulong h = (template + 1) * K0;
        h = (h ^ a) * K1; h ^= h >> 31;
        h = (h ^ b) * K2; h ^= h >> 29;
        h = (h ^ c) * K0; h ^= h >> 32;
        return h;
    }

    /// <summary>The bucket of a combined hash in a table of 2^<paramref name="bits"/> rows (its top bits).</summary>
    public static int Bucket(ulong hash, int bits) => (int)(hash >> (64 - bits));

    /// <summary>The bucket of a hash in a table of 2^<paramref name="bits"/> rows after one more multiplication, which
    /// spreads hashes that differ only in low bits (a salt XOR-ed in, say).</summary>
    public static int MixedBucket(ulong hash, int bits) => (int)((hash * RowMix) >> (64 - bits));

    /// <summary>SplitMix64 finaliser: spreads every input bit over the whole word.</summary>
    public static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * K1;
        z = (z ^ (z >> 27)) * K2;
        return z ^ (z >> 31);
    }
}
