using Casus.Document;

namespace Casus.Geo;

/// <summary>
/// The place an event takes from an earlier event when its own sentence names none, as a reader carries a setting
/// forward: "Harris met Herzog in Munich. The leaders discussed the hostages." The earlier event must have been placed
/// by its own words (location source clause, sentence or destination), be the nearest such event before this one, have the place
/// as the setting of its act (a phrase of its verb, or of a noun or two under it, decided by the caller: not "discussed
/// developments in Gaza"), and
/// share an actor code with it (the same people acting on: a place set for other actors is not theirs). Within the same
/// paragraph, up to <see cref="MaxParagraphReach"/> sentences back, that gives `paragraph`; past the paragraph only an
/// event of the article's opening sentence serves (`opening`: "Today in Phnom Penh, the leaders reaffirmed ..."), for
/// an event in the first <see cref="MaxOpeningReach"/> sentences. A place named only as the topic of some other act
/// ("support for the status quo in Jerusalem", "reactors in India") places nothing, because no event of its own
/// sentence took it. Stateless.
/// </summary>
internal static class EarlierPlace
{
    /// <summary>How many sentences back a paragraph's place reaches: a long paragraph (a statement printed without
    /// breaks is one paragraph) moves on from its place.</summary>
    public const int MaxParagraphReach = 4;

    /// <summary>The last sentence (0-based) the opening's place reaches: readouts and short reports stay where they
    /// opened; a long fact sheet lists acts done elsewhere.</summary>
    public const int MaxOpeningReach = 12;

    /// <summary>The earlier event whose place event <paramref name="index"/> takes, with the source ("paragraph" or
    /// "opening"), or null.</summary>
    public static (Event? From, string Source) Find(Article article, int index, IReadOnlySet<int> settings)
    {
        var e = article.Events[index];
        Event? nearest = null;
        bool setting = false;
        for (int j = 0; j < article.Events.Count; j++)
        {
            var other = article.Events[j];
            if (other.Sentence >= e.Sentence || other.Location?.Source is not ("clause" or "sentence" or "destination")) continue;
            if (nearest is null || other.Sentence > nearest.Sentence) (nearest, setting) = (other, settings.Contains(j));
        }
        if (nearest is null || !setting || !ShareAnActor(e, nearest)) return (null, "");
        if (e.Sentence - nearest.Sentence <= MaxParagraphReach && !ParagraphBreakBetween(article, nearest.Sentence, e.Sentence))
            return (nearest, "paragraph");
        if (nearest.Sentence == 0 && e.Sentence <= MaxOpeningReach) return (nearest, "opening");
        return (null, "");
    }

    /// <summary>True when the two events have an actor code in common; codes without a country ("---GOV") do not count,
    /// since any government or civilians match them.</summary>
    private static bool ShareAnActor(Event a, Event b)
    {
        static bool Same(Mention? x, Mention? y)
            => x?.Code.Value is { Length: >= 3 } u && y?.Code.Value is { } v && !u.StartsWith("---", StringComparison.Ordinal)
               && u.Equals(v, StringComparison.Ordinal);
        return Same(a.Source, b.Source) || Same(a.Source, b.Target) || Same(a.Target, b.Source) || Same(a.Target, b.Target);
    }

    /// <summary>True when a line break separates sentence <paramref name="from"/> from sentence <paramref name="to"/>.</summary>
    private static bool ParagraphBreakBetween(Article article, int from, int to)
    {
        int start = article.SentenceData[from].End, end = article.SentenceData[to].Start;
        return end > start && article.Text.AsSpan(start, end - start).IndexOf('\n') >= 0;
    }
}
