using Casus.Document;
using Casus.Geo;

namespace Casus.Actors.Context;

/// <summary>
/// Gives a country to a role without one from the place below the country level that the role is of: "the mayor of
/// Nablus" → PSEGOV, "the government of Sindh province" → PAKGOV, "deputy governor of the Tyumen region" → RUSGOV,
/// "police in Karachi" → PAKCOP (docs/formats/actors.md, "Country from the place of a role"). The parse composer's
/// of-phrase and location rules do this for countries and seats, which are actor mentions; a province or town is no
/// mention, so it is read here from the gazetteer (<see cref="PlaceCountries"/>, with its ambiguity guards).
/// Runs after coreference, before the sentence pass: the place the role is of says more than a country named
/// elsewhere in the sentence ("the mayor of Nablus was arrested, Israel said").
/// Per-article state; not thread-safe.
/// </summary>
internal sealed class PlaceOfRolePass
{
    private const int MaxNameWords = 4;

    private readonly Article _article;
    private readonly int _firstMention;
    private readonly PlaceCountries _places;
    // Place nouns ("city"), words of states' formal names ("Republic") and local roles ("REB"): data/actors/place-of-role.txt.
    private readonly PlaceOfRoleWords _words;

    public PlaceOfRolePass(Article article, int firstMention, PlaceCountries places, PlaceOfRoleWords words)
    {
        _words = words;
        _article = article;
        _firstMention = firstMention;
        _places = places;
    }

    /// <summary>Fills what it can and replaces the stage's mentions when any changed.</summary>
    public void Run()
    {
        if (_places.IsEmpty) return;
        var all = _article.Mentions;
        List<Mention>? mentions = null;
        for (int i = _firstMention; i < all.Count; i++)
        {
            var m = all[i];
            if (!ContextCountryPass.NeedsCountry(m.Code)) continue;
            var sd = _article.SentenceData[m.Sentence];
            int first = sd.FirstToken, end = sd.FirstToken + sd.TokenCount;
            if (!ParseComposer.IsParsed(_article, first, end)) continue;
            if (!TryPlaceOf(m, first, end, out var place)) continue;
            mentions ??= _article.MentionsFrom(_firstMention);
            var code = ActorCode.Parse(place.Country.Primary + m.Code.Value[3..]);
            var evidence = new List<string>(m.Evidence.Count + 1);
            evidence.AddRange(m.Evidence);
            evidence.Add($"country from the place of the role: '{place.Name}' ({place.Evidence}) → {code.Value}");
            mentions[i - _firstMention] = m with { Code = code, Evidence = evidence };
        }
        if (mentions is not null) _article.ReplaceMentions(_firstMention, mentions);
    }

    private bool TryPlaceOf(Mention m, int first, int end, out PlaceCountry place)
    {
        place = null!;
        var tokens = _article.Tokens;
        bool local = true;
        foreach (var r in m.Code.Roles) local &= _words.IsLocalRole(r);
        // A place name standing before the role as its modifier says whose the office is, as "of" does: "Wisconsin
        // Governor Tony Evers", "New Jersey governor Chris Christie", "Sindh police".
        for (int c = first; c < m.Tokens.First; c++)
        {
            int h = tokens[c].Head;
            if (tokens[c].Upos != Upos.PROPN || InMention(c, m.Sentence)) continue;
            // The parser may read "Wisconsin Governor Tony Evers" as one flat name headed by the place: the role right
            // after it then hangs on the place by flat, the same two words the other way round.
            bool flatUnderPlace = c == m.Tokens.First - 1 && tokens[m.Tokens.First].Head == c
                && (tokens[m.Tokens.First].Relation ?? "") is "flat" or "compound";
            if (!flatUnderPlace && (h < m.Tokens.First || h >= m.Tokens.End)) continue;
            if (!flatUnderPlace && (tokens[c].Relation ?? "") is not ("compound" or "nmod:poss")) continue;
            if (TryName(c, first, end, flatUnderPlace, out place) && SubtreeAgrees(c, m.Sentence, first, end, place.Country.Primary)) return true;
        }
        if (TryPlaceRunBefore(m, first, end, out place)) return true;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
        {
            // Dependents of the phrase's words that lie outside it: "the mayor [of Nablus]".
            for (int c = m.Tokens.End; c < end; c++)
            {
                if (tokens[c].Head != t || InMention(c, m.Sentence)) continue;
                var rel = tokens[c].Relation ?? "";
                if (!rel.StartsWith("nmod", StringComparison.Ordinal)) continue;
                string prep = rel == "nmod:poss" ? "'s" : CaseWord(c, first);
                // "of" says whose the office or body is; "in" and "from" say where its people live, for local roles only.
                if (!(prep is "of" or "'s" || (local && prep is "in" or "from"))) continue;
                int name = NameToken(c, first, end);
                if (name < 0 || !TryName(name, first, end, out place)) continue;
                // A country named under it that is not the place's says the name was misread ("the Government of the
                // Republic of Yemen": Republic, Missouri); one that agrees confirms it ("the West Bank city of Nablus").
                if (!SubtreeAgrees(c, m.Sentence, first, end, place.Country.Primary)) continue;
                return true;
            }
        }
        // A force ("soldiers") is of the place where it acts as its clause's subject, under stricter guards.
        bool military = !local;
        foreach (var r in m.Code.Roles) military &= _words.IsLocalRole(r) || _words.IsClauseRole(r);
        return (local || military) && TryPlaceOfClause(m, first, end, military, out place);
    }

