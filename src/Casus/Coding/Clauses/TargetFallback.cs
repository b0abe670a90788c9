using Casus.Document;
using Casus.Geo;

namespace Casus.Coding.Clauses;

/// <summary>
/// Finds a target for an act coded without one (a pattern with no target slot, or a frame whose complement named
/// none), the way the CAMEO coders' convention does: the closest actor in the verb's (or its complement's) object and oblique phrases ("promised to continue
/// military aid to war-torn Mozambique" → Mozambique; "agreed to an extension of the mandate for the force in
/// Lebanon" → Lebanon), else, for acts that happen at a place, the country of the closest place there ("agreed to set
/// up a research centre in Zurich" → CHE). The search is breadth-first from the verb, so a phrase nearer the verb in the tree wins; it never
/// enters subjects, adverbial or relative clauses, conjoined clauses, reported-speech attributions, or phrases whose
/// preposition says they are not acted on (despite, according to, after, during ...). One instance per article.
/// </summary>
internal sealed class TargetFallback
{
    private const int MaxDepth = 5;   // levels below the verb: verb → xcomp → obj → nmod → nmod
    private const int MaxNominal = 3; // nominal phrases on the way down: obj → nmod → nmod ("an extension of the mandate for the force in Lebanon")
    private const int MaxNodes = 64;  // guards the walk on a long, flat sentence

    // Prepositions whose phrase is not what the act is done to: concession, time, cause, comparison, the reporter
    // ("according to"), the agent ("by").
    private static readonly string[] NotActedOn =
    {
        "despite", "according", "after", "before", "since", "during", "until", "till", "amid", "amidst", "because",
        "instead", "unlike", "besides", "except", "without", "like", "as", "than", "following", "by", "including", "via",
        // Topics: "agreed to work together on priorities, including Afghanistan", "exchanged views on the DPRK".
        "about", "regarding", "concerning", "such",
    };

    // Prepositions of place: behind them an actor's name stands for where the act happens ("demonstrated in Serbia").
    private static readonly string[] Locative =
    {
        "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "from", "into", "off",
        "along", "beside",
    };

    private readonly ParseTree _tree;
    private readonly ClauseReader _clauses;
    private readonly PlaceCountries _places;
    private readonly List<int> _queue = new(16), _depth = new(16), _nominal = new(16), _found = new(4);
    private int _root; // CAMEO root of the act searched for
    private int _queueRoot; // the verb the search starts at
    private UsedTokens _own; // the pattern's own words: their preposition does not stop the walk

    public TargetFallback(ParseTree tree, ClauseReader clauses, PlaceCountries places)
    {
        _tree = tree;
        _clauses = clauses;
        _places = places;
    }

    /// <summary>
    /// True when acts of CAMEO root <paramref name="root"/> take the place where they happen as their target:
    /// meetings and visits (04: the host), agreements and cooperation set up somewhere (03, 06), aid, yielding and
    /// easing (07, 08: "lifted the curfew in X"), threats and coercion of a place's people (13, 17), demonstrations
    /// (14), force posture, reduced relations and violence (15, 16, 18–20). Statements, appeals, praise, demands,
    /// criticism and rejection (01, 02, 05, 09–12) are about an addressee, never a place.
    /// </summary>
    public static bool TakesPlace(int root) => root is 3 or 4 or 6 or 7 or 8 or 13 or 14 or 15 or 16 or 17 or 18 or 19 or 20;

    /// <summary>
    /// The root whose place rules an act of <paramref name="code"/> follows: an intent to yield (035x: "agreed to
    /// postpone the demonstration in Baku", "is ready to lift the curfew in Algiers") falls on the place's people as
    /// the yielding itself (08) does, so a place in the source's own country is its target. A threat of force or
    /// coercion falls on a place as the threatened act would ("threatened to shell Iraqi towns", "would blockade
    /// Paris", "is prepared to impose martial law in X": the CAMEO coders code the place's people, as for the act
    /// itself): blockade, unconventional violence, attack and weapons of mass destruction (138, 1381, 1383–1385) as
    /// force (19), repression, curfew and martial law (137, 1323, 1324) as coercion (17). A threatened occupation
    /// (1382: "would capture Kyiv") aims at the seat and its rulers, and stays a threat. A claim of responsibility (015:
    /// "claimed responsibility for the bombing in Kabul") is made for an attack, and its target is the attack's: the
    /// place struck stands for its civilians as for force (19). Sympathy (018: "expressed condolences over the
    /// earthquake in Nepal") goes to the people of the place of the tragedy, a place in the source's own country
    /// too where the source has no country of its own named ("the President expressed sorrow for the shootings in
    /// South Carolina"), as easing (08) does. Any other code, its root.
    /// </summary>
    public static int PlaceRoot(CameoCode code)
    {
        var d = code.Digits;
        if (d == "015") return 19;
        if (d == "018") return 8;
        // Investigators sent to a place visit it (PlaceSlot): its country, as a visit's host (04).
        if (code.Root == 9) return 4;
        if (d.StartsWith("035", StringComparison.Ordinal)) return 8;
        if (d is "138" or "1381" or "1383" or "1384" or "1385") return 19;
        if (d is "137" or "1323" or "1324") return 17;
        return code.Root;
    }

