using System.Buffers;
using Casus.Actors;
using Casus.Actors.Context;
using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding.Clauses;

/// <summary>
/// Codes the sentences of one article from their dependency parse: for each predicate the dictionary knows, matches
/// its patterns against the tree (<see cref="PatternMatcher"/>), reads its subjects, voice, polarity and modality
/// (<see cref="ClauseReader"/>) and adds one event per source–target pair, with the parse path in the evidence.
/// Sentences without a parse go to the word-sequence reading (<see cref="SentenceCoder"/>) when the options allow.
/// One instance per article; not thread-safe.
/// </summary>
internal sealed partial class ParseCoder : IDisposable
{
    private readonly CodingStage _stage;
    private readonly Article _article;
    private readonly ParseTree _tree;
    private readonly ClauseReader _clauses;
    private readonly PatternMatcher _matcher;
    private readonly TargetFallback _targetFallback;
    private readonly ClauseFrames _frames;
    private readonly bool[] _used;
    private SentenceCoder? _fallback;

    // Reused per predicate.
    private readonly List<int> _subjects = new(4), _patients = new(4), _agents = new(4), _targets = new(4), _sides = new(4);

    public ParseCoder(CodingStage stage, Article article)
    {
        _stage = stage;
        _article = article;
        _tree = new ParseTree(article, stage.Verbs);
        _clauses = new ClauseReader(_tree);
        _matcher = new PatternMatcher(_tree, _clauses, stage.Verbs);
        _targetFallback = new TargetFallback(_tree, _clauses, stage.Places);
        _frames = new ClauseFrames(_tree, _clauses);
        int n = article.TokenData.Count;
        _used = ArrayPool<bool>.Shared.Rent(n);
        Array.Clear(_used, 0, n);
    }

    public void Dispose()
    {
        _tree.Dispose();
        _fallback?.Dispose();
        ArrayPool<bool>.Shared.Return(_used);
    }

    /// <summary>Codes one sentence, then consolidates its events (<see cref="EventConsolidation"/>) when the options
    /// ask for it.</summary>
    public void Code(int sentence)
    {
        int before = _article.Events.Count;
        CodeSentence(sentence);
        if (_stage.Options.Consolidate) EventConsolidation.Consolidate(_article, before);
    }

    private void CodeSentence(int sentence)
    {
        var sd = _article.SentenceData[sentence];
        int start = sd.FirstToken, end = sd.FirstToken + sd.TokenCount;
        if (sd.TokenCount == 0) return;
        if (!_tree.HasParse(start, end))
        {
            if (_stage.Options.SequenceFallback == SequenceFallback.Never) return;
            _fallback ??= new SentenceCoder(_stage, _article);
            _fallback.Code(sentence);
            return;
        }
        if (IsQuestion(start, end)) return;
        int eventsBefore = _article.Events.Count;
        _decided.Clear();
        _wordReadingVeto.Clear();
        _willSteps.Clear();
        CodeParsed(sentence, start, end);
        // A noun event is another act than the sentence's verbs: "spoke with Johnson about the Prime Minister's recent
        // visit to Ukraine" still needs the word reading of "spoke with" when the parse coded no verb. The fallback
        // claims the coded noun (it is in _decided).
        int eventsOfVerbs = _article.Events.Count;
        if (_stage.Options.NounEvents) CodeNominals(sentence, start, end);
        var mode = _stage.Options.SequenceFallback;
        if ((eventsOfVerbs == eventsBefore && mode == SequenceFallback.NoParseEvent) || mode == SequenceFallback.UndecidedVerbs)
        {
            _fallback ??= new SentenceCoder(_stage, _article);
            foreach (int t in _decided) _fallback.Claim(t);
            foreach (int t in _wordReadingVeto) _fallback.Claim(t);
            // The word reading cannot see clause structure, so the parse's vetoes bind it too: a dictionary verb the
            // parse finds negated, conditional, not yet done or only claimed is no act, whoever the word reading
            // would take as its actors ("a day before Sarkozy heads to Beijing").
            // So does the noun object of a verb it rules out ("will no longer tolerate rallies by X"), and a participle
            // after its noun ("rebels accused of killing civilians"), whose noun the word reading would take as its doer.
            for (int v = start; v < end; v++)
                if (_matcher.HasCandidates(v) && (IsRuledOut(v) || UnderRuledOutVerb(v) || IsPrenominalParticiple(v)
                    || IsPostnominalParticiple(v, start, end))) _fallback.Claim(v);
            _fallback.Code(sentence);
        }
        if (_article.Events.Count == eventsBefore && _willSteps.Count > 0) CodeWillSteps(sentence);
    }

    /// <summary>"The United States and Japan will strengthen our people-to-people ties": a step the dictionary does not
    /// code, announced with <i>will</i> by a compound subject of two countries, is their intent to cooperate with each
    /// other (030, one event per ordered pair), as the same step planned with "plan|intend to" is. Tried last, only
    /// for a sentence neither reading coded: a joint statement names the specific acts too ("will expand their
    /// relationship ... share information"), and these keep their own codes.</summary>
    private void CodeWillSteps(int sentence)
    {
        foreach (int v in _willSteps)
        {
            // "finalized an MOU, which will help both of our financial sectors": the helper is the thing the relative
            // pronoun stands for, not the main clause's subjects.
            if (IsThingRelative(v)) continue;
            string? route = _clauses.Subjects(v, _subjects, _patients, _agents, out bool passive, out int subjectToken);
            if (passive || !SidesOfTwoCountries() || !_matcher.TryJointFuture(v, out var match)) continue;
            _used[v] = true;
            CodeMatch(sentence, in match, route, passive, subjectToken);
        }
    }

    /// <summary>True when the subject of <paramref name="v"/> is a relative pronoun standing for a thing: "which", or
    /// "that" after a noun that names no actor ("an MOU, which will help ...").</summary>
    private bool IsThingRelative(int v)
    {
        int subject = _tree.Child(v, "nsubj");
        if (subject < 0) return false;
        // "which" stands for a thing, never for people or a state acting.
        if (_tree.IsWord(subject, "which")) return true;
        if (!_tree.Is(v, "acl") || !_tree.IsWord(subject, "that")) return false;
        int antecedent = _tree.Head(v);
        return antecedent >= 0 && _tree.MentionCovering(antecedent) < 0 && _tree.MentionAtHead(antecedent) < 0;
    }

    // Tokens the parse reading coded or ruled out in the current sentence.
    private readonly List<int> _decided = new(16);
    // Verbs the parse reading left uncoded but knows the word reading would misread (its subject only names a target).
    private readonly List<int> _wordReadingVeto = new(4);
    // Uncoded steps a compound subject of two countries announces with 'will' (IsWillStep), for CodeWillSteps.
    private readonly List<int> _willSteps = new(4);