    /// <summary>
    /// Where the clause of a local role's subject happens: "Residents protested in Nablus" → PSECVL, "Students marched
    /// in Caracas" → VENEDU, "people blocked streets in Hong Kong" → HKGCVL, "prisoners rioted at a jail in East
    /// Timor's capital Dili" → TLSCVL. People who act where they live are of the place they act in, as "residents of
    /// Nablus" are. The place is the "in" phrase of the subject's own verb, or an "in" phrase under a site the verb
    /// acts on or at (data/actors/place-of-role.txt, site-noun): the act's other objects say nothing of where the
    /// actors are ("students protested the war in Ukraine"). The place is a gazetteer name or a country or seat that is
    /// itself an actor mention. A crowd the sentence ties to another country ("workers from Nepal") is left alone.
    /// </summary>
    private bool TryPlaceOfClause(Mention m, int first, int end, bool military, out PlaceCountry place)
    {
        place = null!;
        var tokens = _article.Tokens;
        int head = -1;
        for (int t = m.Tokens.First; t < m.Tokens.End && head < 0; t++)
            if (tokens[t].Head < m.Tokens.First || tokens[t].Head >= m.Tokens.End) head = t;
        if (head < 0) return false;
        // People held or come from elsewhere are not of the place they are in ("the hostages that remain in Gaza").
        if (_words.IsAwayNoun(tokens[head].Text)) return false;
        // A possessor says whose the people are ("the evacuation of their citizens" in Kabul), and a name beside the
        // role that is an actor of its own says who they are ("the terrorist group Hamas"): neither is the place's.
        if (OwnedOrNamed(m, head, first, end)) return false;
        // A force marked as foreign ("foreign troops", "coalition forces", "UN peacekeepers") is not the place's.
        if (military && ForeignMarked(m, head, first, end)) return false;
        int subject = CountedSubject(head, m.Sentence, first, end);
        var rel = tokens[subject].Relation ?? "";
        int verb = tokens[subject].Head;
        bool found = false;
        // A force only as the subject of its own act, and not of an act that sends or keeps it away from home
        // ("troops deployed in Djibouti"): soldiers acted on in a place ("soldiers were killed near Kandahar") are as
        // often foreign ones. People who live where they act are also where they are acted on, by the act's place:
        // "police shot the attacker in Paris", "a stabbing killed three people in Reading", "clashed with protesters
        // near Kandahar".
        bool argument = military
            ? rel == "nsubj" && !_words.IsAwayVerb(tokens[verb].Lemma ?? tokens[verb].Text)
            : rel is "nsubj" or "nsubj:pass" || IsActedOn(subject, rel, first) && !AnySubjectRole(m.Code);
        if (argument && verb >= first && verb < end)
            found = TryPlaceOfVerb(verb, m.Sentence, first, end, out place);
        // A clause on the crowd itself says where it acts as its own verb does: "students protesting in Belgium",
        // "residents who marched in Nablus"; only one without an object other than a site, since a crowd named for what
        // it does to others may come from elsewhere to do it ("extremists attacking civilians in the West Bank").
        for (int v = first; v < end && !found && !military; v++)
            if (tokens[v].Head == subject && (tokens[v].Relation ?? "") is "acl" or "acl:relcl" && tokens[v].Upos == Upos.VERB
                && !HasOtherObject(v, first, end))
                found = TryPlaceOfVerb(v, m.Sentence, first, end, out place);
        if (!found) return false;
        // Another country named under the crowd's own phrase ("workers from Nepal", "refugees who fled Syria") is its
        // country, not the place where it acts; that is for the composer and the context pass to read. For a force,
        // any other country of the sentence may be its own ("Russian missiles struck ... soldiers fired in Kharkiv").
        return !CountryUnder(head, m, first, end, place.Country.Primary)
            && !(military && OtherCountryInSentence(m.Sentence, first, end, place.Country.Primary));
    }

