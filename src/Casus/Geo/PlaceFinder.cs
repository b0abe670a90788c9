using Casus.Document;
using Casus.Time;

namespace Casus.Geo;

/// <summary>
/// Finds the words of an article that name places: runs of capitalised proper nouns (and the all-capital words of a
/// dateline) matched longest-first against the country table and the gazetteer; words the entity recogniser marks
/// as a person or organisation are skipped ("Jordan Peterson", "Paris Saint-Germain"). For each mention it records
/// the locative preposition that governs it, if any.
/// </summary>
internal static class PlaceFinder
{
    private const int MaxWords = 4;

    /// <summary>Nouns that a place name can stand in apposition to: "the city of Aleppo", "Kunduz province".</summary>
    private static bool IsPlaceNoun(string lemma) => lemma is "city" or "town" or "village" or "capital" or "province" or "region"
        or "district" or "state" or "county" or "port" or "area" or "border" or "outskirts" or "suburb" or "neighbourhood"
        or "neighborhood" or "governorate" or "municipality";

    /// <summary>
    /// Nouns that name a part of the place in their of-phrase: "in the east of the Gaza Strip", "in the north of
    /// Syria", "in the heart of Kabul". The act happens in the place, so the locative preposition of the part counts.
    /// Only through "of" (<see cref="Locative"/>): "east" alone is no place.
    /// </summary>
    private static bool IsPartNoun(string lemma) => lemma is "east" or "west" or "north" or "south" or "northeast"
        or "northwest" or "southeast" or "southwest" or "north-east" or "north-west" or "south-east" or "south-west"
        or "centre" or "center" or "heart" or "part" or "edge" or "interior";

    /// <summary>A place of at least this many people is named with "the" in its name ("the Hague"); a smaller one is not.</summary>
    private const int LargePlace = 100_000;

    private static bool NamesCountryOrLargePlace(Gazetteer gazetteer, string text)
    {
        if (gazetteer.TryGetCountryByName(text, out _)) return true;
        foreach (var p in gazetteer.Places(text)) if (p.IsArea || p.Population >= LargePlace) return true;
        return false;
    }

    private static bool IsLocativePreposition(ReadOnlySpan<char> w)
        => w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("at", StringComparison.OrdinalIgnoreCase)
        || w.Equals("near", StringComparison.OrdinalIgnoreCase) || w.Equals("outside", StringComparison.OrdinalIgnoreCase)
        || w.Equals("inside", StringComparison.OrdinalIgnoreCase) || w.Equals("across", StringComparison.OrdinalIgnoreCase)
        || w.Equals("throughout", StringComparison.OrdinalIgnoreCase) || w.Equals("around", StringComparison.OrdinalIgnoreCase)
        || w.Equals("within", StringComparison.OrdinalIgnoreCase);

