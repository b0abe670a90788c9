using System.Runtime.InteropServices;
using Casus.Actors.Context;
using Casus.Actors.People;
using Casus.Document;
using Casus.Geo;

namespace Casus.Actors.Discourse;

/// <summary>
/// Gives a country to the role phrases that the sentence pass left without one (<c>---GOV</c>, <c>---MIL</c>,
/// <c>---COP</c>), from the whole article (docs/formats/actors.md, "Country from the article"): an earlier phrase of
/// the same role with a country ("the Syrian government" ... "the government"), a gazetteer place or a country named
/// in the phrase's sentence ("police in Mosul"), the share of the article's mentions each country has, and the lead
/// sentence (dateline). Each country gets a score; the best is chosen only when it reaches the minimum and leads the
/// second by the margin, else the phrase stays <c>---</c> and its evidence says why. Runs after
/// <see cref="ContextCountryPass"/>; per-article state, not thread-safe.
/// </summary>
internal sealed class ArticleCountryPass
{
    /// <summary>The evidence line of a fill starts with the context prefix, so the coder treats it as context.</summary>
    public const string NotePrefix = ContextCountry.NotePrefix + "article: ";

    private const double SameRoleLatest = 3, SameRoleOther = 1, SameRoleOtherCap = 2;
    private const double InSentence = 2, ArticleShare = 3, Lead = 1, Headline = 2;
    private const int MaxPlaceWords = 4;
    private const int MinSentences = 3;

    private readonly Article _article;
    private readonly int _firstMention;
    private readonly ContextCountryOptions _options;
    private readonly PlaceCountries _places;

    // True when a government published the article on its own site (data/actors/publishers.txt): there the country
    // its sentences point to is most often the partner's, while its bare roles are its own or anyone's (news run
    // 2026-11-28: 22 of 41 fills right), so the pass leaves such articles to the publisher pass.
    private readonly bool _governmentPublisher;

    // The one country the headline names ("Samoan government ends state of emergency", "Police shoot teenage
    // protester as Hong Kong demonstrations continue"), or null: a news report's headline says where it happens.
    private string? _headlineCountry;
    private string? _headlineWord;
    private readonly ActorDictionary? _dictionary;
    private readonly HeadlineTokens? _headline;

    public ArticleCountryPass(Article article, int firstMention, ContextCountryOptions options, PlaceCountries places, bool governmentPublisher = false,
        ActorDictionary? dictionary = null, HeadlineTokens? headline = null)
    {
        _article = article;
        _firstMention = firstMention;
        _options = options;
        _places = places;
        _governmentPublisher = governmentPublisher;
        _dictionary = dictionary;
        _headline = headline;
    }

    /// <summary>The one country a headline names by a country's name, adjective or seat ("UK", "Serbian", "London"),
    /// with the words that name it; null when it names none or several ("Iran admits downing Ukrainian jet").</summary>
    internal static (string? Country, string? Word) HeadlineCountry(Article headline, ActorDictionary dictionary)
    {
        var title = headline.Text;
        string? country = null, word = null;
        for (int t = 0; t < headline.Tokens.Count;)
        {
            int n = dictionary.Match(headline, t, headline.Tokens.Count, out var entries);
            if (n == 0 || entries.Count == 0) { t++; continue; }
            var e = entries[0];
            if (e.Kind is ActorEntryKind.CountryName or ActorEntryKind.CountryAdjective or ActorEntryKind.Seat
                && ContextCountryPass.IsCountry(e.Code.Primary))
            {
                if (country is not null && country != e.Code.Primary) return (null, null);
                country = e.Code.Primary;
                word ??= title[headline.Tokens[t].Start..headline.Tokens[t + n - 1].End];
            }
            t += n;
        }
        return (country, word);
    }