    // True when a role of the code takes a place only as its act's subject: attackers caught or charged in a town may
    // have come from elsewhere (the unattributed-attack rule holds the same).
    private bool AnySubjectRole(ActorCode code)
    {
        foreach (var r in code.Roles) if (_words.IsSubjectRole(r)) return true;
        return false;
    }

    // True for an argument the act is done to or with: its object, the agent of a passive ("shot by police"), or an
    // oblique the act is aimed at or shared with ("opened fire on protesters", "clashed with police").
    private bool IsActedOn(int t, string rel, int first)
        => rel is "obj" or "iobj" or "obl:agent"
           || (rel == "obl" && CaseWord(t, first) is "on" or "against" or "with" or "at" or "upon" or "by" or "toward" or "towards");

    // True when the role's head has a possessor, or an apposition, flat or compound name outside its phrase that is
    // another actor mention, or is itself such a word of one.
    private bool OwnedOrNamed(Mention m, int head, int first, int end)
    {
        var tokens = _article.Tokens;
        // The role before a name it describes: "the terrorist group Hamas" (the name heads, the role a compound of it).
        int h = tokens[head].Head;
        if (h >= first && h < end && (tokens[head].Relation ?? "") is "appos" or "flat" or "compound" && InMention(h, m.Sentence))
            return true;
        for (int t = first; t < end; t++)
        {
            if (tokens[t].Head != head || t >= m.Tokens.First && t < m.Tokens.End) continue;
            var rel = tokens[t].Relation ?? "";
            if (rel == "nmod:poss") return true;
            if (rel is "appos" or "flat" or "compound" && InMention(t, m.Sentence)) return true;
        }
        return false;
    }

    // True when a word of the role's phrase, or a modifier of its head, marks the force as foreign.
    private bool ForeignMarked(Mention m, int head, int first, int end)
    {
        var tokens = _article.Tokens;
        for (int t = first; t < end; t++)
            if ((t >= m.Tokens.First && t < m.Tokens.End || tokens[t].Head == head) && _words.IsForeignWord(tokens[t].Text))
                return true;
        return false;
    }

    // True when a mention of the sentence names a country other than the place's.
    private bool OtherCountryInSentence(int sentence, int first, int end, string country)
    {
        var all = _article.Mentions;
        for (int i = _firstMention; i < all.Count; i++)
        {
            var m = all[i];
            if (m.Sentence == sentence && m.Tokens.First >= first && m.Tokens.First < end
                && ContextCountryPass.IsCountry(m.Code.Primary) && m.Code.Primary != country) return true;
        }
        return false;
    }

