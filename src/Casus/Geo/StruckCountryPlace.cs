using Casus.Document;

namespace Casus.Geo;

/// <summary>
/// The country-level place of force used against a country named as such (`target`): "Russia's invasion of Ukraine",
/// "Iran's missile attack against Israel", "fired rockets into Israel", "Hamas's attack on Israel" happened in the
/// country struck. Only for CAMEO roots 18–20 (assault, fight, mass violence) whose target is the country's own name
/// (not "Israeli forces", who may be anywhere), joined to the act by "against" or "into", or by "on" or "of" to a noun
/// of the act: a target that is the object of a verb ("Ukraine fights Russia's aggression", "forces surrounding
/// Ukraine") is not where the act happened. Stateless.
/// </summary>
internal static class StruckCountryPlace
{
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
        if (governor < 0) return null;
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
}