    /// <summary>The place mentions of sentence <paramref name="sentence"/>.</summary>
    public static List<PlaceMention> InSentence(Article article, Gazetteer gazetteer, int sentence)
    {
        var found = new List<PlaceMention>();
        var tokens = article.TokenData;
        var s = article.SentenceData[sentence];
        int end = s.FirstToken + s.TokenCount;
        for (int t = s.FirstToken; t < end;)
        {
            if (!IsNameWord(article, t))
            {
                // The entity recogniser often calls a country written as an abbreviation an organisation ("the UAE"):
                // a run of such words that is exactly a country's name is the country all the same.
                t = OrganisationCountry(article, gazetteer, sentence, t, end, found);
                continue;
            }
            int runEnd = t + 1;
            while (runEnd < end && runEnd - t < MaxWords && IsNameWord(article, runEnd)) runEnd++;
            // Capitalised words just before the run belong to the name ("New York", "NATO Summit", "Papua New
            // Guinea"): start the run there, so that the whole name is matched or nothing is.
            // Only words that are no name words themselves (those were read with the run before) are taken back, and
            // the scan always moves past the run's first name word, so it ends.
            int runStart = t;
            while (t > s.FirstToken + 1 && runEnd - t < MaxWords && IsCapitalised(article, t - 1) && !IsNameWord(article, t - 1)) t--;
            // A run followed by "of" and a capitalised word is the head of a longer name ("Republic of Korea", not the
            // town of Republic; "University of Texas"): no place of its own.
            // "Summit of the Americas" likewise.
            // A listed venue keeps its place: "at the White House of the Strategic Group" names the group meeting there.
            if (runEnd + 1 < end && Word(article, runEnd) == "of"
                && (IsCapitalised(article, runEnd + 1) || runEnd + 2 < end && Word(article, runEnd + 1) == "the" && IsCapitalised(article, runEnd + 2))
                && !IsVenue(gazetteer, EventClause.Text(article, t, runEnd)))
            { t = runEnd; continue; }
            // A run after a possessive whose owner is a capitalised word that names no place is the end of a longer
            // name ("the U.S.-Africa Leaders' Summit", not the town of Summit); "Ukraine's Kharkiv" is a place.
            if (AfterNamePossessive(article, gazetteer, s.FirstToken, t)) { t = runEnd; continue; }
            // Longest match first within the run.
            bool matched = false;
            for (int len = runEnd - t; len >= 1 && !matched; len--)
            {
                // Part of a hyphenated word ("Indo-Pacific", "Kabul-based") is not the place.
                if (Glued(article, t, t + len)) continue;
                var text = EventClause.Text(article, t, t + len);
                // Month and weekday names are dates before they are towns ("in August", "on Sunday").
                if (len == 1 && CalendarWords.Default.Contains(text)) continue;
                if (Match(article, gazetteer, sentence, t, t + len, text) is { } m)
                {
                    // "the Summit", "the Mall": a title-case common noun after "the" is no small town; "the Hague"
                    // (a large city) and "the Punjab" (a division) still are places.
                    if (len == 1 && m.Country is null && t > s.FirstToken && Word(article, t - 1).Equals("the", StringComparison.OrdinalIgnoreCase))
                    {
                        var kept = m.Places.Where(p => p.IsArea || p.Population >= LargePlace).ToArray();
                        if (kept.Length == 0) break;
                        m = m with { Places = kept };
                    }
                    found.Add(m);
                    // Name words after the place in the same run name something called after it ("the Rio Summit",
                    // "the Minsk Group"), not a place of their own, unless they name a country or a large place ("in
                    // Munich Germany", written without the comma; "Metro Manila", where "Metro" is a town too).
                    t = t + len < runEnd && !NamesCountryOrLargePlace(gazetteer, EventClause.Text(article, t + len, runEnd))
                        ? runEnd : Math.Max(t + len, runStart + 1);
                    matched = true;
                }
            }
            // A name word the tables do not know starts a longer name ("North Carolina", "Southeast Asia", "Lincoln
            // Park"): the known words after it are part of that name, not a place of their own.
            if (!matched) t = runEnd;
            continue;
        }
        // "Tripoli, Libya": the country or division after the comma decides which Tripoli.
        if (found.Count > 1) QualifiedPlace.Apply(article, gazetteer, found);
        return found;
    }

    private static bool IsVenue(Gazetteer gazetteer, string text)
    {
        var places = gazetteer.Places(text);
        return places.Count == 1 && places[0].IsVenue;
    }

    /// <summary>
    /// At <paramref name="t"/>, a word that is no name word: when it starts a run of capitalised proper nouns the
    /// recogniser marks as an organisation and the whole run is a country's name ("the UAE"), adds the country to
    /// <paramref name="found"/> and returns the run's end; else returns the next word. A longer organisation name
    /// ("Qatar Airways") is no place.
    /// </summary>
    private static int OrganisationCountry(Article article, Gazetteer gazetteer, int sentence, int t, int end, List<PlaceMention> found)
    {
        if (!IsOrganisationWord(article, t)) return t + 1;
        int runEnd = t + 1;
        while (runEnd < end && IsOrganisationWord(article, runEnd)) runEnd++;
        if (runEnd - t > MaxWords || Glued(article, t, runEnd)) return runEnd;
        var text = EventClause.Text(article, t, runEnd);
        if (gazetteer.TryGetCountryByName(text, out _) && Match(article, gazetteer, sentence, t, runEnd, text) is { Country: not null } m)
            found.Add(m);
        return runEnd;
    }