    private void CodeParsed(int sentence, int start, int end)
    {
        for (int v = start; v < end; v++)
        {
            if (_used[v] || _tree.MentionCovering(v) >= 0 || InHyphenCompound(v, start)) continue;
            if (_frames.DemandingReport(v, out int demandNoun, out bool advice) is int report and >= 0
                && ReportedDemand.Code(this, sentence, v, report, demandNoun, advice))
            {
                _used[v] = true;
                _decided.Add(v);
                continue;
            }
            if (!_matcher.HasCandidates(v) && !IsStatementVerb(v) && !IsWillStep(v)) continue;
            if (!IsPredicate(v)) continue;
            string? route = _clauses.Subjects(v, _subjects, _patients, _agents, out bool passive, out int subjectToken);
            // "the declaration violates the Constitution": no actor does it, nor may the word reading find one.
            if (SubjectNamesNoActor(v, route, subjectToken)) _wordReadingVeto.Add(v);
            // "A ceasefire was agreed between X and Y": the reciprocal reading goes first, since a bare entry of the
            // verb ("agree") would match the passive too and find no one acting.
            if (passive && CodePassiveReciprocal(sentence, v))
            {
                _used[v] = true;
                _decided.Add(v);
                continue;
            }
            if (!_matcher.TryBestMatch(v, VerbForm.None, passive, 0, out var match)
                // "Kenya and the United States plan to develop a training program": a step the dictionary does not
                // code, planned together by a compound subject, is their intent to cooperate with each other.
                && !(!passive && IsCompoundSubject() && (_matcher.TryJointStep(v, out match)
                    // "Kenya and Uganda discussed trade": "discuss with <obj>" whose partner is the other member.
                    || _matcher.TryCoSubjectPartner(v, out match)))
                // "France is a partner of Kenya": one subject, the partner named by the predicate's of/to-phrase.
                && !(!passive && !IsCompoundSubject() && _matcher.TryRelationalPartner(v, out match)))
            {
                // "the United States and Japan will strengthen ties": a step announced together with 'will', coded
                // only where nothing else in the sentence is (CodeWillSteps).
                if (!passive && IsWillStep(v) && SidesOfTwoCountries()) _willSteps.Add(v);
                // "discussed their diplomacy with China": the word reading sees only "discussed ... with China".
                if (_matcher.ObjectPartnerVerb == v) _wordReadingVeto.Add(v);
                // "announced a freeze on aid to Egypt": nor "announced ... aid to Egypt" of a halted aid.
                if (_matcher.HaltedVerb == v) _wordReadingVeto.Add(v);
                if (_stage.Options.CodeStatements && IsStatementVerb(v)) CodeStatement(sentence, v, route, subjectToken);
                continue;
            }
            _used[v] = true;
            for (int u = 0; u < match.Used.Count; u++) _used[match.Used[u]] = true;
            int eventsBeforeMatch = _article.Events.Count;
            if (CodeMatch(sentence, in match, route, passive, subjectToken))
            {
                // "X said Y attacked Z": the act, and X's accusation of Y (ParseCoder.ReportedAccusation.cs).
                CodeReportedAccusation(sentence, v, eventsBeforeMatch);
                _decided.Add(v);
                for (int u = 0; u < match.Used.Count; u++) _decided.Add(match.Used[u]);
            }
        }
    }

    /// <summary>True when verb <paramref name="v"/> (or the verb whose auxiliaries a conjunct shares) is announced with
    /// <i>will</i> or <i>shall</i> ("would" is a condition or reported, not an announcement).</summary>
    private bool IsWillStep(int v)
    {
        if (_tree.Upos(v) != Upos.VERB || IsStateVerb(v)) return false;
        int m = _clauses.Modal(v, out bool future);
        if (m < 0) { int from = _clauses.AuxiliarySource(v); if (from != v) m = _clauses.Modal(from, out future); }
        return m >= 0 && future && (_tree.IsWord(m, "will") || _tree.IsWord(m, "shall") || _tree.IsWord(m, "'ll"));
    }

    /// <summary>True when the lemma of <paramref name="v"/> is a verb of state, <c>[state-verbs]</c> of
    /// data/frames/frame_words.txt: "ASEAN and the PIF will remain at the core of ..." says what the sides are, not a
    /// step they take together, so no intent to cooperate is read from it.</summary>
    private bool IsStateVerb(int v) => FrameWords.Default.Contains(FrameWordList.StateVerbs, _tree.Lemma(v));

    /// <summary>True when the compound subject (just read into <c>_subjects</c>) names two countries or more: two
    /// agencies of one state ("USAID and the Department of Energy will ...") are no sides of a cooperation.</summary>
    private bool SidesOfTwoCountries()
    {
        if (_subjects.Count < 2) return false;
        var first = _tree.Mentions[_subjects[0]].Code.Primary;
        if (first == "---") return false;
        for (int i = 1; i < _subjects.Count; i++)
        {
            var other = _tree.Mentions[_subjects[i]].Code.Primary;
            if (other != "---" && other != first) return true;
        }
        return false;
    }

    /// <summary>True when the predicate's subjects (just read into <c>_subjects</c>) are two actors or more, or one
    /// group the article named ("the two leaders").</summary>
    private bool IsCompoundSubject()
        => _subjects.Count >= 2 || (_subjects.Count == 1 && _tree.Mentions[_subjects[0]].Members != null);

    // ---- which tokens are predicates ----

    /// <summary>
    /// True when <paramref name="v"/> heads a clause that asserts an act: a verb (or a word with a copula, subject or
    /// object of its own) in a clausal relation, not a noun ("the attack on"), not an unrealised infinitive ("sought to
    /// attack", except after continue/begin/start/resume) and not a bare gerund ("protesters marching").
    /// </summary>
    private bool IsPredicate(int v)
    {
        var rel = _tree.Relation(v);
        int colon = rel.IndexOf(':');
        var baseRel = colon < 0 ? rel.AsSpan() : rel.AsSpan(0, colon); // no substring on the hot path
        if (baseRel is not ("root" or "conj" or "ccomp" or "xcomp" or "advcl" or "parataxis" or "acl" or "csubj" or "dep" or "list")) return false;
        // "stands ready to provide", "remains committed to": the predicate adjective of a verb of state is read as
        // after "be" (ClauseReader.IsStateComplement).
        bool state = baseRel is "xcomp" && _clauses.IsStateComplement(v);
        bool verb = _tree.Upos(v) == Upos.VERB || _tree.Child(v, "cop") >= 0 || _tree.Child(v, "nsubj") >= 0
            || _tree.Child(v, "nsubj:pass") >= 0 || _tree.Child(v, "obj") >= 0 || state;
        if (!verb || IsPrenominalParticiple(v)) return false;
        int head = _tree.Head(v);
        if (baseRel is "conj" && head >= 0 && _tree.Upos(v) != Upos.VERB && _tree.Upos(head) is Upos.NOUN or Upos.PROPN) return false;
        int mark = _tree.MarkOf(v);
        bool to = mark >= 0 && _tree.IsWord(mark, "to");
        // The content of a noun ("its demand that Israel ease ...", "a plan to attack") is not asserted; a relative
        // clause or a participle is.
        if (rel == "acl" && mark >= 0) return false;
        // Nor is a gerund behind of/with/for under a verb: the charge or the reason of that verb ("accused Y of
        // supporting rebels", "charged Y with attacking", "praised Y for helping"), which codes its own act. Not under
        // an adjective: "are guilty of violating the ceasefire" asserts the violation.
        if (baseRel is "advcl" && mark >= 0 && _tree.Xpos(v) == "VBG" && head >= 0 && _tree.Upos(head) == Upos.VERB
            && (_tree.IsWord(mark, "of") || _tree.IsWord(mark, "with") || _tree.IsWord(mark, "for"))) return false;
        // A conjunct with no subject of its own shares the infinitive it is joined to: "press the military to
        // relinquish power, release the activists and lift restrictions" names three aims, none of them done, so each
        // is unrealised where the first is (a phase verb's "continued to shell and bomb X" stays asserted).
        if (baseRel is "conj" && !to && _tree.Child(v, "nsubj") < 0 && _tree.Child(v, "nsubj:pass") < 0
            && FirstConjunct(v) is int first && first != v && IsInfinitive(first) && !IsPredicate(first)) return false;
        if ((baseRel is "xcomp" && !state) || to)
        {
            // An infinitive or controlled verb left over after the frames: realised only after a verb of phase.
            // "began a hunger strike to demand ...": with an object of its own the phase verb's infinitive is a
            // purpose clause, an aim and no act (docs/formats/verbs.md, "Purpose clauses").
            // After a verb of attempting ("tried to storm the palace") it is a candidate too; CodeMatch keeps it only
            // for coercion and force, which CAMEO codes attempted or not (ClauseFrames.Attempted).
            if (!(baseRel is "xcomp" && head >= 0 && IsAspectual(head) && !HasObjectBefore(head, v))
                && !IsAssertedPurpose(v, baseRel, head) && !IsRecourseGerund(v, baseRel, head) && _frames.AttemptVerb(v) < 0) return false;
        }
        if (_tree.Xpos(v) == "VBG" && !HasBe(v) && baseRel is not ("advcl" or "acl")) return false;
        return true;
    }

