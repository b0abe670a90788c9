using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding.Clauses;

/// <summary>
/// Matches verb-dictionary patterns against the dependency tree rather than a word window: a pattern's words must be
/// the verb's particle, its object noun and that noun's modifiers, or the prepositions (case words) of its obliques;
/// <c>&lt;obj&gt;</c> is the verb's object (iobj, obj), or the oblique behind the pattern's preposition, or the actor
/// a thing object goes to (to/with/for/against); <c>to &lt;verb&gt;</c> is an xcomp (or advcl/ccomp) with the infinitive
/// 'to'; <c>&lt;obj&gt; &lt;any&gt;</c> is a ccomp with its own subject ("demanded that Israel ease"). Words must come
/// in the pattern's order in the sentence. One instance per article; not thread-safe.
/// </summary>
internal sealed class PatternMatcher
{
    private const int MaxComplementDepth = 2;
    private const int MaxReachDepth = 3;
    private static readonly string[] RecipientPrepositions = { "to", "with", "for", "against", "toward", "towards" };

    private readonly ParseTree _tree;
    private readonly ClauseReader _clauses;
    private readonly VerbDictionary _verbs;
    private readonly List<int>[] _reach = { new(16), new(16), new(16) }; // one per complement depth
    private readonly List<int>[] _reachTo = { new(16), new(16), new(16) }; // the same with a spelled-out infinitive
    private readonly List<int> _scratch = new(4), _scratchAgents = new(2);

    public PatternMatcher(ParseTree tree, ClauseReader clauses, VerbDictionary verbs)
    {
        _tree = tree;
        _clauses = clauses;
        _verbs = verbs;
    }

    /// <summary>The dictionary's candidate patterns of token <paramref name="t"/> (by its word, else its lemma).</summary>
    public ReadOnlySpan<VerbDictionary.Candidate> Candidates(int t)
    {
        var c = _verbs.Lookup(_tree.Word(t));
        if (c.IsEmpty && _tree.Lemma(t) is { } lemma) c = _verbs.Lookup(lemma);
        return c;
    }

    /// <summary>
    /// The manner adverb straight before verb <paramref name="t"/> that leads dictionary entries of its own, or -1:
    /// "sexually abused", "forcibly deported", "physically attacked". Such an entry names the act by the adverb and
    /// the verb together (the plain verb is too loose or means something else: "abused his power"), so it is keyed by
    /// the adverb, which is no predicate; the parse reading tries it at the verb the adverb modifies.
    /// </summary>
    public int LeadingAdverb(int t)
    {
        int a = t - 1;
        if (a < 0 || _tree.Head(a) != t || !_tree.Is(a, "advmod", exact: true) || _tree.Upos(a) != Upos.ADV) return -1;
        return _verbs.Lookup(_tree.Word(a)).IsEmpty ? -1 : a;
    }

    /// <summary>True when verb <paramref name="t"/> has candidate patterns, its own or its leading adverb's.</summary>
    public bool HasCandidates(int t) => !Candidates(t).IsEmpty || LeadingAdverb(t) >= 0;

    /// <summary>The best pattern at verb <paramref name="verb"/>: one whose slots the clause fills before one left with
    /// an empty <c>&lt;obj&gt;</c>, then the higher score; ties go to the entry listed first (<see cref="PatternChoice"/>).</summary>
    public bool TryBestMatch(int verb, VerbForm requiredForm, bool passive, int depth, out TreeMatch best)
    {
        best = default;
        var candidates = Candidates(verb);
        int adverb = LeadingAdverb(verb);
        if (candidates.IsEmpty && adverb < 0) return false;
        var reach = _reach[Math.Min(depth, _reach.Length - 1)];
        Reach(verb, reach);
        bool found = false;
        foreach (var c in candidates)
        {
            if (requiredForm != VerbForm.None && (c.Form & requiredForm) == 0 && !LemmaIs(verb, c.Pattern.Lemma)) continue;
            if (c.Pattern.FramedOnly && depth == 0) continue; // only as the act a frame entry's "to" introduces
            if (!TryMatch(c, verb, passive, depth, reach, out var m)) continue;
            m.ListedKind = ListedKinds.IsListed(_tree, in m);
            if (!found || PatternChoice.Better(in m, in best)) { best = m; found = true; }
        }
        if (adverb < 0) return found;
        // The adverb's entries: their first word is the verb itself ("sexually abuse <obj>"), so the verb joins the
        // reach and the words are read from the adverb on. The verb's own form decides as for its own entries.
        reach.Insert(reach.BinarySearch(verb) is int i && i < 0 ? ~i : i, verb);
        foreach (var c in _verbs.Lookup(_tree.Word(adverb)))
        {
            if (c.Pattern.FramedOnly && depth == 0) continue;
            if (!TryMatch(c, verb, passive, depth, reach, out var m, start: adverb)) continue;
            if (m.Used.Count == 0 || m.Used[0] != verb) continue; // the adverb's entry must name this verb
            m.ListedKind = ListedKinds.IsListed(_tree, in m);
            if (!found || PatternChoice.Better(in m, in best)) { best = m; found = true; }
        }
        return found;
    }

    /// <summary>True when preposition <paramref name="prep"/> heads a phrase nested below the direct object of
    /// <paramref name="verb"/> (not the object itself) that is the partner of that object, not of the act: the object
    /// has an owner ("discussed [their diplomacy with China]", "[U.S. engagement with Egypt]", "[Argentina's talks
    /// with the IMF]"), or the phrase extends it ("the importance of cooperation, including with Korea"). An object
    /// with no owner may be the parser's misattachment of the verb's own partner ("discussed the crisis with Egypt"),
    /// and a time word parsed as the object ("spoke this evening with X") is no object.</summary>
    private bool UnderDirectObject(int verb, int prep)
    {
        int noun = _tree.Head(prep);
        if (noun < 0 || _tree.Head(noun) == verb) return false;
        int h = noun;
        while (h >= 0 && _tree.Head(h) != verb) h = _tree.Head(h);
        // A with-phrase before the object is the verb's own, whatever the parse hangs it on ("discussed with Prime
        // Minister Netanyahu U.S. coordination with the UN").
        if (h < 0 || h > prep || !_tree.Is(h, "obj", exact: true) || ClauseFrames.IsTimeWord(_tree, h)) return false;
        for (int c = _tree.FirstChild(noun); c >= 0; c = _tree.NextSibling(c))
            if (c < prep && _tree.IsWord(c, "including")) return true;
        for (int c = _tree.FirstChild(h); c >= 0 && c < h; c = _tree.NextSibling(c))
            if (_tree.Is(c, "nmod:poss", exact: true) || ((_tree.Is(c, "compound") || _tree.Is(c, "amod")) && HasActor(c))) return true;
        return false;
    }

    /// <summary>The last verb whose entry's "with" was refused because it hangs below the verb's object
    /// (<see cref="UnderDirectObject"/>); the parse coder keeps the word reading from reading it back.</summary>
    public int ObjectPartnerVerb { get; private set; } = -1;

    /// <summary>The last verb whose entry's word was refused because a halting noun takes it back
    /// (<see cref="UnderHaltingNoun"/>: "announced a freeze on aid"); the parse coder keeps the word reading, which sees
    /// only "announced ... aid to Egypt", from reading it back.</summary>
    public int HaltedVerb { get; private set; } = -1;

