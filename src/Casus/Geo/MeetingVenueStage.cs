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
            if (VenueCode(e) is not { } code || !_catalog.TryGet(code, out var entry) || AmongSeveral(article, e)) continue;
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
        // Only an entry that names a meeting in person (the in-person-words list of data/frames/frame_words.txt).
        if (!FrameWords.Default.Contains(FrameWordList.InPersonWords, EntryWord(e.Evidence.VerbEntry))) return null;
        var source = e.Source.Code.Primary;
        var target = e.Target.Code.Primary;
        if (!ContextCountryPass.IsCountry(source) || !ContextCountryPass.IsCountry(target) || source == target) return null;
        if (venue == target) return Visit;
        if (venue == source) return Host;
        return ThirdPlace;
    }

    /// <summary>
    /// True when the words that placed meeting <paramref name="e"/> are one of a list of places joined by "and" or "or"
    /// ("in-person sessions in Canberra, London, and Washington"): the meetings were held in turn at each, so no one
    /// of them is the venue that tells a visit from hosting. A place with its state or country after a comma
    /// ("Washington, D.C.", "Tokyo, Japan") has no "and" and stays one venue; a conjunct with its own preposition is
    /// no item of the list ("in Washington with the Minister of Foreign Affairs and International Cooperation").
    /// Where the words occur more than once, the occurrence nearest the event's word is the one its clause named
    /// ("As part of his travel to Israel and the West Bank, he met in Israel").
    /// </summary>
    private static bool AmongSeveral(Article article, Event e)
    {
        var text = e.Location?.Text;
        if (string.IsNullOrEmpty(text) || e.Sentence < 0 || e.Sentence >= article.SentenceData.Count) return false;
        var tokens = article.TokenData;
        var sentence = article.SentenceData[e.Sentence];
        int trigger = e.Trigger.First >= 0 && e.Trigger.First < tokens.Count ? tokens[e.Trigger.First].Start : sentence.Start;
        int at = -1;
        for (int found = article.Text.IndexOf(text, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
             found >= 0 && found + text.Length <= sentence.End;
             found = article.Text.IndexOf(text, found + 1, sentence.End - found - 1, StringComparison.Ordinal))
            if (at < 0 || Math.Abs(found - trigger) < Math.Abs(at - trigger)) at = found;
        if (at < 0) return false;
        int first = sentence.FirstToken, end = sentence.FirstToken + sentence.TokenCount;
        for (int t = first; t < end; t++)
        {
            if (tokens[t].Start < at || tokens[t].End > at + text.Length) continue;
            // The place is a later item of a list, or the first item of one.
            int head = tokens[t].Head;
            if (tokens[t].Relation == "conj" && head >= 0 && (tokens[head].Start < at || tokens[head].End > at + text.Length)
                && ListItems(article, head, t) && HasAndOr(article, first, end, head))
                return true;
            for (int d = t + 1; d < end; d++)
                if (tokens[d].Head == t && tokens[d].Relation == "conj" && ListItems(article, t, d) && HasAndOr(article, first, end, t))
                    return true;
        }
        return false;
    }

    /// <summary>True when proper noun <paramref name="conjunct"/>, a conjunct of proper noun <paramref name="head"/>, is
    /// an item of a plain list of names: between them only commas, "and", "or", other items and the items' own words,
    /// no preposition.</summary>
    private static bool ListItems(Article article, int head, int conjunct)
    {
        var tokens = article.TokenData;
        if (tokens[head].Upos != Upos.PROPN || tokens[conjunct].Upos != Upos.PROPN) return false;
        for (int k = Math.Min(head, conjunct) + 1; k < Math.Max(head, conjunct); k++)
        {
            if (tokens[k].Upos is Upos.PUNCT or Upos.CCONJ) continue;
            if (tokens[k].Upos is Upos.ADP or Upos.VERB or Upos.AUX) return false;
            int h = tokens[k].Head;
            if (h != head && h != conjunct && (h < 0 || tokens[h].Head != head)) return false;
        }
        return true;
    }

    /// <summary>True when one of the conjuncts of <paramref name="head"/> (tokens <paramref name="first"/> to
    /// <paramref name="end"/>) carries "and" or "or".</summary>
    private static bool HasAndOr(Article article, int first, int end, int head)
    {
        var tokens = article.TokenData;
        for (int c = first; c < end; c++)
        {
            if (tokens[c].Relation != "cc" || tokens[c].Lemma is not ("and" or "or")) continue;
            int conjunct = tokens[c].Head;
            if (conjunct >= 0 && tokens[conjunct].Relation == "conj" && tokens[conjunct].Head == head) return true;
        }
        return false;
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