    /// <summary>The first of the conjuncts <paramref name="v"/> belongs to (itself when it is no conjunct).</summary>
    private int FirstConjunct(int v)
    {
        int first = v;
        for (int guard = 0; guard < 16 && _tree.Is(first, "conj", exact: true) && _tree.Head(first) >= 0; guard++)
            first = _tree.Head(first);
        return first;
    }

    /// <summary>True when <paramref name="v"/> is a controlled verb or a to-infinitive.</summary>
    private bool IsInfinitive(int v) =>
        _tree.Is(v, "xcomp") || (_tree.MarkOf(v) is int mark and >= 0 && _tree.IsWord(mark, "to"));

    /// <summary>
    /// True when infinitive <paramref name="v"/> is the purpose clause (advcl) of an asserted act and names an act that
    /// purpose carries out (list <c>[purpose-acts]</c> of data/frames/frame_words.txt): "workers skipped work to
    /// protest the law" is a protest, whatever the act that carried it. Not when the act above is itself a match of the
    /// dictionary (it is coded, and the infinitive its aim) or is ruled out ("did not strike to protest").
    /// </summary>
    private bool IsAssertedPurpose(int v, ReadOnlySpan<char> baseRel, int head)
    {
        if (baseRel is not "advcl" || head < 0 || _tree.Upos(head) != Upos.VERB) return false;
        var words = FrameWords.Default;
        if (!words.Contains(FrameWordList.PurposeActs, _tree.Lemma(v)) && !words.Contains(FrameWordList.PurposeActs, _tree.Word(v).ToString())) return false;
        if (_used[head] || IsRuledOut(head)) return false;
        return !_matcher.TryBestMatch(head, VerbForm.None, false, 0, out _);
    }

    /// <summary>
    /// True when <paramref name="v"/> is a gerund behind "to" under a verb of recourse (list <c>[recourse-verbs]</c> of
    /// data/frames/frame_words.txt) that is asserted: "youths resorted to throwing stones" throws stones. The "to" is a
    /// preposition there, not an infinitive's mark, so nothing about the act is left unrealised.
    /// </summary>
    private bool IsRecourseGerund(int v, ReadOnlySpan<char> baseRel, int head)
    {
        if (baseRel is not "advcl" || head < 0 || _tree.Upos(head) != Upos.VERB || _tree.Xpos(v) != "VBG") return false;
        if (!FrameWords.Default.Contains(FrameWordList.RecourseVerbs, _tree.Lemma(head))) return false;
        return !IsRuledOut(head);
    }

    /// <summary>True when the parse reads <paramref name="v"/> as the object or oblique noun of a verb it rules out
    /// ("will no longer tolerate rallies by X"): whatever the word reading would make of the noun, the clause denies it.</summary>
    private bool UnderRuledOutVerb(int v)
    {
        if (_tree.Upos(v) != Upos.NOUN) return false;
        var rel = _tree.Relation(v);
        if (!(rel.StartsWith("obj", StringComparison.Ordinal) || rel.StartsWith("obl", StringComparison.Ordinal))) return false;
        int h = _tree.Head(v);
        return h >= 0 && _tree.Upos(h) == Upos.VERB && IsRuledOut(h);
    }

    private bool HasObjectBefore(int head, int v)
    {
        for (int c = _tree.FirstChild(head); c >= 0 && c < v; c = _tree.NextSibling(c))
            if (_tree.Is(c, "obj") && c > head) return true;
        return false;
    }

    private bool HasBe(int v)
    {
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
            if ((_tree.Is(c, "aux") || _tree.Is(c, "cop")) && IsBe(c)) return true;
        return false;
    }

    /// <summary>True when <paramref name="t"/> is a form of "be": its lemma, or its written form is in <c>[be-forms]</c>
    /// of data/frames/frame_words.txt (for an auxiliary the tagger left without the lemma).</summary>
    private bool IsBe(int t) => _tree.Lemma(t) is "be" || FrameWords.Default.Contains(FrameWordList.BeForms, _tree.Word(t));

    /// <summary>True when <paramref name="t"/> is a verb after which the infinitive is coded as the act itself:
    /// <c>[realising-verbs]</c> of data/frames/frame_words.txt (phase verbs, and "scheduled to").</summary>
    private bool IsAspectual(int t) => LemmaIn(t, FrameWordList.RealisingVerbs);

    /// <summary>True when statements are coded and <paramref name="v"/> is a verb of <c>[statement-verbs]</c> of
    /// data/frames/frame_words.txt.</summary>
    private bool IsStatementVerb(int v) => _stage.Options.CodeStatements && LemmaIn(v, FrameWordList.StatementVerbs);

    /// <summary><see cref="LemmaIn(int, string[])"/> for a list of data/frames/frame_words.txt: the lemma is in the
    /// list, or the word starts with a listed word and runs at most three letters past it (an inflection the tagger
    /// left unlemmatised). Looks up the word's prefixes rather than walking the list, so it allocates nothing.</summary>
    private bool LemmaIn(int t, FrameWordList list)
    {
        var words = FrameWords.Default;
        if (words.Contains(list, _tree.Lemma(t))) return true;
        var w = _tree.Word(t);
        for (int k = Math.Max(1, w.Length - 3); k <= w.Length; k++)
            if (words.Contains(list, w[..k])) return true;
        return false;
    }