    // The place of the verb's "in" phrase, or of an "in" phrase under a site the verb acts on or at.
    private bool TryPlaceOfVerb(int verb, int sentence, int first, int end, out PlaceCountry place)
    {
        place = null!;
        var tokens = _article.Tokens;
        for (int c = first; c < end; c++)
        {
            if (tokens[c].Head != verb || InMention(c, sentence) && MentionCountry(c, sentence) is null) continue;
            var rel = tokens[c].Relation ?? "";
            bool obl = rel.StartsWith("obl", StringComparison.Ordinal);
            string prep = obl ? CaseWord(c, first) : "";
            if (prep is "in" or "at" or "near" && !AfterOtherObject(verb, c, sentence)
                && TryPlaceAt(c, sentence, first, end, prep == "near", out place)) return true;
            // The parser may hang the preposition itself on the verb and the place on it as its object ("marched
            // [in]obl [Hong Kong]obj"): the same place phrase, read through the preposition.
            if (obl && tokens[c].Upos == Upos.ADP && PlacePreposition(c) is { } p && PrepositionObject(c, end) is int o
                && !AfterOtherObject(verb, c, sentence) && TryPlaceAt(o, sentence, first, end, p == "near", out place)) return true;
            // A site the verb acts on or at, with its own "in" phrase: "blocked streets in X", "rioted at a jail in X".
            if ((obl || rel == "obj") && IsSite(c) && TryPlaceUnder(c, sentence, first, end, out place)) return true;
        }
        // A relative clause that "where" hangs on a place happens at that place: "a curfew in Montenegro, where 28
        // people have been killed", "the city of Susangerd, where 100 people were killed".
        // The parser may hang the clause on the noun the place phrase is of ("a curfew [in Montenegro] where"), so the
        // word just before "where" (or its comma) is tried as well as the clause's head.
        if ((tokens[verb].Relation ?? "") is "acl:relcl" or "acl" && WhereToken(verb, first) is int where)
        {
            int before = where - 1 > first && tokens[where - 1].Upos == Upos.PUNCT ? where - 2 : where - 1;
            int placeHead = tokens[verb].Head;
            if (before >= first && TryPlaceAt(before, sentence, first, end, near: false, out place)) return true;
            if (placeHead >= first && placeHead < end && placeHead != before && TryPlaceAt(placeHead, sentence, first, end, near: false, out place)) return true;
        }
        // People the verb acts on, with their own place phrase: the act is where they are ("fired tear gas at
        // demonstrators in Lahore", "opened fire on protesters near Kandahar", "arrested dozens of students at a
        // university in Karachi"). Only people acted on or with: "rallied for workers in Bangladesh" is no act there.
        for (int c = first; c < end; c++)
        {
            if (tokens[c].Head != verb || InMention(c, sentence) && MentionCountry(c, sentence) is not null) continue;
            var rel = tokens[c].Relation ?? "";
            if (rel is not ("obj" or "obl") || !IsActedOn(c, rel, first)) continue;
            if (InMention(c, sentence))
            {
                if (TryPlaceUnder(c, sentence, first, end, out place)) return true;
                continue;
            }
            // A count of people: "dozens of students".
            if (tokens[c].Upos is not (Upos.NUM or Upos.NOUN)) continue;
            for (int e = c + 1; e < end; e++)
                if (tokens[e].Head == c && tokens[e].Relation == "nmod" && CaseWord(e, first) == "of" && InMention(e, sentence)
                    && MentionCountry(e, sentence) is null
                    && (TryPlaceUnder(e, sentence, first, end, out place) || TryPlaceUnder(c, sentence, first, end, out place)))
                    return true;
        }
        return false;
    }

    // The place of an "in", "at" or "near" phrase under the node, or under a site under it: "streets in X", "protesters
    // near X", "students at a university in X".
    private bool TryPlaceUnder(int node, int sentence, int first, int end, out PlaceCountry place)
    {
        place = null!;
        var tokens = _article.Tokens;
        for (int d = first; d < end; d++)
        {
            if (tokens[d].Head != node || !(tokens[d].Relation ?? "").StartsWith("nmod", StringComparison.Ordinal)) continue;
            string prep = CaseWord(d, first);
            if (prep is not ("in" or "at" or "near")) continue;
            if (TryPlaceAt(d, sentence, first, end, prep == "near", out place)) return true;
            if (IsSite(d) && d != node && TryPlaceUnder(d, sentence, first, end, out place)) return true;
        }
        return false;
    }

    // The crowd counted by the subject: "[Hundreds] of thousands of people blocked ..." has "Hundreds" as the subject
    // and the people two of-phrases below it. Climbs of-phrases whose heads are numbers or nouns outside every mention.
    private int CountedSubject(int head, int sentence, int first, int end)
    {
        var tokens = _article.Tokens;
        int t = head;
        for (int d = 0; d < 3; d++)
        {
            int h = tokens[t].Head;
            if ((tokens[t].Relation ?? "") != "nmod" || CaseWord(t, first) != "of" || h < first || h >= end) break;
            if (tokens[h].Upos is not (Upos.NUM or Upos.NOUN) || InMention(h, sentence)) break;
            t = h;
        }
        return t;
    }

