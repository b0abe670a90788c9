using System.Globalization;
using Casus.Coding;
using Casus.Document;
using Casus.Pipeline;
using Casus.Time;

namespace Casus.Geo;

/// <summary>
/// Places each coded event (docs/formats/events-jsonl.md, "Locations"): the place a locative preposition ties to
/// the event's own word or its object ("attacked a market in Kandahar"), else a place so tied anywhere in the
/// sentence, else, for a visit (042, 043, 036), its destination ("travelled to Guyana"), else the nearest such place in the earlier sentences of its paragraph (<see cref="EarlierPlace"/>), else
/// the article's dateline, else the place of the article's opening sentence, else the country source and target share
/// (<see cref="ActorCountryPlace"/>); the location's source names the rule. A name borne by several places is resolved by the countries of the event's
/// actors, then the countries the article names, then population, a famous place before a small namesake
/// (<see cref="Comparable"/>); a country name gives the country's settlement
/// centre (precision country). The words, rule and choice go to the event's evidence. Immutable and thread-safe.
/// </summary>
public sealed class EventPlaceStage : IStage
{
    /// <summary>A place chosen on population alone, outside the countries of the event and article, must have at least this many people.</summary>
    public const int MinUnsupportedPopulation = 50_000;

    private readonly Gazetteer? _gazetteer;

    /// <summary>A stage over <paramref name="gazetteer"/>; null means <see cref="Gazetteer.Default"/>, loaded on first use.</summary>
    public EventPlaceStage(Gazetteer? gazetteer = null) => _gazetteer = gazetteer;

    /// <inheritdoc/>
    public string Name => "event-places";
    /// <inheritdoc/>
    public Annotations Requires => Annotations.Events;
    /// <inheritdoc/>
    public Annotations Assigns => Annotations.EventPlaces;

