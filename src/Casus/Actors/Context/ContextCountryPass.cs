using Casus.Coding;
using Casus.Document;

namespace Casus.Actors.Context;

/// <summary>
/// Gives a country to the actor phrases of one article that name a role but no country ("the army" → <c>---MIL</c>,
/// an unknown "President Dos Santos" → <c>---GOV</c>), from the rest of the sentence (docs/formats/actors.md,
/// "Country from context"): "Ousted President Askar Akayev has agreed to resign without returning to Kyrgyzstan" →
/// <c>KGZGOV</c>. Runs last in the actor stage, after phrase composition and coreference, so that the phrase's own
/// possessor, of-phrase or apposition has had its say. Per-article state; not thread-safe.
/// </summary>
internal sealed class ContextCountryPass
{
    private const int MaxClimb = 64; // guards walks up a (possibly cyclic) bad parse
    private const int LongArticle = 3; // sentences from which the article's own country gates the sentence's

    // The article's dominant country ("" when it has none) for an article of LongArticle sentences or more; null for a
    // shorter one (a gold sentence, a headline), where the sentence alone decides.
    private string? _articleCountry;

    // The sentence's mentions as composed, while FillSentence reads it: SharedOverCoordination looks between conjuncts.
    private ArraySegment<Mention> _sentenceSignals;

    private readonly Article _article;
    private readonly int _firstMention;
    private readonly ContextCountryOptions _options;

    // True when a government published the article on its own site (data/actors/publishers.txt): its statements
    // leave their own country's roles unnamed and name the partner country in nearly every sentence, so the
    // country an article of theirs is "about" is seldom that of a bare role (news run 2026-11-29: 8 of 19 right).
    private readonly bool _governmentPublisher;

    public ContextCountryPass(Article article, int firstMention, ContextCountryOptions options, bool governmentPublisher = false)
    {
        _article = article;
        _firstMention = firstMention;
        _options = options;
        _governmentPublisher = governmentPublisher;
    }

    /// <summary>Fills what it can and replaces the stage's mentions when any changed.</summary>
    public void Run()
    {
        if (!_options.SameSentence) return;
        var all = _article.Mentions;
        bool any = false;
        for (int i = _firstMention; i < all.Count && !any; i++) any = NeedsCountry(all[i].Code);
        if (!any) return;

        var mentions = _article.MentionsFrom(_firstMention);
        // Signals are read from the codes as composed, never from a country this pass filled in.
        var original = mentions.ToArray();
        // In an article of some length only the actor's own noun phrase gives a country, unless LongArticles asks for
        // the sentence too, and then only the country the article is about: an article about many countries (a summit
        // statement, a fact sheet) names one per sentence, and its generic roles ("women", "companies", "the
        // Administration") are seldom that one's.
        _articleCountry = _article.SentenceData.Count >= LongArticle ? (MainCountry(mentions) ?? "") : null;
        bool changed = false;
        for (int from = 0; from < mentions.Count;)
        {
            int to = from;
            while (to < mentions.Count && mentions[to].Sentence == mentions[from].Sentence) to++;
            changed |= FillSentence(mentions, original, from, to);
            from = to;
        }
        if (changed) _article.ReplaceMentions(_firstMention, mentions);
    }