    /// <summary>Fills what it can and replaces the stage's mentions when any changed.</summary>
    public void Run()
    {
        // A text of one or two sentences (a wire lead, a gold record) has only its sentence, which the sentence pass
        // has judged already.
        if (!_options.Article || _article.SentenceData.Count < MinSentences) return;
        var all = _article.Mentions;
        bool any = false;
        for (int i = _firstMention; i < all.Count && !any; i++) any = ContextCountryPass.NeedsCountry(all[i].Code);
        if (!any) return;
        // The headline is read only for an article with a role to fill (it is tokenised on its own, once per article).
        if (_dictionary is not null && _headline?.Get() is { } headline)
            (_headlineCountry, _headlineWord) = HeadlineCountry(headline, _dictionary);
        if (_governmentPublisher) { FillPeopleFromHeadline(); return; }
        var mentions = _article.MentionsFrom(_firstMention);
        // Evidence is read from the mentions as they stand before this pass, never from a country it filled.
        var original = mentions.ToArray();
        var guards = new ContextCountryPass(_article, _firstMention, _options);
        // A report about one country: what the scores below leave open is that country's (ArticleOneCountry).
        var one = ArticleOneCountry.Find(original, Own, _headlineCountry);
        bool changed = false;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!ContextCountryPass.NeedsCountry(m.Code) || guards.IsPeerGroup(m) || guards.IsForeignOrDiplomat(m) || IsPeers(m)) continue;
            // "its army", "their government": the possessor says whose (the pronoun pass), not the article.
            if ((_options.Pronouns || one is not null) && HasPossessivePronoun(m)) continue;
            // One person's office ("the Vice President", "the spokesman"): whose is the coreference pass's question (its
            // title-only rule); the article's scores are no guide to which officeholder is meant, only its one country.
            // A named person ("National Security Advisor Jake Sullivan") is an individual: a visit's host country is not
            // his, unless the report is about one country and its sentence names no other.
            bool individual = PersonTitles.TitlesIn(_article, m.Tokens).Any() || guards.HasName(m);
            var r = individual ? CountryResolution.Empty : Resolve(original, i, guards);
            if (r.Chosen is { } country)
            {
                var code = ActorCode.Parse(country + m.Code.Value[3..]);
                mentions[i] = m with { Code = code, Evidence = [.. m.Evidence, $"{NotePrefix}{r.Describe()} → {code.Value}"] };
                changed = true;
            }
            else if (one is { } o && OneCountryFits(original, m, o.Country))
            {
                var code = ActorCode.Parse(o.Country + m.Code.Value[3..]);
                mentions[i] = m with { Code = code, Evidence = [.. m.Evidence, $"{NotePrefix}the report's one country: {o.Country} ({o.Count} of {o.Total} mentions{(_headlineCountry is null ? ", the lead sentence" : $", headline '{_headlineWord}'")}) → {code.Value}"] };
                changed = true;
            }
            else if (r.Candidates.Count > 0 && r.Candidates[0].Score >= _options.ArticleMinScore)
            {
                // A near miss shows in --explain: why the phrase stays without a country.
                mentions[i] = m with { Evidence = [.. m.Evidence, $"country from the article left open ({Why(r.Reason)}): {r.Describe()}"] };
                changed = true;
            }
        }
        if (changed) _article.ReplaceMentions(_firstMention, mentions);
    }

    // A role the report's one country may take: not a company's (as often foreign: "Boeing ... the company" in a report
    // of an Iranian crash), not people come from elsewhere (tourists, hostages, migrants), and not in a sentence that
    // names another country or a place of one, which may be whose it is ("the prime minister" beside "Iran").
    private bool OneCountryFits(IReadOnlyList<Mention> mentions, Mention m, string country)
    {
        if (m.Code.HasRole("BUS") || HasAwayNoun(m)) return false;
        foreach (var s in mentions)
            if (s.Sentence == m.Sentence && !ReferenceEquals(s, m) && Own(s) && !s.Code.PrimarySpan.SequenceEqual(country)) return false;
        var sd = _article.SentenceData[m.Sentence];
        foreach (var (_, c) in Places(_article, _places, sd.FirstToken, sd.FirstToken + sd.TokenCount, mentions, m.Sentence))
            if (c != country) return false;
        return true;
    }

    // On a government's own site the article's countries are no guide (see _governmentPublisher), but a statement
    // whose headline names one country ("Statement by the President on Syria") is about that country's people: its
    // bare civilians, refugees and media ("civilians", "TV") take it. State roles (GOV, MIL, ...) are left to the
    // publisher pass, which gives them the publisher's own country.
    private void FillPeopleFromHeadline()
    {
        if (_headlineCountry is not { } country || _headlineWord is not { } word || _headline?.Get() is not { } headline) return;
        if (!IsTopicOfStatement(headline.Text, word)) return;
        var mentions = _article.MentionsFrom(_firstMention);
        var guards = new ContextCountryPass(_article, _firstMention, _options);
        bool changed = false;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!ContextCountryPass.NeedsCountry(m.Code) || !IsPeopleRole(m.Code)) continue;
            if (guards.IsPeerGroup(m) || guards.IsForeignOrDiplomat(m) || IsPeers(m) || HasPossessivePronoun(m)) continue;
            var code = ActorCode.Parse(country + m.Code.Value[3..]);
            mentions[i] = m with { Code = code, Evidence = [.. m.Evidence, $"{NotePrefix}the headline's one country on a government's site: '{_headlineWord}' → {code.Value}"] };
            changed = true;
        }
        if (changed) _article.ReplaceMentions(_firstMention, mentions);
    }

    // The headline's country is the statement's topic or scene ("Statement ... on Syria", "... on the Wildfires in
    // Chile"): right after "on" or "in", not a possessor ("on Russia's Missile Strikes": Russia acts, the victims
    // are others), and not a readout of a call or meeting, whose headline names the other side's leader, not the
    // people its sentences speak of (hostages, refugees and civilians of third countries).
    internal static bool IsTopicOfStatement(string headline, string word)
    {
        if (headline.Contains("Readout", StringComparison.OrdinalIgnoreCase) || headline.Contains(" Call ", StringComparison.OrdinalIgnoreCase)
            || headline.Contains("Meeting", StringComparison.OrdinalIgnoreCase) || headline.Contains("Trip", StringComparison.OrdinalIgnoreCase)
            || headline.Contains("Summit", StringComparison.OrdinalIgnoreCase) || headline.Contains("Visit", StringComparison.OrdinalIgnoreCase)) return false;
        int at = headline.IndexOf(word, StringComparison.Ordinal);
        if (at < 0) return false;
        var before = headline.AsSpan(0, at).TrimEnd();
        if (!(before.EndsWith(" on", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" in", StringComparison.OrdinalIgnoreCase))) return false;
        var after = headline.AsSpan(at + word.Length);
        return !(after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal));
    }

    // A role of a country's people rather than of its state or its organised groups: civilians, refugees, media.
    private static bool IsPeopleRole(ActorCode code)
    {
        bool any = false;
        foreach (var r in code.Roles)
        {
            if (r is not ("CVL" or "REF" or "MED")) return false;
            any = true;
        }
        return any;
    }

    private bool HasPossessivePronoun(Mention m) => HasPossessivePronoun(_article, m);

    internal static bool HasPossessivePronoun(Article article, Mention m)
    {
        var tokens = article.Tokens;
        var sd = article.SentenceData[m.Sentence];
        for (int t = sd.FirstToken; t < sd.FirstToken + sd.TokenCount; t++)
        {
            var token = tokens[t];
            if (token.Relation == "nmod:poss" && token.Upos == Upos.PRON && token.Head >= m.Tokens.First && token.Head < m.Tokens.End
                && token.Span is "its" or "Its" or "their" or "Their" or "his" or "His" or "her" or "Her") return true;
        }
        return false;
    }

    private static string Why(CountryOpenReason reason) => reason switch
    {
        CountryOpenReason.Ambiguous => "two countries close in score",
        CountryOpenReason.OfficeWithoutRoleEvidence => "an office needs an earlier phrase of its role or a place in its sentence",
        CountryOpenReason.TooWeak => "too weak",
        _ => "no evidence",
    };

    // Reused by each Resolve of the article (the pass is per article), made at the first: most articles resolve
    // nothing, and the few that do resolve several phrases.
    private sealed class Scratch
    {
        public readonly Dictionary<string, Tally> Scores = new(StringComparer.Ordinal);
        public readonly Dictionary<string, double> Others = new(StringComparer.Ordinal);
        public readonly HashSet<string> SentenceCountries = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> Counts = new(StringComparer.Ordinal);
        public readonly HashSet<string> Lead = new(StringComparer.Ordinal);
        public readonly List<CountryCandidate> Candidates = new();
    }

    private Scratch? _scratch;

    /// <summary>The candidates and choice for mention <paramref name="index"/> of <paramref name="mentions"/>.</summary>
    internal CountryResolution Resolve(IReadOnlyList<Mention> mentions, int index, ContextCountryPass guards)
    {
        var m = mentions[index];
        var scratch = _scratch ??= new Scratch();
        var scores = scratch.Scores;
        scores.Clear();
        // Countries are looked up by the code's letters in place; a key string is made once, when a country is first
        // scored. Evidence is kept as clues and written out only if the resolution is shown (see Clue).
        var scoresBySpan = scores.GetAlternateLookup<ReadOnlySpan<char>>();
        void Add(ReadOnlySpan<char> country, in Clue clue, bool strong)
        {
            ref var t = ref CollectionsMarshal.GetValueRefOrAddDefault(scoresBySpan, country, out _);
            t ??= new Tally();
            t.Score += clue.Weight;
            t.Clues.Add(clue);
            t.Strong |= strong;
        }

        // 1. Earlier phrases of the same role with a country of their own: the latest weighs most.
        string role = FirstRole(m.Code);
        Mention? latest = null;
        var others = scratch.Others;
        others.Clear();
        var othersBySpan = others.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int j = index - 1; j >= 0; j--)
        {
            var s = mentions[j];
            // A phrase, not a person: "President Saied" says nothing of whose "the government" is.
            if (!Own(s) || !s.Code.HasRole(role) || guards.IsForeignOrDiplomat(s) || IsPerson(s)) continue;
            if (latest is null) { latest = s; continue; }
            if (s.Code.PrimarySpan.SequenceEqual(latest.Code.PrimarySpan)) continue;
            ref double had = ref CollectionsMarshal.GetValueRefOrAddDefault(othersBySpan, s.Code.PrimarySpan, out _);
            if (had >= SameRoleOtherCap) continue;
            had += SameRoleOther;
            Add(s.Code.PrimarySpan, new Clue(ClueKind.SameRoleEarlier, SameRoleOther, s.Text, s.Sentence), true);
        }
        if (latest is not null) Add(latest.Code.PrimarySpan, new Clue(ClueKind.LatestSameRole, SameRoleLatest, latest.Text, latest.Sentence), true);

        // 2. Countries named in the phrase's sentence: its other actors (destinations aside) and gazetteer places.
        var sentenceCountries = scratch.SentenceCountries;
        sentenceCountries.Clear();
        var sentenceBySpan = sentenceCountries.GetAlternateLookup<ReadOnlySpan<char>>();
        var sd = _article.SentenceData[m.Sentence];
        bool parsed = ParseComposer.IsParsed(_article, sd.FirstToken, sd.FirstToken + sd.TokenCount);
        for (int j = 0; j < mentions.Count; j++)
        {
            var s = mentions[j];
            if (s.Sentence != m.Sentence || ReferenceEquals(s, m) || !Own(s) || guards.IsDestination(s, parsed)) continue;
            if (sentenceBySpan.Add(s.Code.PrimarySpan)) Add(s.Code.PrimarySpan, new Clue(ClueKind.InSentence, InSentence, s.Text), true);
        }
        foreach (var (place, country) in Places(_article, _places, sd.FirstToken, sd.FirstToken + sd.TokenCount, mentions, m.Sentence))
            if (sentenceCountries.Add(country)) Add(country, new Clue(ClueKind.PlaceInSentence, InSentence, place), true);

        // 3. The article's share of own-country mentions, and 4. the lead sentence (the dateline is there); both from the
        // other sentences only, so that a sentence the sentence pass judged open is not filled by itself.
        var counts = scratch.Counts;
        counts.Clear();
        int total = 0;
        var lead = scratch.Lead;
        lead.Clear();
        // Looked up by the code's letters in place: a string per mention per phrase resolved was most of the pass's
        // allocation (the key is made once, when a country is first counted).
        var countsBySpan = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var leadBySpan = lead.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int j = 0; j < mentions.Count; j++)
        {
            var s = mentions[j];
            if (!Own(s) || s.Sentence == m.Sentence) continue;
            CollectionsMarshal.GetValueRefOrAddDefault(countsBySpan, s.Code.PrimarySpan, out _)++;
            total++;
            if (s.Sentence == mentions[0].Sentence) leadBySpan.Add(s.Code.PrimarySpan);
        }
        foreach (var (c, n) in counts)
            Add(c, new Clue(ClueKind.ArticleShare, ArticleShare * n / total, null, n, total), false);
        foreach (var c in lead) Add(c, new Clue(ClueKind.Lead, Lead), false);
        // 5. The headline's one country: where a news report happens, so tied to the bare roles of the people who act
        // where they live (police, protesters, courts, officials), not of forces and spies, who serve abroad, nor of
        // companies, as often foreign ("Boeing ... the company" in a report of an Iranian crash).
        // Nor of people come from elsewhere (away-noun in data/actors/place-of-role.txt: tourists, hostages, migrants).
        if (_headlineCountry is not null && !HeadlineBlind.Contains(role) && !HasAwayNoun(m))
            Add(_headlineCountry, new Clue(ClueKind.Headline, Headline, _headlineWord), true);

        if (scores.Count == 0) return CountryResolution.Empty;
        var candidates = scratch.Candidates;
        candidates.Clear();
        foreach (var (country, t) in scores)
            candidates.Add(new CountryCandidate(country, Math.Round(t.Score, 2), new ClueLines(t.Clues)));
        candidates.Sort(ByScoreThenCountry);
        var result = candidates.ToArray();
        var best = result[0];
        double second = result.Length > 1 ? result[1].Score : 0;
        if (best.Score < _options.ArticleMinScore) return new(result, null, CountryOpenReason.TooWeak);
        if (best.Score < _options.ArticleMargin * second) return new(result, null, CountryOpenReason.Ambiguous);
        // A sentence that names two countries is about their relations: the role may be either's (the sentence pass's
        // rule too).
        if (sentenceCountries.Count >= 2) return new(result, null, CountryOpenReason.Ambiguous);
        if (IsOffice(m.Code) && !scores[best.Country].Strong) return new(result, null, CountryOpenReason.OfficeWithoutRoleEvidence);
        // Without evidence tied to the phrase the article's share decides nothing: hand-judged on the news sample, the
        // writer's country dominates White House statements whose generic groups ("refugees throughout the region",
        // "the parties") are foreign.
        if (!scores[best.Country].Strong) return new(result, null, CountryOpenReason.TooWeak);
        return new(result, best.Country, CountryOpenReason.None);
    }

    // Best first; countries are distinct, so ties in score are broken the same way every time.
    private static readonly Comparison<CountryCandidate> ByScoreThenCountry = (a, b) =>
    {
        int c = b.Score.CompareTo(a.Score);
        return c != 0 ? c : string.CompareOrdinal(a.Country, b.Country);
    };

    private bool HasAwayNoun(Mention m)
    {
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
            if (PlaceOfRoleWords.Default.IsAwayNoun(_article.Tokens[t].Text)) return true;
        return false;
    }

    // Roles the headline's country says nothing about (above).
    private static readonly HashSet<string> HeadlineBlind = new(StringComparer.Ordinal) { "MIL", "SPY", "BUS" };

    private sealed class Tally
    {
        public double Score;
        public readonly List<Clue> Clues = new();
        public bool Strong; // evidence tied to the phrase: its role earlier, or its sentence
    }

    private enum ClueKind { SameRoleEarlier, LatestSameRole, InSentence, PlaceInSentence, ArticleShare, Lead, Headline }

    // One piece of evidence for a country, kept as data: most resolutions choose nothing and are never shown, and
    // writing each piece's line for every candidate was most of what the pass allocated.
    private readonly record struct Clue(ClueKind Kind, double Weight, string? Text = null, int A = 0, int B = 0)
    {
        public string Line()
        {
            string evidence = Kind switch
            {
                ClueKind.SameRoleEarlier => $"same role earlier: '{Text}' (sentence {A})",
                ClueKind.LatestSameRole => $"latest same role: '{Text}' (sentence {A})",
                ClueKind.InSentence => $"in the sentence: '{Text}'",
                ClueKind.PlaceInSentence => $"place in the sentence: {Text}",
                ClueKind.ArticleShare => $"article: {A} of {B} mentions",
                ClueKind.Lead => "lead sentence",
                _ => $"headline: '{Text}'",
            };
            return $"{evidence} +{Weight:0.#}";
        }
    }

    // A candidate's evidence lines, written on first read.
    private sealed class ClueLines(List<Clue> clues) : IReadOnlyList<string>
    {
        private string[]? _lines;

        private string[] Lines()
        {
            if (_lines is null)
            {
                var lines = new string[clues.Count];
                for (int i = 0; i < lines.Length; i++) lines[i] = clues[i].Line();
                _lines = lines;
            }
            return _lines;
        }

        public string this[int index] => Lines()[index];
        public int Count => clues.Count;
        public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Lines()).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static string FirstRole(ActorCode code) => code.Value.Length >= 6 ? code.Value.Substring(3, 3) : "";

    // "both officials", "the two leaders", "our militaries", "their respective governments", "all parties": several
    // countries' actors, in readouts and joint statements.
    private bool IsPeers(Mention m) => IsPeers(_article, m);

    internal static bool IsPeers(Article article, Mention m)
    {
        var tokens = article.Tokens;
        var sd = article.SentenceData[m.Sentence];
        int from = Math.Max(sd.FirstToken, m.Tokens.First - 2);
        for (int t = from; t < m.Tokens.End; t++)
        {
            var w = tokens[t].Span;
            if (w.Equals("both", StringComparison.OrdinalIgnoreCase) || w.Equals("two", StringComparison.OrdinalIgnoreCase)
                || w.Equals("our", StringComparison.OrdinalIgnoreCase) || w.Equals("respective", StringComparison.OrdinalIgnoreCase)
                || w.Equals("all", StringComparison.OrdinalIgnoreCase) || w.Equals("each", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    internal static bool IsPerson(Mention m)
    {
        foreach (var e in m.Evidence)
            if (e.StartsWith("actors/people", StringComparison.Ordinal) || e.StartsWith("in-article person", StringComparison.Ordinal)
                || e.StartsWith("coreference:", StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsOffice(ActorCode code) => code.HasRole("GOV") || code.HasRole("ELI");

    // A country the mention has of its own (its words, a person, a coreference link), not one given by context.
    private static bool Own(Mention m) => ContextCountryPass.IsCountry(m.Code.PrimarySpan) && !ContextCountry.FromContext(m);

    // Gazetteer places of the sentence outside its mentions, longest first, not after to/into/toward (destinations).
    internal static IEnumerable<(string Place, string Country)> Places(Article article, PlaceCountries places, int first, int end,
        IReadOnlyList<Mention> mentions, int sentence)
    {
        if (places.IsEmpty) yield break;
        var tokens = article.Tokens;
        for (int i = first; i < end; i++)
        {
            var w = tokens[i].Span;
            if (w.Length == 0 || !char.IsUpper(w[0]) || InMention(i, mentions, sentence)) continue;
            if (i > first && tokens[i - 1].Span is "to" or "into" or "toward" or "towards") continue;
            for (int n = Math.Min(MaxPlaceWords, end - i); n >= 1; n--)
            {
                // Most word runs are no place: checked from the text in place before a string is made of them.
                if (!places.MayHave(article.Text.AsSpan(tokens[i].Start, tokens[i + n - 1].End - tokens[i].Start))) continue;
                var name = article.Text[tokens[i].Start..tokens[i + n - 1].End];
                if (n > 1) name = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (!places.TryGet(name, out var place)) continue;
                var country = place.Country.Primary;
                if (ContextCountryPass.IsCountry(country)) yield return (place.Evidence, country);
                i += n - 1;
                break;
            }
        }
    }

    private static bool InMention(int t, IReadOnlyList<Mention> mentions, int sentence)
    {
        foreach (var m in mentions)
            if (m.Sentence == sentence && m.Tokens.First <= t && t < m.Tokens.End) return true;
        return false;
    }
}