    /// <summary>
    /// Searches for a target of the act at <paramref name="verb"/> (root <paramref name="root"/>). Actor mentions
    /// found go to <paramref name="targets"/> (the members of a coordination all together); a place is returned as a
    /// new mention coded with its country, not added to the article. <paramref name="node"/> is the token the target
    /// was found at (for the evidence path), -1 when nothing was found. Adds a note saying which rule gave the target.
    /// </summary>
    public Mention? Find(int sentence, int verb, int complement, int root, List<int> sources, List<int> targets,
        List<string> notes, out int node) => Find(sentence, verb, complement, root, sources, targets, notes, default, default, out node);

    /// <summary>As above, passing over the nodes in <paramref name="skip"/> (a pattern's own words: "reinforced its
    /// troops in X" moves the troops, it does not act on them; PlaceSlot), and walking down through the pattern's own
    /// words <paramref name="own"/> whatever their preposition ("remained on alert in the West Bank": "on alert" is
    /// the act's own phrase, not a topic, and the place below it is where the act happens).</summary>
    public Mention? Find(int sentence, int verb, int complement, int root, List<int> sources, List<int> targets,
        List<string> notes, in UsedTokens skip, in UsedTokens own, out int node)
        => Search(sentence, verb, complement, root, sources, targets, notes, in skip, in own, startClausal: true, out node);

    /// <summary>
    /// As <see cref="Find(int,int,int,int,List{int},List{int},List{string},out int)"/>, searching the phrases of an
    /// act named by a noun (<paramref name="act"/>: "claimed responsibility for [the attack] on X"): whom or where
    /// the act named struck, under the depth limits counted from the noun rather than from the verb far above it.
    /// </summary>
    public Mention? FindFromNoun(int sentence, int act, int root, List<int> sources, List<int> targets, List<string> notes, out int node)
        => Search(sentence, act, -1, root, sources, targets, notes, default, default, startClausal: false, out node);