    private bool LemmaIs(int t, string lemma) => _tree.Lemma(t) is { } l && string.Equals(l, lemma, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The tokens a pattern's words may use: the verb's dependents that belong to its own clause (particle, objects,
    /// obliques, adverbs, predicative complements) and, below the nominal ones, their compounds, adjectives,
    /// nominal modifiers and prepositions; in text order. Subjects, subordinate clauses and conjuncts are left out.
    /// </summary>
    private void Reach(int verb, List<int> into)
    {
        into.Clear();
        Collect(verb, 0, into);
        into.Sort();
    }

    private void Collect(int node, int depth, List<int> into)
    {
        if (depth >= MaxReachDepth)
        {
            // A compound chain is one name, however deep it hangs: "provide $28 million in food security assistance"
            // (food ← security ← assistance ← $) must show "food" as well as "security" (073, not 072).
            if (depth == MaxReachDepth)
                for (int c = _tree.FirstChild(node); c >= 0; c = _tree.NextSibling(c))
                    if (_tree.Is(c, "compound", exact: true) && _tree.Is(node, "compound", exact: true)) into.Add(c);
            return;
        }
        for (int c = _tree.FirstChild(node); c >= 0; c = _tree.NextSibling(c))
        {
            bool descend;
            if (depth == 0)
            {
                descend = _tree.Is(c, "compound") || _tree.Is(c, "obj") || _tree.Is(c, "iobj") || _tree.Is(c, "obl") || _tree.Is(c, "advmod")
                    || _tree.Is(c, "xcomp") || _tree.Is(c, "case") || _tree.Is(c, "fixed") || _tree.Is(c, "nmod") || _tree.Is(c, "dep");
                // "demand (that) X <any>": the ccomp's 'that' may be a pattern word; the ccomp itself is not entered.
                if ((_tree.Is(c, "ccomp") || _tree.Is(c, "xcomp")) && _tree.MarkOf(c) is int mk and >= 0) into.Add(mk);
                if (_tree.Is(c, "xcomp") && _tree.Upos(c) == Upos.VERB) descend = false;
            }
            else
            {
                descend = _tree.Is(c, "compound") || _tree.Is(c, "amod") || _tree.Is(c, "nmod") || _tree.Is(c, "case")
                    || _tree.Is(c, "fixed") || _tree.Is(c, "flat") || _tree.Is(c, "obl")
                    // "providing aerial photographs and other military intelligence to X", "launched artillery, mortar
                    // and rocket fire": a conjunct of the verb's object is a thing the verb acts on too.
                    || (depth == 1 && _tree.Is(c, "conj", exact: true) && _tree.Is(node, "obj", exact: true) && _tree.Upos(c) is Upos.NOUN or Upos.PROPN)
                    // "provided an additional $7.5 million to Indonesia": the parser makes the currency sign the
                    // object and hangs the amount's scale word on it as a number, where the entries' own word
                    // (provide|pledge|announce million|billion (to) <obj>) must be found.
                    || (_tree.Is(c, "nummod", exact: true) && IsBareMoney(node, c));
            }
            if (depth == 0 && IsPurposeParticiple(c))
            {
                // "protested demanding the resignation of X", "went on strike calling for elections": the purpose is
                // pattern words of the act (protest demanding resignation (of) <obj> → 1411), its object and obliques too.
                into.Add(c);
                int mk = _tree.MarkOf(c);
                if (mk >= 0) into.Add(mk);
                for (int o = _tree.FirstChild(c); o >= 0; o = _tree.NextSibling(o))
                    if (_tree.Is(o, "obj") || _tree.Is(o, "obl")) { into.Add(o); Collect(o, 1, into); }
                continue;
            }
            // The parser hangs the gerund on the verb (advcl) or on the accused (acl: "Serbia of committing").
            if (!descend && depth <= 1 && GerundAfterOf(c) is int of and >= 0)
            {
                // "accused X of committing genocide", "blamed X for attacking": the charge is a gerund clause, so its
                // preposition, the gerund and its object (with the object's modifiers) may be pattern words
                // (accuse <obj> of war|genocide → 1124).
                into.Add(of);
                into.Add(c);
                for (int o = _tree.FirstChild(c); o >= 0; o = _tree.NextSibling(o))
                    if (_tree.Is(o, "obj")) { into.Add(o); Collect(o, MaxReachDepth - 1, into); }
                continue;
            }
            if (!descend) continue;
            into.Add(c);
            Collect(c, depth + 1, into);
        }
    }

    /// <summary>True when <paramref name="scale"/> is the scale word of a sum of money that names nothing else: a
    /// currency sign with no noun of what the money is ("$7.5 million to Indonesia", not "$100 million in
    /// humanitarian assistance", whose noun is the more telling word, however the parser hangs it, nor "two million
    /// doses", which is no money).</summary>
    private bool IsBareMoney(int sign, int scale)
    {
        if (_tree.Upos(sign) != Upos.SYM) return false;
        if (!(_tree.IsWord(scale, "million") || _tree.IsWord(scale, "billion") || _tree.IsWord(scale, "trillion"))) return false;
        for (int c = _tree.FirstChild(sign); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "nmod", exact: true) && _tree.Upos(c) == Upos.NOUN) return false;
        // The parser also hangs "in|of <what>" on the verb: "providing $100 million [in humanitarian assistance]".
        int verb = _tree.Head(sign);
        if (verb < 0) return true;
        for (int c = _tree.FirstChild(verb); c >= 0; c = _tree.NextSibling(c))
            if (c > sign && _tree.Is(c, "obl") && _tree.Upos(c) == Upos.NOUN && _tree.CaseOf(c) is int cs and >= 0
                && (_tree.IsWord(cs, "in") || _tree.IsWord(cs, "of"))) return false;
        return true;
    }

    /// <summary>True when <paramref name="c"/> is an adverbial participle or purpose infinitive ("demanding", "to
    /// demand") of a verb in the list <c>[purpose-participles]</c> of data/frames/frame_words.txt.</summary>
    private bool IsPurposeParticiple(int c)
    {
        if (!(_tree.Is(c, "advcl") || _tree.Is(c, "xcomp")) || _tree.Upos(c) != Upos.VERB) return false;
        int mk = _tree.MarkOf(c);
        if (mk >= 0 ? !_tree.IsWord(mk, "to") : _tree.Xpos(c) != "VBG") return false;
        var words = FrameWords.Default;
        // The lemma first; the word (a string made here) only where the tagger gave no lemma.
        var lemma = _tree.Lemma(c);
        return lemma is not null ? words.Contains(FrameWordList.PurposeParticiples, lemma)
            : words.Contains(FrameWordList.PurposeParticiples, _tree.Word(c).ToString());
    }

    // Set only while TryJointStep matches: a top-level 'to <verb>' slot then takes a verb the dictionary does not code.
    private bool _jointStep;

    /// <summary>The intent-frame entry at verb <paramref name="verb"/> whose <c>to &lt;verb&gt;</c> slot holds a step the
    /// dictionary does not code ("plan to develop a training program"). Only the frame entries that
    /// data/verbs/symmetric.txt lists are tried: for a compound subject, planning a step together is itself an intent to
    /// cooperate with each other, whatever the step (the caller checks the subject). Never a passive.</summary>
    public bool TryJointStep(int verb, out TreeMatch best)
    {
        best = default;
        var candidates = Candidates(verb);
        if (candidates.IsEmpty) return false;
        var reach = _reach[0];
        Reach(verb, reach);
        bool found = false;
        _jointStep = true;
        try
        {
            foreach (var c in candidates)
            {
                var elements = c.Pattern.Elements;
                if (c.Pattern.Code.Root != 3 || c.Pattern.FramedOnly || elements.Count == 0
                    || elements[^1].Kind != PatternElementKind.Complement || !SymmetricActs.Default.IsSymmetric(c.Pattern.Code, c.Pattern.Lemma)) continue;
                if (!TryMatch(c, verb, false, 0, reach, out var m) || !m.UnknownStep) continue;
                // "the two countries intend to discuss standards", "plan to partner on research": a step that is a
                // symmetric act missing only its with-partner has that partner in the compound subject, so the
                // intent is that act's (036, 031), not the general intent to cooperate.
                if (m.ComplementVerb >= 0 && TryCoSubjectPartner(m.ComplementVerb, out var step)
                    && ComplementFrames.Apply(c.Pattern.Code.Root, step.Pattern.Code) is { } stepCode)
                    m.ComplementCode = stepCode;
                if (!found || PatternChoice.Better(in m, in best)) { best = m; found = true; }
            }
        }
        finally { _jointStep = false; }
        return found;
    }

    /// <summary>"The United States and Japan will strengthen our people-to-people ties": a step the dictionary does not
    /// code at verb <paramref name="verb"/>, which a compound subject announces with <i>will</i> or <i>shall</i>
    /// (the caller checks the subject and the auxiliary), is the sides' intent to cooperate with each other, as the
    /// same step after "plan|intend to" is (<see cref="TryJointStep"/>): the match is that joint-step entry of
    /// <c>intend to &lt;verb&gt;</c>, with the verb itself as the step. Never a passive.</summary>
    public bool TryJointFuture(int verb, out TreeMatch best)
    {
        best = default;
        if (_tree.Upos(verb) != Upos.VERB) return false;
        foreach (var c in _verbs.Lookup("intend"))
        {
            var elements = c.Pattern.Elements;
            // The bare frame "intend to <verb>": its step slot and nothing else (the 'to' may be a word of its own).
            if (c.Pattern.Code.Root != 3 || c.Pattern.FramedOnly || elements.Count == 0 || elements.Count > 2
                || elements[^1].Kind != PatternElementKind.Complement
                || (elements.Count == 2 && !(elements[0].Kind == PatternElementKind.Word && elements[0].Words.Contains("to")))
                || !SymmetricActs.Default.IsSymmetric(c.Pattern.Code, c.Pattern.Lemma)) continue;
            best = new TreeMatch
            {
                Pattern = c.Pattern, Form = c.Form, Verb = verb, LastWord = verb,
                TargetNode = -1, TargetCase = -1, ComplementVerb = verb, ComplementTarget = -1, UnknownStep = true,
            };
            return true;
        }
        return false;
    }

    /// <summary>The entry "<c>lemma with &lt;obj&gt;</c>" of a symmetric act at verb <paramref name="verb"/> whose
    /// clause has no <c>with</c> ("Kenya and Uganda discussed trade" against <c>discuss with &lt;obj&gt;</c>): the
    /// partner the entry asks for is the other member of a compound subject (the caller checks the subject). Whatever
    /// the verb's object names is the topic, never the partner, so no target is read.</summary>
    public bool TryCoSubjectPartner(int verb, out TreeMatch best)
    {
        best = default;
        foreach (var c in Candidates(verb))
        {
            var elements = c.Pattern.Elements;
            if (elements.Count != 2 || elements[0].Kind != PatternElementKind.Word || !elements[0].Words.Contains("with")
                || elements[1].Kind != PatternElementKind.Target || c.Pattern.FramedOnly
                || !SymmetricActs.Default.IsSymmetric(c.Pattern.Code, c.Pattern.Lemma)) continue;
            best = new TreeMatch
            {
                Pattern = c.Pattern, Form = c.Form, Verb = verb, LastWord = verb,
                TargetNode = -1, TargetCase = -1, ComplementVerb = -1, ComplementTarget = -1, CoSubjectPartner = true,
            };
            // "U.S. companies and investors are strong partners of Kenya": a relational noun's of/to-phrase names the
            // partner itself, so the members pair with it, not with each other ("X and Y are partners" stays paired).
            if (RelationalPartner(verb) is int partner and >= 0)
            {
                best.CoSubjectPartner = false;
                best.TargetNode = partner;
                best.TargetCase = _tree.CaseOf(partner);
                best.LastWord = Math.Max(verb, partner);
                best.Used.Add(best.TargetCase);
            }
            return true;
        }
        return false;
    }

    /// <summary>"France is a partner of Kenya", "Kenya is an ally to Uganda": a single subject of a copular predicate
    /// noun or adjective whose symmetric entry names its partner with "with" ("partner with &lt;obj&gt;") while the
    /// of/to/with-phrase of the predicate names the actor; that actor is the target, as for the members of a compound
    /// subject (<see cref="TryCoSubjectPartner"/>). Without a copula, an actor behind the phrase or a subject that names an
    /// actor itself (not a pronoun), no match.</summary>
    public bool TryRelationalPartner(int pred, out TreeMatch best)
    {
        best = default;
        if (_tree.Child(pred, "cop") < 0 || RelationalPartner(pred) is not (int partner and >= 0)) return false;
        // The subject must name its actor itself: a relative or personal pronoun ("Saudi Arabia, which has been a
        // partner of the United States") is resolved by the clause reader to whoever led the clause above, often the
        // wrong side of this relation.
        int subject = _tree.Child(pred, "nsubj");
        if (subject < 0 || _tree.Upos(subject) == Upos.PRON || !HasActor(subject)) return false;
        if (!TryCoSubjectPartner(pred, out best)) return false;
        return !best.CoSubjectPartner;
    }

    /// <summary>The actor behind "of", "to" or "with" on a predicate noun or adjective <paramref name="pred"/>
    /// ("partners of Kenya", "allies to Kenya", "close to Kenya"); -1 when none, or when the predicate is a verb, whose
    /// of/to-phrases are no partner ("discussed trade of China").</summary>
    private int RelationalPartner(int pred)
    {
        if (_tree.Upos(pred) is not (Upos.NOUN or Upos.PROPN or Upos.ADJ)) return -1;
        for (int c = _tree.FirstChild(pred); c >= 0; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "nmod") && !_tree.Is(c, "obl")) continue;
            int k = _tree.CaseOf(c);
            if (k < 0 || !(_tree.IsWord(k, "of") || _tree.IsWord(k, "to") || _tree.IsWord(k, "with"))) continue;
            if (HasActor(c)) return c;
        }
        return -1;
    }

    /// <summary>True when pattern word <paramref name="j"/> of an act of intent or cooperation (roots 03 to 07) is the
    /// of/to/on-phrase or compound of a noun of list <c>[halting-nouns]</c> of data/frames/frame_words.txt ("a suspension
    /// of aid", "aid cuts") that the pattern did not itself take as a word ("halt" in "demand halt to ..." is the act).
    /// What such a noun stops or takes back is not given, so the match is no act of giving.</summary>
    private bool UnderHaltingNoun(int j, in UsedTokens used, int root)
    {
        if (root < 3 || root > 7) return false;
        int h = _tree.Head(j);
        if (h < 0) return false;
        // "announced a freeze on military aid": the parser often hangs the phrase on the verb beside the halting
        // object; the object just before it is then what the phrase belongs to.
        if (_tree.Is(j, "obl") && _tree.Child(h, "obj") is int o and >= 0 && o < j) h = o;
        if (_tree.Upos(h) is not (Upos.NOUN or Upos.PROPN)) return false;
        if (_tree.Is(j, "nmod") || _tree.Is(j, "obl"))
        {
            int k = _tree.CaseOf(j);
            if (k < 0 || !(_tree.IsWord(k, "of") || _tree.IsWord(k, "to") || _tree.IsWord(k, "on"))) return false;
        }
        else if (!_tree.Is(j, "compound")) return false;
        for (int u = 0; u < used.Count; u++) if (used[u] == h) return false;
        var lemma = _tree.Lemma(h);
        return lemma is not null ? FrameWords.Default.Contains(FrameWordList.HaltingNouns, lemma)
            : FrameWords.Default.Contains(FrameWordList.HaltingNouns, _tree.Word(h));
    }

    /// <summary>The 'of' or 'for' that marks <paramref name="c"/> as a gerund clause of the verb ("of committing"); -1
    /// when it is none.</summary>
    private int GerundAfterOf(int c)
    {
        if (!(_tree.Is(c, "advcl") || _tree.Is(c, "acl")) || _tree.Xpos(c) != "VBG") return -1;
        int mk = _tree.MarkOf(c);
        // "banned Mahan Air from flying", "barred X from entering": what 'from' keeps the object from doing is a gerund
        // clause too, so "ban <obj> from" finds its preposition there as it does before a noun ("from the meeting").
        return mk >= 0 && mk < c && (_tree.IsWord(mk, "of") || _tree.IsWord(mk, "for") || _tree.IsWord(mk, "from")) ? mk : -1;
    }

    private bool TryMatch(VerbDictionary.Candidate cand, int verb, bool passive, int depth, List<int> reach, out TreeMatch m, int start = -1)
    {
        m = new TreeMatch
        {
            Pattern = cand.Pattern, Form = cand.Form, Verb = verb, LastWord = verb,
            TargetNode = -1, TargetCase = -1, ComplementVerb = -1, ComplementTarget = -1,
        };
        int pos = start >= 0 ? start : verb; // last token used (a leading adverb's entry reads from the adverb)
        int node = verb;       // the noun a light verb's object word landed on ("attack" in "launched an attack on")
        int prepNode = -1;     // the nominal behind the preposition just matched
        int prepCase = -1;
        int subjunctive = -1;  // the ccomp whose subject the target is ("demanded that Israel ease")
        bool toSeen = false;
        var elements = cand.Pattern.Elements;
        for (int e = 0; e < elements.Count; e++)
        {
            var el = elements[e];
            switch (el.Kind)
            {
                case PatternElementKind.Word:
                case PatternElementKind.OptionalWord:
                {
                    bool beforeComplement = cand.Pattern.IsComplementTo(e);
                    if (beforeComplement)
                    {
                        // The 'to' belongs to the complement clause; it is checked there.
                        toSeen = true;
                        m.Score += el.Kind == PatternElementKind.Word ? 10 : 1;
                        break;
                    }
                    int j = FindWord(el.Words, reach, pos, verb);
                    // "discussed their diplomacy with China", "discussed U.S. engagement with Egypt": a preposition
                    // the entry puts straight after the verb ("discuss with <obj>") that hangs below the verb's
                    // direct object belongs to that object, whose partner it names, not to the verb's act.
                    // Only "with": other prepositions after an object are mostly misattached to it by the parser
                    // ("invested $341 million in ASEAN markets" hangs "in" on the amount).
                    if (j >= 0 && e == 0 && el.Kind == PatternElementKind.Word && _tree.IsWord(j, "with") && _tree.Is(j, "case") && UnderDirectObject(verb, j))
                    {
                        ObjectPartnerVerb = verb;
                        return false;
                    }
                    if (j < 0)
                    {
                        if (el.Kind == PatternElementKind.Word) return false;
                        break;
                    }
                    // Closer words are the closer reading: "launched an air strike" is 195 (launch air), not 190 (launch strike).
                    m.Score += el.Kind == PatternElementKind.Word ? Math.Max(1, 10 - Math.Min(5, j - pos - 1)) : 1;
                    m.LastWord = Math.Max(m.LastWord, j);
                    m.Used.Add(j);
                    pos = j;
                    if (_tree.Is(j, "case") || _tree.Is(j, "fixed") || _tree.Is(j, "mark"))
                    {
                        // A preposition: what stands behind it is the case word's head ("on" → Gaza); for a fixed
                        // second word ("out of") the head of its head.
                        int h = _tree.Head(j);
                        if (_tree.Is(j, "fixed") && h >= 0 && _tree.Is(h, "case")) h = _tree.Head(h);
                        if (_tree.Is(j, "mark"))
                        {
                            subjunctive = h;
                            prepNode = -1;
                            // "refuse to comment", "urge <obj> to accept mediation": a pattern that spells out the
                            // infinitive after 'to' names the infinitive and its objects as words, which the verb's
                            // own reach leaves out (a clause of its own, read by the complement slot).
                            if (_tree.IsWord(j, "to") && NextIsWord(elements, e) && _tree.Head(h) == verb && _tree.Upos(h) == Upos.VERB)
                                reach = WithInfinitive(reach, h, depth);
                        }
                        else { prepNode = h; prepCase = j; }
                    }
                    else if (_tree.Is(j, "compound:prt") || _tree.Is(j, "advmod"))
                    {
                        prepNode = -1;
                        // "pulled out of X" parsed with 'out' as an adverb over the oblique: look below it too.
                        if (_tree.FirstChild(j) >= 0) node = j;
                    }
                    else
                    {
                        // "announced a suspension of military aid to Egypt": a giving or cooperating act's word
                        // that a halting noun takes back is no such act (the noun reader codes the suspension).
                        if (UnderHaltingNoun(j, in m.Used, cand.Pattern.Code.Root))
                        {
                            HaltedVerb = verb;
                            return false;
                        }
                        node = j;
                        prepNode = -1;
                    }
                    break;
                }
                case PatternElementKind.Target:
                {
                    bool direct = e == 0 || (e > 0 && elements[e - 1].Kind == PatternElementKind.OptionalWord && OnlyOptionalBefore(elements, e))
                        || (passive && OnlyParticlesBefore(verb, elements, e));
                    bool subjunctiveNext = cand.Pattern.ComplementFollows(e);
                    int target = -1;
                    if (prepNode >= 0 && prepNode > verb - 1)
                    {
                        // Praise of a thing (EndorsedOwner) goes to whose the thing is: its owner or doer, not the
                        // actor it is aimed at ("support for an approach [to North Korea]").
                        bool endorse = EndorsedOwner.NoRecipientBehindThing(cand.Pattern.Code);
                        bool owner = endorse && _tree.MentionAtHead(prepNode) < 0;
                        // "commit assistance to the US-led war against Iraq": a thing an "X-led" modifier says who
                        // leads is the leader's; what is given to it goes to the leader, not to the enemy its own
                        // phrases name (ClauseReader.LeaderOf).
                        if (!endorse && _tree.MentionAtHead(prepNode) < 0 && _clauses.LeaderOf(prepNode) is int leader and >= 0 && HasActor(leader))
                        { target = leader; m.TargetCase = prepCase; }
                        else if (HasActor(prepNode, owner)) { target = prepNode; m.TargetCase = prepCase; m.TargetDoer = owner; }
                        else if (owner && JointPartner(prepNode) is int partner and >= 0) { target = partner; m.TargetCase = _tree.CaseOf(partner); }
                        else if (!endorse && Recipient(prepNode, pos) is int r and >= 0)
                        {
                            // "lift embargoes on [pharmaceutical sales] to Iran": behind a thing, the actor it goes to.
                            target = r; m.Recipient = true; m.TargetCase = _tree.CaseOf(r);
                        }
                        else if (!endorse && BeyondSlot(prepNode))
                        {
                            // "a tariff on [groups] of Russian products", "travel to [Schloss Elmau] in Germany": the
                            // slot's actor stands one step beyond it (ClauseReader.ActorsBeyondSlot).
                            target = prepNode; m.TargetCase = prepCase;
                        }
                        else if (node != verb && _tree.Head(prepNode) == node && prepCase >= 0 && _tree.IsWord(prepCase, "of") && HasActor(node))
                        {
                            // "expelled the ambassador of France": the pattern's object word is a role whose of-phrase
                            // names the country, so the actor phrase is the role ("ambassador of France" → FRAGOV), held
                            // at the role word, not at the country behind 'of'.
                            target = node; m.TargetCase = prepCase;
                        }
                    }
                    else if (passive && direct)
                    {
                        m.TargetIsPatient = true;
                        m.Score += 2;
                        break;
                    }
                    else if (subjunctiveNext && SubjunctiveSubject(verb, pos, out int clause, out int subj))
                    {
                        target = subj;
                        subjunctive = clause;
                    }
                    else target = DirectObject(verb, node, pos, ref m, e > 0 && OwnerPreposition(elements[e - 1]),
                        !EndorsedOwner.NoRecipientBehindThing(cand.Pattern.Code), EndorsedOwner.IsBlame(cand.Pattern.Code));
                    // "Three soldiers were killed by militants" against "kill soldiers (of|from) <obj>": in a passive the
                    // by-phrase names the doer, never the one acted on; the plain entry ("kill <obj>") reads it.
                    if (passive && target >= 0 && _tree.Head(target) == verb && IsByPhrase(target)) return false;
                    if (target < 0)
                    {
                        // A missing object is tolerated only at the end (reciprocal "X and Y held talks").
                        if (!OnlyOptionalAfter(elements, e)) return false;
                        break;
                    }
                    m.TargetNode = target;
                    m.Score += 2;
                    if (!m.SharedObject) m.LastWord = Math.Max(m.LastWord, target);
                    pos = Math.Max(pos, target);
                    break;
                }
                default:
                {
                    if (depth >= MaxComplementDepth) return false;
                    int c = subjunctive >= 0 ? subjunctive : ComplementClause(verb, m.TargetNode, node, pos, toSeen);
                    // "X expects Y to withdraw": with an object between, the infinitive is the object's act (object
                    // control), not the subject's; only an entry with an <obj> slot ("want <obj> to <verb>") reads it.
                    if (c >= 0 && toSeen && !HasTargetBefore(elements, e) && ObjectControls(verb, c, node, in m)) return false;
                    // "X is expected to invest": a passive without a by-phrase names no one who expects or asks; the
                    // object-control reading gives way to the subject's own frame ("expected to <verb>").
                    if (m.TargetIsPatient && toSeen && _clauses.Agents(verb, _scratchAgents) < 0) return false;
                    // A gerund the parser took for a noun ("committed to meeting annually") has no base form to ask for.
                    var innerForm = toSeen && !(c >= 0 && _tree.Upos(c) == Upos.NOUN) ? VerbForm.Base : VerbForm.None;
                    TreeMatch inner = default;
                    bool innerFound = c >= 0 && TryBestMatch(c, innerForm, false, depth + 1, out inner);
                    // "committed to broaden and deepen cooperation", "called on Arabs to unite and mobilize against X":
                    // where the first infinitive is no act the dictionary knows, a conjunct sharing its subject is the
                    // framed act (conjuncts are no predicates of their own: ParseCoder.IsPredicate).
                    if (!innerFound && c >= 0 && toSeen && FramedConjunct(c, innerForm, depth, out var conjMatch) is int cj and >= 0)
                    {
                        c = cj;
                        inner = conjMatch;
                        innerFound = true;
                    }
                    // "committed to continue working with X", "agreed to keep supporting Kyiv": an aspect verb that is
                    // no act the dictionary knows only says the act goes on; the act planned is the one below it.
                    int aspect = -1;
                    if (!innerFound && c >= 0 && AspectComplement(c) is int ac and >= 0
                        && TryBestMatch(ac, VerbForm.None, false, depth + 1, out var aspectMatch))
                    {
                        aspect = c;
                        c = ac;
                        inner = aspectMatch;
                        innerFound = true;
                    }
                    if (innerFound
                        && (!inner.Pattern.FramedOnly || (ComplementFrames.FramedOnlyFits(cand.Pattern, inner.Pattern) && (inner.TargetNode >= 0 || !inner.Pattern.HasRequiredTarget))))
                    {
                        var code = inner.ComplementCode ?? inner.Pattern.Code;
                        m.ComplementPattern = inner.Pattern;
                        m.ComplementCode = ComplementFrames.Apply(cand.Pattern.Code.Root, code);
                        if (ComplementFrames.Imposed(cand.Pattern.Lemma, code) is { } imposed)
                        {
                            m.ComplementCode = imposed;
                            m.ImposedAct = true;
                        }
                        m.ComplementVerb = c;
                        m.ComplementTarget = inner.TargetNode >= 0 ? inner.TargetNode : inner.ComplementTarget;
                        m.ComplementRecipient = inner.Recipient;
                        // Under a frame (02, 03, 10, 12, 13) a known act CAMEO has no framed code for is no match. Outside
                        // the frames the slot only asks for a known act and the entry keeps its own code: "allowed X to
                        // meet Y" is a yield (080) to X, "allowed the population to vote" (no act) none.
                        // One exception: what X wants Y to do is asked of Y whatever the act ("wants Putin to attack
                        // X"), so a wish with an object keeps the appeal frame's own general code (020).
                        if (m.ComplementCode == null && el.Kind == PatternElementKind.Complement && IsFrameRoot(cand.Pattern.Code.Root)
                            && !ComplementFrames.AsksAnyAct(cand.Pattern, e)) return false;
                        m.Score += 5;
                        m.LastWord = Math.Max(m.LastWord, inner.LastWord);
                        m.Used.Add(c);
                        if (aspect >= 0) m.Used.Add(aspect);
                        for (int u = 0; u < inner.Used.Count; u++) m.Used.Add(inner.Used[u]);
                    }
                    else if (el.Kind == PatternElementKind.Complement && !(_jointStep && depth == 0 && c >= 0)) return false;
                    else if (c >= 0)
                    {
                        m.ComplementVerb = c;
                        m.LastWord = Math.Max(m.LastWord, c);
                        if (el.Kind == PatternElementKind.Complement) m.UnknownStep = true;
                    }
                    else if (!(toSeen && ToAfter(reach, pos))) return false;
                    break;
                }
            }
        }
        return true;
    }

    /// <summary>The first conjunct of infinitive <paramref name="c"/> with no subject of its own that matches an
    /// entry, or -1.</summary>
    private int FramedConjunct(int c, VerbForm form, int depth, out TreeMatch match)
    {
        match = default;
        for (int k = _tree.FirstChild(c); k >= 0; k = _tree.NextSibling(k))
        {
            if (k < c || !_tree.Is(k, "conj", exact: true) || _tree.Upos(k) != Upos.VERB) continue;
            // A conjunct with a subject, auxiliary or negation of its own is a clause of its own ("agreed to add two
            // members but did not accede to the demands").
            if (_tree.Child(k, "nsubj") >= 0 || _tree.Child(k, "nsubj:pass") >= 0 || _tree.Child(k, "aux") >= 0
                || _tree.Child(k, "advmod") is int adv and >= 0 && (_tree.IsWord(adv, "not") || _tree.IsWord(adv, "n't") || _tree.IsWord(adv, "never"))) continue;
            if (TryBestMatch(k, form, false, depth + 1, out match)) return k;
        }
        return -1;
    }

    /// <summary>The verb under aspect verb <paramref name="c"/> ("continue working", "keep to supporting", "resume
    /// providing"): its open complement with no subject of its own, or -1 when <paramref name="c"/> is no verb of
    /// [aspect-verbs] (data/frames/frame_words.txt) or has none.</summary>
    private int AspectComplement(int c)
    {
        // The lemma first; the word (a string made here) only where the tagger gave no lemma.
        var lemma = _tree.Lemma(c);
        if (!(lemma is not null ? FrameWords.Default.Contains(FrameWordList.AspectVerbs, lemma)
            : FrameWords.Default.Contains(FrameWordList.AspectVerbs, _tree.Word(c).ToString()))) return -1;
        for (int k = _tree.FirstChild(c); k >= 0; k = _tree.NextSibling(k))
        {
            if (k < c || !_tree.Is(k, "xcomp", exact: true) || _tree.Upos(k) != Upos.VERB) continue;
            if (_tree.Child(k, "nsubj") >= 0 || _tree.Child(k, "nsubj:pass") >= 0) continue;
            return k;
        }
        return -1;
    }

    private static bool IsFrameRoot(int root) => ComplementFrames.IsFrameRoot(root);

    private static bool HasTargetBefore(IReadOnlyList<PatternElement> elements, int e)
    {
        for (int i = 0; i < e; i++) if (elements[i].Kind == PatternElementKind.Target) return true;
        return false;
    }

    /// <summary>True when verb <paramref name="verb"/> has a nominal object between itself and its infinitive
    /// complement <paramref name="clause"/>: the object is the infinitive's subject.</summary>
    private bool ObjectControls(int verb, int clause, int node, in TreeMatch m)
    {
        // The parser often hangs the infinitive after an object as an adverbial clause ("expects Putin —advcl→ to
        // attack"); behind an object that names an actor of a country it is still that actor's act. Not behind a thing
        // or a role ("committed additional assets to support", "offer resources to help", "committed their
        // administrations to promoting": a purpose of the subject's own; measured on news).
        bool adverbial = false;
        if (!_tree.Is(clause, "xcomp"))
        {
            if (!(_tree.Is(clause, "advcl") && _tree.MarkOf(clause) is int mark and >= 0 && _tree.IsWord(mark, "to"))) return false;
            adverbial = true;
        }
        for (int c = _tree.FirstChild(verb); c >= 0; c = _tree.NextSibling(c))
            if ((_tree.Is(c, "obj") || _tree.Is(c, "iobj")) && c > verb && c < clause && c != node && !Uses(in m, c)
                && _tree.Upos(c) is Upos.NOUN or Upos.PROPN or Upos.PRON
                && (!adverbial || (_tree.MentionAtHead(c) is int a and >= 0 && !_tree.Mentions[a].Code.Value.StartsWith("---", StringComparison.Ordinal))))
                return true;
        return false;
    }

    // "reaffirmed its commitment to comply": an object that is one of the pattern's own words controls nothing.
    private static bool Uses(in TreeMatch m, int t)
    {
        for (int i = 0; i < m.Used.Count; i++) if (m.Used[i] == t) return true;
        return false;
    }

    private static bool OnlyOptionalAfter(IReadOnlyList<PatternElement> elements, int e)
    {
        for (int i = e + 1; i < elements.Count; i++) if (elements[i].Kind != PatternElementKind.OptionalWord) return false;
        return true;
    }

    /// <summary>True when every element before <paramref name="e"/> is optional or a particle of the verb ("round up
    /// &lt;obj&gt;": "were rounded up", "was locked up"): the passive's subject is then the object, as for "arrest
    /// &lt;obj&gt;".</summary>
    private bool OnlyParticlesBefore(int verb, IReadOnlyList<PatternElement> elements, int e)
    {
        bool any = false;
        for (int i = 0; i < e; i++)
        {
            if (elements[i].Kind == PatternElementKind.OptionalWord) continue;
            if (elements[i].Kind != PatternElementKind.Word) return false;
            bool found = false;
            for (int c = _tree.FirstChild(verb); c >= 0 && !found; c = _tree.NextSibling(c))
                if (c > verb && _tree.Is(c, "compound:prt", exact: true))
                    foreach (var w in elements[i].Words)
                        if (_tree.IsWord(c, w)) { found = true; break; }
            if (!found) return false;
            any = true;
        }
        return any;
    }

    private static bool OnlyOptionalBefore(IReadOnlyList<PatternElement> elements, int e)
    {
        for (int i = 0; i < e; i++) if (elements[i].Kind != PatternElementKind.OptionalWord) return false;
        return true;
    }

    private static bool NextIsWord(IReadOnlyList<PatternElement> elements, int e) =>
        e + 1 < elements.Count && elements[e + 1].Kind == PatternElementKind.Word;

    /// <summary>The verb's reach with the infinitive <paramref name="inf"/> and what its own reach holds (objects,
    /// obliques, particles), in text order; a scratch list per complement depth.</summary>
    private List<int> WithInfinitive(List<int> reach, int inf, int depth)
    {
        var into = _reachTo[Math.Min(depth, _reachTo.Length - 1)];
        if (ReferenceEquals(into, reach)) return reach;
        into.Clear();
        into.AddRange(reach);
        into.Add(inf);
        Collect(inf, 0, into);
        into.Sort();
        return into;
    }

    private int FindWord(IReadOnlyList<string> words, List<int> reach, int pos, int verb)
    {
        for (int i = 0; i < reach.Count; i++)
        {
            int k = reach[i];
            if (k <= pos) continue;
            var w = _tree.Word(k);
            if (InTimePhrase(k, words) || NameInOblique(verb, k)) continue;
            for (int a = 0; a < words.Count; a++)
                if (SameWordOrPlural(w, words[a]) || (_tree.Lemma(k) is { } l && l.Equals(words[a], StringComparison.OrdinalIgnoreCase))) return k;
        }
        return -1;
    }

    /// <summary>True when <paramref name="k"/> is a capitalised name reached through an oblique of
    /// <paramref name="verb"/> while the verb has a direct object of its own ("establishing [climate] as a central
    /// pillar of the Australia-United States Alliance", "launched an initiative under the Partnership"): the verb acts
    /// on its object; the named alliance or partnership the oblique mentions exists already and is not what the verb
    /// acts on, so its head word is no pattern word of the act ("establish alliance"). A lower-case noun there stays a
    /// pattern word ("provided $100 million in assistance").</summary>
    private bool NameInOblique(int verb, int k)
    {
        var w = _tree.Word(k);
        if (verb < 0 || w.Length == 0 || !char.IsUpper(w[0]) || _tree.Child(verb, "obj") < 0) return false;
        int t = k;
        for (int i = 0; i < MaxReachDepth + 1 && t >= 0; i++)
        {
            int h = _tree.Head(t);
            // "finalized negotiations on an Open Skies Agreement": a topic phrase says what the object is about, so
            // the act reaches the named thing through its object.
            if (h == verb) return _tree.Is(t, "obl") && !(_tree.CaseOf(t) is int c and >= 0 && IsTopicPreposition(c));
            t = h;
        }
        return false;
    }

    private bool IsTopicPreposition(int c) =>
        _tree.IsWord(c, "on") || _tree.IsWord(c, "about") || _tree.IsWord(c, "over") || _tree.IsWord(c, "regarding") || _tree.IsWord(c, "concerning");

    private static readonly string[] TimePrepositions = { "after", "before", "since", "until", "till", "during", "following", "amid" };

    /// <summary>True when <paramref name="k"/> heads a phrase of time ("agreed to hold elections [after the protests]"):
    /// its words say when the act happened, not what it is (`hold protests` is no reading of it), unless the pattern's
    /// own word is that preposition.</summary>
    private bool InTimePhrase(int k, IReadOnlyList<string> words)
    {
        int cs = _tree.CaseOf(k);
        if (cs < 0) return false;
        foreach (var p in TimePrepositions)
        {
            if (!_tree.IsWord(cs, p)) continue;
            foreach (var w in words) if (w == p) return false;
            return true;
        }
        return false;
    }

    private bool ToAfter(List<int> reach, int pos)
    {
        foreach (int k in reach) if (k > pos && _tree.IsWord(k, "to")) return true;
        return false;
    }

    private bool HasActor(int node, bool doer = false)
    {
        _scratch.Clear();
        return _clauses.ActorsAt(node, _scratch, doer: doer) > 0;
    }

    private bool BeyondSlot(int node)
    {
        _scratch.Clear();
        return _clauses.ActorsBeyondSlot(node, _scratch, out _) > 0;
    }

    /// <summary>
    /// The target of a direct-object slot: an actor as iobj or obj ("condemned Iran"); else, when the object is a
    /// thing, the actor it goes to ("offered its troops to Lebanon", "imposed sanctions on Iran", "held talks with X").
    /// </summary>
    private int DirectObject(int verb, int node, int pos, ref TreeMatch m, bool ownerSlot, bool behindThing, bool blame)
    {
        int obj = -1;
        for (int c = _tree.FirstChild(verb); c >= 0; c = _tree.NextSibling(c))
        {
            if (c <= pos && c != node) continue;
            if (_tree.Is(c, "iobj") && HasActor(c)) return c;
            if (_tree.Is(c, "obj") && obj < 0) obj = c;
        }
        if (node != verb && obj < 0) obj = node;
        // "X condemned and rejected the plan of Y": coordinated verbs share the object of the last conjunct.
        if (obj < 0 && node == verb && SharedObject(verb) is int shared and >= 0) { obj = shared; m.SharedObject = true; }
        // Praise of a thing that is no word of the pattern (EndorsedOwner): "supports [a solution] to the conflict" is
        // for the thing's owner or doer, or for the other side of a relation ("welcomed our cooperation with Poland"),
        // not for the actor the thing is aimed at; the pattern's own noun keeps its recipient ("reaffirmed support to
        // Jordan").
        bool thing = !behindThing && obj >= 0 && !Uses(in m, obj) && _tree.MentionAtHead(obj) < 0;
        if (obj >= 0 && obj != node && HasActor(obj, thing))
        {
            m.TargetDoer = thing;
            return obj;
        }
        if (thing && JointPartner(obj) is int partner and >= 0) return partner;
        // Behind the object or the verb: the actor the thing goes to.
        // Nor, for blame, behind the verb: "condemned recent acts of terror against Israeli citizens", where the
        // parser hangs the against-phrase of the thing on the verb, names whom the acts struck, not whom the
        // condemnation is aimed at.
        int r = !thing ? Recipient(obj >= 0 ? obj : node, pos) : -1;
        if (r < 0 && obj >= 0 && !(thing && blame)) r = Recipient(verb, pos);
        if (r >= 0) { m.Recipient = true; m.TargetCase = _tree.CaseOf(r); return r; }
        // The object noun the pattern's word used names its owner: "rejected [North Korea's] demand",
        // "rejected a [U.S.] request". A noun that is itself an actor ("withdraw troops") is not its own target.
        // A role word alone ("[military] exercises", "[military] aid") is a topic, not an owner (as in TargetFallback).
        // The owner of a stance the subject voices, the pattern's own noun ("affirmed [the President's] commitment to
        // ensuring ...", <c>[stance-voicing-verbs]</c>), is the stance's holder, for whom the subject speaks: marked so
        // that the parse coder keeps it as no target (the subject's own country still makes the event its own).
        if (node != verb && _tree.MentionAtHead(node) < 0 && HasOwner(node))
        {
            // Only the verb's own object: "emphasized the significance of [U.S.] support" speaks of another's stance.
            m.StanceHolder = Uses(in m, node) && _tree.Head(node) == verb && VoicesStance(verb, node) && NamedOwner(node);
            return node;
        }
        // A pattern word that heads an actor with a country of its own ("expelled two [Russian diplomats]") names whose
        // they are, where the slot is the owner's (of/from/by): the more specific entry ("expel diplomats (of|from)
        // <obj>", 161) reads it as well as "expel <obj>" (174); "led a [U.S.] delegation (to) <obj>" names no owner.
        // Read as a recipient, so that one of the source's own country is dropped.
        if (ownerSlot && node != verb && _tree.MentionAtHead(node) is int own and >= 0 && OwnCountry(_tree.Mentions[own]))
        {
            m.Recipient = true;
            return node;
        }
        // "rejected the request [of Pakistan] for aid": the owner's of-phrase stands on the pattern's noun before the
        // words that follow it, where the slot (after of/from/by) no longer looks.
        if (ownerSlot && EarlierOwner(verb, in m) is int earlier and >= 0) return earlier;
        if (obj < 0)
        {
            // No object in the parse: a mention hanging straight off the verb without a preposition stands in for it
            // (a parser that read "telephoned Russian Foreign Minister X" as an adjective complement).
            for (int c = _tree.FirstChild(verb); c >= 0; c = _tree.NextSibling(c))
            {
                if (c <= pos || !(_tree.Is(c, "xcomp") || _tree.Is(c, "obl") || _tree.Is(c, "dep") || _tree.Is(c, "nmod"))) continue;
                if (_tree.Is(c, "obl") && _tree.CaseOf(c) >= 0) continue;
                if (_tree.MentionAtHead(c) >= 0) return c;
            }
        }
        return -1;
    }

    /// <summary>
    /// The object <paramref name="verb"/> shares with a verb coordinated after it ("condemned and rejected the plan"):
    /// the object of its nearest later verb conjunct that has no subject of its own, when nothing stands between the
    /// verb and that conjunct but the conjunction (and commas or other conjuncts without objects); -1 when none.
    /// </summary>
    private int SharedObject(int verb)
    {
        for (int c = _tree.FirstChild(verb); c >= 0; c = _tree.NextSibling(c))
        {
            if (c <= verb || !_tree.Is(c, "conj") || _tree.Upos(c) != Upos.VERB) continue;
            if (_tree.Child(c, "nsubj") >= 0 || _tree.Child(c, "nsubj:pass") >= 0) return -1;
            int o = _tree.Child(c, "obj");
            if (o < 0) continue; // "condemned, denounced and rejected ...": look on to the last conjunct
            // Only words of the coordination between: "attacked on Monday and rejected the plan" has its own oblique.
            for (int k = verb + 1; k < c; k++)
                if (!(_tree.Is(k, "cc") || _tree.Is(k, "punct") || _tree.Is(k, "conj") || _tree.Is(k, "advmod"))) return -1;
            return o;
        }
        return -1;
    }

    /// <summary>The actor in the with-phrase of a relation noun (<c>[joint-nouns]</c>: "cooperation with Poland"), the
    /// relation's other side; -1 when none.</summary>
    private int JointPartner(int node)
    {
        if (!FrameWords.Default.Contains(FrameWordList.JointNouns, _tree.Lemma(node) ?? _tree.Word(node).ToString())) return -1;
        for (int c = _tree.FirstChild(node); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "nmod") && _tree.CaseOf(c) is int k and >= 0 && _tree.IsWord(k, "with") && HasActor(c)) return c;
        return -1;
    }

    /// <summary>True when <paramref name="node"/> has an actor for its owner: a possessive, a compound or an of-phrase
    /// headed by a mention ("the President's commitment", "the U.S. commitment", "the support of President Biden"); not
    /// an actor deeper in its phrases ("concern about Russia's rhetoric", "appreciation to X").</summary>
    private bool NamedOwner(int node)
    {
        for (int c = _tree.FirstChild(node); c >= 0; c = _tree.NextSibling(c))
        {
            bool owner = _tree.Is(c, "nmod:poss", exact: true) || _tree.Is(c, "compound", exact: true)
                || (_tree.Is(c, "nmod", exact: true) && _tree.CaseOf(c) is int k and >= 0 && _tree.IsWord(k, "of"));
            if (owner && _tree.MentionAtHead(c) >= 0) return true;
        }
        return false;
    }

    private bool VoicesStance(int verb, int noun) =>
        FrameWords.Default.Contains(FrameWordList.StanceVoicingVerbs, _tree.Lemma(verb) ?? _tree.Word(verb).ToString())
        && FrameWords.Default.Contains(FrameWordList.StanceNouns, _tree.Lemma(noun) ?? _tree.Word(noun).ToString());

    private bool HasOwner(int node)
    {
        _scratch.Clear();
        _clauses.ActorsAt(node, _scratch);
        foreach (int m in _scratch)
            if (_tree.Mentions[m].Code.Primary != "---" && !Casus.Actors.Context.ContextCountry.FromContext(_tree.Mentions[m])) return true;
        return false;
    }

    /// <summary>An actor in an of/from/by phrase on the verb's object where the object is one of the pattern's words;
    /// -1 when none.</summary>
    private int EarlierOwner(int verb, in TreeMatch m)
    {
        for (int c = _tree.FirstChild(verb); c >= 0; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "obj") || !Uses(in m, c)) continue;
            for (int n = _tree.FirstChild(c); n >= 0; n = _tree.NextSibling(n))
            {
                if (!_tree.Is(n, "nmod")) continue;
                int cs = _tree.CaseOf(n);
                if (cs >= 0 && (_tree.IsWord(cs, "of") || _tree.IsWord(cs, "from") || _tree.IsWord(cs, "by")) && HasActor(n)) return n;
            }
        }
        return -1;
    }

    private static bool OwnerPreposition(PatternElement e)
    {
        if (e.Kind is not (PatternElementKind.Word or PatternElementKind.OptionalWord)) return false;
        foreach (var w in e.Words) if (w is "of" or "from" or "by") return true;
        return false;
    }

    /// <summary>A role whose own phrase names its country ("Russian diplomats" → RUSGOV), not one given it from
    /// the sentence or a bare country.</summary>
    private static bool OwnCountry(Mention mention) =>
        mention.Code.Value.Length > 3 && mention.Code.Primary != "---" && !Casus.Actors.Context.ContextCountry.FromContext(mention);

    private int Recipient(int head, int pos)
    {
        if (head < 0) return -1;
        for (int c = _tree.FirstChild(head); c >= 0; c = _tree.NextSibling(c))
        {
            if (c <= pos || !(_tree.Is(c, "obl") || _tree.Is(c, "nmod"))) continue;
            int k = _tree.CaseOf(c);
            if (k < 0) continue;
            bool recipientCase = false;
            foreach (var p in RecipientPrepositions) if (_tree.IsWord(k, p)) { recipientCase = true; break; }
            // "according to X" names a reporter, not the actor acted on.
            if (!recipientCase || _tree.IsWord(k - 1 >= 0 ? k - 1 : k, "according") || _tree.Child(k, "fixed") >= 0) continue;
            if (HasActor(c)) return c;
        }
        return -1;
    }

    /// <summary>"demanded that Israel ease ...": a ccomp after <paramref name="pos"/> whose own subject is an actor; or,
    /// when the verb closes the sentence as its attribution ("Croatia is failing refugees, the group protested"), the
    /// content clause before it (docs/formats/verbs.md, "Closing attribution").</summary>
    private bool SubjunctiveSubject(int verb, int pos, out int clause, out int subject)
    {
        clause = -1; subject = -1;
        for (int c = _tree.FirstChild(verb); c >= 0; c = _tree.NextSibling(c))
        {
            if (c > pos) { if (!_tree.Is(c, "ccomp")) continue; }
            // Before the verb the parser reads the content as a ccomp or as an adverbial clause; one with a
            // subordinator of its own ("when Y attacked, X protested") is a circumstance, not the content.
            else if (!(pos == verb && (_tree.Is(c, "ccomp") || (_tree.Is(c, "advcl") && !Subordinated(c))) && IsClosingContent(verb, c))) continue;
            int s = _tree.Child(c, "nsubj");
            if (s >= 0 && HasActor(s)) { clause = c; subject = s; return true; }
        }
        // The parser may also hang the closing attribution on the content clause ("..., Kenya protested": parataxis).
        int h = _tree.Head(verb);
        if (pos == verb && h >= 0 && _tree.Is(verb, "parataxis") && IsClosingContent(verb, h))
        {
            int s = _tree.Child(h, "nsubj");
            if (s >= 0 && HasActor(s)) { clause = h; subject = s; return true; }
        }
        return false;
    }

    /// <summary>True when clause <paramref name="c"/> opens with a subordinator ("because", "if") or a wh-adverb
    /// ("when", "where"): a circumstance of the main clause.</summary>
    private bool Subordinated(int c)
    {
        for (int k = _tree.FirstChild(c); k >= 0; k = _tree.NextSibling(k))
            if (_tree.Is(k, "mark") || (_tree.Is(k, "advmod") && _tree.Xpos(k) is "WRB")) return true;
        return false;
    }

    /// <summary>True when clause <paramref name="content"/> stands before <paramref name="verb"/> and a comma of either
    /// closes it: "the new rules violate the treaty, Kenya protested". The verb needs a subject of its own (the speaker)
    /// and no object, so "the talks failed, Kenya blamed Uganda" is not read as a closing attribution.</summary>
    private bool IsClosingContent(int verb, int content)
    {
        if (content >= verb || _tree.Child(verb, "nsubj") < 0 || _tree.Child(verb, "obj") >= 0) return false;
        for (int t = content + 1; t < verb; t++)
            if (_tree.IsWord(t, ",") && (_tree.Head(t) == verb || _tree.Head(t) == content)) return true;
        return false;
    }

    /// <summary>The clause a 'to' complement slot stands for: an xcomp of the verb (or, where the parser attached it
    /// elsewhere, an advcl/ccomp of the verb or a clause below its object) introduced by 'to'.</summary>
    private int ComplementClause(int verb, int target, int node, int pos, bool needTo)
    {
        int best = -1;
        for (int pass = 0; pass < 3 && best < 0; pass++)
        {
            int head = pass == 0 ? verb : pass == 1 ? target : node;
            if (head < 0 || (pass == 2 && node == verb)) continue;
            for (int c = _tree.FirstChild(head); c >= 0; c = _tree.NextSibling(c))
            {
                if (c <= pos) continue;
                bool clausal = _tree.Is(c, "xcomp") || _tree.Is(c, "advcl") || _tree.Is(c, "ccomp") || _tree.Is(c, "acl") || (pass > 0 && _tree.Is(c, "xcomp"));
                if (!clausal) continue;
                if (needTo && !HasTo(c)) continue;
                if (!needTo && _tree.Is(c, "advcl")) continue;
                best = c;
                if (_tree.Is(c, "xcomp")) break;
            }
        }
        if (best < 0 && needTo) best = GerundNoun(verb, pos);
        return best;
    }

    /// <summary>The gerund after "to" that the parser made a bare noun oblique of <paramref name="verb"/>, or -1:
    /// "committed to meeting annually" (meeting: NN, obl), where the frame's act is the verb the gerund names. Only a
    /// bare <c>-ing</c> noun: with a determiner, owner or adjective it is a thing ("committed to the meeting").</summary>
    private int GerundNoun(int verb, int pos)
    {
        for (int c = _tree.FirstChild(verb); c >= 0; c = _tree.NextSibling(c))
        {
            if (c <= pos + 1 || !_tree.Is(c, "obl") || _tree.Upos(c) != Upos.NOUN || !_tree.IsWord(c - 1, "to")) continue;
            if (!_tree.Word(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) continue;
            if (_tree.Child(c, "det") >= 0 || _tree.Child(c, "nmod:poss") >= 0 || _tree.Child(c, "amod") >= 0) continue;
            return c;
        }
        return -1;
    }

    private bool HasTo(int c)
    {
        int mk = _tree.MarkOf(c);
        if (mk >= 0 && _tree.IsWord(mk, "to")) return true;
        return c > 0 && _tree.IsWord(c - 1, "to");
    }

    private static bool SameWordOrPlural(ReadOnlySpan<char> w, string s)
    {
        if (w.Equals(s, StringComparison.OrdinalIgnoreCase)) return true;
        if (w.Length == s.Length + 1 && (w[^1] | 0x20) == 's' && w[..^1].Equals(s, StringComparison.OrdinalIgnoreCase)) return true;
        if (w.Length == s.Length + 2 && w.EndsWith("es", StringComparison.OrdinalIgnoreCase) && w[..^2].Equals(s, StringComparison.OrdinalIgnoreCase)) return true;
        if (s.Length == w.Length + 1 && s[^1] == 's' && s.AsSpan(0, w.Length).Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The by-phrase of a passive: obl:agent, or an obl whose preposition is "by".</summary>
    private bool IsByPhrase(int n)
        => _tree.Is(n, "obl:agent", exact: true) || (_tree.Is(n, "obl") && _tree.CaseOf(n) is int k and >= 0 && _tree.IsWord(k, "by"));
}