    private bool LemmaIn(int t, string[] lemmas)
    {
        var l = _tree.Lemma(t);
        var w = _tree.Word(t);
        foreach (var x in lemmas)
        {
            if (l is not null && l.Equals(x, StringComparison.OrdinalIgnoreCase)) return true;
            if (w.StartsWith(x, StringComparison.OrdinalIgnoreCase) && w.Length <= x.Length + 3) return true;
        }
        return false;
    }

    private bool IsQuestion(int start, int end)
    {
        for (int t = end - 1; t >= start; t--)
        {
            var w = _tree.Word(t);
            if (w is "?") return true;
            if (!(w.Length == 1 && (char.IsPunctuation(w[0]) || w[0] is '"' or '\'' or '\u201D' or '\u2019'))) return false;
        }
        return false;
    }

    /// <summary>The second half of a written-together compound ("Western-backed"): an adjective, not an act.</summary>
    private bool InHyphenCompound(int t, int start)
    {
        if (t - 2 < start) return false;
        var tokens = _article.TokenData;
        var hyphen = tokens[t - 1];
        return _article.Text[hyphen.Start] == '-' && hyphen.End - hyphen.Start == 1
            && hyphen.Start == tokens[t - 2].End && hyphen.End == tokens[t].Start;
    }

    /// <summary>True when the parse rules the predicate out as an asserted act: negated ("did not attack"),
    /// under a speculative modal ("could attack"), conditional, introduced by before/until, the content of a
    /// claim, allegation or denial, or a relative clause in the perfect that recalls an earlier act.</summary>
    private bool IsRuledOut(int v)
    {
        // Auxiliaries and negation of a coordinated verb sit on the first conjunct: "did not attack X or shell Y".
        if (_frames.IsStandingAttribute(v)) return true;
        int auxFrom = _clauses.AuxiliarySource(v);
        if (_clauses.Negation(v) >= 0 || (auxFrom != v && _clauses.Negation(auxFrom) >= 0)) return true;
        int modal = _clauses.Modal(v, out bool future);
        if (modal < 0 && auxFrom != v) modal = _clauses.Modal(auxFrom, out future);
        if (modal >= 0 && !future) return true;
        return _clauses.IsConditional(v) || _clauses.IsNotYet(v) || _clauses.IsUnassertedReport(auxFrom) || IsRecalledRelative(auxFrom);
    }

    // ---- turning a match into events ----

