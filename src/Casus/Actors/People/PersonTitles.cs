using Casus.Document;

namespace Casus.Actors.People;

/// <summary>
/// Words written before a personal name: honorifics that say nothing of office ("Mr.", "Dr.", "Sheikh") and titles
/// of one person's office ("President", "Prime Minister", "Gen.", "the ambassador"). Titles also let a title-only
/// phrase ("the ambassador") and a pronoun find a person. English news usage, written for Casus.
/// </summary>
internal static class PersonTitles
{
    // Honorifics: lower-cased, with and without the period.
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam", "madame", "mme", "mme.",
        "sheikh", "sheik", "shaikh", "sayyid", "hajj", "haji", "mullah", "ayatollah", "grand", "imam", "rev.", "reverend",
    };

    // One-word titles of a single officeholder (singular).
    private static readonly HashSet<string> Singles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "premier", "chancellor", "minister", "ambassador", "envoy", "king", "queen", "emir", "amir",
        "prince", "princess", "sultan", "sheikh", "general", "gen.", "gen", "lt.", "col.", "colonel", "maj.", "major",
        "brig.", "brigadier", "admiral", "adm.", "marshal", "commander", "senator", "sen.", "rep.", "congressman",
        "congresswoman", "governor", "gov.", "mayor", "judge", "justice", "prosecutor", "secretary", "spokesman",
        "spokeswoman", "spokesperson", "leader", "chairman", "chairwoman", "chief", "pope", "ayatollah", "cleric",
        "diplomat", "official", "monarch", "dictator", "vice-president", "secretary-general", "lawmaker", "mp",
        "adviser", "advisor", "aide", "counselor", "counsellor", "negotiator", "coordinator",
    };

    // Two-word titles, lower case, whose first word is not itself a title.
    private static readonly HashSet<string> Pairs = new(StringComparer.OrdinalIgnoreCase)
    {
        "prime minister", "foreign minister", "defence minister", "defense minister", "interior minister",
        "finance minister", "crown prince", "vice president", "deputy premier", "foreign secretary", "home secretary",
        "supreme leader", "opposition leader", "army chief", "field marshal", "secretary general", "state secretary",
    };

    private static readonly HashSet<string> Male = new(StringComparer.OrdinalIgnoreCase)
        { "mr", "mr.", "king", "prince", "sir", "sultan", "emir", "amir", "sheikh", "sheik", "lord", "congressman", "chairman", "spokesman" };
    private static readonly HashSet<string> Female = new(StringComparer.OrdinalIgnoreCase)
        { "mrs", "mrs.", "ms", "ms.", "madam", "madame", "mme", "mme.", "queen", "princess", "lady", "dame", "congresswoman", "chairwoman", "spokeswoman", "first lady" };

    /// <summary>'m' or 'f' for a word that shows a gender ("Mr.", "Queen"), else '\0'.</summary>
    public static char GenderOf(ReadOnlySpan<char> word)
        => Male.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? 'm' : Female.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? 'f' : '\0';

    /// <summary>True for an honorific ("Mr.", "Dr.", "Sheikh").</summary>
    public static bool IsHonorific(ReadOnlySpan<char> word) => Honorifics.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for a one-word title of a single person ("president", "ambassador", "Gen.").</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => Singles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Number of tokens of a title or honorific that ends just before token <paramref name="end"/> and
    /// starts no earlier than <paramref name="limit"/> (0 for none): "Prime Minister" → 2, "Mr." → 1.</summary>
    public static int TitleBefore(Article article, int limit, int end)
    {
        var tokens = article.Tokens;
        if (end - 2 >= limit && Pairs.Contains(tokens[end - 2].Text + " " + tokens[end - 1].Text)) return 2;
        // "Mr" "." where the tokenizer split the abbreviation's period off.
        if (end - 2 >= limit && tokens[end - 1].Span is "." && IsHonorific(tokens[end - 2].Span)) return 2;
        if (end - 1 >= limit && (IsTitle(tokens[end - 1].Span) || IsHonorific(tokens[end - 1].Span))) return 1;
        return 0;
    }

    /// <summary>Title words of a phrase, lower-cased ("Syria's ambassador to Iraq" → "ambassador").</summary>
    public static IEnumerable<string> TitlesIn(Article article, TokenSpan span)
    {
        var tokens = article.Tokens;
        for (int i = span.First; i < span.End; i++)
        {
            // A two-word title is one title: "vice president" is not a "president".
            if (i + 1 < span.End && Pairs.Contains(tokens[i].Text + " " + tokens[i + 1].Text))
            {
                yield return (tokens[i].Text + " " + tokens[i + 1].Text).ToLowerInvariant();
                i++;
                continue;
            }
            if (IsTitle(tokens[i].Span)) yield return tokens[i].Text.ToLowerInvariant();
        }
    }
}
