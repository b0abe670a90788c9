namespace Casus.Language.Models;

/// <summary>
/// The text the tagger, lemmatizer and parser read: the typographic apostrophe (U+2019) written as the ASCII one.
/// The treebanks the models learn from write "Jordan's" and "don't" with the ASCII apostrophe, so a model has never seen
/// the token "’s": it tags it as a closing quote and the parse loses the possessor ("stressed Jordan’s support for
/// Iraq" left without its possessive). News sites, White House releases among them, write ’ far more often than '
/// (8,133 against 796 "’s" in the news set). The fold keeps every offset (one character for one), so token spans,
/// the sentence text and the evidence still quote the article as written; only what the models see changes.
/// </summary>
public static class ApostropheFold
{
    /// <summary>The right single quotation mark, which news uses as the apostrophe.</summary>
    public const char Typographic = '\u2019';

    /// <summary><paramref name="text"/> with each U+2019 as <c>'</c>; the same string (no copy) when it has none.</summary>
    public static string ForModels(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains(Typographic) ? text.Replace(Typographic, '\'') : text;
    }

    /// <summary><paramref name="text"/> with each U+2019 as <c>'</c>, folded into a pooled array (returned in
    /// <paramref name="rented"/>; hand it back with <see cref="Return"/>) rather than a new string per stage and
    /// article; the text itself (nothing rented) when it has none.</summary>
    public static ReadOnlySpan<char> ForModels(string text, out char[]? rented)
    {
        ArgumentNullException.ThrowIfNull(text);
        rented = null;
        if (!text.Contains(Typographic)) return text;
        rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        var folded = rented.AsSpan(0, text.Length);
        text.AsSpan().Replace(folded, Typographic, '\'');
        return folded;
    }

    /// <summary>Hands back the array <see cref="ForModels(string, out char[])"/> rented, if any.</summary>
    public static void Return(char[]? rented)
    {
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
    }
}