    /// <summary>True when the country is written as the first half of "-based" ("a UK-based group", "the London-based
    /// observatory"): it says where an organisation sits, usually abroad from the events it reports, so it is no
    /// context for the sentence's other actors ("a UK-based group ... said eight people were killed by government
    /// forces": Syria's forces, not Britain's).</summary>
    private bool IsSeatOfOrganisation(Mention s)
    {
        if (s.Tokens.End <= s.Tokens.First) return false;
        var rest = _article.Text.AsSpan(_article.TokenData[s.Tokens.End - 1].End).TrimStart();
        if (rest.IsEmpty || rest[0] != '-') return false;
        return rest[1..].TrimStart().StartsWith("based", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A role with no country, of a kind that belongs to a country (not an NGO, which is transnational).</summary>
    internal static bool NeedsCountry(ActorCode code)
    {
        if (!code.PrimarySpan.SequenceEqual("---") || code.Value.Length <= 3) return false;
        // Roles read in place: this is asked of every mention by several passes.
        return !(code.HasRole("NGO") || code.HasRole("IGO") || code.HasRole("IMG") || code.HasRole("MNC"));
    }

    /// <summary>True when the first three letters name a state, not a transnational type, a region or "---".</summary>
    internal static bool IsCountry(string primary) => IsCountry(primary.AsSpan());

    // The span form lets hot loops test a code's first three letters without ActorCode.Primary's new string.
    internal static bool IsCountry(ReadOnlySpan<char> primary)
    {
        // Transnational types and world regions (data/cameo/non-state-codes.txt) name no state whose role this could be.
        if (primary.Length != 3 || NonStateCodes.Default.IsNonState(primary)) return false;
        foreach (char c in primary) if (c is < 'A' or > 'Z') return false;
        return true;
    }

    // Roles whose people often serve abroad: a place attached to them ("the troops in Iraq", "the envoy to Syria") is
    // where they serve, not whose they are (the parse composer's location rule draws the same line).
    private static readonly HashSet<string> ServeAbroad = ["MIL", "SPY", "NGO", "IGO"];

    // Office nouns of diplomacy ("the ambassador in Damascus" is not Syria's) and the nouns after "foreign" that make
    // it a state's own office: data/actors/diplomacy.txt.
    private static DiplomacyWords Diplomacy => DiplomacyWords.Default;

    private bool FillSentence(List<Mention> mentions, Mention[] original, int from, int to)
    {
        bool changed = false;
        _sentenceSignals = new ArraySegment<Mention>(original, from, to - from);
        var sd = _article.SentenceData[mentions[from].Sentence];
        int first = sd.FirstToken, end = sd.FirstToken + sd.TokenCount;
        bool parsed = ParseComposer.IsParsed(_article, first, end);
        // The countries the sentence names (destinations aside): with two or more, the sentence is about their
        // relations and a role without a country may be either's ("Russian missiles struck a hospital in Ukraine,
        // killing 50 people").
        string? only = null;
        bool several = false;
        // The one the sentence is told by ("..., a spokeswoman for the U.S. embassy said", "according to Pentagon
        // sources") is a witness of the act, not one of its sides: with another country named, the reporter's is no
        // context ("The military government ... declared a state of siege in Haiti, a spokeswoman for the U.S.
        // embassy said" is Haiti's); alone, it still is ("the army shelled the town, Syrian officials said").
        bool skipReporters = false;
        if (parsed)
            for (int j = from; j < to && !skipReporters; j++)
            {
                var s = original[j];
                skipReporters = IsCountry(s.Code.PrimarySpan) && !IsDestination(s, parsed) && !IsSeatOfOrganisation(s) && !IsReporter(s);
            }
        for (int j = from; j < to; j++)
        {
            var s = original[j];
            if (!IsCountry(s.Code.PrimarySpan) || IsDestination(s, parsed) || IsSeatOfOrganisation(s)) continue;
            if (skipReporters && IsReporter(s)) continue;
            if (only is null) only = s.Code.Primary;
            else if (!s.Code.PrimarySpan.SequenceEqual(only)) several = true;
        }
        for (int i = from; i < to; i++)
        {
            var m = mentions[i];
            if (!NeedsCountry(m.Code) || IsPeerGroup(m) || IsForeignOrDiplomat(m)) continue;
            int bestDistance = int.MaxValue, best = -1;
            bool tie = false, blocked = false;
            if (_options.SameSentence)
            {
                int head = parsed ? HeadOf(m.Tokens) : -1;
                for (int j = from; j < to; j++)
                {
                    var s = original[j];
                    if (j == i || !IsCountry(s.Code.PrimarySpan) || IsSeatOfOrganisation(s)) continue;
                    if (skipReporters && IsReporter(s)) continue;
                    if (parsed && IsVisitedBy(m, s)) continue;
                    if (IsDestination(s, parsed) && !(parsed && (IsReturnHome(m, s) || IsWithinJurisdiction(m, s)))) continue;
                    // A counterpart of the same kind is skipped unless it stands in the actor's own noun phrase
                    // ("Russian aircraft including helicopter gunships", "Israeli helicopters and tanks").
                    // A named person is an individual: a coordinated officeholder is a counterpart ("President Yoon and
                    // President Biden").
                    // A seat of government named as the place of the act ("a curfew in Abidjan") is a place, not a
                    // government counterpart.
                    if (SameKind(m.Code, s.Code) && !(parsed && IsSeatAsPlace(s)) && (HasName(m) && !(parsed && SharedOverCoordination(head, m, s)) || !(parsed && SameNounPhrase(head, m, s, first, end)))) continue;
                    if (parsed && IsPosting(m, s))
                    {
                        blocked = true; // the place the actor serves in: whose it is stays unknown
                        break;
                    }
                    int d = parsed ? TreeDistance(head, HeadOf(s.Tokens), first, end) : LinearDistance(m.Tokens, s.Tokens);
                    if (d < bestDistance)
                    {
                        tie = false;
                        bestDistance = d;
                        best = j;
                    }
                    else if (d == bestDistance && !original[best].Code.PrimarySpan.SequenceEqual(s.Code.PrimarySpan)) tie = true;
                }
            }
            if (blocked) continue;
            if (best >= 0 && !tie && !Trusted(m, original[best], parsed ? HeadOf(m.Tokens) : -1, several, parsed, first, end)) best = -1;
            if (best >= 0 && !tie)
            {
                var signal = original[best];
                // Say when only the article's one country let a signal outside the phrase count (LongArticles).
                string about = _articleCountry is { Length: > 0 } && !(parsed && SameNounPhrase(HeadOf(m.Tokens), m, signal, first, end))
                    ? $"; the article is about {_articleCountry}" : "";
                mentions[i] = Filled(m, signal.Code.Primary, $"country from context: '{signal.Text}' (same sentence{about})");
                changed = true;
            }
        }
        return changed;
    }

    // Whether the nearest signal may give its country. One in the actor's own noun phrase always may ("authorities in
    // Croatia", "Israeli helicopters and tanks"). Otherwise the sentence must name one country only; and a government
    // role (an office, an unknown officeholder, "the Administration"), whose country in news of diplomacy is as often
    // the writer's own and unnamed, takes it only from an actor of another kind ("the Fijian rebels will release Prime
    // Minister Chaudhry"), not from a place named near it ("the Vice President welcomed Bahrain's ...").
    private bool Trusted(Mention m, Mention signal, int head, bool several, bool parsed, int first, int end)
    {
        if (parsed && SameNounPhrase(head, m, signal, first, end)) return true;
        if (several) return false;
        // In an article of some length the actor's country is a matter of the whole text (who writes, who is
        // talked about): the sentence's other actors are trusted only on request, and then only when the article is
        // about that one country. A text of one or two sentences (a wire lead, a gold record) has only its sentence.
        // A news report about one country leaves that country unsaid on its police, courts, voters ("Tamim claimed
        // Houthis have attacked journalists" in a story from Yemen); a government's own statement does not (above).
        // A possessive pronoun says whose the role is ("their military" in a readout of two leaders' call): it decides,
        // not the article.
        if (_articleCountry is not null && (!_options.LongArticles || _governmentPublisher || _articleCountry != signal.Code.Primary
                || Discourse.ArticleCountryPass.HasPossessivePronoun(_article, m))) return false;
        bool office = false;
        foreach (var r in m.Code.Roles) office |= r is "GOV" or "ELI";
        // A named officeholder the directory lacks ("Vice President Tomas Vell", "Prime Minister Ana Ruiz")
        // is one person, not the writer's unnamed government: in a text of one or two sentences that names one
        // country, that country is the person's.
        // A seat of government named as a place counts as the place ("in Abidjan" as "in Ivory Coast"), not as an actor.
        bool actor = signal.Code.Value.Length > 3 && !(parsed && IsSeatAsPlace(signal));
        return !office || actor || (_articleCountry is null && HasName(m));
    }

    /// <summary>True when a seat of government stands as a place: a city name alone under a place preposition
    /// ("extend the curfew in Abidjan", "talks in Moscow"), not the government it may stand for ("Moscow said").</summary>
    private bool IsSeatAsPlace(Mention signal)
    {
        var code = signal.Code.Value;
        if (code.Length != 6 || !code.EndsWith("GOV", StringComparison.Ordinal)) return false;
        int head = HeadOf(signal.Tokens);
        if (_article.Tokens[head].Upos != Upos.PROPN || !Discourse.UnattributedAttackPass.IsSeatName(signal)) return false;
        // A seat with an article is a building that houses the government ("at the White House", "in the Kremlin"):
        // the government itself, a counterpart; a city is named bare ("in Abidjan").
        if (HasDeterminer(head)) return false;
        return CaseWord(head) is "in" or "at" or "near" or "outside" or "inside" or "across" or "throughout" or "around" or "within";
    }

    // Verbs that attribute a sentence to its teller.
    private static readonly string[] ReportingVerbs = ["say", "tell", "report", "add", "state"];

    /// <summary>True when the signal tells the sentence after the fact: its phrase (through nominal arcs: "a
    /// spokeswoman for the U.S. embassy") is the subject of a verb of saying that follows what it reports ("...,
    /// officials said"), or it is a later phrase of "according to". A teller who leads ("Russia said Sudan must return
    /// a helicopter captured by Sudanese authorities", "Bosnian Serbs said their forces ...") is often a side of what
    /// it tells, and stays context. Needs a parse.</summary>
    private bool IsReporter(Mention signal)
    {
        var tokens = _article.Tokens;
        int u = HeadOf(signal.Tokens);
        int root = u;
        for (int d = 0; d < MaxClimb && tokens[root].Head >= 0; d++) root = tokens[root].Head;
        for (int d = 0; d < MaxClimb; d++)
        {
            if (CaseWord(u) == "according") return u > root;
            if (tokens[u].Head < 0) return false;
            var rel = tokens[u].Relation ?? "";
            if (rel.StartsWith("nsubj", StringComparison.Ordinal))
            {
                int v = tokens[u].Head;
                if (tokens[v].Upos != Upos.VERB || !IsReportingVerb(tokens[v].Lemma ?? tokens[v].Text)) return false;
                return v != root ? v > root : ReportsEarlierClause(v);
            }
            if (!(rel.StartsWith("nmod", StringComparison.Ordinal) || rel is "appos" or "compound" or "amod" or "flat" or "conj")) return false;
            u = tokens[u].Head;
        }
        return false;
    }

    // By lemma; untagged text (no lemmas) by the word's forms.
    private static bool IsReportingVerb(string word)
    {
        foreach (var v in ReportingVerbs) if (word.Equals(v, StringComparison.OrdinalIgnoreCase)) return true;
        return ReportingForms.Contains(word);
    }

    private static readonly HashSet<string> ReportingForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "reported", "reports", "added", "adds", "stated", "states",
    };

    // A verb of saying at the root that tells a clause before it ("X did Y, officials said", parsed with the clause as
    // its ccomp or parataxis).
    private bool ReportsEarlierClause(int v)
    {
        var tokens = _article.Tokens;
        var sd = _article.SentenceData[tokens[v].SentenceIndex];
        for (int t = sd.FirstToken; t < v; t++)
            if (tokens[t].Head == v && tokens[t].Relation is "ccomp" or "parataxis") return true;
        return false;
    }

    // Verbs of going back: the place one returns to is, for a person or a people, most often home ("the ousted
    // president agreed to resign without returning to Kyrgyzstan", "refugees returned to Syria"). Armed forces and
    // diplomats return to where they serve ("troops returned to Iraq"), so the exception is not theirs.
    private static readonly string[] ReturnVerbs = ["return", "repatriate"];

    // By lemma; untagged text (no lemmas) by the word's start ("returning", "repatriated").
    private bool IsReturnVerb(int t)
    {
        var token = _article.Tokens[t];
        if (token.Upos != Upos.VERB) return false;
        foreach (var v in ReturnVerbs)
            if (token.Lemma is { } lemma ? lemma.Equals(v, StringComparison.OrdinalIgnoreCase)
                : token.Span.StartsWith(v.AsSpan(0, v.Length - 1), StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True when the destination is where the actor goes back to: the verb that governs the place is a verb
    /// of return whose subject is the actor or unstated (a clause that shares the actor's subject), and the actor is
    /// not of a kind that serves abroad.</summary>
    private bool IsReturnHome(Mention m, Mention place)
    {
        var tokens = _article.Tokens;
        foreach (var r in m.Code.Roles) if (IsArmed(r) || ServeAbroad.Contains(r)) return false;
        int verb = tokens[HeadOf(place.Tokens)].Head;
        if (verb < 0 || CaseWord(HeadOf(place.Tokens)) != "to") return false;
        if (!IsReturnVerb(verb)) return false;
        var sd = _article.SentenceData[tokens[verb].SentenceIndex];
        for (int t = sd.FirstToken; t < sd.FirstToken + sd.TokenCount; t++)
            if (tokens[t].Head == verb && (tokens[t].Relation ?? "").StartsWith("nsubj", StringComparison.Ordinal))
                return t >= m.Tokens.First && t < m.Tokens.End;
        return true;
    }

    // An actor with a role of the same kind is a counterpart, not a compatriot: "National Security Advisor Jake
    // Sullivan spoke with the President of Turkey", "a Serbian army jet shot down a helicopter". Actors of different
    // kinds in one sentence are mostly of one country ("the Fijian rebels will release Prime Minister Chaudhry",
    // "Egyptian police dispersed demonstrators").
    private static bool SameKind(ActorCode needs, ActorCode signal)
    {
        if (signal.Value.Length <= 3) return false;
        foreach (var r in needs.Roles)
            foreach (var q in signal.Roles)
                if (r == q || (IsArmed(r) && IsArmed(q))) return true;
        return false;
    }

    // True when the signal stands in the actor's own noun phrase: the lowest common ancestor of their heads is a
    // nominal, and the path does not pass through a coordination or list ("National Security Advisor Jake Sullivan,
    // ... and National Security Advisor Eduardo Año of the Philippines" are three people), except for a bare country
    // modifier, which may cover the whole coordination ("Israeli helicopters and tanks").
    private bool SameNounPhrase(int a, Mention m, Mention signal, int first, int end)
    {
        if (SharedOverCoordination(a, m, signal)) return true;
        var tokens = _article.Tokens;
        int b = HeadOf(signal.Tokens);
        Span<bool> above = end - first <= 256 ? stackalloc bool[end - first] : new bool[end - first];
        int d = 0;
        for (int u = a; u >= first && u < end && d < MaxClimb && !above[u - first]; u = tokens[u].Head, d++)
        {
            above[u - first] = true;
            if (tokens[u].Head < 0) break;
        }
        int lca = -1;
        d = 0;
        for (int u = b; u >= first && u < end && d < MaxClimb; u = tokens[u].Head, d++)
        {
            if (above[u - first]) { lca = u; break; }
            if (tokens[u].Head < 0) break;
        }
        // One must hold the other: the possessor and the object of one noun are two actors ("the Vice President's
        // travel to Tanzania").
        if (lca < 0 || tokens[lca].Upos is not (Upos.NOUN or Upos.PROPN or Upos.PRON)) return false;
        // The actor's phrase must hold the signal: a role under a place is a misparse ("met in Washington with General
        // Kohavi" read as "Washington with ..."), and neither holding the other means two phrases.
        if (lca != a && !(tokens[a].Head == b && tokens[a].Relation == "conj")) return false;
        bool distributes = signal.Code.Value.Length == 3 && tokens[b].Head == a
            && (tokens[b].Relation ?? "") is "amod" or "compound" or "nmod:poss";
        if (distributes) return true;
        // A later conjunct of a group phrase shares the country modifier of the first ("Israeli helicopters and tanks");
        // people do not ("the President and Prime Minister"), nor does an earlier conjunct ("local manufacturers and
        // U.S. buyers").
        // A possessor covers the whole coordination too ("Uganda's people, business, institutions, and military",
        // "the PRC's military, intelligence, and other security apparatuses"), singular conjuncts included, unless a
        // conjunct has a determiner of its own ("Uganda's people and the military"), and not past a conjunct with a
        // country of its own ("Iraq's government, the Turkish army and police").
        if (tokens[a].Head == b && tokens[a].Relation == "conj")
            return signal.Tokens.First < a && !HasNameAt(a) && !CountryBetween(signal.Tokens.End, a + 1)
                && ((!HasName(signal) && IsPlural(a)) || (IsCountryPossessor(signal) && !HasOwnDeterminer(a)));
        // Through nominal arcs only: a clause under the noun is about something else ("terrorist groups that threaten
        // the United States", "forces operating with the Government of Saudi Arabia").
        for (int u = a; u != lca && u >= 0; u = tokens[u].Head) if (!NominalArc(u)) return false;
        for (int u = b; u != lca && u >= 0; u = tokens[u].Head) if (!NominalArc(u)) return false;
        return true;
    }

    /// <summary>True when a country written once covers a coordination of titles or roles that the actor is one conjunct
    /// of (docs/formats/actors.md, "Country over a coordination"). Before the first conjunct ("Ukraine's Foreign
    /// Minister Dmytro Kuleba and Minister of Defense Oleksii Reznikov", "Qatari Prime Minister and Minister of the
    /// Interior"): a later conjunct joined by "and" that starts with a title and has no determiner of its own takes it,
    /// named or not. After the last ("the Government and people of Israel", "the President and Prime Minister of
    /// Japan"): an earlier unnamed conjunct takes the "of COUNTRY" of the last, when "and" closes the coordination. Never
    /// across a conjunct that names a country of its own ("Ukraine's Foreign Minister and the U.S. envoy and ...").
    /// Needs a parse.</summary>
    private bool SharedOverCoordination(int a, Mention m, Mention signal)
    {
        var tokens = _article.Tokens;
        if (!IsCountry(signal.Code.PrimarySpan) || signal.Code.Value.Length <= 3) return false;
        int b = HeadOf(signal.Tokens);
        if (tokens[a].Head == b && tokens[a].Relation == "conj" && signal.Tokens.End <= m.Tokens.First)
            return LeadsWithCountry(signal) && StartsWithTitle(m) && !HasDeterminerFrom(a, m.Tokens.First - 1) && CoordinatorOf(a) == "and"
                && !CountryBetween(signal.Tokens.End, m.Tokens.First);
        bool sameCoordination = tokens[b].Relation == "conj"
            && (tokens[b].Head == a || (tokens[a].Relation == "conj" && tokens[b].Head == tokens[a].Head));
        if (sameCoordination && m.Tokens.End <= signal.Tokens.First)
            return !HasPersonName(m) && CoordinatorOf(b) == "and" && HasOfCountry(b, signal)
                && !CountryBetween(m.Tokens.End, signal.Tokens.First);
        return false;
    }

    // The phrase opens with its country: a possessor ("Ukraine's") or an adjective ("Qatari") on its own head, after
    // an article at most.
    private bool LeadsWithCountry(Mention signal)
    {
        var tokens = _article.Tokens;
        int t = signal.Tokens.First;
        if (t < signal.Tokens.End && tokens[t].Upos == Upos.DET) t++;
        if (t + 1 >= signal.Tokens.End || !char.IsUpper(tokens[t].Span[0])) return false;
        if (tokens[t].Upos == Upos.PROPN && tokens[t + 1].Span is "'s" or "’s" or "'" or "’") return true;
        // A country adjective, which taggers call ADJ or PROPN: the phrase's code took it from the country list.
        // A tagger may make the adjective the head of the phrase ("Qatari" over "Prime Minister").
        if (!(tokens[t].Relation is "amod" or "compound" || t == HeadOf(signal.Tokens)) || tokens[t].Upos is not (Upos.ADJ or Upos.PROPN)) return false;
        foreach (var e in signal.Evidence)
            if (e.Contains("countries.txt", StringComparison.Ordinal) && e.Contains(tokens[t].Text, StringComparison.Ordinal)) return true;
        return false;
    }

    // A title phrase: a title word first or second ("Minister of Defense Oleksii Reznikov", "Defense Minister Ali
    // Hassan"), not a bare name ("... and Ali Hassan"), who may be anyone's.
    private bool StartsWithTitle(Mention m)
    {
        var tokens = _article.Tokens;
        int t = m.Tokens.First;
        if (!HasNameAt(t)) return true;
        return t + 1 < m.Tokens.End && TitleWord(tokens[t + 1].Span);
    }

    // A capitalised word that is neither a title nor the role word the code came from ("the Government" is capitalised
    // in statements; "President Yoon" is a person).
    private bool HasPersonName(Mention m)
    {
        var tokens = _article.Tokens;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
        {
            if (!HasNameAt(t)) continue;
            bool roleWord = false;
            foreach (var e in m.Evidence) roleWord |= e.Contains("roles.txt", StringComparison.Ordinal) && e.Contains(tokens[t].Text, StringComparison.OrdinalIgnoreCase);
            if (!roleWord) return true;
        }
        return false;
    }

    // "of COUNTRY" on the phrase's head ("people of Israel").
    private bool HasOfCountry(int b, Mention signal)
    {
        var tokens = _article.Tokens;
        for (int c = b + 1; c < signal.Tokens.End; c++)
            if (tokens[c].Head == b && tokens[c].Upos == Upos.PROPN && (tokens[c].Relation ?? "").StartsWith("nmod", StringComparison.Ordinal)
                && CaseWord(c) == "of") return true;
        return false;
    }

    // The coordinating word of a conjunct ("and", "or"), lower case; "" when none (a comma).
    private string CoordinatorOf(int t)
    {
        var tokens = _article.Tokens;
        int sentence = tokens[t].SentenceIndex;
        for (int u = t - 1; u >= 0 && tokens[u].SentenceIndex == sentence && t - u <= 8; u--)
            if (tokens[u].Head == t && tokens[u].Relation == "cc") return tokens[u].Text.ToLowerInvariant();
        return "";
    }

    // A mention with a country of its own lies in the tokens [start, end).
    private bool CountryBetween(int start, int end)
    {
        foreach (var s in _sentenceSignals)
            if (s.Tokens.First >= start && s.Tokens.End <= end && IsCountry(s.Code.PrimarySpan)) return true;
        return false;
    }

    // "Uganda's people", "the PRC's military": a country's possessive before role words with no name among them.
    private bool IsCountryPossessor(Mention signal)
    {
        var tokens = _article.Tokens;
        if (!IsCountry(signal.Code.PrimarySpan)) return false;
        for (int t = signal.Tokens.First + 1; t < signal.Tokens.End - 1; t++)
        {
            if (tokens[t].Span is not ("'s" or "’s" or "'" or "’")) continue;
            for (int u = t + 1; u < signal.Tokens.End; u++) if (HasNameAt(u)) return false;
            return true;
        }
        return false;
    }

    // A determiner or possessor of the noun's own between token <paramref name="from"/> and it ("the Minister of
    // Defense Pavlo Hrytsenko": the title words may be many).
    private bool HasDeterminerFrom(int t, int from)
    {
        var tokens = _article.Tokens;
        for (int u = Math.Max(from, _article.SentenceData[tokens[t].SentenceIndex].FirstToken); u < t; u++)
            if (tokens[u].Head == t && tokens[u].Relation is "det" or "nmod:poss" or "det:poss") return true;
        return false;
    }

    // A determiner or possessor of the noun's own ("the military", "its army").
    private bool HasOwnDeterminer(int t)
    {
        var tokens = _article.Tokens;
        int sentence = tokens[t].SentenceIndex;
        for (int u = t - 1; u >= 0 && tokens[u].SentenceIndex == sentence && t - u <= 4; u--)
            if (tokens[u].Head == t && tokens[u].Relation is "det" or "nmod:poss" or "det:poss") return true;
        return false;
    }

    // An arc inside a noun phrase: not a coordination, list or clause, and not from a verb.
    private bool NominalArc(int t)
    {
        var token = _article.Tokens[t];
        if (token.Upos is Upos.VERB or Upos.AUX) return false;
        var rel = token.Relation ?? "";
        return !(rel is "conj" or "list" or "parataxis" or "ccomp" or "xcomp" or "advcl" || rel.StartsWith("acl", StringComparison.Ordinal));
    }

    // A plural noun (Penn NNS/NNPS; without tags, a word in -s).
    private bool IsPlural(int t)
    {
        var token = _article.Tokens[t];
        if (token.Xpos is { } x) return x is "NNS" or "NNPS";
        return token.Span.Length > 3 && token.Span[^1] is 's' or 'S';
    }

    private static bool IsArmed(string role) => role is "MIL" or "REB" or "UAF" or "COP" or "SPY";

    // A place the clause goes to ("traveled to Nigeria", "sent troops to Afghanistan") is a destination, seldom home.
    internal bool IsDestination(Mention signal, bool parsed)
    {
        if (parsed)
        {
            int h = HeadOf(signal.Tokens);
            // A later conjunct shares the first's preposition and attachment ("sales to Croatia and Ecuador").
            for (int d = 0; d < MaxClimb && _article.Tokens[h].Relation == "conj" && _article.Tokens[h].Head >= 0; d++)
                h = _article.Tokens[h].Head;
            // The other side ("attacks against Israeli citizens", "hostages held by Hamas") and a part named for itself
            // ("1,200 people, including 46 Americans") say nothing of the actor's own country.
            if (CaseWord(h) is "against" or "including" or "by") return true;
            // Only where a verb goes there, or a noun of what goes somewhere ("arms sales to Croatia", "his visit to
            // Iraq"): "his commitment to the Zambian people" names no destination.
            if (CaseWord(h) is not ("to" or "toward" or "towards" or "into")) return false;
            var rel = _article.Tokens[h].Relation ?? "";
            if (rel.StartsWith("obl", StringComparison.Ordinal)) return true;
            int noun = _article.Tokens[h].Head;
            return rel.StartsWith("nmod", StringComparison.Ordinal) && noun >= 0
                && Casus.Coding.FrameWords.Default.Contains(Casus.Coding.FrameWordList.TransferNouns, _article.Tokens[noun].Lemma ?? _article.Tokens[noun].Text);
        }
        int before = signal.Tokens.First - 1;
        var sd = _article.SentenceData[signal.Sentence];
        return before >= sd.FirstToken && _article.Tokens[before].Span is "to" or "into" or "toward" or "towards";
    }

    /// <summary>True when the signal is the place or person that actor <paramref name="m"/> visits or meets: the
    /// object, or a with/in/at phrase, of a verb of data/actors/diplomacy.txt's <c>visit-verb</c> list whose subject
    /// is the actor ("Bill Richardson, visiting Pyongyang, met North Korean officials", "the former governor met Kim
    /// Jong Un", "the delegation visiting Pyongyang"). A visitor is not of the country visited, nor one who meets a
    /// person of that person's country. Other actors of the sentence may still take the signal's country.</summary>
    private bool IsVisitedBy(Mention m, Mention signal)
    {
        var tokens = _article.Tokens;
        int h = HeadOf(signal.Tokens);
        for (int d = 0; d < MaxClimb && tokens[h].Relation == "conj" && tokens[h].Head >= 0; d++) h = tokens[h].Head;
        int verb = tokens[h].Head;
        if (verb < 0 || tokens[verb].Upos != Upos.VERB) return false;
        var rel = tokens[h].Relation ?? "";
        if (!(rel == "obj" || (rel.StartsWith("obl", StringComparison.Ordinal) && CaseWord(h) is "with" or "in" or "at"))) return false;
        if (!(tokens[verb].Lemma is { } lemma ? Diplomacy.IsVisitVerb(lemma) : Diplomacy.IsVisitVerbForm(tokens[verb].Text))) return false;
        return IsSubjectOf(m, verb);
    }

    // The actor is the verb's subject: its nsubj; the noun a participle modifies ("the delegation visiting Pyongyang");
    // the subject of the clause an adverbial participle hangs on ("Richardson, visiting Pyongyang, met ..."); or, for a
    // conjunct verb with no subject of its own, the first conjunct's.
    private bool IsSubjectOf(Mention m, int verb)
    {
        var tokens = _article.Tokens;
        for (int d = 0; d < 4 && verb >= 0; d++)
        {
            var sd = _article.SentenceData[tokens[verb].SentenceIndex];
            for (int t = sd.FirstToken; t < sd.FirstToken + sd.TokenCount; t++)
                if (tokens[t].Head == verb && (tokens[t].Relation ?? "").StartsWith("nsubj", StringComparison.Ordinal))
                    return t >= m.Tokens.First && t < m.Tokens.End;
            var rel = tokens[verb].Relation ?? "";
            int up = tokens[verb].Head;
            if (up < 0) return false;
            if (rel.StartsWith("acl", StringComparison.Ordinal)) return up >= m.Tokens.First && up < m.Tokens.End;
            if (!(rel is "advcl" or "conj" or "xcomp")) return false;
            verb = up;
        }
        return false;
    }

    // A court acts within its own jurisdiction: those it proceeds "against" are, in news, the nationals of its own
    // state ("Judge Alejandro Rivera opened fraud investigations against 28 Chilean government officials" is a
    // Chilean judge), where "attacks against Israeli citizens" say nothing of the attacker's country. Only judicial
    // roles: police and armies act "against" foreigners as often as against their own ("police fired tear gas
    // against Palestinian protesters").
    private bool IsWithinJurisdiction(Mention m, Mention signal)
    {
        if (!m.Code.HasRole("JUD")) return false;
        int h = HeadOf(signal.Tokens);
        for (int d = 0; d < MaxClimb && _article.Tokens[h].Relation == "conj" && _article.Tokens[h].Head >= 0; d++)
            h = _article.Tokens[h].Head;
        return CaseWord(h) == "against";
    }

    // "foreign forces" are by definition not the country named near them; diplomats and delegations serve abroad
    // ("the delegation met with the Haitian National Police", "my Special Envoy for Yemen").
    internal bool IsForeignOrDiplomat(Mention m)
    {
        var tokens = _article.Tokens;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
        {
            if (Diplomacy.IsDiplomat(tokens[t].Span)) return true;
            // "foreign forces", not "the Foreign Ministry" or "foreign minister", whose country is the one near them.
            if (tokens[t].Span.Equals("foreign", StringComparison.OrdinalIgnoreCase)
                && !(t + 1 < m.Tokens.End && Diplomacy.IsForeignOffice(tokens[t + 1].Span))) return true;
        }
        return false;
    }

    // The phrase holds a name ("President Yoon", "Lieutenant General Aviv Kohavi"): one person.
    internal bool HasName(Mention m)
    {
        var tokens = _article.Tokens;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
            if (tokens[t].Upos == Upos.PROPN && char.IsUpper(tokens[t].Span[0]) && !TitleWord(tokens[t].Span)) return true;
        return false;
    }

    private bool HasNameAt(int t)
    {
        var token = _article.Tokens[t];
        return token.Upos == Upos.PROPN && char.IsUpper(token.Span[0]) && !TitleWord(token.Span);
    }

    // Capitalised title words a tagger may call PROPN ("President", "Minister"): no name.
    private static bool TitleWord(ReadOnlySpan<char> w) => w is "President" or "Vice" or "Prime" or "Minister" or "Foreign" or "Secretary"
        or "General" or "Chief" or "Advisor" or "Adviser" or "National" or "Security" or "Deputy" or "Senior" or "Crown"
        or "Prince" or "King" or "Queen" or "Chancellor" or "Premier" or "Ambassador" or "Envoy" or "Special" or "Senator"
        or "Judge" or "Governor" or "Mayor" or "Speaker" or "Lieutenant" or "Colonel" or "Major" or "Admiral" or "Commander";

    // "The leaders agreed ...": leaders with nothing of their own are, in news of diplomacy, the leaders of the
    // countries that met, not of any one of them.
    internal bool IsPeerGroup(Mention m)
    {
        var tokens = _article.Tokens;
        int content = 0;
        bool leaders = false;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++)
        {
            if (tokens[t].Upos is Upos.DET or Upos.NUM) continue;
            content++;
            leaders |= tokens[t].Span.Equals("leaders", StringComparison.OrdinalIgnoreCase);
        }
        return leaders && content == 1;
    }

    private static Mention Filled(Mention m, string country, string note)
    {
        var code = ActorCode.Parse(country + m.Code.Value[3..]);
        var evidence = new List<string>(m.Evidence.Count + 1);
        evidence.AddRange(m.Evidence);
        evidence.Add(note + " → " + code.Value);
        return m with { Code = code, Evidence = evidence };
    }

    // A country attached to the actor's own head by to/in/at names where it serves when its role serves abroad or
    // its head is a diplomat ("the ambassador to Iraq", "troops in Iraq"); "authorities in Croatia" are Croatia's.
    private bool IsPosting(Mention m, Mention signal)
    {
        var tokens = _article.Tokens;
        int s = HeadOf(signal.Tokens);
        int attach = tokens[s].Head;
        if (attach < m.Tokens.First || attach >= m.Tokens.End) return false;
        var rel = tokens[s].Relation ?? "";
        if (!(rel.StartsWith("nmod", StringComparison.Ordinal) || rel.StartsWith("obl", StringComparison.Ordinal))) return false;
        string prep = CaseWord(s);
        if (prep is not ("to" or "in" or "at" or "into" or "inside")) return false;
        if (prep is "to" or "into") return true;
        foreach (var r in m.Code.Roles) if (ServeAbroad.Contains(r)) return true;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++) if (Diplomacy.IsDiplomat(tokens[t].Span)) return true;
        return false;
    }

    private bool HasDeterminer(int node)
    {
        var tokens = _article.Tokens;
        var sd = _article.SentenceData[tokens[node].SentenceIndex];
        for (int t = sd.FirstToken; t < node; t++)
            if (tokens[t].Head == node && tokens[t].Relation == "det") return true;
        return false;
    }

    private string CaseWord(int node)
    {
        var tokens = _article.Tokens;
        var sd = _article.SentenceData[tokens[node].SentenceIndex];
        for (int t = sd.FirstToken; t < node; t++)
            if (tokens[t].Head == node && tokens[t].Relation == "case") return Lowered(tokens[t].Span);
        return "";
    }

    // Prepositions handed out as they are: a lower-case string of the case word per question was much of what the
    // pass and the article pass (which asks of every phrase in a sentence) allocated.
    private static readonly string[] CommonCaseWords =
    [
        "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "according", "to", "of",
        "against", "including", "by", "toward", "towards", "into", "with", "from", "for", "on", "over", "after", "as",
        "about", "between", "among", "during", "under", "since", "through", "without", "amid", "like", "before",
    ];

    // The word lower-cased (as string.ToLowerInvariant does), one of CommonCaseWords without making a string.
    private static string Lowered(ReadOnlySpan<char> word)
    {
        foreach (var w in CommonCaseWords)
        {
            if (w.Length != word.Length) continue;
            int i = 0;
            while (i < w.Length && char.ToLowerInvariant(word[i]) == w[i]) i++;
            if (i == w.Length) return w;
        }
        return word.ToString().ToLowerInvariant();
    }

    // The token of a span whose head lies outside it, nearest the root.
    private int HeadOf(TokenSpan span)
    {
        var tokens = _article.Tokens;
        int best = span.End - 1, bestDepth = int.MaxValue;
        for (int t = span.First; t < span.End; t++)
        {
            int h = tokens[t].Head;
            if (h >= span.First && h < span.End) continue;
            int depth = 0;
            for (int u = t; depth < MaxClimb && tokens[u].Head >= 0; u = tokens[u].Head) depth++;
            if (depth < bestDepth) { best = t; bestDepth = depth; }
        }
        return best;
    }

    // Arcs on the path between two tokens of one sentence: up from each to their lowest common ancestor.
    private int TreeDistance(int a, int b, int first, int end)
    {
        var tokens = _article.Tokens;
        Span<int> depthOf = end - first <= 256 ? stackalloc int[end - first] : new int[end - first];
        depthOf.Fill(-1);
        int d = 0;
        for (int u = a; u >= first && u < end && d < MaxClimb; u = tokens[u].Head, d++)
        {
            if (depthOf[u - first] >= 0) break; // a cycle
            depthOf[u - first] = d;
            if (tokens[u].Head < 0) break;
        }
        d = 0;
        for (int u = b; u >= first && u < end && d < MaxClimb; u = tokens[u].Head, d++)
        {
            if (depthOf[u - first] >= 0) return d + depthOf[u - first];
            if (tokens[u].Head < 0) break;
        }
        // No common ancestor (a broken parse): fall back on the distance in words, pushed behind every tree path.
        return MaxClimb + Math.Abs(a - b);
    }

    private static int LinearDistance(TokenSpan a, TokenSpan b)
        => b.End <= a.First ? a.First - b.End + 1 : b.First >= a.End ? b.First - a.End + 1 : 0;

    /// <summary>The one country an article is about: at least three of its mentions with a country, and at least
    /// 60% of them, name it; null for an article about several (a summit statement, a readout of a call).</summary>
    internal static string? MainCountry(IReadOnlyList<Mention> mentions)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int total = 0;
        foreach (var m in mentions)
        {
            if (!IsCountry(m.Code.Primary)) continue;
            counts[m.Code.Primary] = counts.GetValueOrDefault(m.Code.Primary) + 1;
            total++;
        }
        foreach (var (c, n) in counts)
            if (n >= 3 && n * 5 >= total * 3) return c;
        return null;
    }
}