    private static bool IsOrganisationWord(Article article, int t)
    {
        var d = article.TokenData[t];
        return d.Upos == Upos.PROPN && d.Entity.Type == EntityType.Organization && d.End > d.Start && char.IsUpper(article.Text[d.Start]);
    }

    /// <summary>
    /// The dateline place: the all-capital words that open the article ("KABUL, Afghanistan (AP) —"), if the gazetteer
    /// or the country table knows them.
    /// </summary>
    public static PlaceMention? Dateline(Article article, Gazetteer gazetteer)
    {
        if (article.SentenceData.Count == 0) return null;
        var s = article.SentenceData[0];
        int end = s.FirstToken + s.TokenCount, t = s.FirstToken, runEnd = t;
        while (runEnd < end && runEnd - t < MaxWords && IsCapitals(article, runEnd)) runEnd++;
        if (runEnd == t || runEnd >= end) return null;
        var after = Word(article, runEnd);
        if (!(after is "," or "—" or "–" or "-" or "--" or "(" or ":")) return null;
        for (int len = runEnd - t; len >= 1; len--)
            if (Match(article, gazetteer, 0, t, t + len, EventClause.Text(article, t, t + len)) is { } m) return m with { Anchor = -1, Preposition = null };
        return null;
    }

    private static PlaceMention? Match(Article article, Gazetteer gazetteer, int sentence, int first, int end, string text)
    {
        var (anchor, preposition) = Locative(article, first, end);
        if (gazetteer.TryGetCountryByName(text, out var country))
        {
            // A region the country table lists under its country ("Gaza" under PSE) is a place when the gazetteer has it there.
            if (!Gazetteer.Normalize(text).Equals(Gazetteer.Normalize(country.Name), StringComparison.Ordinal))
            {
                var inCountry = gazetteer.Places(text).Where(p => p.Country == country.Code).ToArray();
                if (inCountry.Length > 0) return new PlaceMention(sentence, first, end, text, null, inCountry, anchor, preposition);
            }
            return new PlaceMention(sentence, first, end, text, country, Array.Empty<GeoPlace>(), anchor, preposition);
        }
        var places = gazetteer.Places(text);
        return places.Count > 0 ? new PlaceMention(sentence, first, end, text, null, places, anchor, preposition) : null;
    }

    /// <summary>The token a locative preposition hangs on for the run <c>[first, end)</c>, and the preposition.</summary>
    private static (int Anchor, string? Preposition) Locative(Article article, int first, int end)
    {
        var tokens = article.TokenData;
        int head = first;
        for (int t = first; t < end; t++)
            if (tokens[t].Head < first || tokens[t].Head >= end) { head = t; break; }
        for (int step = 0, node = head; step < 3 && node >= 0; step++)
        {
            if (CaseOf(article, node) is { } prep)
            {
                if (IsLocativePreposition(prep)) return (node, prep.ToLowerInvariant());
                // "the city of Aleppo", "the province of Idlib": the preposition of the place noun counts.
                if (!prep.Equals("of", StringComparison.OrdinalIgnoreCase)) return (-1, null);
            }
            int parent = tokens[node].Head;
            if (parent < 0) break;
            var rel = tokens[node].Relation;
            bool viaPlaceNoun = tokens[parent].Lemma is { } lemma && IsPlaceNoun(lemma);
            // "Kunduz province", "the city of Aleppo", "Kabul, Afghanistan" (apposition, flat names): climb to the noun.
            if (rel is "compound" or "flat" or "appos" or "nmod" && viaPlaceNoun || rel is "flat" or "appos") { node = parent; continue; }
            // "in the east of the Gaza Strip": a part of the place, named through its of-phrase.
            if (rel == "nmod" && tokens[parent].Lemma is { } part && IsPartNoun(part.ToLowerInvariant())
                && CaseOf(article, node) is { } of && of.Equals("of", StringComparison.OrdinalIgnoreCase)) { node = parent; continue; }
            break;
        }
        return (-1, null);
    }

