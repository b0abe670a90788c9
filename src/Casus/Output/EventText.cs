using Casus.Document;

namespace Casus.Output;

/// <summary>Maps the token spans of events and mentions back to characters of the article, for output.
/// Stages are trusted, but output must never crash on a span that does not fit the article.</summary>
public static class EventText
{
    /// <summary>The characters <c>[Start, End)</c> the tokens cover, or null when the span is empty or out of range.</summary>
    public static (int Start, int End)? CharRange(Article article, TokenSpan span)
    {
        ArgumentNullException.ThrowIfNull(article);
        var tokens = article.Tokens;
        if (span.Count <= 0 || span.First < 0 || span.End > tokens.Count) return null;
        return (tokens[span.First].Start, tokens[span.End - 1].End);
    }

    /// <summary>The text the tokens cover, or null when the span is empty or out of range.</summary>
    public static string? Text(Article article, TokenSpan span) =>
        CharRange(article, span) is { } r ? article.Text[r.Start..r.End] : null;

    /// <summary>The text of sentence <paramref name="index"/>, or null when there is no such sentence.</summary>
    public static string? Sentence(Article article, int index)
    {
        ArgumentNullException.ThrowIfNull(article);
        return (uint)index < (uint)article.Sentences.Count ? article.Sentences[index].Text : null;
    }

    /// <summary>The event's date, else the article's publication date.</summary>
    public static DateOnly? Date(Article article, Event e) => e.Date ?? article.Metadata.Published;

    /// <summary>The CAMEO root as two digits ("02").</summary>
    public static string Root(Event e) => e.Code.Digits.Length >= 2 ? e.Code.Digits[..2] : e.Code.Digits;
}
