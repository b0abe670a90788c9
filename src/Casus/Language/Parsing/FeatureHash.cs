namespace Casus.Language.Parsing;

/// <summary>
/// 64-bit hashing of token attributes and feature templates. Strings are hashed once per token; each
/// feature is then a few multiplications over those hashes, so the transition loop touches only integers.
/// </summary>
internal static class FeatureHash
{
    private const ulong K0 = 0x9E3779B97F4A7C15UL;
    private const ulong K1 = 0xBF58476D1CE4E5B9UL;
    private const ulong K2 = 0x94D049BB133111EBUL;

    /// <summary>Hash of the lower-cased form with every digit folded to '0', so numbers and case variants share weights.</summary>
    public static ulong Word(ReadOnlySpan<char> form)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (char raw in form)
        {
            char c = char.IsAsciiDigit(raw) ? '0' : char.ToLowerInvariant(raw);
            h = (h ^ c) * 0x100000001B3UL;
        }
        return Finish(h ^ (ulong)form.Length);
    }

    /// <summary>Hash of a tag string (XPOS), with a salt so tags never collide with words.</summary>
    public static ulong Tag(ReadOnlySpan<char> tag)
    {
        ulong h = 0x84222325CBF29CE4UL;
        foreach (char c in tag) h = (h ^ c) * 0x100000001B3UL;
        return Finish(h);
    }

    /// <summary>Final avalanche (splitmix64).</summary>
    public static ulong Finish(ulong h)
    {
        h = (h ^ (h >> 30)) * K1;
        h = (h ^ (h >> 27)) * K2;
        return h ^ (h >> 31);
    }

    /// <summary>Combines a template id with up to three values.</summary>
    public static ulong Combine(ulong template, ulong a, ulong b = 0, ulong c = 0)
    {
        ulong h = (template + 1) * K0;
        h = (h ^ a) * K1; h ^= h >> 31;
        h = (h ^ b) * K2; h ^= h >> 29;
        h = (h ^ c) * K0; h ^= h >> 32;
        return h;
    }
}