    /// <summary>Codes a matched predicate; returns true when the parse decided it (events made, or ruled out by
    /// negation, modality or a condition), false when it found no actors to code it with.</summary>
    private bool CodeMatch(int sentence, in TreeMatch match, string? route, bool passive, int subjectToken)
    {
        int v = match.Verb;
        if (_frames.IsStandingAttribute(v)) return true; // "a group that monitors the war": no act
        if (_frames.IsMotiveOfAnotherAct(in match)) return true; // "heads to X, seeking to mend ties": a motive, no intent
        if (_clauses.IsUnissuedDocumentContent(v)) return true; // "vetoed a resolution censuring X": no censure
        var refused = _frames.Refusal(in match, out string? refusal);
        int threatModal = -1, threatCondition = -1;
        var threat = refused is null ? ConditionalThreat(in match, out threatModal, out threatCondition) : null;
        if (refused is null && threat is null && IsRuledOut(v))
        {
            // Not an act, but a claim of one may be an accusation ("X claimed Y attacked Z"; ParseCoder.AllegedAct.cs).
            if (!IsOtherSense(in match, passive ? _agents : _subjects)) CodeAllegedAct(sentence, in match, match.ComplementCode ?? match.Pattern.Code, passive);
            return true;
        }
        // "rebels tried to storm the palace": the attempt is coded as the act for coercion and force, as 185 for an
        // assassination; not when the attempt itself is negated, modal or conditional ("did not try to", "may try to").
        CameoCode? attempted = null;
        int attemptVerb = refused is null && threat is null ? _frames.AttemptVerb(v) : -1;
        if (attemptVerb >= 0)
        {
            attempted = ClauseFrames.Attempted(match.ComplementCode ?? match.Pattern.Code);
            // The attempt must itself be asserted: "convicted Y of trying to extort Z" is a charge, not an attempt.
            if (attempted is null || !IsPredicate(attemptVerb) || IsRuledOut(attemptVerb) || _clauses.Modal(_clauses.AuxiliarySource(attemptVerb), out _) >= 0
                || _clauses.Modal(attemptVerb, out _) >= 0) return true;
        }
        int auxFrom = _clauses.AuxiliarySource(v);
        int modal = _clauses.Modal(v, out bool future);
        if (modal < 0 && auxFrom != v) modal = _clauses.Modal(auxFrom, out future);
        // "vowed not to return the Golan Heights": a negated complement is no announced act.
        if (refused is null && match.ComplementVerb >= 0 && _clauses.Negation(match.ComplementVerb) >= 0) return true;

        // A sense of the verb that is no event ("called him a clown", "troops arrived"): decided, nothing coded.
        if (IsOtherSense(in match, _subjects)) return true;
        // "welcomed the upcoming visit by X next week": a visit not yet made (ParseCoder.ComingAct.cs); "will travel for
        // meetings next week" is an intent its modal makes.
        if (modal < 0 && NamesComingAct(in match)) return true;

        var notes = new List<string>(6);
        var code = match.ComplementCode ?? match.Pattern.Code;
        string rule = match.ComplementPattern != null ? "verb-complement" : "subject-verb-object";
        if (IsPeacekeepingArrival(in match, _subjects))
        {
            notes.Add($"sense: peacekeepers arriving are a peacekeeping deployment: {code} → {Peacekeeping}");
            code = Peacekeeping;
        }
        if (FiresAnUnplacedWeapon(in match) is int weapon and >= 0)
        {
            notes.Add($"sense: what was fired ('{_tree.Word(weapon)}') is no small arm the dictionary names: {code} → {ForceUnspecified}");
            code = ForceUnspecified;
        }
        if (match.CoSubjectPartner) notes.Add($"partner: '{match.Pattern.EvidenceText}' with no 'with'; the partner is the other member of the compound subject");
        if (match.UnknownStep) notes.Add(match.ComplementCode is null
            ? $"joint step: '{_tree.Word(match.ComplementVerb)}' is no act the dictionary codes; planned by a compound subject, it is an intent to cooperate ({code})"
            : $"joint step: '{_tree.Word(match.ComplementVerb)}' names no partner; planned by a compound subject, each side is the other's partner ({code})");
        if (match.ComplementPattern != null) notes.Add("complement: " + match.ComplementPattern.EvidenceText + " → " + code
            + " (" + ParsePath.Between(_tree, v, match.ComplementVerb) + ")");
        // "denied access", "deny the people their voice": withholding, not denying a statement (ParseCoder.Sense.cs).
        if (IsWithholding(in match, passive, out bool unknownDoer))
        {
            if (unknownDoer) return true; // "women have been denied care": the one deprived, no doer named
            notes.Add($"sense: 'deny' withholding something: {code} → {Reject}");
            code = Reject;
        }
        if (attempted is { } at)
        {
            notes.Add($"attempt: '{_tree.Word(attemptVerb)}' to {code} → {at} (CAMEO codes attempted force as the act)");
            code = at;
            rule = "attempted-act";
        }
        else if (refused is { } r)
        {
            notes.Add($"{refusal}: {code} → {r}");
            code = r;
            rule = "negated-intent";
        }
        else if (threat is { } th)
        {
            notes.Add($"'{_tree.Word(threatModal)}' with an '{_tree.Word(threatCondition)}' condition: {code} → {th}");
            code = th;
            rule = "conditional-threat";
        }
        else if (IntentFrameAbove(v) is int intentFrame and >= 0)
        {
            // "intend to remain friends, working hand-in-hand": the participle is planned with the infinitive it hangs
            // on (ParseCoder.IntendedParticiple.cs); a frame that is negated, modal or conditional plans nothing.
            if (IsRuledOut(intentFrame)) return true;
            var framed = ComplementFrames.Apply(3, code);
            if (framed is not { } f) return true; // "plan to stay, criticising X": CAMEO has no intent code for it
            notes.Add($"intent frame '{_tree.Word(intentFrame)}' above the participle: {code} → {f}");
            code = f;
            rule = "framed-participle";
        }
        else if (future)
        {
            var framed = ComplementFrames.Apply(3, code);
            if (framed is not { } f) return true; // "will criticise": CAMEO has no intent code for it
            notes.Add($"modal '{_tree.Word(modal)}': {code} → {f}");
            code = f;
            rule = "modal-intent";
        }

        var sources = _subjects;
        _targets.Clear();
        if (passive && (match.TargetIsPatient || match.Pattern.HasDirectObject))
        {
            // "X was attacked by Y", "X, backed by Y": Y acts on X. Without a by-phrase the actor is unknown.
            if (_agents.Count == 0 && !FromPlaceAgents(v, code, _agents, notes) && !DocumentAgents(v, _agents, notes))
                // "Dozens of protesters were arrested in Cairo": an act only a state does names its doer by itself.
                return _patients.Count > 0 && CodeStateAct(sentence, in match, code, notes);
            if (_patients.Count == 0) return false;
            sources = _agents;
            _targets.AddRange(_patients);
            rule = "passive-by";
            notes.Add("passive");
            route = "the passive's agent (by-phrase); its subject is the target";
        }
        else
        {
            if (passive) sources = _patients; // "is prepared to lift": a participle that is no passive of the pattern
            if (passive && sources.Count == 0 && FromPlaceAgents(v, code, _agents, notes)) { sources = _agents; route = "the place the force came from"; }
            if (sources.Count == 0 && !passive && subjectToken < 0 && _stage.Options.NearestSubject && NearestActorBefore(v) is int near and >= 0)
            {
                // The parse names no subject ("today" read as the subject, a subject lost to a misattachment): the
                // nearest actor before the verb in its clause, as the word reading would take it.
                sources.Add(near);
                route = "nearest actor before the verb (the parse gives no subject)";
                subjectToken = FirstTokenNode(near);
            }
            if (sources.Count == 0)
            {
                // "An attack on Iran killed five": the subject noun names only the one its act is on, and the word
                // reading would take that actor for the doer. The noun reading may still code the attack itself.
                _targets.Clear();
                if (!passive && _clauses.SubjectNounTargets(subjectToken, _targets) >= 0) _wordReadingVeto.Add(v);
                // "Critics of the government protested": the word reading would take the government for the doer.
                if (!passive && subjectToken >= 0 && _clauses.IsAdversaryNoun(subjectToken)) _wordReadingVeto.Add(v);
                // "Officials said it killed nine people": the "it" is no speaker, nor the nearest actor before the verb.
                if (!passive && _clauses.IsItUnderPluralSubject(v, subjectToken)) _wordReadingVeto.Add(v);
                _targets.Clear();
                return false;
            }
            // "ordered police to close the newspaper": an imposed act falls on the newspaper, not on the police.
            bool ownTarget = match.TargetNode >= 0 && !(match.ImposedAct && match.ComplementTarget >= 0);
            int targetNode = ownTarget ? match.TargetNode : match.ComplementTarget;
            bool recipient = ownTarget ? match.Recipient : match.ComplementRecipient;
            if (targetNode >= 0) _clauses.ActorsAt(targetNode, _targets, doer: ownTarget && match.TargetDoer);
            // "Israel said a mortar bomb was fired at it": the pronoun is the speaker (ParseCoder.ReportedAccusation.cs).
            if (_targets.Count == 0 && SpeakerPronounTarget(v, sources, _targets, notes) is int spoken and >= 0) targetNode = spoken;
            // "investigating the shooting, according to prosecutor X": the parser may hang the reporter's phrase in the
            // slot; the one a sentence is attributed to reports the act, it is not acted on.
            for (int t = _targets.Count - 1; t >= 0; t--)
                if (IsAttribution(_targets[t]))
                {
                    notes.Add($"'{_tree.Mentions[_targets[t]].Text}' is the sentence's reporter (according to), not its target");
                    _targets.RemoveAt(t);
                }
            // "Mr. Sullivan affirmed the President's commitment to ...", "Both leaders reiterated the United States' and
            // Saudi Arabia's commitment": the owners of a stance voiced hold it, the subject speaks for them; the act is
            // the subject's own, toward no one its slot names (never a pairing of its members).
            if (ownTarget && match.StanceHolder && _targets.Count > 0)
            {
                foreach (int t in _targets) notes.Add($"'{_tree.Mentions[t].Text}' holds the stance voiced, not its target");
                _targets.Clear();
                return EmitTargetless(sentence, in match, code, sources, rule, notes, v, subjectToken, route);
            }
            // "directed officials to explore ...": a superior directing its own people makes no demand (OwnSubordinates).
            if (ownTarget && match.Pattern.Code.Root == 10
                && OwnSubordinates.AreDirected(_tree, match.Pattern, sources, _targets)) return true;
            if (recipient && targetNode >= 0) notes.Add("target: the actor the object goes to (to/with/for/against)");
            // "complained to the UN over Israeli raids": the one complained about, not the addressee (ComplaintTopic.cs).
            if (ComplaintTopicTarget(v, targetNode, code, sources, _targets, notes) is int topic and >= 0) targetNode = topic;
            // "imposed sanctions that target Russia's defense sector", "a tariff on groups of Russian products": the slot
            // names no actor, one step beyond it does (ParseCoder.BeyondSlot.cs).
            if (_targets.Count == 0 && BeyondSlotTarget(in match, targetNode, sources, _targets, notes) is int beyond and >= 0) targetNode = beyond;
            Mention? place = null;
            int fallbackNode = -1;
            // "withdrew its troops from Lebanon": the source's own troops; the target is the place they leave (OwnForces).
            if (_targets.Count == 1 && OwnForces.PlaceLeft(_tree, _targets[0], sources) is { } left)
            {
                notes.Add($"target: the place the source's own '{_tree.Mentions[_targets[0]].Text}' leave → {left.Code}");
                place = left;
                fallbackNode = targetNode;
            }
            // No target named in the slot, and no compound acting on itself: the nearest actor or place in the verb's
            // phrases (TargetFallback).
            // Only for an act coded anyway: a pattern whose own slot stayed empty ("meet (with) <obj>") stays uncoded, since
            // on news the events such a search made were right less often than the coder's others (docs/formats/verbs.md);
            // except a slot behind a place preposition, which the place fills (PlaceSlot: "imposed a curfew in the town of X").
            // Nor for a joint step: its sides act on each other, not on an actor named somewhere in the step.
            // "claimed responsibility for the attack on X": whom the claimed act struck (ParseCoder.ClaimedAttack.cs).
            if (_targets.Count == 0 && _stage.Options.TargetFallback)
                place = ClaimedAttackTarget(sentence, v, code, sources, _targets, notes, out fallbackNode);
            if (place is null && _targets.Count == 0 && _stage.Options.TargetFallback && !(sources.Count >= 2 && code.Root >= 3 && code.Root <= 6) && !match.UnknownStep && !match.CoSubjectPartner
                && !(HasTargetSlot(match.Pattern) && match.ComplementPattern == null && !PlaceSlot.Applies(in match, _tree, code)))
                // A place slot's fallback passes over the pattern's own words ("reinforced its troops in ...").
                place = HasTargetSlot(match.Pattern) && match.ComplementPattern == null
                    ? _targetFallback.Find(sentence, v, match.ComplementVerb, TargetFallback.PlaceRoot(code), sources, _targets, notes, in match.Used, default, out fallbackNode)
                    : _targetFallback.Find(sentence, v, match.ComplementVerb, TargetFallback.PlaceRoot(code), sources, _targets, notes, default, in match.Used, out fallbackNode);
            if (place is null && fallbackNode >= 0 && _targets.Count > 0)
                ComplaintTopicTarget(v, fallbackNode, code, sources, _targets, notes);
            if (place is not null)
            {
                AddPathNotes(notes, v, SourceNode(sources, subjectToken), fallbackNode, route);
                var placeTrigger = new TokenSpan(match.Verb, match.LastWord - match.Verb + 1);
                EventEmitter.EmitAll(_stage, _article, sentence, match.Pattern, placeTrigger,
                    code, sources, place, rule, notes, Mood(in match, code, match.ComplementPattern, placeTrigger));
                return true;
            }
            // A threat whose phrases name no one: the subject of its if/unless clause (ThreatCondition.cs). Not for a
            // pattern whose own slot stayed empty: that stays uncoded here, as above.
            if (_targets.Count == 0 && code.Root == 13 && !(HasTargetSlot(match.Pattern) && match.ComplementPattern == null)
                && ThreatConditionTarget(v, match.ComplementVerb, sources, _targets, notes) is int cond and >= 0)
                targetNode = _tree.Child(cond, "nsubj");
            // "threw stones during demonstrations against X": the occasion's target (ParseCoder.ProtestOccasion.cs).
            if (_targets.Count == 0 && code.Root == 14 && ProtestOccasionTarget(v, sources, _targets, notes) is int occasion and >= 0)
                targetNode = occasion;
            // "shelled Aleppo": the slot names a place, no actor; a place struck by coercion or force is its civilians.
            // The matcher takes only an actor into the slot, so a place object is read here; never one of the pattern's
            // own words ("impose curfew ...": the curfew is no place).
            int slotNode = targetNode >= 0 ? targetNode : _tree.Child(v, "obj");
            if (_targets.Count == 0 && slotNode >= 0 && TargetFallback.PlaceRoot(code) is >= 17 and <= 20 && HasTargetSlot(match.Pattern) && match.ComplementPattern == null
                && !Contains(in match.Used, slotNode) && _targetFallback.PlaceAt(sentence, slotNode, out var slotPlace, out var slotEntry))
            {
                notes.Add($"target from the slot's place '{slotPlace.Text}' → {slotEntry.Country} ({slotEntry.Evidence})");
                var struck = TargetFallback.Struck(slotPlace, TargetFallback.PlaceRoot(code), notes);
                AddPathNotes(notes, v, SourceNode(sources, subjectToken), slotNode, route);
                var slotTrigger = new TokenSpan(match.Verb, Math.Max(match.LastWord, slotNode) - match.Verb + 1);
                EventEmitter.EmitAll(_stage, _article, sentence, match.Pattern, slotTrigger,
                    code, sources, struck, rule, notes, Mood(in match, code, match.ComplementPattern, slotTrigger));
                return true;
            }
            // "rebels shelled Kabul": a seat of government struck by force is the city, its civilians, not the
            // government (a seat named alone, from its country line only; "the Kabul government" is an actor). So is
            // one coerced as a place ("extended the curfew in Abidjan", "declared martial law in Bangkok"), as a place
            // the fallback finds is (TargetFallback.Struck); coercion aimed at the seat itself ("expelled ... Moscow's
            // envoy") names an actor.
            if (_targets.Count == 1 && targetNode >= 0
                && (TargetFallback.PlaceRoot(code) is >= 18 and <= 20 || TargetFallback.PlaceRoot(code) == 17 && IsUnderPlacePreposition(targetNode))
                && SeatStruck(targetNode, _targets[0], notes) is { } civilians)
            {
                AddPathNotes(notes, v, SourceNode(sources, subjectToken), targetNode, route);
                var seatTrigger = new TokenSpan(match.Verb, match.LastWord - match.Verb + 1);
                EventEmitter.EmitAll(_stage, _article, sentence, match.Pattern, seatTrigger,
                    code, sources, civilians, rule, notes, Mood(in match, code, match.ComplementPattern, seatTrigger));
                return true;
            }
            if (StruckSettlement(targetNode, code, _targets, notes) is { } people)
            {
                AddPathNotes(notes, v, SourceNode(sources, subjectToken), targetNode, route);
                var settlementTrigger = new TokenSpan(match.Verb, match.LastWord - match.Verb + 1);
                EventEmitter.EmitAll(_stage, _article, sentence, match.Pattern, settlementTrigger,
                    code, sources, people, rule, notes, Mood(in match, code, match.ComplementPattern, settlementTrigger));
                return true;
            }
            if (_targets.Count == 0)
            {
                // "The two leaders held talks": a group the article named is a compound subject too.
                if (sources.Count == 1 && _tree.Mentions[sources[0]].Members != null
                    && (SymmetricHere(in match, code, v)
                        || (code.Root is >= 3 and <= 6 && _frames.HasReciprocalCue(v, (match.ComplementPattern ?? match.Pattern).Code))
                        || _frames.HasEachOtherObject(v)))
                {
                    if (OtherPartner(in match, sources, notes)) return !ActsWithoutTarget(in match) || EmitTargetless(sentence, in match, code, sources, rule, notes, v, subjectToken, route);
                    AddPathNotes(notes, v, SourceNode(sources, subjectToken), -1, route);
                    var groupTrigger = new TokenSpan(match.Verb, match.LastWord - match.Verb + 1);
                    if (EventEmitter.EmitGroupReciprocal(_stage, _article, sentence, match.Pattern,
                        groupTrigger, code, sources, "reciprocal", notes, Mood(in match, code, match.ComplementPattern, groupTrigger))) return true;
                }
                if (sources.Count >= 2 && (SymmetricHere(in match, code, v)
                    || (code.Root is >= 3 and <= 6 && _frames.HasReciprocalCue(v, (match.ComplementPattern ?? match.Pattern).Code))
                    || _frames.HasEachOtherObject(v)))
                {
                    // "Russia and China held talks": with no target named, the members of a compound subject of a
                    // symmetric act (data/verbs/symmetric.txt) act on each other (one event per ordered pair).
                    // A side without a country ("police and protesters clashed") is no side of an event: decided, so
                    // that the word reading does not pair it either.
                    if (ReciprocalSides.Named(_tree, sources, _sides) < 2) return true;
                    // "Mr. Finer and President Ali agreed to continue collaboration with regional partners": each
                    // member acts toward that partner; an entry with no slot codes each as it would a single subject.
                    if (OtherPartner(in match, sources, notes)) return !ActsWithoutTarget(in match) || EmitTargetless(sentence, in match, code, sources, rule, notes, v, subjectToken, route);
                    notes.Add("reciprocal");
                    AddPathNotes(notes, v, SourceNode(_sides, subjectToken), -1, route);
                    var mood = Mood(in match, code);
                    for (int a = 0; a < _sides.Count; a++)
                        for (int b = 0; b < _sides.Count; b++)
                            if (a != b && !(match.UnknownStep && MemberAndOwnBloc(_sides[a], _sides[b])))
                                AddEvent(sentence, in match, code, _sides[a], _sides[b], "reciprocal", notes, null, null, mood);
                    return true;
                }
                if (HasTargetSlot(match.Pattern) && match.ComplementPattern == null) return false;
            }
            // An actor never acts on itself: drop targets that are also sources.
            for (int t = _targets.Count - 1; t >= 0; t--) if (sources.Contains(_targets[t])) _targets.RemoveAt(t);
            // A recipient of the source's own country is more likely a destination than the actor acted on.
            // So is the source's own country behind to/into ("would deny entry to the United States to ..."): where one
            // goes, not whom the act is on.
            for (int t = _targets.Count - 1; t >= 0; t--)
                if (recipient || IsDestination(_targets[t]))
                    foreach (int src in sources)
                        if (_tree.Mentions[src].Code.Primary == _tree.Mentions[_targets[t]].Code.Primary
                            && !ContextCountry.FromContext(_tree.Mentions[_targets[t]]) && !ContextCountry.FromContext(_tree.Mentions[src]))
                        { _targets.RemoveAt(t); break; }
            if (_targets.Count == 0 && targetNode >= 0 && HasTargetSlot(match.Pattern) && match.ComplementPattern == null) return false;
        }
        // "imposed martial law": no one named; the source's own people (ParseCoder.OwnPeople.cs).
        if (_targets.Count == 0 && FallsOnOwnPeople(code))
        {
            var ownNotes = new List<string>(notes);
            AddPathNotes(ownNotes, v, passive && rule == "passive-by" ? AgentNode() : SourceNode(sources, subjectToken), -1, route);
            if (CodeOnOwnPeople(sentence, in match, code, sources, rule, ownNotes)) return true;
        }
        int tnode = _targets.Count > 0 ? FirstTokenNode(_targets[0]) : -1;
        AddPathNotes(notes, v, passive && rule == "passive-by" ? AgentNode() : SourceNode(sources, subjectToken), tnode, route);
        Emit(sentence, in match, code, sources, _targets, rule, notes);
        // "X held talks with Y": Y holds them with X too (ParseCoder.TwoSidedTalks.cs).
        if (_targets.Count > 0 && !passive && match.ComplementPattern == null && TalksBothWays(v, code, match.TargetNode))
        {
            // Only between sides somebody can name, as for a compound subject's talks: "a group of deputies" with no
            // country is no side the partner talks to (ReciprocalSides).
            var partners = new List<int>(_targets.Count);
            var subjects = new List<int>(sources.Count);
            if (ReciprocalSides.Named(_tree, _targets, partners) > 0 && ReciprocalSides.Named(_tree, sources, subjects) > 0)
            {
                var back = new List<string>(notes) { "talks are held by both sides: the partner named by 'with' talks with the subject too" };
                Emit(sentence, in match, code, partners, subjects, rule, back);
            }
        }
        return true;
    }