    // True when the verb's object stands between it and the "in" phrase and names neither a site nor an actor:
    // "students protested the war in Ukraine" may say where the war is, not where the students are. People acted on
    // are where the act is ("police arrested suspects in Karachi"), and so is a site ("blocked streets in X").
    private bool AfterOtherObject(int verb, int c, int sentence)
    {
        var tokens = _article.Tokens;
        for (int o = verb + 1; o < c; o++)
            if (tokens[o].Head == verb && tokens[o].Relation == "obj" && !IsSite(o) && !InMention(o, sentence)) return true;
        return false;
    }

    // True when the verb has an object that is no site: "leading protests in Iran" still says where the crowd is.
    private bool HasOtherObject(int verb, int first, int end)
    {
        var tokens = _article.Tokens;
        for (int o = first; o < end; o++)
            if (tokens[o].Head == verb && tokens[o].Relation == "obj" && !IsSite(o)) return true;
        return false;
    }

    private bool IsSite(int t)
    {
        var token = _article.Tokens[t];
        return token.Upos == Upos.NOUN && (_words.IsSiteNoun(token.Text) || _words.IsPlaceNoun(token.Text));
    }

    // The country of the place phrase headed by c: a country or seat mention ("in Hong Kong", "in Caracas"), the
    // country or seat a place noun is of ("East Timor's capital Dili", "the capital of Iraq"), or a gazetteer name.
    // near: the phrase said "near", and a whole country named so may be across its border ("troops massed near
    // Ukraine"); a town or seat there is not.
    private bool TryPlaceAt(int c, int sentence, int first, int end, bool near, out PlaceCountry place)
    {
        place = null!;
        var tokens = _article.Tokens;
        string? country = MentionCountry(c, sentence, near);
        if (country is null && tokens[c].Upos == Upos.NOUN && _words.IsPlaceNoun(tokens[c].Text))
            for (int d = first; d < end && country is null; d++)
            {
                if (tokens[d].Head != c) continue;
                var rel = tokens[d].Relation ?? "";
                if (rel is "nmod:poss" or "appos" or "compound" || (rel == "nmod" && CaseWord(d, first) == "of"))
                    country = MentionCountry(d, sentence, near);
            }
        if (country is not null)
        {
            if (!SubtreeAgrees(c, sentence, first, end, country)) return false;
            int a = tokens[c].Start;
            place = new PlaceCountry(_article.Text[a..tokens[c].End], ActorCode.Parse(country), "a country or seat named in the sentence");
            return true;
        }
        if (InMention(c, sentence)) return false;
        int name = NameToken(c, first, end);
        return name >= 0 && TryName(name, first, end, out place) && SubtreeAgrees(c, sentence, first, end, place.Country.Primary);
    }

    // The country of a mention that covers token t and names a place: a bare country ("Hong Kong") or a seat ("Caracas",
    // coded as its government), all proper nouns; null for any other mention or none.
    private string? MentionCountry(int t, int sentence) => MentionCountry(t, sentence, seatOnly: false);

    // seatOnly: a bare country does not count, only a seat (coded with GOV).
    private string? MentionCountry(int t, int sentence, bool seatOnly)
    {
        var all = _article.Mentions;
        var tokens = _article.Tokens;
        for (int i = _firstMention; i < all.Count; i++)
        {
            var m = all[i];
            if (m.Sentence != sentence || t < m.Tokens.First || t >= m.Tokens.End) continue;
            if (!ContextCountryPass.IsCountry(m.Code.Primary)) return null;
            bool seat = false;
            foreach (var r in m.Code.Roles) { if (r != "GOV") return null; seat = true; }
            if (seatOnly && !seat) return null;
            for (int u = m.Tokens.First; u < m.Tokens.End; u++)
                if (tokens[u].Upos != Upos.PROPN && tokens[u].Relation != "case") return null;
            return m.Code.Primary;
        }
        return null;
    }

    // True when a mention of a country other than the place's lies under the role's head outside the role's own
    // phrase. Conjuncts are other actors of a list ("Japan's Secretary General, ROK Advisor Cho and U.S. Advisor
    // Sullivan met in Tokyo"), not under it.
    private bool CountryUnder(int head, Mention role, int first, int end, string country)
    {
        var tokens = _article.Tokens;
        var all = _article.Mentions;
        for (int i = _firstMention; i < all.Count; i++)
        {
            var m = all[i];
            if (m.Sentence != role.Sentence || m.Tokens.First == role.Tokens.First || !ContextCountryPass.IsCountry(m.Code.Primary)
                || m.Code.Primary == country) continue;
            for (int u = m.Tokens.First, d = 0; u >= first && u < end && d < 64; u = tokens[u].Head, d++)
            {
                if (u == head) return true;
                if ((tokens[u].Relation ?? "") is "conj" or "parataxis") break;
            }
        }
        return false;
    }

