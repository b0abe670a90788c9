using Casus.Document;

namespace Casus.Geo;

/// <summary>
/// The country-level place of force used against a country named as such (`target`): "Russia's invasion of Ukraine",
/// "Iran's missile attack against Israel", "fired rockets into Israel", "Hamas's attack on Israel" happened in the
/// country struck. Only for CAMEO roots 18–20 (assault, fight, mass violence) whose target is the country's own name
/// (not "Israeli forces", who may be anywhere), joined to the act by "against" or "into", or by "on" or "of" to a noun
/// of the act: a target that is the object of a verb ("Ukraine fights Russia's aggression", "forces surrounding
/// Ukraine") is not where the act happened. Nor is force at sea ("German submarine attacks against the United States":
/// the act's word takes a naval word) or force dated years before the article (a history, "in 1917", whose front lines
/// the country's settlement centre does not describe). Stateless.
/// </summary>
internal static class StruckCountryPlace
{
    /// <summary>How many years before the article's publication an act may be dated and still be placed in the
    /// country struck: older acts are history, fought along borders and seas of their own time.</summary>
    public const int MaxYearsBefore = 20;

    /// <summary>The country the event's force struck, or null.</summary>
    public static GeoCountry? Find(Article article, Event e, Gazetteer gazetteer)
    {
        if (e.Code.Root is < 18 or > 20 || e.Target is not { } target || target.Tokens.Count == 0) return null;
        if (!gazetteer.TryGetCountryByName(target.Text, out var country) || target.Code.Value is not { Length: >= 3 } code
            || !code.AsSpan(0, 3).SequenceEqual(country.Code)) return null;
        var tokens = article.TokenData;
        if (target.Tokens.End > tokens.Count) return null;
        int head = target.Tokens.First;
        for (int t = target.Tokens.First; t < target.Tokens.End; t++)
            if (!target.Tokens.Contains(tokens[t].Head)) { head = t; break; }
        int governor = tokens[head].Head;
        if (governor < 0 || AtSea(article, e) || Historical(article, e)) return null;
        string? prep = null;
        int first = article.SentenceData[tokens[head].Sentence].FirstToken;
        for (int c = first; c < head; c++)
            if (tokens[c].Head == head && tokens[c].Relation == "case") { prep = tokens[c].Lemma; break; }
        return prep switch
        {
            "against" or "into" => country,
            "on" or "of" when tokens[governor].Upos == Upos.NOUN => country,
            _ => null,
        };
    }

    /// <summary>True when a word of the act's own phrase names the sea or a navy ("submarine attacks", "naval
    /// blockade"): the country struck was struck at sea, not in its territory.</summary>
    private static bool AtSea(Article article, Event e)
    {
        var tokens = article.TokenData;
        int first = article.SentenceData[e.Sentence].FirstToken, end = first + article.SentenceData[e.Sentence].TokenCount;
        for (int t = first; t < end; t++)
        {
            if (!IsNaval(tokens[t].Lemma)) continue;
            if (e.Trigger.Contains(t) || tokens[t].Head >= 0 && e.Trigger.Contains(tokens[t].Head)
                && tokens[t].Relation is "compound" or "amod" or "nmod") return true;
        }
        return false;
    }

    private static bool IsNaval(string? lemma) => lemma is not null && (lemma.Equals("submarine", StringComparison.OrdinalIgnoreCase)
        || lemma.Equals("naval", StringComparison.OrdinalIgnoreCase) || lemma.Equals("maritime", StringComparison.OrdinalIgnoreCase)
        || lemma.Equals("sea", StringComparison.OrdinalIgnoreCase) || lemma.Equals("torpedo", StringComparison.OrdinalIgnoreCase)
        || lemma.Equals("U-boat", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the event is dated more than <see cref="MaxYearsBefore"/> years before the article.</summary>
    private static bool Historical(Article article, Event e)
        => e.When is { } when && article.Metadata.Published is { } published && when.End.AddYears(MaxYearsBefore) < published;
}
