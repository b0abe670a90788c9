using Casus.Document;

namespace Casus.Geo;

/// <summary>
/// The country-level place of an event no words place (`actors`): when source and target are coded with the same
/// country ("the Prime Minister dismissed the Interior Minister", "police arrested protesters": IRQGOV → IRQGOV,
/// USACOP → USAOPP), the act is domestic and happened in that country, as GDELT's country fallback has it, unless
/// the sentence names actors of another country or an international organisation ("both sides welcomed the launch
/// of the program in Mongolia's ...", "G7 leaders will blunt Russia's ability ...": a joint act, coded with one of
/// them). An act between two countries, or with one actor, gives
/// nothing: a statement, a visit or an attack across a border can happen in either country or elsewhere. Stateless.
/// </summary>
internal static class ActorCountryPlace
{
    /// <summary>The shared country of the event's source and target, or null.</summary>
    public static GeoCountry? Find(Article article, Event e, Gazetteer gazetteer)
    {
        if (e.Target is not { } target || e.Source.Code.Value is not { Length: >= 3 } source || target.Code.Value is not { Length: >= 3 } other) return null;
        if (!source.AsSpan(0, 3).SequenceEqual(other.AsSpan(0, 3))) return null;
        // Codes without a country ("---", "IGO") are not in the country table.
        if (!gazetteer.TryGetCountry(source[..3], out var country)) return null;
        foreach (var m in article.Mentions)
            if (m.Sentence == e.Sentence && m.Code.Value is { Length: >= 3 } code && !code.AsSpan(0, 3).SequenceEqual(source.AsSpan(0, 3))
                && (code.StartsWith("IGO", StringComparison.Ordinal) || gazetteer.TryGetCountry(code[..3], out _))) return null;
        return country;
    }
}
