using Casus.Document;

namespace Casus.Coding;

/// <summary>
/// A title-case heading before a colon at the start of a sentence ("Enhanced Maritime Security Cooperation: The U.S.
/// and Saudi Arabia reaffirmed ...", "Engaging on Sustainable Investment: ..."): fact sheets head each paragraph so.
/// The heading names the paragraph's topic, not an act; the paragraph after the colon states the acts.
/// </summary>
internal static class Headings
{
    private const int MaxHeadingTokens = 12;

    // Short words a title-case heading leaves lower case.
    private static readonly string[] FunctionWords = { "of", "and", "the", "in", "for", "on", "to", "with", "a", "an", "at", "by", "from", "&", "-", "–", "’s", "'s", "," };

    /// <summary>True when <paramref name="trigger"/> lies in a title-case heading before a colon that opens sentence
    /// <paramref name="sentence"/>, with text after the colon.</summary>
    public static bool InHeading(Article article, int sentence, TokenSpan trigger)
    {
        var s = article.Sentences[sentence];
        int first = s.FirstToken, end = s.FirstToken + s.TokenCount;
        var tokens = article.TokenData;
        var text = article.Text;
        int t = first;
        // A list bullet or emphasis before the heading ("-   ", "**").
        while (t < end && !char.IsLetterOrDigit(text[tokens[t].Start])) t++;
        int start = t, words = 0;
        for (; t < end && t - start <= MaxHeadingTokens; t++)
        {
            var w = text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
            if (w is ":") return words >= 2 && trigger.First >= start && trigger.End <= t && t + 1 < end;
            if (char.IsUpper(w[0]) || char.IsDigit(w[0])) { words++; continue; }
            if (!IsFunctionWord(w)) return false;
        }
        return false;
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> w)
    {
        foreach (var f in FunctionWords) if (w.Equals(f, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
