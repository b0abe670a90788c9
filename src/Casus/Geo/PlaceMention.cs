using Casus.Document;

namespace Casus.Geo;

/// <summary>A run of words that names a place or a country, with its readings and where it sits in the parse.</summary>
/// <param name="Sentence">Sentence index.</param>
/// <param name="First">First token (article-wide).</param>
/// <param name="End">One past the last token.</param>
/// <param name="Text">The words as written.</param>
/// <param name="Country">The country the words name, if they name one.</param>
/// <param name="Places">The gazetteer places of that name (most populous first); empty for a country name.</param>
/// <param name="Anchor">The token whose preposition makes the run a place of something: the run's head, or the
/// noun it names ("the city of Aleppo" → city); -1 when no locative preposition governs it.</param>
/// <param name="Preposition">The locative preposition ("in", "near"), if any.</param>
public sealed record PlaceMention(int Sentence, int First, int End, string Text, GeoCountry? Country,
    IReadOnlyList<GeoPlace> Places, int Anchor, string? Preposition)
{
    /// <summary>True when a locative preposition governs the words ("in Kabul", "near the town of Kunduz").</summary>
    public bool IsLocative => Anchor >= 0;

    /// <summary>True when a country or division after a comma chose its places ("Lebanon, Ohio"): the writer's word
    /// supports a small place as the actors' countries would.</summary>
    public bool Qualified { get; init; }

    /// <summary>The tokens of the mention.</summary>
    public TokenSpan Tokens => new(First, End - First);
}