    /// <summary>
    /// The predicate <paramref name="mention"/> is the destination of: the word its "to" hangs on ("travelled to
    /// Guyana", "welcomed him to Washington"), or, when <paramref name="asObject"/>, the verb it is the object of
    /// ("visited Kabul"); through the same apposition and place nouns as a locative ("to the city of Aleppo"). -1 when
    /// it is none.
    /// </summary>
    internal static int Destination(Article article, PlaceMention mention, bool asObject)
    {
        var tokens = article.TokenData;
        int node = mention.First;
        for (int t = mention.First; t < mention.End; t++)
            if (tokens[t].Head < mention.First || tokens[t].Head >= mention.End) { node = t; break; }
        for (int step = 0; step < 3 && node >= 0; step++)
        {
            if (CaseOf(article, node) is { } prep)
            {
                if (prep.Equals("to", StringComparison.OrdinalIgnoreCase)) return tokens[node].Head;
                if (!prep.Equals("of", StringComparison.OrdinalIgnoreCase)) return -1;
            }
            int parent = tokens[node].Head;
            if (parent < 0) return -1;
            var rel = tokens[node].Relation;
            if (rel == "obj") return asObject && tokens[parent].Upos == Upos.VERB ? parent : -1;
            // "travel to Singapore and Vietnam": each conjunct is a destination of the verb.
            if (rel == "conj" && step == 0) { node = parent; continue; }
            bool viaPlaceNoun = tokens[parent].Lemma is { } lemma && IsPlaceNoun(lemma);
            if (rel is "compound" or "flat" or "appos" or "nmod" && viaPlaceNoun || rel is "flat" or "appos") { node = parent; continue; }
            return -1;
        }
        return -1;
    }

    /// <summary>
    /// True when the word before <paramref name="first"/> is a possessive ("'s", "'", "’") whose owner is a capitalised
    /// word that is neither a country nor a place of the gazetteer ("Leaders' Summit", "People's Square").
    /// </summary>
    private static bool AfterNamePossessive(Article article, Gazetteer gazetteer, int sentenceStart, int first)
    {
        if (first - 1 <= sentenceStart) return false;
        var marker = Word(article, first - 1);
        int owner;
        string ownerWord;
        if (marker is "'s" or "’s" or "'" or "’") { owner = first - 2; ownerWord = Word(article, owner); }
        else if (marker.Length > 1 && marker[^1] is '\'' or '’') { owner = first - 1; ownerWord = marker[..^1]; }
        else return false;
        if (!IsCapitalised(article, owner) || ownerWord.Length == 0) return false;
        return !gazetteer.TryGetCountryByName(ownerWord, out _) && gazetteer.Places(ownerWord).Count == 0;
    }

    private static string? CaseOf(Article article, int node)
    {
        var tokens = article.TokenData;
        var s = article.SentenceData[tokens[node].Sentence];
        for (int t = s.FirstToken; t < node; t++)
            if (tokens[t].Head == node && tokens[t].Relation == "case") return Word(article, t);
        return null;
    }

    private static bool Glued(Article article, int first, int end)
    {
        var tokens = article.TokenData;
        int a = tokens[first].Start, b = tokens[end - 1].End;
        return a > 0 && article.Text[a - 1] is '-' or '‑' or '–' || b < article.Text.Length && article.Text[b] is '-' or '‑';
    }

    private static bool IsCapitalised(Article article, int t)
    {
        var d = article.TokenData[t];
        return d.End > d.Start && char.IsUpper(article.Text[d.Start]) && d.Upos != Upos.PUNCT;
    }

    private static bool IsNameWord(Article article, int t)
    {
        var d = article.TokenData[t];
        if (d.Upos != Upos.PROPN) return false;
        if (d.Entity.Type is EntityType.Person or EntityType.Organization) return false;
        return d.End > d.Start && char.IsUpper(article.Text[d.Start]);
    }

    private static bool IsCapitals(Article article, int t)
    {
        var d = article.TokenData[t];
        var w = article.Text.AsSpan(d.Start, d.End - d.Start);
        if (w.Length < 2) return false;
        foreach (char c in w) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return char.IsLetter(w[0]);
    }

    private static string Word(Article article, int t)
    {
        var d = article.TokenData[t];
        return article.Text.Substring(d.Start, d.End - d.Start);
    }
}
