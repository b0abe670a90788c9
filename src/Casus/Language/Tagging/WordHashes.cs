using Casus.Language.Models;

namespace Casus.Language.Tagging;

/// <summary>
/// The hashed surface properties of one word, computed once per token so that every feature template that
/// mentions the word only combines precomputed hashes (no strings in the hot loop).
/// </summary>
public struct WordHashes
{
    /// <summary>The exact form.</summary>
    public ulong Word;
    /// <summary>The lower-cased form.</summary>
    public ulong Lower;
    /// <summary>Lower-cased suffixes of 1–4 characters (shorter words repeat their whole form).</summary>
    public ulong Suffix1, Suffix2, Suffix3, Suffix4;
    /// <summary>Lower-cased prefixes of 1–3 characters.</summary>
    public ulong Prefix1, Prefix2, Prefix3;
    /// <summary>The word shape: X for upper, x lower, d digit, other characters kept; runs of a class collapsed.</summary>
    public ulong Shape;
    /// <summary>Coarse and fine word-cluster ids (hashed), from <see cref="WordClusters"/>.</summary>
    public ulong Coarse, Fine;
    /// <summary>Capitalisation bin of the word in raw text (<see cref="WordClusterer.CaseBin"/>), hashed.</summary>
    public ulong Case;
    /// <summary>Bit flags (<see cref="WordFlags"/>).</summary>
    public int Flags;

    /// <summary>Hashes for the padding before the first and after the last word.</summary>
    public static WordHashes Padding(ulong marker) => new()
    {
        Word = marker, Lower = marker, Suffix1 = marker, Suffix2 = marker, Suffix3 = marker, Suffix4 = marker,
        Prefix1 = marker, Prefix2 = marker, Prefix3 = marker, Shape = marker, Coarse = marker, Fine = marker, Case = marker, Flags = 0,
    };

    /// <summary>Computes the hashes of <paramref name="word"/> without allocating.</summary>
    public static WordHashes Of(ReadOnlySpan<char> word, WordClusters clusters)
    {
        var h = new WordHashes();
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        // Keep the last 64 characters: suffixes matter more than prefixes for long tokens (URLs, e-mail addresses).
        var tail = word.Length > 64 ? word[^64..] : word;
        tail.ToLowerInvariant(lower);
        h.Word = FeatureHash.Of(word);
        h.Lower = word.Length > 64 ? FeatureHash.OfLower(word) : FeatureHash.Of(lower);
        int n = lower.Length;
        h.Suffix1 = FeatureHash.Of(lower[Math.Max(0, n - 1)..]);
        h.Suffix2 = FeatureHash.Of(lower[Math.Max(0, n - 2)..]);
        h.Suffix3 = FeatureHash.Of(lower[Math.Max(0, n - 3)..]);
        h.Suffix4 = FeatureHash.Of(lower[Math.Max(0, n - 4)..]);
        h.Prefix1 = FeatureHash.Of(lower[..Math.Min(n, 1)]) ^ 0x5555;
        h.Prefix2 = FeatureHash.Of(lower[..Math.Min(n, 2)]) ^ 0x5555;
        h.Prefix3 = FeatureHash.Of(lower[..Math.Min(n, 3)]) ^ 0x5555;
        var (coarse, fine, caseBin) = word.Length > 64 ? (0, 0, 0) : clusters.LookupAll(lower);
        h.Coarse = (ulong)coarse + 0x10000;
        h.Fine = (ulong)fine + 0x20000;
        h.Case = (ulong)caseBin + 0x30000;

        Span<char> shape = stackalloc char[8];
        int sl = 0, upper = 0, letters = 0, flags = 0;
        char last = '\0';
        foreach (char c in word)
        {
            char k;
            if (char.IsUpper(c)) { k = 'X'; upper++; letters++; }
            else if (char.IsLower(c)) { k = 'x'; letters++; }
            else if (char.IsDigit(c)) { k = 'd'; flags |= WordFlags.Digit; }
            else { k = c; if (c == '-') flags |= WordFlags.Hyphen; }
            if (k != last && sl < shape.Length) shape[sl++] = k;
            last = k;
        }
        h.Shape = FeatureHash.Of(shape[..sl]) ^ 0xAAAA;
        if (letters > 0 && upper == letters) flags |= WordFlags.AllUpper;
        if (word.Length > 0 && char.IsUpper(word[0])) flags |= WordFlags.Title;
        h.Flags = flags;
        return h;
    }
}

/// <summary>Bits of <see cref="WordHashes.Flags"/>.</summary>
public static class WordFlags
{
    /// <summary>Contains a digit.</summary>
    public const int Digit = 1;
    /// <summary>Contains a hyphen.</summary>
    public const int Hyphen = 2;
    /// <summary>Every letter is upper case.</summary>
    public const int AllUpper = 4;
    /// <summary>Starts with an upper-case letter.</summary>
    public const int Title = 8;
    /// <summary>First word of the sentence.</summary>
    public const int First = 16;
}