    // The proper noun that names the place: the dependent itself, or the name a place noun holds ("Sindh province",
    // "the city of Nablus").
    private int NameToken(int c, int first, int end)
    {
        var tokens = _article.Tokens;
        if (tokens[c].Upos == Upos.PROPN) return c;
        if (tokens[c].Upos != Upos.NOUN || !_words.IsPlaceNoun(tokens[c].Text)) return -1;
        for (int d = first; d < end; d++)
        {
            if (tokens[d].Head != c || tokens[d].Upos != Upos.PROPN || InMention(d, tokens[d].SentenceIndex)) continue;
            var rel = tokens[d].Relation ?? "";
            if (rel is "compound" or "flat" || (rel == "nmod" && CaseWord(d, first) == "of")) return d;
        }
        return -1;
    }

    // The name around its head token (its compound and flat proper nouns next to it), longest first.
    private bool TryName(int head, int first, int end, out PlaceCountry place) => TryName(head, first, end, endAtHead: false, out place);

    // endAtHead: the name ends at its head token, the flat words after it being another phrase (the misread "Wisconsin
    // Governor Tony Evers").
    private bool TryName(int head, int first, int end, bool endAtHead, out PlaceCountry place)
    {
        place = null!;
        var tokens = _article.Tokens;
        // A name the entity recogniser reads as a person or organisation is no place.
        if (tokens[head].Entity.Type is EntityType.Person or EntityType.Organization || _words.IsStateWord(tokens[head].Text)) return false;
        int from = head, to = head;
        while (from - 1 >= first && head - from + 1 < MaxNameWords && NamePart(from - 1, head)) from--;
        while (!endAtHead && to + 1 < end && to - from + 1 < MaxNameWords && NamePart(to + 1, head)) to++;
        for (int a = from; a <= head; a++)
        {
            var span = _article.Text.AsSpan(tokens[a].Start, tokens[to].End - tokens[a].Start);
            if (span.Length == 0 || !char.IsUpper(span[0])) continue;
            // A name in capitals is an acronym ("KEMRI", "IRNA"), not the town the gazetteer may know by those letters.
            if (span.Length > 1 && !HasLower(span)) continue;
            var name = string.Join(' ', span.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (_places.TryGet(name, out place) && ContextCountryPass.IsCountry(place.Country.Primary)) return true;
        }
        return false;
    }

    // "former New York City Mayor Michael Bloomberg": the parser hangs the place's words on one another or on the
    // person's name, and reads "New" as an adjective, so the place is no name headed by one proper noun. The place is
    // then the run of capitalised words right before the phrase, each hung on a later word of the run or the phrase: the whole run, or the run less a closing place noun ("New York" of "New York
    // City"). Never a run with a word read as a person or organisation, nor a state's formal word.
    private bool TryPlaceRunBefore(Mention m, int first, int end, out PlaceCountry place)
    {
        place = null!;
        var tokens = _article.Tokens;
        int runEnd = m.Tokens.First, s = runEnd;
        while (s - 1 >= first && runEnd - s < MaxNameWords && IsPlaceWordOf(m, s - 1)) s--;
        if (runEnd - s < 2 || _article.Tokens[runEnd - 1].Upos != Upos.PROPN) return false;
        for (int t = s; t < runEnd; t++)
            if (tokens[t].Entity.Type is EntityType.Person or EntityType.Organization || _words.IsStateWord(tokens[t].Text)) return false;
        int shorter = _words.IsPlaceNoun(tokens[runEnd - 1].Text) ? runEnd - 1 : runEnd;
        foreach (int to in shorter < runEnd ? new[] { runEnd, shorter } : [runEnd])
        {
            if (to - s < 1) continue;
            var span = _article.Text.AsSpan(tokens[s].Start, tokens[to - 1].End - tokens[s].Start);
            if (!HasLower(span)) continue;
            var name = string.Join(' ', span.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (_places.TryGet(name, out place) && ContextCountryPass.IsCountry(place.Country.Primary)
                && !OtherCountryInSentence(m.Sentence, first, end, place.Country.Primary)) return true;
        }
        return false;
    }

    // A word of the place run: a capitalised proper noun (or adjective: the tagger reads "New" of "New York" as one)
    // outside any mention, hung by compound, flat or amod on a later word of the run or of the phrase.
    private bool IsPlaceWordOf(Mention m, int t)
    {
        var token = _article.Tokens[t];
        if (token.Upos is not (Upos.PROPN or Upos.ADJ) || !char.IsUpper(token.Span[0]) || InMention(t, m.Sentence)) return false;
        return token.Head > t && token.Head < m.Tokens.End && (token.Relation ?? "") is "compound" or "flat" or "amod";
    }

    private static bool HasLower(ReadOnlySpan<char> span)
    {
        foreach (var ch in span) if (char.IsLower(ch)) return true;
        return false;
    }

    private bool NamePart(int t, int head)
    {
        var token = _article.Tokens[t];
        return token.Upos == Upos.PROPN && token.Head == head && (token.Relation ?? "") is "compound" or "flat";
    }

    private string CaseWord(int node, int first)
    {
        var tokens = _article.Tokens;
        for (int t = first; t < node; t++)
            if (tokens[t].Head == node && tokens[t].Relation == "case") return tokens[t].Text.ToLowerInvariant();
        return "";
    }

    // False when a mention under the node names a country other than the place's.
    // The "where" that opens the verb's clause (its advmod); null when none.
    private int? WhereToken(int verb, int first)
    {
        var tokens = _article.Tokens;
        for (int t = first; t < verb; t++)
            if (tokens[t].Head == verb && tokens[t].Span.Equals("where", StringComparison.OrdinalIgnoreCase)) return t;
        return null;
    }

    // "in", "at" or "near" for a preposition token of those words, without allocating; null for any other.
    private string? PlacePreposition(int t)
    {
        var span = _article.Tokens[t].Span;
        if (span.Equals("in", StringComparison.OrdinalIgnoreCase)) return "in";
        if (span.Equals("at", StringComparison.OrdinalIgnoreCase)) return "at";
        if (span.Equals("near", StringComparison.OrdinalIgnoreCase)) return "near";
        return null;
    }

    // The noun a preposition misread as a clause's oblique governs as its object; null when none.
    private int? PrepositionObject(int adp, int end)
    {
        var tokens = _article.Tokens;
        for (int t = adp + 1; t < end; t++)
            if (tokens[t].Head == adp && (tokens[t].Relation ?? "") is "obj" or "nmod" or "obl"
                && tokens[t].Upos is Upos.PROPN or Upos.NOUN) return t;
        return null;
    }

    private bool IsAdverbialNoun(int u, int first)
    {
        var t = _article.Tokens[u];
        if (t.Upos != Upos.NOUN || (t.Relation ?? "") != "nmod" || _words.IsPlaceNoun(t.Text)) return false;
        return CaseWord(u, first) is { Length: > 0 } prep && prep != "of";
    }

    private bool SubtreeAgrees(int node, int sentence, int first, int end, string country)
    {
        var tokens = _article.Tokens;
        var all = _article.Mentions;
        for (int i = _firstMention; i < all.Count; i++)
        {
            var m = all[i];
            if (m.Sentence != sentence || !ContextCountryPass.IsCountry(m.Code.Primary) || m.Code.Primary == country) continue;
            // Climb from the mention's first token; bounded, in case of a cycle in a bad parse.
            for (int u = m.Tokens.First, d = 0; u >= first && u < end && d < 64; u = tokens[u].Head, d++)
            {
                if (u == node) return false;
                // An act or state noun hung on the place by a preposition other than "of" is the clause's adverbial
                // misattached by the parser ("marched in Hong Kong [in defiance of Chinese authorities]"): a country
                // under it says nothing of the place's name.
                if (IsAdverbialNoun(u, first)) break;
            }
        }
        return true;
    }

    private bool InMention(int t, int sentence)
    {
        var all = _article.Mentions;
        for (int i = _firstMention; i < all.Count; i++)
            if (all[i].Sentence == sentence && all[i].Tokens.First <= t && t < all[i].Tokens.End) return true;
        return false;
    }
}
