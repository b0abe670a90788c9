namespace Casus.Language.Lemmas;

/// <summary>
/// The regular English inflections a Penn tag implies (-s/-es/-ies, -ed/-d/-ied with or without a doubled
/// consonant, -ing with or without a dropped e, -er/-est), as candidate lemmas in order of likelihood. The
/// lemmatizer uses them only to repair a learned suffix rule whose output is no known lemma.
/// </summary>
internal static class RegularInflection
{
    /// <summary>True for the tags of inflected nouns, verbs, adjectives and adverbs.</summary>
    public static bool IsInflected(string xpos) => xpos is "NNS" or "VBD" or "VBN" or "VBG" or "VBZ" or "JJR" or "JJS" or "RBR" or "RBS";

    /// <summary>The first candidate lemma of the lower-cased form <paramref name="lower"/> that is in <paramref name="known"/>, or null.</summary>
    public static string? FirstKnown(ReadOnlySpan<char> lower, string xpos, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> known)
    {
        Span<char> buffer = stackalloc char[Math.Min(lower.Length + 2, 128)];
        if (lower.Length + 2 > buffer.Length) return null;
        switch (xpos)
        {
            case "NNS" or "VBZ":
                if (Ends(lower, "ies") && Try(lower[..^3], "y", known, buffer) is { } y) return y;
                if (Ends(lower, "es") && Try(lower[..^2], "", known, buffer) is { } es) return es;
                if (Ends(lower, "s")) return Try(lower[..^1], "", known, buffer);
                return null;
            case "VBD" or "VBN":
                if (!Ends(lower, "ed")) return null;
                if (Ends(lower, "ied") && Try(lower[..^3], "y", known, buffer) is { } ied) return ied;
                return Try(lower[..^1], "", known, buffer) ?? Try(lower[..^2], "", known, buffer) ?? Undoubled(lower[..^2], "", known, buffer);
            case "VBG":
                if (!Ends(lower, "ing")) return null;
                if (Ends(lower, "ying") && Try(lower[..^4], "ie", known, buffer) is { } ie) return ie;
                if (Ends(lower, "cking") && Try(lower[..^4], "", known, buffer) is { } ck) return ck;
                return Try(lower[..^3], "", known, buffer) ?? Try(lower[..^3], "e", known, buffer) ?? Undoubled(lower[..^3], "", known, buffer);
            case "JJR" or "RBR":
                if (!Ends(lower, "er")) return null;
                if (Ends(lower, "ier") && Try(lower[..^3], "y", known, buffer) is { } ier) return ier;
                return Try(lower[..^2], "", known, buffer) ?? Try(lower[..^1], "", known, buffer) ?? Undoubled(lower[..^2], "", known, buffer);
            case "JJS" or "RBS":
                if (!Ends(lower, "est")) return null;
                if (Ends(lower, "iest") && Try(lower[..^4], "y", known, buffer) is { } iest) return iest;
                return Try(lower[..^3], "", known, buffer) ?? Try(lower[..^2], "", known, buffer) ?? Undoubled(lower[..^3], "", known, buffer);
            default:
                return null;
        }
    }

    private static bool Ends(ReadOnlySpan<char> s, string suffix) => s.Length > suffix.Length + 1 && s.EndsWith(suffix, StringComparison.Ordinal);

    // stem + ending when it is a known lemma of at least two letters.
    private static string? Try(ReadOnlySpan<char> stem, string ending, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> known, Span<char> buffer)
    {
        if (stem.Length + ending.Length < 2) return null;
        stem.CopyTo(buffer);
        ending.AsSpan().CopyTo(buffer[stem.Length..]);
        return known.TryGetValue(buffer[..(stem.Length + ending.Length)], out var lemma) ? lemma : null;
    }

    // stopp → stop, modell → model: a doubled final consonant is undone.
    private static string? Undoubled(ReadOnlySpan<char> stem, string ending, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> known, Span<char> buffer) =>
        stem.Length >= 3 && stem[^1] == stem[^2] && !"aeiou".Contains(stem[^1]) ? Try(stem[..^1], ending, known, buffer) : null;
}