    private Mention? Search(int sentence, int verb, int complement, int root, List<int> sources, List<int> targets,
        List<string> notes, in UsedTokens skip, in UsedTokens own, bool startClausal, out int node)
    {
        node = -1;
        _root = root;
        _own = own;
        _queue.Clear();
        _depth.Clear();
        _nominal.Clear();
        _queueRoot = verb;
        EnqueueChildren(verb, 1, 0, clausal: startClausal, complement);
        for (int i = 0; i < _queue.Count && i < MaxNodes; i++)
        {
            int n = _queue[i];
            bool clausal = IsClausal(n);
            if (_depth[i] < MaxDepth && (clausal || _nominal[i] < MaxNominal)) EnqueueChildren(n, _depth[i] + 1, clausal ? 0 : _nominal[i], clausal, complement);
        }
        bool places = TakesPlace(root);
        for (int i = 0; i < _queue.Count && i < MaxNodes; i++)
        {
            int n = _queue[i], level = _nominal[i];
            bool clausal = IsClausal(n);
            if (!clausal && !Contains(in skip, n))
            {
                int k = Preposition(n);
                // "a demand from the US President", "an offer from Khartoum": the from-phrase of an authored noun
                // names who put it, an actor, never a place the act happens at.
                bool locative = k >= 0 && IsAny(k, Locative) && !IsAuthor(n, k);
                _found.Clear();
                ActorsOf(n, level);
                for (int f = _found.Count - 1; f >= 0; f--)
                    if (!Usable(_found[f], sources, locative) || (locative && HomePlace(_tree.Mentions[_found[f]].Code, root, sources)))
                        _found.RemoveAt(f);
                if (_found.Count > 0 && (!locative || places))
                {
                    node = n;
                    var m = _tree.Mentions[_found[0]];
                    // "agreed to withdraw its troops from Lebanon": the source's own troops; the place they leave.
                    if (_found.Count == 1 && !locative && OwnForces.PlaceLeft(_tree, _found[0], sources) is { } left)
                    {
                        notes.Add($"target from {Role(n)} '{m.Text}': the source's own, leaving → {left.Code}");
                        return left;
                    }
                    if (locative && _found.Count == 1 && m.Code.Value.Length == 6 && m.Code.Value.EndsWith("GOV", StringComparison.Ordinal)
                        && !NamedWithRole(m))
                    {
                        // "set up a centre in Tokyo": a seat of government named as where the act happens is the
                        // country, not its government. Only a city named alone (its country line, no role word):
                        // "demands ... from President Bouteflika's government", "a mission from Vietnam's Ministry of
                        // Health" name the government itself, whatever the preposition.
                        var country = Casus.Actors.ActorCode.Parse(m.Code.Primary);
                        notes.Add($"target from {Role(n)} place '{m.Text}' → {country} (a seat of government read as a place)");
                        return Struck(m with { Code = country, Evidence = [.. m.Evidence, "a seat of government read as the place where the act happens"] }, root, notes);
                    }
                    targets.AddRange(_found);
                    notes.Add($"target from {Role(n)} {(locative ? "place" : "actor")} '{m.Text}' → {m.Code} (no target named; nearest in the verb's phrases)");
                    return null;
                }
                if (_found.Count == 0 && places && PlaceAt(sentence, n, out var place, out var entry) && !HomePlace(entry.Country, root, sources))
                {
                    node = n;
                    notes.Add($"target from {Role(n)} place '{place.Text}' → {entry.Country} ({entry.Evidence})");
                    return Struck(place, root, notes);
                }
            }
        }
        return null;
    }