    /// <summary>True when <paramref name="match"/> codes an act with no one named as its target, as it would for a
    /// single subject: an entry without a required slot, no joint step, no partner borrowed from the subject.</summary>
    /// <summary>True when the members of a compound subject do the act of <paramref name="match"/> to each other
    /// (data/verbs/symmetric.txt), unless it is force their clause says they used side by side ("US and French forces
    /// fought side by side": allies, whose enemy is elsewhere; ClauseFrames.HasAlliedCue).</summary>
    private bool SymmetricHere(in TreeMatch match, CameoCode code, int v) =>
        SymmetricActs.Default.IsSymmetric(match.Pattern, match.ComplementPattern)
        && !(code.Root is 18 or 19 && _frames.HasAlliedCue(v));

    private static bool ActsWithoutTarget(in TreeMatch match)
        => !match.UnknownStep && !match.CoSubjectPartner && !(HasTargetSlot(match.Pattern) && match.ComplementPattern == null);

    /// <summary>One event per source with no target (the members of a compound subject acting with a third party
    /// the dictionaries do not know). Always true.</summary>
    private bool EmitTargetless(int sentence, in TreeMatch match, CameoCode code, List<int> sources, string rule, List<string> notes, int v, int subjectToken, string? route)
    {
        _targets.Clear();
        AddPathNotes(notes, v, SourceNode(sources, subjectToken), -1, route);
        Emit(sentence, in match, code, sources, _targets, rule, notes);
        return true;
    }

