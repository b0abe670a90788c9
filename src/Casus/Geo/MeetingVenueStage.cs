using Casus.Actors.Context;
using Casus.Coding;
using Casus.Document;
using Casus.Pipeline;

namespace Casus.Geo;

/// <summary>
/// Gives a meeting of two states the CAMEO leaf its venue decides (docs/formats/verbs.md, "Where a meeting is"). The
/// codebook tells the meetings apart by where they happen, not by the words for them: 042 "make a visit" (travel to the
/// other's country), 043 "host a visit" (receive the other at home), 044 "meet at a 'third' location" (neither's
/// home). The verb dictionary can only say 040 ("met with X"); once <see cref="EventPlaceStage"/> has placed the event
/// by a place its own clause names ("met with President Duda in Warsaw"), the meeting's venue is known. Only a
/// face-to-face meeting is recoded (meet, hold talks, a meeting or summit): "discussed", "spoke with", "consulted"
/// may be a call, and a place the article's context or an earlier sentence gives may be the reporter's, not the
/// meeting's. Both sides must be states and not the same state. Immutable and thread-safe.
/// </summary>
public sealed class MeetingVenueStage : IStage
{
    private static readonly CameoCode Consult = CameoCode.Parse("040");
    private static readonly CameoCode Visit = CameoCode.Parse("042");
    private static readonly CameoCode Host = CameoCode.Parse("043");
    private static readonly CameoCode ThirdPlace = CameoCode.Parse("044");

    // The entries' first words that name a meeting in person (data/verbs/04_consult.txt, data/nouns/events.txt):
    // "meet (with) <obj>", "hold talk|meeting|summit (with) <obj>", "have talk|meeting", "sit down with", "huddle
    // with", and the nouns "meeting", "summit", "talks" of the noun events.
    private static readonly HashSet<string> InPerson = new(StringComparer.Ordinal)
    {
        "meet", "hold", "have", "sit", "huddle", "meeting", "summit", "talks",
    };

    private readonly CameoCatalog _catalog;

    /// <summary>A stage over <paramref name="catalog"/>; null means <see cref="CameoCatalog.Default"/>.</summary>
    public MeetingVenueStage(CameoCatalog? catalog = null) => _catalog = catalog ?? CameoCatalog.Default;

    /// <inheritdoc/>
    public string Name => "meeting-venues";

    /// <inheritdoc/>
    public Annotations Requires => Annotations.EventPlaces;

    /// <inheritdoc/>
    public Annotations Assigns => Annotations.None;

    /// <inheritdoc/>
    public void Process(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        for (int i = 0; i < article.Events.Count; i++)
        {
            var e = article.Events[i];
            if (VenueCode(e) is not { } code || !_catalog.TryGet(code, out var entry)) continue;
            var notes = new List<string>(e.Evidence.Notes.Count + 1);
            notes.AddRange(e.Evidence.Notes);
            notes.Add($"meeting in {e.Location!.Text ?? e.Location.Name} ({e.Location.Country}): {Consult} → {code} ({entry.Name})");
            article.ReplaceEvent(i, e with
            {
                Code = code,
                Goldstein = entry.Goldstein,
                QuadClass = entry.QuadClass,
                Plover = entry.Plover,
                PloverMode = entry.PloverMode,
                PloverContext = entry.PloverContext,
                Evidence = e.Evidence with { Notes = notes },
            });
        }
    }

    /// <summary>The leaf of 04 the venue of meeting <paramref name="e"/> gives, or null where the event is no
    /// in-person meeting of two states placed by its own clause.</summary>
    internal static CameoCode? VenueCode(Event e)
    {
        if (e.Code != Consult || e.Target is null || e.Location is not { Source: "clause", Country: { Length: 3 } venue })
            return null;
        if (!InPerson.Contains(EntryWord(e.Evidence.VerbEntry))) return null;
        var source = e.Source.Code.Primary;
        var target = e.Target.Code.Primary;
        if (!ContextCountryPass.IsCountry(source) || !ContextCountryPass.IsCountry(target) || source == target) return null;
        if (venue == target) return Visit;
        if (venue == source) return Host;
        return ThirdPlace;
    }

    // "verbs/04_consult.txt:5 meet (with) <obj>" → "meet"; "nouns/events.txt:11 talks|consultations with=target" →
    // "talks".
    private static string EntryWord(string entry)
    {
        int start = entry.IndexOf(' ');
        if (start < 0) return string.Empty;
        int end = start + 1;
        while (end < entry.Length && entry[end] is not (' ' or '|')) end++;
        return entry.Substring(start + 1, end - start - 1);
    }
}