    /// <summary>True when the dictionary gave <paramref name="m"/> its role from a role word ("President Bouteflika's
    /// government", "Vietnam's Ministry of Health"): the government itself, not a city named for its seat.</summary>
    private static bool NamedWithRole(Mention m)
    {
        foreach (var e in m.Evidence)
            if (e.StartsWith("actors/roles.txt", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// A place struck by coercion or force (CAMEO roots 17–20: "imposed a curfew in Algiers", "shelled Aleppo") stands
    /// for the people who live there: the country's civilians (<c>DZACVL</c>, <c>SYRCVL</c>), the CAMEO coders'
    /// convention; for other acts the place is its country.
    /// </summary>
    internal static Mention Struck(Mention place, int root, List<string> notes)
    {
        if (root is < 17 or > 20 || place.Code.Value.Length != 3) return place;
        var civilians = Casus.Actors.ActorCode.Parse(place.Code.Primary + "CVL");
        notes.Add($"a place struck by coercion or force: its civilians → {civilians}");
        return place with { Code = civilians, Evidence = [.. place.Evidence, "a place struck by coercion or force stands for its civilians"] };
    }

    /// <summary>
    /// A place in the source's own country is no target of a meeting, agreement, cooperation or aid (03–07): "met at
    /// the White House", "plans to host a round in Busan" say where, not with whom. For yielding, threats, coercion,
    /// protest and force (08, 13–20) the place's people are acted on ("imposed a curfew in Algiers").
    /// </summary>
    private bool HomePlace(Casus.Actors.ActorCode place, int root, List<int> sources)
    {
        if (root is < 3 or > 7) return false;
        foreach (int s in sources) if (_tree.Mentions[s].Code.Primary == place.Primary) return true;
        return false;
    }

    /// <summary>The actors node <paramref name="n"/> names: the mention it heads with its conjuncts; on the verb's own
    /// object or oblique (level 1) also an apposition, possessor, compound or adjective ("ban [Ugandan opposition]
    /// candidates"). Deeper down a modifier names a topic more often than the actor acted on.</summary>
    private void ActorsOf(int n, int level)
    {
        _clauses.ActorsAt(n, _found, modifiers: false);
        if (_found.Count > 0) return;
        // An apposition or a flat name part names the same thing ("the capital Kabul") at any depth.
        for (int c = _tree.FirstChild(n); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "appos") || _tree.Is(c, "flat"))
                _clauses.ActorsAt(c, _found, modifiers: false);
        if (_found.Count > 0) return;
        if (level > 1)
        {
            // "assistance to the US-led war against Iraq", "joined the Saudi-led coalition against the Houthis": an
            // "X-led" modifier names who leads the thing, its owner at any depth, before the thing's own phrases.
            // (ClauseReader.LeaderOf).
            if (_clauses.LeaderOf(n) is int leader and >= 0) _clauses.ActorsAt(leader, _found, modifiers: false);
            return;
        }
        for (int c = _tree.FirstChild(n); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "nmod:poss", exact: true) || _tree.Is(c, "compound", exact: true) || _tree.Is(c, "amod"))
                _clauses.ActorsAt(c, _found, modifiers: false);
    }

    private void EnqueueChildren(int n, int depth, int parentLevel, bool clausal, int complement)
    {
        for (int c = _tree.FirstChild(n); c >= 0; c = _tree.NextSibling(c))
        {
            bool follow = clausal
                ? _tree.Is(c, "obj") || _tree.Is(c, "iobj") || (c == complement && _tree.Is(c, "ccomp"))
                  // A verb complement, not a predicate noun or adjective ("resigned to become Secretary of State",
                  // "remain attentive to cooperation between China and Russia").
                  || (_tree.Is(c, "xcomp") && _tree.Upos(c) == Upos.VERB && !IsCopular(n))
                  // A protest's purpose clause names whom it is against ("marched to protest the government's
                  // new tax", "occupied the square to denounce X's policies").
                  || (_root == 14 && IsPurposeClause(c))
                  || IsMisreadPlaceAdjective(c)
                  || (_tree.Is(c, "obl") && !_tree.Is(c, "obl:agent", exact: true) && !_tree.Is(c, "obl:tmod", exact: true)
                      && !_tree.Is(c, "obl:npmod", exact: true) && !_tree.Is(c, "obl:unmarked", exact: true))
                : (_tree.Is(c, "nmod") && !_tree.Is(c, "nmod:tmod", exact: true)) || _tree.Is(c, "appos") || _tree.Is(c, "acl", exact: true)
                  || _tree.Is(c, "obl");
            if (!follow) continue;
            // A word of the pattern ("remain on alert", "put on standby") belongs to the act's own phrase: its
            // preposition says nothing about what the act is done to, so the walk goes on below it, to the place
            // where the act happens. Only for acts a place settles (TakesPlace): elsewhere a pattern's preposition
            // names a topic ("agreed on the importance of ... their commitments to NATO": no act on NATO; news run
            // 2026-11-29, 4 wrong targets of 019 before this limit).
            if (TakesPlace(_root) && Contains(in _own, c))
            {
                _queue.Add(c);
                _depth.Add(depth);
                _nominal.Add(IsClausal(c) ? 0 : parentLevel + 1);
                continue;
            }
            int k = Preposition(c);
            // A protest is against the doer of what it protests: "to protest the rights violations by Islamic
            // fundamentalists", "to demand reforms by President Suharto's government" (a by-phrase below the protest
            // verb itself, whose own by-phrase is its agent).
            bool protestedDoer = _root == 14 && n != _queueRoot && k >= 0 && _tree.IsWord(k, "by");
            if (k >= 0 && IsAny(k, NotActedOn) && !protestedDoer)
            {
                // "called off the strike after talks with the government": a concession (08) made after negotiating
                // with X is made to X. Only the with-phrase of a noun of negotiation (data/clauses/slot-nouns.txt,
                // "talks"); the rest of a time phrase ("after talks in Geneva") is no party to the act.
                if (_root == 8 && (_tree.IsWord(k, "after") || _tree.IsWord(k, "following")) && IsAny(c, SlotNouns.Default.Talks))
                    for (int w = _tree.FirstChild(c); w >= 0; w = _tree.NextSibling(w))
                        if (_tree.Is(w, "nmod") && _tree.CaseOf(w) is int wk and >= 0 && _tree.IsWord(wk, "with"))
                        {
                            _queue.Add(w);
                            _depth.Add(depth + 1);
                            _nominal.Add(parentLevel + 2);
                        }
                continue;
            }
            // "on" after a noun whose on-phrase is what the act is done to (data/clauses/slot-nouns.txt), or on the verb
            // of such an object ("lift embargoes on sales ...", which the parser may hang on the verb); after any other
            // word "on" names a topic ("views on") or a time ("on Saturday").
            if (k >= 0 && _tree.IsWord(k, "on") && !(clausal ? ObjectIsAny(n, SlotNouns.Default.OnTarget) : IsAny(n, SlotNouns.Default.OnTarget))) continue;
            _queue.Add(c);
            _depth.Add(depth);
            _nominal.Add(IsClausal(c) ? 0 : parentLevel + 1);
        }
    }

    /// <summary>A verb reached through xcomp/ccomp/acl: its own phrases are searched, it names no actor itself.</summary>
    private bool IsClausal(int n) => _tree.Upos(n) is Upos.VERB or Upos.AUX && !_tree.Is(n, "obl") && !_tree.Is(n, "nmod");

    /// <summary>An actor found by the fallback must not be a source or inside a source's span, and must name a country
    /// or organisation: a role alone ("military aid", "the peacekeeping force") is too weak a reading for a target the
    /// clause does not name.</summary>
    private bool Usable(int m, List<int> sources, bool locative)
    {
        if (sources.Contains(m)) return false;
        // "the United States has deployed forces to locations in the United States Central ... Commands": an actor
        // named again is not acted on by itself; a place of the source's own country is ("imposed a curfew in Algiers").
        if (!locative)
            foreach (int s in sources)
            {
                if (_tree.Mentions[s].Code == _tree.Mentions[m].Code) return false;
                // "Egypt mobilized its reservists for a conflict with Libya": a show of force moves the source's own
                // forces; they are its means, and whom it is aimed at is named further on.
                if (_root == 15 && _tree.Mentions[s].Code.Primary == _tree.Mentions[m].Code.Primary) return false;
            }
        var span = _tree.Mentions[m].Tokens;
        foreach (int s in sources)
        {
            var ss = _tree.Mentions[s].Tokens;
            if (span.First < ss.End && ss.First < span.End) return false;
        }
        var primary = _tree.Mentions[m].Code.Primary;
        // A CAMEO region (data/cameo/non-state-codes.txt) is an area named as where or about what, not an actor a
        // clause that names no target acts on ("the Europe Bridge", "development needs in Africa").
        return primary != "---" && !NonStateCodes.Default.IsRegion(primary);
    }

    /// <summary>The place phrase at <paramref name="n"/> (a proper noun with its compound and flat words, or the
    /// entity recogniser's location span around it) when the table gives its country.</summary>
    internal bool PlaceAt(int sentence, int n, out Mention place, out PlaceCountry entry)
    {
        place = null!;
        entry = null!;
        if (_tree.Upos(n) != Upos.PROPN || _tree.MentionCovering(n) >= 0) return false;
        // A name the entity recogniser reads as a person or organisation is not a place ("Florence said", "Hamas").
        if (_tree.Article.TokenData[n].Entity.Type is EntityType.Person or EntityType.Organization) return false;
        var w = _tree.Word(n);
        if (w.Length == 0 || !char.IsUpper(w[0])) return false;
        // The proper noun with its compound/flat words next to it: "Ho Chi Minh City", "Sharm el-Sheikh".
        int first = n, last = n;
        while (first - 1 >= 0 && IsNamePart(first - 1, n)) first--;
        while (last + 1 < _tree.Article.TokenData.Count && IsNamePart(last + 1, n)) last++;
        // The name keeps its words before the head: "Islands" alone is no place of "the Pacific Islands".
        for (int b = last; b >= n; b--)
            if (TryPlace(sentence, first, b, out place, out entry)) return true;
        return false;
    }

    private bool IsNamePart(int t, int head)
    {
        if (_tree.MentionCovering(t) >= 0) return false;
        int h = _tree.Head(t);
        if (!(h == head || (h >= 0 && _tree.Head(h) == head))) return false;
        if (!(_tree.Is(t, "compound") || _tree.Is(t, "flat") || _tree.Is(t, "punct") && _tree.IsWord(t, "-"))) return false;
        return true;
    }

    private bool TryPlace(int sentence, int first, int last, out Mention place, out PlaceCountry entry)
    {
        place = null!;
        var text = _tree.Article.Text;
        var tokens = _tree.Article.TokenData;
        var words = new System.Text.StringBuilder();
        for (int t = first; t <= last; t++)
        {
            if (words.Length > 0 && tokens[t].Start > tokens[t - 1].End) words.Append(' ');
            words.Append(text, tokens[t].Start, tokens[t].End - tokens[t].Start);
        }
        if (!_places.TryGet(words.ToString(), out entry, c => SentenceNames(sentence, c))) return false;
        string written = text.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start);
        place = new Mention(sentence, new TokenSpan(first, last - first + 1), written, entry.Country,
            [entry.Evidence, "a place, read by the coder as the country it lies in"]);
        return true;
    }

