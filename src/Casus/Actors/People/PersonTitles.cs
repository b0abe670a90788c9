using Casus.Document;

namespace Casus.Actors.People;

/// <summary>
/// Words written before a personal name: honorifics that say nothing of office ("Mr.", "Dr.", "Sheikh") and titles
/// of one person's office ("President", "Prime Minister", "Gen.", "the ambassador"). Titles also let a title-only
/// phrase ("the ambassador") and a pronoun find a person. The words are data/actors/titles.txt
/// (<see cref="PersonTitleWords"/>).
/// </summary>
internal static class PersonTitles
{
    private static PersonTitleWords W => PersonTitleWords.Default;

    /// <summary>'m' or 'f' for a word that shows a gender ("Mr.", "Queen"), else '\0'.</summary>
    public static char GenderOf(ReadOnlySpan<char> word) => W.GenderOf(word);

    /// <summary>True for an honorific ("Mr.", "Dr.", "Sheikh").</summary>
    public static bool IsHonorific(ReadOnlySpan<char> word) => W.IsHonorific(word);

    /// <summary>True for a one-word title of a single person ("president", "ambassador", "Gen.").</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => W.IsTitle(word);

    /// <summary>True for a word that ends a title's portfolio ("Affairs" of "Minister of Foreign Affairs").</summary>
    public static bool IsPortfolioEnd(ReadOnlySpan<char> word) => W.IsPortfolioEnd(word);

    /// <summary>True for the head of a cabinet office ("minister", "deputy minister"), any case.</summary>
    public static bool IsCabinetTitle(ReadOnlySpan<char> phrase) => W.IsCabinetTitle(phrase);

    /// <summary>Number of tokens of a title or honorific that ends just before token <paramref name="end"/> and
    /// starts no earlier than <paramref name="limit"/> (0 for none): "Prime Minister" → 2, "Mr." → 1.</summary>
    public static int TitleBefore(Article article, int limit, int end)
    {
        var tokens = article.Tokens;
        if (end - 2 >= limit && W.IsTitlePair(tokens[end - 2].Span, tokens[end - 1].Span)) return 2;
        // "Mr" "." where the tokenizer split the abbreviation's period off.
        if (end - 2 >= limit && tokens[end - 1].Span is "." && IsHonorific(tokens[end - 2].Span)) return 2;
        if (end - 1 >= limit && (IsTitle(tokens[end - 1].Span) || IsHonorific(tokens[end - 1].Span))) return 1;
        return 0;
    }

    /// <summary>True when a title or honorific stands anywhere in the span ("Chancellor Olaf Scholz of Germany",
    /// "President of France"); allocates nothing, unlike <see cref="TitlesIn"/>.</summary>
    public static bool HasTitle(Article article, TokenSpan span)
    {
        for (int t = span.First + 1; t <= span.End; t++) if (TitleBefore(article, span.First, t) > 0) return true;
        return false;
    }

    /// <summary>Title words of a phrase, lower-cased ("Syria's ambassador to Iraq" → "ambassador"). In a title of
    /// another's office the office served qualifies the title and is no title of its own ("Chief Advisor to the
    /// President of Turkey" → "advisor to the president"): that is another post than "National Security Advisor".</summary>
    public static IEnumerable<string> TitlesIn(Article article, TokenSpan span)
    {
        var titles = new List<string>();
        AddTitlesIn(article, span, titles);
        return titles;
    }

    /// <summary>Adds <see cref="TitlesIn"/>'s titles to <paramref name="titles"/>, in its order: callers that ask of
    /// every mention of an article reuse one list instead of an enumerator per mention.</summary>
    public static void AddTitlesIn(Article article, TokenSpan span, List<string> titles)
    {
        var tokens = article.Tokens;
        int to = span.End;
        for (int i = span.First + 1; i + 1 < span.End; i++)
            if (tokens[i].Span is "to" && tokens[i + 1].Span is "the") { to = i; break; }
        // The office served: a title right after "to the"; later titles are the person's own again ("... and
        // Coordinator for the Southwest Border, Ambassador Roberta Jacobson").
        string suffix = "";
        int after = span.End;
        if (to + 2 < span.End)
        {
            int inner = to + 2;
            if (inner + 1 < span.End && W.LowerPair(tokens[inner].Span, tokens[inner + 1].Span) is { } pair)
            { suffix = " to the " + pair; after = inner + 2; }
            else if (IsTitle(tokens[inner].Span)) { suffix = " to the " + tokens[inner].Text.ToLowerInvariant(); after = inner + 1; }
            else after = to;
        }
        int from = titles.Count;
        AddTitles(article, new TokenSpan(span.First, to - span.First), titles);
        if (suffix.Length > 0) for (int t = from; t < titles.Count; t++) titles[t] += suffix;
        if (after < span.End) AddTitles(article, new TokenSpan(after, span.End - after), titles);
    }

    private static void AddTitles(Article article, TokenSpan span, List<string> titles)
    {
        var tokens = article.Tokens;
        for (int i = span.First; i < span.End; i++)
        {
            // A two-word title is one title: "vice president" is not a "president".
            if (i + 1 < span.End && W.LowerPair(tokens[i].Span, tokens[i + 1].Span) is { } pair)
            {
                titles.Add(pair);
                i++;
                continue;
            }
            if (W.LowerTitle(tokens[i].Span) is { } title) titles.Add(title);
        }
    }
}