    /// <summary>True when mention <paramref name="m"/> is the phrase of "according to" (a word of it has that case).</summary>
    private bool IsAttribution(int m)
    {
        var span = _tree.Mentions[m].Tokens;
        for (int n = span.First; n < span.End; n++)
            for (int c = _tree.FirstChild(n); c >= 0; c = _tree.NextSibling(c))
                if (_tree.Is(c, "case") && _tree.IsWord(c, "according")) return true;
        return false;
    }

    /// <summary>The nearest mention ending before <paramref name="v"/> in its sentence, not across ';', ':' or a
    /// clause the verb does not belong to (a mention inside another predicate's object is skipped); -1 when none.</summary>
    private int NearestActorBefore(int v)
    {
        int start = _article.SentenceData[_article.TokenData[v].Sentence].FirstToken;
        for (int t = v - 1; t >= start; t--)
        {
            if (_tree.IsWord(t, ";") || _tree.IsWord(t, ":")) return -1;
            int m = _tree.MentionAtHead(t);
            if (m < 0) continue;
            // Not an actor that is another verb's object or oblique.
            var rel = _tree.Relation(t);
            if (rel.StartsWith("obj", StringComparison.Ordinal) || rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("iobj", StringComparison.Ordinal)) return -1;
            return m;
        }
        return -1;
    }