    /// <summary>True when an actor of the sentence belongs to <paramref name="country"/>: it decides between places
    /// of one name in several countries ("targets in Jericho ... in the West Bank").</summary>
    private bool SentenceNames(int sentence, string country)
    {
        foreach (var m in _tree.Mentions)
            if (m.Sentence == sentence && m.Code.Primary == country) return true;
        return false;
    }

    private string Role(int n)
    {
        var r = _tree.Relation(n);
        int colon = r.IndexOf(':');
        var b = colon < 0 ? r : r[..colon];
        return b switch { "obj" => "object", "iobj" => "indirect object", "obl" => "oblique", "nmod" => "modifier", "appos" => "apposition", _ => b };
    }

    /// <summary>A place adjective (<c>[place-adjectives]</c> of data/frames/frame_words.txt) misread as an adverbial
    /// clause whose mark is a preposition ("from neighboring X" → from/mark, neighboring/advcl, X/obj).</summary>
    private bool IsMisreadPlaceAdjective(int c) =>
        _tree.Is(c, "advcl") && FrameWords.Default.Contains(FrameWordList.PlaceAdjectives, _tree.Word(c)) && _tree.Child(c, "mark") is int k and >= 0 && _tree.Upos(k) == Upos.ADP;

    /// <summary>The preposition of a nominal phrase: its case word, or for the object of a misread place adjective
    /// the adjective's mark ("from" of "from neighboring Lebanon"); -1 when none.</summary>
    private int Preposition(int n)
    {
        int k = _tree.CaseOf(n);
        if (k >= 0) return k;
        if (IsMisreadPlaceAdjective(n)) return _tree.Child(n, "mark");
        int h = _tree.Head(n);
        return h >= 0 && _tree.Is(n, "obj") && IsMisreadPlaceAdjective(h) ? _tree.Child(h, "mark") : -1;
    }