    /// <inheritdoc/>
    public void Process(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Events.Count == 0 || article.TokenData.Count == 0) return;
        var gazetteer = _gazetteer ?? Gazetteer.Default;
        var bySentence = new Dictionary<int, List<PlaceMention>>();
        HashSet<string>? articleCountries = null;
        PlaceMention? dateline = null;
        bool datelineRead = false;
        HashSet<int>? settings = null;
        // First the events the words of their own sentence place; then the rest, from those (an earlier event of the
        // same actors), the dateline, the opening, or the country their actors share.
        for (int i = 0; i < article.Events.Count; i++)
        {
            var e = article.Events[i];
            if (e.Location is not null || e.Trigger.Count == 0 || e.Trigger.End > article.TokenData.Count) continue;
            if (!bySentence.TryGetValue(e.Sentence, out var mentions))
                bySentence[e.Sentence] = mentions = PlaceFinder.InSentence(article, gazetteer, e.Sentence);
            var (mention, source) = Pick(article, e, mentions);
            if (mention is null) continue;
            articleCountries ??= ArticleCountries(article, gazetteer);
            var (location, why) = Placed(mention, source is Where or ActorPhrase ? "clause" : source, e, articleCountries);
            if (location is null) continue;
            if (source == Where) why += ", the place its where-clause hangs on";
            if (source == ActorPhrase) why += ", the place its source's phrase puts the source in";
            Complete(article, i, location, why);
            if (source is "destination" or Where || source != ActorPhrase && IsSetting(article, mention, e)) (settings ??= new HashSet<int>()).Add(i);
        }
        for (int i = 0; i < article.Events.Count; i++)
        {
            var e = article.Events[i];
            if (e.Location is not null || e.Trigger.Count == 0 || e.Trigger.End > article.TokenData.Count) continue;
            Location? location = null;
            string why = "";
            // Force against a country named as such happened there, whatever place the paragraph carries.
            if (StruckCountryPlace.Find(article, e, gazetteer) is { } struck)
            {
                Complete(article, i, new Location(struck.Name, struck.Code, struck.Latitude, struck.Longitude) { Precision = LocationPrecision.Country, Source = "target", Text = e.Target!.Text },
                    string.Create(CultureInfo.InvariantCulture,
                        $"location {struck.Name} ({struck.Code}) from target: force against the country \"{e.Target!.Text}\" itself (gazetteer/countries.tsv:{struck.Line})"));
                continue;
            }
            var (from, source) = settings is null ? (null, "") : EarlierPlace.Find(article, i, settings);
            if (source == "paragraph") (location, why) = Carried(article, from!, source);
            if (location is null)
            {
                if (!datelineRead) { dateline = PlaceFinder.Dateline(article, gazetteer); datelineRead = true; }
                // The article's countries are gathered only when there is a dateline to resolve.
                if (dateline is not null) (location, why) = Placed(dateline, "dateline", e, articleCountries ??= ArticleCountries(article, gazetteer));
            }
            if (location is null && source == "opening") (location, why) = Carried(article, from!, source);
            if (location is null && ActorCountryPlace.Find(article, e, gazetteer) is { } shared)
            {
                location = new Location(shared.Name, shared.Code, shared.Latitude, shared.Longitude) { Precision = LocationPrecision.Country, Source = "actors" };
                why = string.Create(CultureInfo.InvariantCulture,
                    $"location {shared.Name} ({shared.Code}) from actors: source and target both of {shared.Code}, no actor of another country or an IGO in the sentence (gazetteer/countries.tsv:{shared.Line})");
            }
            if (location is not null) Complete(article, i, location, why);
        }
    }

    /// <summary>
    /// True when the place is the setting of the event's act, a phrase of its verb ("met Herzog in Munich", "met at the
    /// NATO Summit in Vilnius"), not the topic of its object or of a noun ("discussed developments in Gaza", "thanked
    /// him for his support for the truce in Yemen"): only a setting carries to later events. A meeting (root 04) takes
    /// one noun more, since its partner and occasion come with their own phrases ("met with the Vice President of the
    /// Philippines in Manila", "on the margins of the General Assembly in New York"); other acts reach no deeper than
    /// "on the acts of violence in Istanbul", which is a topic.
    /// </summary>
    private static bool IsSetting(Article article, PlaceMention mention, Event e)
    {
        var (head, governor) = EventClause.Heads(article, e.Trigger);
        return IsSetting(article, mention, e, head, governor);
    }

    /// <summary>
    /// <see cref="IsSetting(Article, PlaceMention, Event)"/> for the predicate <paramref name="head"/> (or its
    /// <paramref name="governor"/>; -1 for none). The place may also hang on the event's partner ("met Prime Minister
    /// Albanese of Australia today in Wilmington", a parse that hangs the place on the person: a person is met where
    /// he is, not "about" a place). A gathering passed on the way costs no step ("on the margins of the G20 Summit in
    /// Bali"), and a gathering as the object is held where it is ("hosted a conference for Ukraine in Berlin",
    /// "facilitated talks in Riyadh"), except for a plain consultation or a statement about it ("discussed the
    /// negotiations in Doha" on a call is no act in Doha) unless the gathering is the event's own word ("had an
    /// official meeting in Hanoi").
    /// </summary>
    private static bool IsSetting(Article article, PlaceMention mention, Event e, int head, int governor)
    {
        var tokens = article.TokenData;
        var code = e.Code;
        // An intent to meet (036) takes a partner's phrase as deep as a meeting ("will host the Leaders of the
        // Association of Southeast Asian Nations in Washington"), but only the partner's.
        bool intent = code.Digits.StartsWith("036", StringComparison.Ordinal);
        int reach = code.Root == 4 || intent ? 3 : 2;
        bool heldObject = code.Root is 3 or 5 || code.Root == 4 && !code.Digits.StartsWith("040", StringComparison.Ordinal) && !code.Digits.StartsWith("041", StringComparison.Ordinal);
        var partner = e.Target?.Tokens;
        // One meets a partner where the partner is; one does not support or condemn "forces in Crimea" there.
        bool meeting = code.Root is 3 or 4;
        // A plain consultation (040, 041) has no object but its partner or its topic.
        bool consultation = code.Digits.StartsWith("040", StringComparison.Ordinal) || code.Digits.StartsWith("041", StringComparison.Ordinal);
        for (int a = mention.Anchor, depth = 0; a >= 0 && depth < reach; a = tokens[a].Head)
        {
            var rel = tokens[a].Relation;
            bool gathering = tokens[a].Lemma is { } lemma && IsGathering(lemma.ToLowerInvariant());
            bool toPredicate = tokens[a].Head == head || tokens[a].Head == governor;
            // A place inside a destination's phrase describes the destination ("travelled to Niger, the hub for
            // efforts in the Sahel region"), and one inside a topic's phrase is the topic's ("expressed concern about
            // the build-up of troops on the borders and in Crimea"): neither is the setting of the act. A gathering is
            // held where it is, whatever its preposition ("will host him for a bilateral meeting at the White House").
            // A noun phrase with a preposition that the parse made a conjunct of the predicate itself is one of its
            // obliques ("met A, B, and C on the margins of the Summit in Brussels", where "margins" hangs on "met").
            bool partnerOnly = intent && depth >= 2;
            if (rel is not null && (rel.StartsWith("obl", StringComparison.Ordinal) || rel == "conj" && toPredicate
                && tokens[a].Upos is Upos.NOUN or Upos.PROPN && CaseLemma(article, a) is not null))
                return toPredicate && !partnerOnly && !AfterTopicObject(article, a, tokens[a].Head, partner, consultation && a == mention.Anchor) && (a == mention.Anchor || gathering || CaseLemma(article, a) switch
                {
                    "to" or "into" or "toward" or "towards" or "from" or "about" or "over" or "regarding" or "concerning" or "against" => false,
                    // "hosted him for breakfast at the Naval Observatory", but "praised Japan for its work in Hiroshima".
                    "for" => meeting,
                    // "on the margins of the Summit in Bali", "on Wednesday, in Accra", but "spoke with the Amir on the
                    // pause in Gaza": a topic is a common noun.
                    "on" => tokens[a].Upos != Upos.NOUN || tokens[a].Lemma is "margin" or "margins" or "sideline" or "sidelines",
                    // A pronoun with no preposition is a people the place describes ("discussed assistance to the
                    // people of Ukraine, both those in Ukraine and ..."), not the act's setting.
                    null => tokens[a].Upos != Upos.PRON,
                    _ => true,
                });
            if (rel is "obj" or "iobj") return toPredicate && (gathering && !partnerOnly && (heldObject || e.Trigger.Contains(a)) || meeting && Within(partner, a));
            // An apposition or a conjunct is the same phrase or one more of its kind ("with General Zhang, Vice
            // Chairman of the Commission in Beijing"; "hosted the Advisor and a delegation at the White House").
            if (rel is "appos" or "conj") continue;
            if (rel != "nmod") return false;
            if (!gathering) depth++;
        }
        return false;
    }

    /// <summary>
    /// True when the place's phrase, hung on the predicate <paramref name="predicate"/>, comes right after an object that
    /// is no partner of the act and carries a phrase of its own ("welcomed the opening of the Agency's Mission in
    /// Suva"): the parse cannot tell whether the place belongs to the object's phrase or to the act, and a topic is the
    /// likelier. A plain object ("signed an agreement in Beijing") or the partner ("met the Prime Minister of Fiji in
    /// Suva") leaves the place the act's, except for a plain consultation (<paramref name="consultation"/>), whose
    /// common-noun object is only ever its topic: a place right after it is the topic's too ("discussed insecurity in
    /// the neighboring Sahel", a parse that hangs the Sahel on "discussed"); one set apart is still the act's
    /// ("discussed aid today in Kandahar").
    /// </summary>
    private static bool AfterTopicObject(Article article, int place, int predicate, TokenSpan? partner, bool consultation)
    {
        var tokens = article.TokenData;
        int first = article.SentenceData[tokens[place].Sentence].FirstToken;
        for (int o = place - 1; o >= first; o--)
        {
            if (tokens[o].Head != predicate || tokens[o].Relation is not ("obj" or "iobj")) continue;
            // A time word the parse takes for an object ("held their meeting yesterday in Washington") is none.
            if (TimeWords.Default.Contains(article.Text.AsSpan(tokens[o].Start, tokens[o].End - tokens[o].Start))) continue;
            if (Within(partner, o) || tokens[o].Lemma is { } lemma && IsGathering(lemma.ToLowerInvariant())) return false;
            for (int d = o + 1; d < place; d++)
                if (tokens[d].Head == o && tokens[d].Relation is "nmod" or "acl" or "acl:relcl") return true;
            return consultation && tokens[o].Upos == Upos.NOUN && FollowsDirectly(article, o, place);
        }
        return false;
    }

    /// <summary>
    /// True when every word between <paramref name="noun"/> and <paramref name="place"/> belongs to the place's own
    /// phrase (its preposition, article, adjectives), so that the place's phrase follows the noun with nothing between.
    /// </summary>
    private static bool FollowsDirectly(Article article, int noun, int place)
    {
        var tokens = article.TokenData;
        for (int d = noun + 1; d < place; d++)
            if (tokens[d].Head <= noun || tokens[d].Head > place) return false;
        return true;
    }

    /// <summary>The lemma of the preposition of token <paramref name="t"/>; null when it has none.</summary>
    private static string? CaseLemma(Article article, int t)
    {
        var tokens = article.TokenData;
        int first = article.SentenceData[tokens[t].Sentence].FirstToken;
        for (int c = first; c < t; c++)
            if (tokens[c].Head == t && tokens[c].Relation == "case") return tokens[c].Lemma;
        return null;
    }

    private static bool Within(TokenSpan? span, int token) => span is { } s && s.Count > 0 && token >= s.First && token < s.End;

    /// <summary>Nouns of an event held at a place: the place of such an object is where the act of holding it is.</summary>
    private static bool IsGathering(string lemma) => lemma is "conference" or "summit" or "meeting" or "forum" or "talks" or "talk"
        or "dialogue" or "session" or "ceremony" or "rally" or "roundtable" or "gathering" or "convention" or "workshop"
        or "negotiation" or "negotiations";

    /// <summary>
    /// Verbal acts (CAMEO roots 01–05 and 10–13: statements, appeals, intents, meetings, diplomatic cooperation,
    /// demands, disapproval, rejection, threats), which happen where their speakers are: a place in their object's
    /// phrase is what they are about.
    /// </summary>
    private static bool IsTalk(CameoCode code) => code.Root is >= 1 and <= 5 or >= 10 and <= 13;

    private static void Complete(Article article, int index, Location location, string why)
    {
        var e = article.Events[index];
        var notes = new List<string>(e.Evidence.Notes.Count + 1);
        notes.AddRange(e.Evidence.Notes);
        notes.Add(why);
        article.CompleteEvent(index, VictimPlace.Apply(e with { Location = location, Evidence = e.Evidence with { Notes = notes } }));
    }

    /// <summary>The place of the earlier event <paramref name="from"/>, carried to a later one.</summary>
    private static (Location Location, string Note) Carried(Article article, Event from, string source)
    {
        var l = from.Location!;
        return (l with { Source = source }, string.Create(CultureInfo.InvariantCulture,
            $"location {l.Name} ({l.Country}) from {source}: the place (\"{l.Text}\") of the earlier event \"{EventClause.Text(article, from.Trigger.First, from.Trigger.End)}\" of sentence {from.Sentence + 1}, which shares an actor"));
    }

    /// <summary>The location <paramref name="mention"/> gives the event, with the evidence note; null when there is
    /// no mention or its name does not resolve.</summary>
    private static (Location? Location, string Note) Placed(PlaceMention? mention, string source, Event e, HashSet<string> articleCountries)
    {
        if (mention is null) return (null, "");
        var (resolved, why) = Resolve(mention, e, articleCountries);
        if (resolved is null) return (null, "");
        var location = resolved with { Source = source, Text = mention.Text };
        return (location, string.Create(CultureInfo.InvariantCulture,
            $"location {location.Name} ({location.Country}) from {source} \"{(mention.Preposition is null ? "" : mention.Preposition + " ")}{mention.Text}\": {why}"));
    }

    /// <summary>
    /// The place tied to the event's own word, else the place a where-clause of the event refers to (<see cref="WherePlace"/>),
    /// else a visit's destination, else the first place tied to a predicate above it in the sentence
    /// ("said in Geneva that ..."); a place in another branch (another act's clause) is not the event's.
    /// </summary>
    private static (PlaceMention? Mention, string Source) Pick(Article article, Event e, List<PlaceMention> mentions)
    {
        if (mentions.Count == 0) return (null, "");
        var (head, governor) = EventClause.Heads(article, e.Trigger);
        if (head < 0) return (null, "");
        PlaceMention? sentenceLevel = null;
        foreach (var m in mentions)
        {
            if (!m.IsLocative || DescribesBystander(article, m, e)) continue;
            int tie = TiePoint(article, m.Anchor);
            if (tie < 0) continue;
            // A statement, appeal, meeting or rebuke happens where the speakers are, not where its topic is: "discussed
            // the war in Gaza", "thanked him for his support for the truce in Yemen" place nothing; "met in Jerusalem"
            // and "hosted a conference in Berlin" do.
            bool talk = IsTalk(e.Code);
            if (tie == head || tie == governor)
            {
                if (talk && !IsSetting(article, m, e, head, governor)) continue;
                return (Finer(mentions, m), "clause");
            }
            if (sentenceLevel is null && AboveWithoutConjunct(article, tie, head) && (!talk || IsSetting(article, m, e, tie, -1))) sentenceLevel = m;
        }
        // "travel to Amman, where he will meet ...", "in Amman, where talks were held": the where-clause's act
        // happens at the place the clause hangs on.
        if (WherePlace(article, head, mentions) is { } where) return (where, Where);
        // A visit happens where the visitor goes: "travelled to Guyana", "will travel to Abu Dhabi" (an intent to
        // meet, 036), "welcomed him to Washington" (hosting, 043), "visited Kabul" (042, the place as object).
        // Of several ("travel to Singapore and Vietnam"), the one in the target's country.
        if (IsVisit(e.Code) is var visit && visit != Visit.None)
        {
            PlaceMention? destination = null;
            string? targetCountry = e.Target is { } target ? ActorCountry(target) : null;
            foreach (var m in mentions)
            {
                int goal = PlaceFinder.Destination(article, m, visit == Visit.Make);
                // An intent to visit takes its place as the object ("will visit the West Bank"), not an intent to
                // meet or brief ("will brief EU partners": Eu is a town in France).
                if (goal < 0 && visit == Visit.Intent && PlaceFinder.Destination(article, m, asObject: true) is var o && o >= 0
                    && article.TokenData[o].Lemma is "visit" or "tour") goal = o;
                if (goal < 0 || goal != head && goal != governor) continue;
                if ((m.Country?.Code ?? (m.Places.Count > 0 ? m.Places[0].Country : null)) == targetCountry) return (m, "destination");
                destination ??= m;
            }
            if (destination is not null) return (destination, "destination");
        }
        if (sentenceLevel is not null) return (sentenceLevel, "sentence");
        // An actor acts where the phrase naming it puts it: "United States Armed Forces in Iraq continue to advise
        // and provide support", "the Embassy in Kabul said".
        foreach (var m in mentions)
            if (InActorPhrase(article, m, e.Source)) return (m, ActorPhrase);
        return (null, "");
    }

    /// <summary>True when <paramref name="m"/> hangs on the name of an actor that takes no part in a material event ("cited
    /// the government's repression of its people and its support for Nicolás Maduro in Venezuela"): the place says where
    /// that actor is, not where the act happened. A place on the source or the target still counts (a parse that hangs
    /// "in Manila" on the partner met there).</summary>
    private static bool DescribesBystander(Article article, PlaceMention m, Event e)
    {
        var tokens = article.TokenData;
        int host = tokens[m.Anchor].Head;
        // Only for material acts: a verbal act's setting is judged by IsSetting, which keeps the place of a partner or
        // of the gathering an organisation holds ("met the President of Iraq on the margins of the UN General Assembly
        // in New York").
        if (IsTalk(e.Code) || host < 0 || tokens[m.Anchor].Relation != "nmod" || tokens[host].Upos != Upos.PROPN) return false;
        if (Within(e.Source?.Tokens, host) || Within(e.Target?.Tokens, host) || e.Trigger.Contains(host)) return false;
        foreach (var actor in article.Mentions)
            if (actor.Sentence == e.Sentence && Within(actor.Tokens, host)) return true;
        return false;
    }

    /// <summary>The town a country name's own phrase goes on to name ("in the US capital city of Washington, DC",
    /// "in the Ukrainian city of Kharkiv" where the parse reads the country): a place under the same preposition is
    /// the finer reading of the phrase. Else <paramref name="m"/>.</summary>
    private static PlaceMention Finer(List<PlaceMention> mentions, PlaceMention m)
    {
        if (m.Country is null) return m;
        foreach (var other in mentions)
            if (other.First >= m.End && other.Anchor == m.Anchor && other.Country is null && other.Places.Count > 0) return other;
        return m;
    }

    /// <summary>Pick's source for a place in the source actor's own phrase; the location's source is "clause".</summary>
    private const string ActorPhrase = "actor-phrase";

    /// <summary>True when <paramref name="m"/> is an "in" phrase hung on the last word of the actor's mention, the
    /// subject of its clause ("Forces in Iraq continue to ... provide support"); not "from" ("a delegation from Iran"
    /// met elsewhere), nor a place inside the mention, nor one on an agent or object ("a summit hosted by President
    /// Biden in Washington next month", a parse that hangs the summit's place on the host).</summary>
    private static bool InActorPhrase(Article article, PlaceMention m, Mention actor)
    {
        var span = actor.Tokens;
        if (span.Count == 0 || m.First < span.End || !m.IsLocative) return false;
        var tokens = article.TokenData;
        int head = tokens[m.Anchor].Head;
        if (head != span.End - 1 || tokens[m.Anchor].Relation != "nmod" || tokens[head].Relation is not ("nsubj" or "nsubj:pass")) return false;
        return CaseLemma(article, m.Anchor) is "in";
    }

    /// <summary>Pick's source for a place reached through a where-clause; the location's source is "clause".</summary>
    private const string Where = "where";

    /// <summary>
    /// The place of a where-clause headed by <paramref name="head"/>: the place the clause hangs on ("Amman, where
    /// ..."), or, when it hangs on a predicate, the place of that predicate's locative phrase or its destination
    /// ("will travel to Amman, Jordan, where he will meet ...", a parse that hangs the clause on "travel"). Null when
    /// the event's clause opens with no "where" or no such place is named.
    /// </summary>
    private static PlaceMention? WherePlace(Article article, int head, List<PlaceMention> mentions)
    {
        var tokens = article.TokenData;
        int host = tokens[head].Head;
        if (host < 0 || tokens[head].Relation is not { } rel || !(rel.StartsWith("advcl", StringComparison.Ordinal) || rel.StartsWith("acl", StringComparison.Ordinal)))
            return null;
        int where = WhereWord(article, head);
        if (where < 0) return null;
        foreach (var m in mentions) if (m.First <= host && host < m.End) return m;
        // The place written just before "where", under the predicate the parse hangs the clause on, is the one it
        // refers to ("arrived in Israel from Dammam, Saudi Arabia, where he held meetings": Dammam, not Israel); a
        // country after its town in apposition gives the town ("Amman, Jordan, where").
        if (Antecedent(article, mentions, where, host) is { } before) return before;
        foreach (var m in mentions) if (m.IsLocative && TiePoint(article, m.Anchor) == host) return m;
        foreach (var m in mentions) if (PlaceFinder.Destination(article, m, asObject: true) == host) return m;
        return null;
    }

    /// <summary>The "where" that is an adverbial of <paramref name="head"/> placed before it; -1 when there is none.</summary>
    private static int WhereWord(Article article, int head)
    {
        var tokens = article.TokenData;
        int first = article.SentenceData[tokens[head].Sentence].FirstToken;
        for (int t = head - 1; t >= first; t--)
            if (tokens[t].Head == head && tokens[t].Relation == "advmod"
                && article.Text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start).Equals("where", StringComparison.OrdinalIgnoreCase))
                return t;
        return -1;
    }

    /// <summary>
    /// The place that ends right before <paramref name="where"/> (a comma between at most), lies under
    /// <paramref name="host"/> and has a preposition of its own other than "of" ("from Dammam, Saudi Arabia, where":
    /// a country written after its town, with a comma, gives the town, whatever the parse made of the pair; "President
    /// Yoon of the ROK, where the leaders condemned ..." is the meeting's clause, not the country's). Null when there
    /// is none.
    /// </summary>
    private static PlaceMention? Antecedent(Article article, List<PlaceMention> mentions, int where, int host)
    {
        var tokens = article.TokenData;
        int end = where;
        if (end > 0 && IsComma(article, end - 1)) end--;
        PlaceMention? before = null, town = null;
        foreach (var m in mentions) if (m.End == end) before = m;
        if (before is null) return null;
        if (before.Country is not null && before.First > 0 && IsComma(article, before.First - 1))
            foreach (var m in mentions) if (m.End == before.First - 1 && m.Country is null) town = m;
        var chosen = town ?? before;
        if (!EventClause.Dominates(article, host, chosen.First)) return null;
        return CaseWord(article, chosen) is { } prep && !prep.Equals("of", StringComparison.OrdinalIgnoreCase) ? chosen : null;
    }

    private static bool IsComma(Article article, int t)
    {
        var d = article.TokenData[t];
        return d.End - d.Start == 1 && article.Text[d.Start] == ',';
    }

    /// <summary>The preposition ("case") of the mention's head word; null when it has none.</summary>
    private static string? CaseWord(Article article, PlaceMention m)
    {
        var tokens = article.TokenData;
        int head = m.First;
        for (int t = m.First; t < m.End; t++)
            if (tokens[t].Head < m.First || tokens[t].Head >= m.End) { head = t; break; }
        int first = article.SentenceData[tokens[head].Sentence].FirstToken;
        for (int t = first; t < head; t++)
            if (tokens[t].Head == head && tokens[t].Relation == "case") return article.Text.Substring(tokens[t].Start, tokens[t].End - tokens[t].Start);
        return null;
    }

    private enum Visit { None, Make, Intent, Other }

    /// <summary>Make a visit (042, whose object can be the place), host a visit (043) or express intent to meet (036).</summary>
    private static Visit IsVisit(CameoCode code)
    {
        var d = code.Digits;
        if (d.StartsWith("042", StringComparison.Ordinal)) return Visit.Make;
        // "will visit the West Bank": an intended visit takes its place as the object too.
        if (d.StartsWith("036", StringComparison.Ordinal)) return Visit.Intent;
        return d.StartsWith("043", StringComparison.Ordinal) ? Visit.Other : Visit.None;
    }

    /// <summary>
    /// True when <paramref name="ancestor"/> dominates <paramref name="token"/> through embedding only ("said in Geneva
    /// that ..."): a conjoined or juxtaposed predicate is an act of its own ("discussed the situation in Gaza and
    /// condemned attacks" does not place the condemnation in Gaza).
    /// </summary>
    private static bool AboveWithoutConjunct(Article article, int ancestor, int token)
    {
        var tokens = article.TokenData;
        for (int t = token, guard = 0; t >= 0 && guard < 64; t = tokens[t].Head, guard++)
        {
            if (t == ancestor) return true;
            if (tokens[t].Relation is "conj" or "parataxis" or "list") return false;
        }
        return false;
    }

    /// <summary>
    /// The predicate a locative phrase at <paramref name="anchor"/> belongs to: its head, climbing through the noun
    /// phrases it sits in ("an attack on a market in Kandahar" → attack's verb; "a hospital in Ukraine", conjoined
    /// with the object, → the verb), at most three steps.
    /// </summary>
    internal static int TiePoint(Article article, int anchor)
    {
        var tokens = article.TokenData;
        int node = tokens[anchor].Head;
        for (int step = 0; step < 3 && node >= 0; step++)
        {
            var t = tokens[node];
            if (t.Upos is Upos.VERB or Upos.AUX || t.Head < 0) return node;
            if (t.Relation is "obj" or "obl" or "nmod" or "conj" or "appos" or "nsubj:pass" or "iobj" or "compound" or "nsubj")
            { node = t.Head; continue; }
            return node;
        }
        return node;
    }

    private static (Location? Location, string Why) Resolve(PlaceMention m, Event e, HashSet<string> articleCountries)
    {
        if (m.Country is { } country)
            return (new Location(country.Name, country.Code, country.Latitude, country.Longitude) { Precision = LocationPrecision.Country },
                $"country name, settlement centre (gazetteer/countries.tsv:{country.Line})");
        var places = m.Places;
        GeoPlace chosen = places[0];
        string why;
        // A country preference picks among places of comparable standing only: "Geneva" in a story with American actors
        // is still the Swiss city, not a town of 13,000 in New York state.
        var top = places[0];
        if (m.Qualified)
            why = $"named with its country or division after a comma, of {places.Count} places of that name there";
        else if (First(places, p => Comparable(top, p) && (ActorCountry(e.Source) == p.Country || e.Target is { } t && ActorCountry(t) == p.Country)) is { } byActor)
            (chosen, why) = (byActor, $"in the country of an actor, of {places.Count} places of that name");
        else if (First(places, p => Comparable(top, p) && articleCountries.Contains(p.Country)) is { } byArticle)
            (chosen, why) = (byArticle, $"in a country the article names, of {places.Count} places of that name");
        else
        {
            // Nothing ties the name to the story's countries: a small place is more likely a misreading ("Pacific",
            // a town in Washington state, from "Indo-Pacific"; a park named for someone) than the event's place.
            if (chosen.Population < MinUnsupportedPopulation && !chosen.IsArea && chosen.FeatureCode is not ("PPLC" or "PPLA")) return (null, "");
            why = places.Count == 1 ? "the only place of that name" : $"the most populous of {places.Count} places of that name";
        }
        // A division or region is placed at its centre; a disputed territory keeps the country ISO 3166 lists it under
        // (none when it lists it under no one country), and its evidence names the claimants.
        string source = chosen.Source ?? (chosen.GeoNameId != 0 ? $"geonames {chosen.GeoNameId}" : $"geonames division {chosen.Name}");
        string disputed = chosen.Claimants.Count == 0 ? "" : $", disputed: {string.Join(' ', chosen.Claimants)}";
        return (new Location(chosen.Name, chosen.Country.Length == 0 ? null : chosen.Country, chosen.Latitude, chosen.Longitude)
        {
            Precision = chosen.IsArea ? LocationPrecision.Region : LocationPrecision.Place,
            Admin1 = chosen.Admin1.Length == 0 ? null : chosen.Admin1,
            FeatureCode = chosen.FeatureCode,
            GeoNameId = chosen.GeoNameId == 0 ? null : chosen.GeoNameId,
        }, string.Create(CultureInfo.InvariantCulture, $"{why} ({source}, population {chosen.Population}{disputed})"));
    }

    /// <summary>
    /// True when <paramref name="p"/> may be preferred to the most populous place of its name for its country: it has
    /// a tenth of its people, or a third when the larger is a capital, the seat of a first-level division or a division
    /// (ranked first, so no town of its name in it is larger) and it is none of these: a famous place beats a small
    /// namesake ("Geneva" the Swiss city, not Geneva, Illinois, of 22,000, in a story with American actors; "Bali" the
    /// Indonesian province, not Bāli in West Bengal, in a story that names India), while two seats of comparable standing leave the choice to the countries ("Tripoli" in
    /// Lebanon for a Lebanese story).
    /// </summary>
    internal static bool Comparable(GeoPlace top, GeoPlace p)
    {
        if (ReferenceEquals(top, p)) return true;
        bool outranked = (top.IsArea || top.FeatureCode is "PPLC" or "PPLA") && !p.IsArea && p.FeatureCode is not ("PPLC" or "PPLA");
        return p.Population >= top.Population / (outranked ? 3 : 10);
    }

    private static GeoPlace? First(IReadOnlyList<GeoPlace> places, Func<GeoPlace, bool> test)
    {
        foreach (var p in places) if (test(p)) return p;
        return null;
    }

    private static string? ActorCountry(Mention m) => m.Code.Value is { Length: >= 3 } v ? v[..3] : null;

    /// <summary>Countries the article names: its actors' country codes and the country names in its text.</summary>
    private static HashSet<string> ArticleCountries(Article article, Gazetteer gazetteer)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in article.Mentions)
            if (ActorCountry(m) is { } c && gazetteer.TryGetCountry(c, out _)) set.Add(c);
        return set;
    }
}