    /// <summary>Where the path to the source ends: the first source mention's head when the tree reaches it from
    /// the subject (an apposition, a possessor), else the subject token (a pronoun or relative pronoun).</summary>
    private int SourceNode(List<int> sources, int subjectToken)
    {
        if (sources.Count == 0) return subjectToken;
        int node = FirstTokenNode(sources[0]);
        return subjectToken < 0 || _tree.Dominates(subjectToken, node) || _tree.MentionAtHead(subjectToken) == sources[0] ? node : subjectToken;
    }

    /// <summary>True when mention <paramref name="m"/> is a bare country behind 'to' or 'into': a destination (a
    /// person or a role there is someone the act reaches: "sent condolences to [the president]").</summary>
    private bool IsDestination(int m)
    {
        var code = _tree.Mentions[m].Code.Value;
        if (code.Length != 3 || code == "---") return false;
        int k = _tree.CaseOf(FirstTokenNode(m));
        return k >= 0 && (_tree.IsWord(k, "to") || _tree.IsWord(k, "into"));
    }

    private int AgentNode() => _agents.Count > 0 ? FirstTokenNode(_agents[0]) : -1;

    /// <summary>A token that stands for mention <paramref name="m"/> in the tree (its head), for the path.</summary>
    private int FirstTokenNode(int m)
    {
        var span = _tree.Mentions[m].Tokens;
        for (int t = span.First; t < span.End; t++) if (_tree.MentionAtHead(t) == m) return t;
        return span.First;
    }

    private void AddPathNotes(List<string> notes, int v, int sourceNode, int targetNode, string? route)
    {
        notes.Add("read from the dependency parse");
        if (route is not null) notes.Add("source: " + route);
        if (sourceNode >= 0) notes.Add("source path: " + ParsePath.Between(_tree, v, sourceNode));
        if (targetNode >= 0) notes.Add("target path: " + ParsePath.Between(_tree, v, targetNode));
    }

    private static bool Contains(in UsedTokens set, int n)
    {
        for (int u = 0; u < set.Count; u++) if (set[u] == n) return true;
        return false;
    }

    // A slot written (<obj>) may stay empty: the entry then codes like a bare one.
    private static bool HasTargetSlot(VerbPattern p) => p.HasRequiredTarget;

    /// <summary>"X said Y ...", "X told Y ...": the statement itself (CAMEO 010), source the speaker, target the
    /// actor told or spoken about; only with <see cref="CodingOptions.CodeStatements"/>.</summary>
    private void CodeStatement(int sentence, int v, string? route, int subjectToken)
    {
        if (_subjects.Count == 0 || _clauses.Negation(v) >= 0 || _clauses.IsConditional(v)) return;
        _targets.Clear();
        int obj = _tree.Child(v, "iobj");
        if (obj < 0) obj = _tree.Child(v, "obj");
        if (obj >= 0) _clauses.ActorsAt(obj, _targets);
        if (_targets.Count == 0)
        {
            int ccomp = _tree.Child(v, "ccomp");
            if (ccomp < 0) return;
            int s = _tree.Child(ccomp, "nsubj");
            if (s < 0) s = _tree.Child(ccomp, "nsubj:pass");
            if (s < 0) return;
            _clauses.ActorsAt(s, _targets, modifiers: false);
            obj = s;
        }
        for (int t = _targets.Count - 1; t >= 0; t--) if (_subjects.Contains(_targets[t])) _targets.RemoveAt(t);
        if (_targets.Count == 0) return;
        var pattern = new VerbPattern(CameoCode.Parse("010"), _tree.Lemma(v) ?? _tree.Word(v).ToString().ToLowerInvariant(),
            Array.Empty<PatternElement>(), "(no dictionary entry: reported speech)", 0);
        var match = new TreeMatch { Pattern = pattern, Verb = v, LastWord = v, TargetNode = obj, TargetCase = -1, ComplementVerb = -1, ComplementTarget = -1 };
        var notes = new List<string>(4) { "reported speech: the statement itself" };
        AddPathNotes(notes, v, SourceNode(_subjects, subjectToken), FirstTokenNode(_targets[0]), route);
        Emit(sentence, in match, pattern.Code, _subjects, _targets, "statement", notes);
    }

    internal ParseTree Tree => _tree;
    internal ClauseReader Clauses => _clauses;
    internal PatternMatcher Matcher => _matcher;
    internal ClauseFrames Frames => _frames;
    internal Article Article => _article;
    internal CodingStage Stage => _stage;

    private void Emit(int sentence, in TreeMatch match, CameoCode code, List<int> sources, List<int> targets, string rule, List<string> notes)
        => EventEmitter.EmitAll(_stage, _article, sentence, match.Pattern, new TokenSpan(match.Verb, match.LastWord - match.Verb + 1),
            code, sources, targets, rule, notes, match.ComplementPattern, Mood(in match, code));

    /// <summary>The clause's mood (<see cref="ClauseMoods"/>), read once for code <paramref name="code"/> with the
    /// act the clause is emitted with: its framed act, at the words the match spans.</summary>
    private ClauseMood Mood(in TreeMatch match, CameoCode code)
        => ClauseMoods.Read(_article, code, match.Pattern, match.ComplementPattern, new TokenSpan(match.Verb, match.LastWord - match.Verb + 1));

    /// <summary>The clause's mood for a route that emits with its own <paramref name="trigger"/>: the place routes
    /// hand the emitter the frame's match alone, so they pass the framed act here (<paramref name="act"/>), else a
    /// readiness frame's threat under an open condition ("prepared to deploy to the region if required") would be read
    /// as asserted.</summary>
    private ClauseMood Mood(in TreeMatch match, CameoCode code, VerbPattern? act, TokenSpan trigger)
        => ClauseMoods.Read(_article, code, match.Pattern, act, trigger);

    /// <summary>"President Biden and G7 leaders will announce ...": a member beside its own bloc
    /// (data/actors/blocs.txt) takes a joint step as one side with it, so the two are not each other's partners; the
    /// members named beside each other still are.</summary>
    private bool MemberAndOwnBloc(int a, int b)
        => BlocMembers.Default.EitherIsMemberOfOther(_tree.Mentions[a].Code.Value, _tree.Mentions[b].Code.Value);

    // One event of a clause whose mood its caller read once for all its pairs.
    private void AddEvent(int sentence, in TreeMatch match, CameoCode code, int source, int target, string rule,
        List<string> notes, string? sourceNote, string? targetNote, ClauseMood mood)
        => EventEmitter.Emit(_stage, _article, sentence, match.Pattern, new TokenSpan(match.Verb, match.LastWord - match.Verb + 1),
            code, source, target, rule, notes, sourceNote, targetNote, match.ComplementPattern, mood);
}