    /// <summary>True when nominal <paramref name="n"/> with preposition <paramref name="k"/> is the from-phrase of a
    /// noun in <c>[authored-nouns]</c> of data/frames/frame_words.txt ("an offer from X"): X is the noun's author.</summary>
    private bool IsAuthor(int n, int k)
    {
        if (!_tree.IsWord(k, "from") || !_tree.Is(n, "nmod")) return false;
        int h = _tree.Head(n);
        return h >= 0 && FrameWords.Default.Contains(FrameWordList.AuthoredNouns, _tree.Lemma(h) ?? _tree.Word(h).ToString());
    }

    /// <summary>An infinitive adverbial clause of purpose: "to protest ...", "in order to demand ...".</summary>
    private bool IsPurposeClause(int c)
    {
        if (!_tree.Is(c, "advcl", exact: true) || _tree.Upos(c) != Upos.VERB) return false;
        // A rally "to support the people of X" or "to mark the anniversary" is for, not against, whom it names
        // ([support-purposes] of data/frames/frame_words.txt).
        return _tree.HasChildWord(c, "mark", "to") && !FrameWords.Default.Contains(FrameWordList.SupportPurposes, _tree.Lemma(c));
    }

    /// <summary>True when <paramref name="t"/>'s lemma is a copular verb (<c>[copular-verbs]</c> of
    /// data/frames/frame_words.txt): its open complement is a predicate, not an act with participants.</summary>
    private bool IsCopular(int t) => FrameWords.Default.Contains(FrameWordList.CopularVerbs, _tree.Lemma(t));

    private bool ObjectIsAny(int verb, ReadOnlySpan<string> words)
    {
        int obj = _tree.Child(verb, "obj");
        return obj >= 0 && IsAny(obj, words);
    }

    private bool IsAny(int t, ReadOnlySpan<string> words)
    {
        foreach (var w in words) if (_tree.IsWord(t, w)) return true;
        return false;
    }

    private static bool Contains(in UsedTokens set, int n)
    {
        for (int u = 0; u < set.Count; u++) if (set[u] == n) return true;
        return false;
    }
}
