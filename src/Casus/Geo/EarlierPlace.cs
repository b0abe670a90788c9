using Casus.Document;
using Casus.Time;

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
/// an event in the first <see cref="MaxOpeningReach"/> sentences, or the opening's visit for the visitor's later
/// meetings in an article about one trip (<see cref="TripPlace"/>). A phone call's readout carries nothing
/// (<see cref="PhoneCall"/>). A place named only as the topic of some other act
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
        // A call's readout reports what was said on the line: a place one of its sentences names is a topic or
        // someone else's trip ("Feltman will travel to Sudan"), never where the callers were.
        if (nearest is null || PhoneCall.Is(article) || !SameTime(nearest, e)) return (null, "");
        if (setting && ShareAnActor(e, nearest))
        {
            if (e.Sentence - nearest.Sentence <= MaxParagraphReach && !ParagraphBreakBetween(article, nearest.Sentence, e.Sentence))
                return (nearest, "paragraph");
            if (nearest.Sentence == 0 && e.Sentence <= MaxOpeningReach) return (nearest, "opening");
        }
        return TripPlace(article, e, nearest, settings);
    }

    /// <summary>The last sentence (0-based) the place of a trip's opening reaches.</summary>
    public const int MaxTripReach = 30;

    /// <summary>
    /// The opening's visit, for a later meeting (root 04) or intent to meet (036) of the visitor in an article about
    /// one trip: the opening sentence (or the headline) names the visit's place ("Finer traveled to Tunis", a visit
    /// 042, 043 or 036 placed by its own words), every visit placed in the opening goes there (not "will travel to
    /// the United Kingdom and Belgium"), the visitor (source of 042 and 036, target of 043) is a party of the meeting,
    /// and the nearest earlier event placed by its own words is at that place (another place intervening ends the
    /// trip's reach). Paragraph breaks do not end it: a trip's readout gives each meeting a paragraph of its own.
    /// </summary>
    private static (Event? From, string Source) TripPlace(Article article, Event e, Event nearest, IReadOnlySet<int> settings)
    {
        if (e.Sentence > MaxTripReach || !(e.Code.Root == 4 || e.Code.Digits.StartsWith("036", StringComparison.Ordinal))) return (null, "");
        Event? visit = null;
        var title = article.Metadata.Title;
        for (int j = 0; j < article.Events.Count; j++)
        {
            var v = article.Events[j];
            if (v.Sentence > 1 || !IsVisit(v.Code) || v.Location is not { Source: "clause" or "destination" } l || !settings.Contains(j)) continue;
            if (v.Sentence == 1 && (title is null || l.Text is null || !title.Contains(l.Text, StringComparison.OrdinalIgnoreCase))) continue;
            if (visit is not null && visit.Location!.Name != l.Name) return (null, "");
            visit ??= v;
        }
        if (visit is null || visit.Sentence >= e.Sentence || !SameTime(visit, e) || nearest.Location!.Name != visit.Location!.Name) return (null, "");
        var visitor = visit.Code.Digits.StartsWith("043", StringComparison.Ordinal) ? visit.Target : visit.Source;
        return Same(visitor, e.Source) || Same(visitor, e.Target) ? (visit, "opening") : (null, "");
    }

    /// <summary>How many days apart two events may be dated and still share a place.</summary>
    public const int MaxDaysApart = 31;

    /// <summary>False when both events are dated by words of their sentences and their periods lie more than
    /// <see cref="MaxDaysApart"/> days apart ("It will build on the President's participation in the October 2021
    /// Summit" does not happen at the place of the May 2022 summit the article announces; "Dr. Biden traveled to Kenya
    /// in February 2023" does not place her greeting a guest on May 22, 2024). The publication date stands in for an
    /// unknown date, so an event dated by it passes, as does an undated one.</summary>
    private static bool SameTime(Event a, Event b)
    {
        if (a.When is not { Source: not DateSource.Publication } x || b.When is not { Source: not DateSource.Publication } y) return true;
        return x.End.DayNumber + MaxDaysApart >= y.Date.DayNumber && y.End.DayNumber + MaxDaysApart >= x.Date.DayNumber;
    }

    private static bool IsVisit(Casus.Coding.CameoCode code) => code.Digits.StartsWith("042", StringComparison.Ordinal)
        || code.Digits.StartsWith("043", StringComparison.Ordinal) || code.Digits.StartsWith("036", StringComparison.Ordinal);

    private static bool Same(Mention? x, Mention? y)
        => x?.Code.Value is { Length: >= 3 } u && y?.Code.Value is { } v && !u.StartsWith("---", StringComparison.Ordinal)
           && u.Equals(v, StringComparison.Ordinal);

    /// <summary>True when the two events have an actor code in common; codes without a country ("---GOV") do not count,
    /// since any government or civilians match them.</summary>
    private static bool ShareAnActor(Event a, Event b)
    {
        return Same(a.Source, b.Source) || Same(a.Source, b.Target) || Same(a.Target, b.Source) || Same(a.Target, b.Target);
    }

    /// <summary>True when a line break separates sentence <paramref name="from"/> from sentence <paramref name="to"/>.</summary>
    private static bool ParagraphBreakBetween(Article article, int from, int to)
    {
        int start = article.SentenceData[from].End, end = article.SentenceData[to].Start;
        return end > start && article.Text.AsSpan(start, end - start).IndexOf('\n') >= 0;
    }
}
