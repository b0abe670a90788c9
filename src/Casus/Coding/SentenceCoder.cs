using System.Buffers;
using Casus.Actors.Context;
using Casus.Coding.Clauses;
using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding;

/// <summary>
/// Per-article working state of <see cref="CodingStage"/>: which mention covers each token, which tokens a pattern
/// has used up. Reads tokens as a word sequence; where a later stage fills lemmas, they widen the verb lookup.
/// </summary>
internal sealed class SentenceCoder : IDisposable
{
    private const int MaxGap = 3;          // filler words allowed between pattern words ("launched a fresh attack on")
    private const int MaxComplementDepth = 2;

    private readonly CodingStage _stage;
    private readonly Article _article;
    private readonly string _text;
    private readonly List<TokenData> _tokens;
    private readonly IReadOnlyList<Mention> _mentions;
    private readonly int[] _mentionAt;
    private readonly bool[] _used;
    private int _sentStart, _sentEnd;

    // Sources of the last verb matched in the sentence, for coordinated verbs ("X attacked Y and shelled Z").
    private readonly List<int> _lastSources = new(4);
    // The last verb's subject stood after a fronted adjunct and named no actor ("In Colombia, Singh met ... and met"):
    // a coordinated verb shares that unnamed subject, not the nearest mention.
    private bool _lastUnnamed;
    // Set by SubjectBefore when it found such an unnamed subject after a fronted adjunct.
    private bool _unnamed;

    // The actor a demand or appeal coded earlier in the sentence was made of ("its demand that Israel ..."), -1 for none:
    // a bare verb right after it is the act demanded (a subjunctive), not one done.
    private int _demanded = -1;

    public SentenceCoder(CodingStage stage, Article article)
    {
        _stage = stage;
        _article = article;
        _text = article.Text;
        _tokens = article.TokenData;
        _mentions = article.Mentions;
        int n = _tokens.Count;
        _mentionAt = ArrayPool<int>.Shared.Rent(n);
        _used = ArrayPool<bool>.Shared.Rent(n);
        Array.Fill(_mentionAt, -1, 0, n);
        Array.Clear(_used, 0, n);
        for (int m = 0; m < _mentions.Count; m++)
        {
            var span = _mentions[m].Tokens;
            for (int t = span.First; t < span.End && t < n; t++) if (t >= 0) _mentionAt[t] = m;
        }
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_mentionAt);
        ArrayPool<bool>.Shared.Return(_used);
    }

    /// <summary>Marks token <paramref name="t"/> as already read (by the parse reading), so no pattern starts there.</summary>
    public void Claim(int t) => _used[t] = true;

    /// <summary>A matched pattern with where its parts fell.</summary>
    private struct Match
    {
        public VerbPattern Pattern;
        public VerbForm Form;
        public int Verb;          // token index of the verb
        public int LastWord;      // last token the pattern's words or complement used (the trigger's end)
        public int End;           // one past the last token the pattern used
        public int Target;        // mention index, -1 when none
        public bool Recipient;    // the target was found after the object, behind to/with/for/against
        public int Score;
        public VerbPattern? ComplementPattern;
        public CameoCode? ComplementCode;
        public int ComplementTarget;
        public int With;          // the pattern's own 'with' ("work with <obj>"), -1 when it matched none
    }

    public void Code(int sentence)
    {
        var sd = _article.SentenceData[sentence];
        _sentStart = sd.FirstToken;
        _sentEnd = sd.FirstToken + sd.TokenCount;
        _lastSources.Clear();
        _lastUnnamed = false;
        _demanded = -1;
        if (sd.TokenCount == 0) return;
        // Questions report no act.
        for (int t = _sentEnd - 1; t >= _sentStart; t--)
        {
            if (IsWord(t, "?")) return;
            if (!IsPunct(t) && !IsQuote(t)) break;
        }
        for (int i = _sentStart; i < _sentEnd; i++)
        {
            if (_used[i] || _mentionAt[i] >= 0) continue;
            if (InHyphenCompound(i)) continue;
            if (!TryBestMatch(i, VerbForm.None, 0, out var match)) continue;
            for (int t = i; t <= match.LastWord; t++) if (_mentionAt[t] < 0) _used[t] = true;
            CodeMatch(sentence, in match);
            if (match.Target >= 0 && match.Pattern.Code.Root is 2 or 10) _demanded = match.Target;
            i = match.LastWord;
        }
    }

    /// <summary>True for the second half of a written-together compound ("Western-backed", "U.S.-led",
    /// "government-controlled"): the tokenizer splits it at the hyphen, but the verb is an adjective there, not an act.</summary>
    private bool InHyphenCompound(int t)
    {
        if (t - 2 < _sentStart) return false;
        var hyphen = _tokens[t - 1];
        return _text[hyphen.Start] == '-' && hyphen.End - hyphen.Start == 1
            && hyphen.Start == _tokens[t - 2].End && hyphen.End == _tokens[t].Start;
    }

    // ---- pattern matching ----

    private bool TryBestMatch(int verb, VerbForm requiredForm, int depth, out Match best)
    {
        best = default;
        var candidates = _stage.Verbs.Lookup(Word(verb));
        if (candidates.IsEmpty && _tokens[verb].Lemma is { } lemma) candidates = _stage.Verbs.Lookup(lemma);
        if (candidates.IsEmpty) return false;
        bool found = false;
        foreach (var c in candidates)
        {
            if (requiredForm != VerbForm.None && (c.Form & requiredForm) == 0) continue;
            if (c.Pattern.FramedOnly && depth == 0) continue; // only as the act a frame entry's "to" introduces
            if (!TryMatch(c, verb, depth, out var m)) continue;
            if (!found || m.Score > best.Score) { best = m; found = true; }
        }
        return found;
    }

    private bool TryMatch(VerbDictionary.Candidate c, int verb, int depth, out Match m)
    {
        m = new Match { Pattern = c.Pattern, Form = c.Form, Verb = verb, LastWord = verb, Target = -1, ComplementTarget = -1, With = -1 };
        int pos = verb + 1;
        var elements = c.Pattern.Elements;
        for (int e = 0; e < elements.Count; e++)
        {
            var el = elements[e];
            switch (el.Kind)
            {
                case PatternElementKind.Word:
                case PatternElementKind.OptionalWord:
                {
                    // The 'to' of a complement must come straight after what precedes it ("refused to", "urged X to").
                    bool beforeComplement = c.Pattern.IsComplementTo(e);
                    int j = beforeComplement ? (pos < _sentEnd && IsAnyOf(pos, el.Words) ? pos : -1) : FindWord(el.Words, pos);
                    if (j >= 0 && !beforeComplement && e > 0 && elements[e - 1].Kind == PatternElementKind.Target && IsNounsInfinitive(j, m.Target)) j = -1;
                    if (j < 0)
                    {
                        if (el.Kind == PatternElementKind.Word) return false;
                        break;
                    }
                    // Fewer filler words is the closer reading: "launched an air strike" is 195, not "strike" 190.
                    m.Score += el.Kind == PatternElementKind.Word ? 10 - (j - pos) : 1;
                    m.LastWord = j;
                    if (IsWord(j, "with")) m.With = j;
                    pos = j + 1;
                    break;
                }
                case PatternElementKind.Target:
                {
                    int mention = FindMention(pos);
                    // Praise goes to whose the thing is (EndorsedOwner): "U.S. support [for Jordan]" straight after
                    // the verb, not behind a thing ("support for a solution [to the conflict]").
                    if (mention < 0 && (mention = FindRecipient(pos, EndorsedOwner.NoRecipientBehindThing(c.Pattern.Code), c.Pattern.Code.Root)) >= 0) m.Recipient = true;
                    if (mention < 0)
                    {
                        // A missing object is tolerated only at the end (reciprocal "X and Y held talks").
                        if (!OnlyOptionalAfter(elements, e)) return false;
                        break;
                    }
                    m.Target = mention;
                    m.Score += 2;
                    pos = _mentions[mention].Tokens.End;
                    break;
                }
                default:
                {
                    if (depth >= MaxComplementDepth) return false;
                    int k = pos;
                    if (k < _sentEnd && IsAdverb(k)) k++;
                    if (k < _sentEnd && TryBestMatch(k, VerbForm.Base, depth + 1, out var inner)
                        && (!inner.Pattern.FramedOnly || (ComplementFrames.FramedOnlyFits(c.Pattern, inner.Pattern) && (inner.Target >= 0 || !inner.Pattern.HasRequiredTarget))))
                    {
                        var code = inner.ComplementCode ?? inner.Pattern.Code;
                        m.ComplementPattern = inner.Pattern;
                        m.ComplementCode = ComplementFrames.Imposed(c.Pattern.Lemma, code) ?? ComplementFrames.Apply(c.Pattern.Code.Root, code);
                        m.ComplementTarget = inner.Target;
                        // A known act with no framed code is no match, unless a wish asks it of its object (020). Unlike
                        // the parse reading, a permission is no match either: read as words, "continues to allow the PRC
                        // to directly threaten ..." (a thing that enables, no one who yields) was its usual match on news.
                        if (m.ComplementCode == null && el.Kind == PatternElementKind.Complement && !ComplementFrames.AsksAnyAct(c.Pattern, e)) return false;
                        m.Score += 5;
                        m.LastWord = inner.LastWord;
                        pos = inner.End;
                    }
                    else if (el.Kind == PatternElementKind.Complement) return false;
                    else if (k < _sentEnd) { m.LastWord = k; pos = k + 1; }
                    break;
                }
            }
        }
        m.End = pos;
        return true;
    }

    private bool IsAnyOf(int t, IReadOnlyList<string> words)
    {
        var w = Word(t);
        for (int a = 0; a < words.Count; a++) if (Is(w, words[a])) return true;
        return false;
    }

    private static bool OnlyOptionalAfter(IReadOnlyList<PatternElement> elements, int e)
    {
        for (int i = e + 1; i < elements.Count; i++) if (elements[i].Kind != PatternElementKind.OptionalWord) return false;
        return true;
    }

    /// <summary>The first token at or after <paramref name="pos"/> that spells one of <paramref name="words"/>, past a few filler words.</summary>
    private int FindWord(IReadOnlyList<string> words, int pos)
    {
        for (int k = pos; k < _sentEnd && k <= pos + MaxGap; k++)
        {
            var w = Word(k);
            for (int a = 0; a < words.Count; a++) if (SameWordOrPlural(w, words[a])) return k;
            if (IsPunct(k) || _mentionAt[k] >= 0 || IsClauseWord(k)) return -1;
        }
        return -1;
    }

    private static readonly string[] RecipientPrepositions = { "to", "with", "for", "against", "toward", "towards" };
    private const int MaxObjectLength = 8;

    /// <summary>When the object is a thing, not an actor ("offered its troops to Lebanon", "provide food aid to refugees"),
    /// the actor acted on is the one the object goes to: a mention right after to/with/for/against later in the clause.</summary>
    private int FindRecipient(int pos, bool straight, int root)
    {
        for (int k = pos; k < _sentEnd && k <= (straight ? pos : pos + MaxObjectLength); k++)
        {
            if (IsPunct(k) || IsClauseWord(k) || _mentionAt[k] >= 0) return -1;
            // "will work with our partners to strengthen Ukraine's ability": an infinitive's 'to' starts a clause of
            // its own, the act's purpose, whose object is not the actor acted on. An armed act's purpose names whom it
            // is aimed at ("opened fire to disperse demonstrators", "stormed across the border to invade X").
            if (IsWord(k, "to") && k + 1 < _sentEnd && _article.Tokens[k + 1].Upos is Upos.VERB or Upos.AUX && root is < 18 or > 20) return -1;
            if (!IsAnyOf(k, RecipientPrepositions))
            {
                // Only a plain object noun phrase ("its troops", "emergency food aid") may stand between: behind
                // another preposition ("bans on travel to X") the actor belongs to that phrase, not to the verb.
                if (IsPreposition(k) && !IsWord(k, "of")) return -1;
                continue;
            }
            int m = FindMention(k + 1);
            // "launched the Partnership for Workers' Rights": a role word in a programme's name is part of the name
            // (Clauses/TitleNames.cs), not the actor the act goes to.
            return m >= 0 && RoleInName(k, m) ? -1 : m;
        }
        return -1;
    }

    /// <summary>True when mention <paramref name="m"/> behind preposition <paramref name="prep"/> is a capitalised role
    /// word with no country inside the name whose head stands just before the lower-case preposition ("Partnership for
    /// Workers' Rights"; list <c>[name-heads]</c> of data/frames/frame_words.txt).</summary>
    private bool RoleInName(int prep, int m)
    {
        var mention = _mentions[m];
        if (mention.Code.Primary != "---" || prep - 1 < _sentStart) return false;
        var p = Word(prep);
        var head = Word(prep - 1);
        var first = Word(mention.Tokens.First);
        return p.Length > 0 && char.IsLower(p[0]) && head.Length > 0 && char.IsUpper(head[0])
            && first.Length > 0 && char.IsUpper(first[0]) && FrameWords.Default.Contains(FrameWordList.NameHeads, head);
    }

    /// <summary>The mention that starts at or just after <paramref name="pos"/> (past determiners and other short fillers).</summary>
    private int FindMention(int pos)
    {
        for (int k = pos; k < _sentEnd && k <= pos + MaxGap; k++)
        {
            int m = _mentionAt[k];
            if (m >= 0) return m;
            if (IsPunct(k) || IsClauseWord(k) || (IsPreposition(k) && !IsWord(k, "of"))) return -1;
        }
        return -1;
    }

    // ---- turning a match into events ----

    private void CodeMatch(int sentence, in Match match)
    {
        int verb = match.Verb;
        var notes = new List<string>(4);
        // Read the auxiliaries before the verb: negation, modality, passive.
        bool negated = false, future = false, speculative = false, be = false, aux = false;
        int k = verb - 1;
        for (; k >= _sentStart; k--)
        {
            var w = Word(k);
            if (Is(w, "not") || Is(w, "n't") || Is(w, "never")) negated = true;
            else if (Is(w, "longer") && k - 1 >= _sentStart && Is(Word(k - 1), "no")) { negated = true; k--; }
            else if (Is(w, "will") || Is(w, "would") || Is(w, "'ll") || Is(w, "shall")) future = true;
            else if (Is(w, "could") || Is(w, "might") || Is(w, "may") || Is(w, "should") || Is(w, "must") || Is(w, "can") || Is(w, "ca")) speculative = true;
            else if (IsBe(w) || Is(w, "got") || Is(w, "get") || Is(w, "gets")) be = true;
            else if (Is(w, "has") || Is(w, "have") || Is(w, "had") || Is(w, "'ve") || Is(w, "'d") || Is(w, "do") || Is(w, "does") || Is(w, "did")) { }
            else if (IsAdverb(k)) { continue; }
            else break;
            aux = true;
        }
        int beforeAux = k; // the token before the verb group, or _sentStart - 1
        bool passive = be && match.Pattern.HasDirectObject && (match.Form & VerbForm.Participle) != 0 && (match.Form & VerbForm.Gerund) == 0;
        bool progressiveOrPlain = (match.Form & (VerbForm.Gerund)) == 0 || be;

        // "reiterated its demand that Israel ease restrictions", "urged that Iran free the sailors": the bare verb
        // right after the actor a demand or appeal was made of is the act asked for, which the demand codes; Israel
        // has eased nothing. Only the bare form: a verb in -s or the past after that actor states an act.
        if (!aux && (match.Form & VerbForm.Base) != 0 && (match.Form & (VerbForm.Past | VerbForm.ThirdPerson)) == 0
            && beforeAux >= _sentStart && _demanded >= 0 && _mentionAt[beforeAux] == _demanded) return;

        // Remember this verb's subject for a coordinated verb even when the act itself is not coded.
        var sources = new List<int>(2);
        bool coordinated = false;
        if (!passive && beforeAux >= _sentStart && (IsWord(beforeAux, "and") || IsWord(beforeAux, "then") || IsWord(beforeAux, "but")) && (_lastSources.Count > 0 || _lastUnnamed))
        {
            sources.AddRange(_lastSources);
            coordinated = true;
        }
        else
        {
            _unnamed = false;
            int subject = SubjectBefore(beforeAux);
            if (subject >= 0) ExpandBackward(subject, sources);
        }
        if (!passive)
        {
            if (!coordinated) _lastUnnamed = _unnamed;
            _lastSources.Clear();
            _lastSources.AddRange(sources);
        }

        if (negated || speculative || !progressiveOrPlain) return;
        // An adjective before a noun is no predicate: "the far left Antifa organization", "the proposed sanctions",
        // "the armed forces" (tagged text only; the tagger tells the participle used as adjective from the verb).
        if (!aux && IsAttributive(verb)) return;
        // A bare form with no auxiliary needs a subject right before it ("rebels attack"); otherwise it is a noun
        // ("an Islamic State target", "bans on travel to").
        if (!aux && match.Form == VerbForm.Base && !(beforeAux >= _sentStart && (_mentionAt[beforeAux] >= 0 || IsPronoun(beforeAux)
            || IsWord(beforeAux, "to") || (coordinated && IsWord(beforeAux, "and"))))) return;
        // A bare noun: "the attack on", "a visit to".
        if (beforeAux >= _sentStart && beforeAux == verb - 1 && IsDeterminer(beforeAux)) return;
        // A plural noun after its adjective: "after violent protests by Muslim groups", "peaceful protests should
        // not be met". A verb in -s or its bare form follows a subject or an adverb, never an adjective (tagged ones
        // only: untagged text has none); the actor before such a noun is seldom its doer. One followed by the
        // preposition of the one it acts on stays ("Hamas's terrorist attacks against Israel"): the word reading
        // codes that noun event right.
        if (!aux && match.Form is VerbForm.Base or VerbForm.ThirdPerson && beforeAux >= _sentStart && beforeAux == verb - 1
            && _article.Tokens[beforeAux].Upos == Upos.ADJ && !ActsOnNext(verb)) return;
        // A plural noun the tagger reads as one, with an auxiliary straight after it: the subject of that auxiliary
        // ("state abortion bans would have devastating consequences", "penalties under state abortion bans are
        // causing"), since a verb in -s is never followed by an auxiliary of its own clause.
        if (!aux && match.Form == VerbForm.ThirdPerson && _article.Tokens[verb].Upos == Upos.NOUN && verb + 1 < _sentEnd
            && _article.Tokens[verb + 1].Upos == Upos.AUX) return;
        // A reduced relative: a past participle with no auxiliary straight after a noun that names no actor says what
        // that noun is ("a coalition of 20 nations committed to defending shipping", "the roadmap agreed in the Terms
        // of Reference"), no act of anyone the sentence names before it. Only beside a finite verb of the sentence: a
        // sentence with none has the participle as its predicate, mistagged ("personnel with combat equipment deployed
        // to Djibouti", "the United States last year issued 125,000 visas").
        if (!aux && (match.Form & VerbForm.Participle) != 0 && _article.Tokens[verb].Xpos == "VBN" && beforeAux == verb - 1
            && beforeAux >= _sentStart && _article.Tokens[beforeAux].Upos == Upos.NOUN && _mentionAt[beforeAux] < 0
            && HasOtherFiniteVerb(verb)) return;
        // An unrealised infinitive whose frame the dictionary does not know ("sought to attack").
        if (beforeAux >= _sentStart && IsWord(beforeAux, "to") && !(beforeAux - 1 >= _sentStart && IsAspectual(beforeAux - 1))) return;
        if (InConditional(verb)) return;
        // A participle right after a noun that names it ("a new project called Southern Mexico ...", "a group called
        // X"): naming, no telephone call (041) — a call made has a subject and no noun right before a bare participle.
        if (!aux && match.Pattern.Code.Digits == "041" && beforeAux >= _sentStart && beforeAux == verb - 1
            && (match.Form & VerbForm.Participle) != 0 && _article.Tokens[beforeAux].Upos == Upos.NOUN) return;

        // "target criminal networks", "will target the assets of Russian elites": aimed at what measures aim at, no
        // use of force (the parse reading's rule, ParseCoder.Sense.cs).
        if (match.Pattern.Code.Digits == "190" && match.Pattern.Lemma == "target" && AimsAMeasure(verb)) return;
        // "handed over 700 kg of medicine to ...": a thing handed over, no judicial cooperation (063).
        if (match.Pattern.Code.Digits == "063" && match.Pattern.Lemma == "hand" && HandsAThing(verb)) return;

        var code = match.ComplementCode ?? match.Pattern.Code;
        int target = match.Target >= 0 ? match.Target : match.ComplementTarget;
        string rule = match.ComplementPattern != null ? "verb-complement" : "subject-verb-object";
        if (match.Recipient && match.Target >= 0) notes.Add("target: the actor the object goes to (to/with/for/against)");
        if (match.ComplementPattern != null) notes.Add("complement: " + match.ComplementPattern.EvidenceText + " → " + code);
        if (future)
        {
            var framed = ComplementFrames.Apply(3, code);
            if (framed is not { } f) return; // "will criticise": CAMEO has no intent code for it
            notes.Add($"modal 'will/would': {code} → {f}");
            code = f;
            rule = "modal-intent";
        }

        if (passive)
        {
                        // "X was attacked by Y": Y acts on X. Without "by" the actor is unknown: no event.
            int agent = AgentAfter(match.End);
            if (agent < 0) return;
            int patient = SubjectBefore(beforeAux);
            if (patient < 0) return;
            sources.Clear();
            ExpandForward(agent, sources);
            target = patient;
            rule = "passive-by";
            notes.Add("passive");
            var patients = new List<int>(2);
            ExpandBackward(patient, patients);
            Emit(sentence, in match, code, sources, patients, rule, notes);
            return;
        }

        if (sources.Count == 0) return;
        if (coordinated) notes.Add("coordinated verb: source from the previous verb");
        var targets = new List<int>(2);
        if (target >= 0)
        {
            // "alleged Navalny was poisoned": the accused is the content clause's doer; an actor heading a passive
            // content clause is the one it happened to, and the doer goes unnamed (or is named by a by-phrase the
            // alleged act's own reading takes).
            if (code.Root == 11 && IsPassiveSubject(target)) return;
            ExpandForward(target, targets);
        }
        else if (NamesOtherPartner(in match))
        {
            // "we are working with regional and international partners": the members act together on a partner the
            // dictionaries do not know, not on each other (as the parse reading's OtherPartner).
            return;
        }
        else if (sources.Count == 1 && _mentions[sources[0]].Members != null && SymmetricActs.Default.IsSymmetric(match.Pattern, match.ComplementPattern))
        {
            // "The two leaders held talks": a group the article named acts as its members, on each other.
            var groupTrigger = new TokenSpan(match.Verb, match.LastWord - match.Verb + 1);
            EventEmitter.EmitGroupReciprocal(_stage, _article, sentence, match.Pattern, groupTrigger, code, sources, "reciprocal", notes,
                ClauseMoods.Read(_article, code, match.Pattern, null, groupTrigger));
            return;
        }
        else if (sources.Count >= 2 && SymmetricActs.Default.IsSymmetric(match.Pattern, match.ComplementPattern)
            && !(code.Root is 18 or 19 && AlliedAfter(in match)))
        {
            // "Russia and China held talks", "Jordan and Britain agreed to hold exercises": with no target named,
            // the members of a compound subject of a symmetric act act on each other (one event per ordered pair).
            // Only sides somebody can name: a countryless group ("police and protesters clashed") is none.
            var sides = new List<int>(sources.Count);
            if (ReciprocalSides.Named(_article, sources, sides) < 2) return;
            notes.Add("reciprocal");
            var mood = Mood(in match, code);
            for (int a = 0; a < sides.Count; a++)
                for (int b = 0; b < sides.Count; b++)
                    if (a != b) AddEvent(sentence, in match, code, sides[a], sides[b], "reciprocal", notes, null, null, mood);
            return;
        }
        else if (HasTargetSlot(match.Pattern))
        {
            // A lone actor with no object where the pattern needs one is no event.
            return;
        }
        // An actor never acts on itself here: drop targets that are also sources.
        for (int t = targets.Count - 1; t >= 0; t--) if (sources.Contains(targets[t])) targets.RemoveAt(t);
        // A recipient found behind the object is a weaker reading ("bans on travel to Canada"): one of the source's
        // own country is more likely a destination than the actor acted on, so it is not taken; so is one right after
        // to/into ("would deny entry to the United States").
        if (match.Target >= 0)
            for (int t = targets.Count - 1; t >= 0; t--)
                if (match.Recipient || AfterTo(targets[t]))
                    foreach (int src in sources)
                        if (_mentions[src].Code.Primary == _mentions[targets[t]].Code.Primary
                            && !ContextCountry.FromContext(_mentions[targets[t]]) && !ContextCountry.FromContext(_mentions[src]))
                        { targets.RemoveAt(t); break; }
        if (targets.Count == 0 && target >= 0) return;
        Emit(sentence, in match, code, sources, targets, rule, notes);
    }

    /// <summary>True when mention <paramref name="m"/> is followed by a form of "be" (an adverb between allowed) and a
    /// past participle: the subject of a passive clause ("Navalny [was poisoned]").</summary>
    private bool IsPassiveSubject(int m)
    {
        int t = _mentions[m].Tokens.End;
        if (t >= _sentEnd || !FrameWords.Default.Contains(FrameWordList.BeForms, Word(t))) return false;
        t++;
        if (t < _sentEnd && _article.Tokens[t].Upos == Upos.ADV) t++;
        return t < _sentEnd && _article.Tokens[t].Xpos == "VBN";
    }

    /// <summary>True when mention <paramref name="m"/> is a bare country right after to/into: a destination.</summary>
    private bool AfterTo(int m)
    {
        var code = _mentions[m].Code.Value;
        if (code.Length != 3 || code == "---") return false;
        int t = _mentions[m].Tokens.First - 1;
        if (t >= _sentStart && IsWord(t, "the")) t--;
        return t >= _sentStart && (IsWord(t, "to") || IsWord(t, "into"));
    }

    // A slot written (<obj>) may stay empty: the entry then codes like a bare one.
    private static bool HasTargetSlot(VerbPattern p) => p.HasRequiredTarget;

    private void Emit(int sentence, in Match match, CameoCode code, List<int> sources, List<int> targets, string rule, List<string> notes)
        => EventEmitter.EmitAll(_stage, _article, sentence, match.Pattern, new TokenSpan(match.Verb, match.LastWord - match.Verb + 1),
            code, sources, targets, rule, notes, match.ComplementPattern, Mood(in match, code));

    // One event of a clause whose mood its caller read once for all its pairs.
    private void AddEvent(int sentence, in Match match, CameoCode code, int source, int target, string rule,
        List<string> notes, string? sourceNote, string? targetNote, ClauseMood mood)
        => EventEmitter.Emit(_stage, _article, sentence, match.Pattern, new TokenSpan(match.Verb, match.LastWord - match.Verb + 1),
            code, source, target, rule, notes, sourceNote, targetNote, match.ComplementPattern, mood);

    /// <summary>The clause's mood (<see cref="ClauseMoods"/>), read once for code <paramref name="code"/> with its
    /// framed act, at the words the match spans, as the parse reading reads it.</summary>
    private ClauseMood Mood(in Match match, CameoCode code)
        => ClauseMoods.Read(_article, code, match.Pattern, match.ComplementPattern, new TokenSpan(match.Verb, match.LastWord - match.Verb + 1));

    // ---- finding actors ----

    /// <summary>
    /// The nearest mention at or before <paramref name="from"/> in the same clause, skipping "according to X" and
    /// comma-bounded relative clauses ("Russia, which backs X, attacked ..."). -1 when none.
    /// </summary>
    private int SubjectBefore(int from)
    {
        // A possessor ("condemned the DPRK's missile tests and committed") or a preposition's object ("assistance to
        // Afghanistan, called on", "Neuberger was in Brussels where she met") stands inside another phrase. When a
        // personal pronoun further back is the clause's subject ("They ...", "she ..."), the act is the pronoun's,
        // which the word reading cannot name: no subject. Otherwise the nearest mention stays the reading.
        // A relative or expletive pronoun next to the verb ("each of which violated", "that it will stand") takes the
        // nearest noun as its antecedent: there the nearest mention stays the reading. A personal pronoun right
        // before the verb ("in Brussels where she met") is the subject itself.
        // "..., and civil society, and we commit to ...", "In today's war cabinet, I emphasized that we are fighting":
        // a first-person subject right before the verb (adverbs between: "we also commit") is the speaker, whom the
        // word reading cannot name; an actor further back is some other phrase's.
        for (int j = from; j >= _sentStart && _mentionAt[j] < 0; j--)
        {
            if (IsWord(j, "we") || IsWord(j, "i")) { _unnamed = true; return -1; }
            if (_tokens[j].Upos != Upos.ADV) break;
        }
        int inside = -1, forceAct = -1;
        bool relative = false, personal = false, firstPerson = false, commaAfterPersonal = false;
        for (int j = from; j >= _sentStart; j--)
        {
            if (IsWord(j, ";") || IsWord(j, ":")) return inside >= 0 ? inside : -1;
            if (IsPersonalPronoun(j))
            {
                if (inside >= 0) return -1;
                personal = true;
                firstPerson |= IsWord(j, "we") || IsWord(j, "i");
            }
            else if (personal && IsWord(j, ",")) commaAfterPersonal = true;
            else if (inside < 0 && (IsWord(j, "it") || IsWord(j, "which") || IsWord(j, "that") || IsWord(j, "who") || IsWord(j, "as"))) relative = true;
            int m = _mentionAt[j];
            if (m >= 0)
            {
                int first = _mentions[m].Tokens.First;
                if (first - 2 >= _sentStart && IsWord(first - 1, "to") && IsWord(first - 2, "according")) { j = first - 2; continue; }
                // "the violent attack at a security checkpoint on the U.S. Capitol grounds, which killed", "the attack in
                // Abu Dhabi in the United Arab Emirates, which killed": a place in the prepositional phrases of an act
                // of force is no antecedent of the relative pronoun next to the verb; the act is. Its doer is only an
                // actor that names it ("Hamas's attack on Israel, which", "the Houthi attack on X that"); with none
                // the word reading cannot name the subject.
                if (relative && !personal && inside < 0 && forceAct < 0 && AfterPreposition(first) && ForceActBefore(first) is int act and >= 0)
                {
                    forceAct = act;
                    j = act;
                    continue;
                }
                if (forceAct >= 0 && !NamesAct(m, forceAct))
                {
                    _unnamed = true;
                    return -1;
                }
                // "As the President told King Salman yesterday, we are committed", "As governments, we will work": a
                // first-person subject after the comma of an opening as/when/while-phrase is the speaker, no one the
                // phrase names ("When the leaders announced it, they committed" may well be the leaders).
                if (firstPerson && commaAfterPersonal && OpensWithSubordinator())
                {
                    _unnamed = true;
                    return -1;
                }
                // "While in Colombia, Finer met ...", "Today in Kabul, a bomb killed ...": the place of a fronted
                // adjunct is never the subject, and a subject the word reading cannot name stands after the comma.
                if (!relative && inside < 0 && FrontedAdjunct(m) && NominalBetween(_mentions[m].Tokens.End + 1, from))
                {
                    _unnamed = true;
                    return -1;
                }
                // "Bill Richardson, visiting Pyongyang, met ...": the object of a participle is the place or person
                // the subject visits or acts on, never the subject; the subject stands further back, or is unknown.
                if (!relative && ObjectOfParticiple(m)) { j = first; continue; }
                // "The Partnership for Workers condemned ...": a role word in a programme's name is part of the name.
                if (first - 1 >= _sentStart && RoleInName(first - 1, m)) { j = first; continue; }
                if (!relative && (IsPossessor(m) && !OwnsTrigger(m, from) || AfterPreposition(first)))
                {
                    if (personal) return -1;
                    if (inside < 0) inside = m;
                    j = first;
                    continue;
                }
                return inside >= 0 ? inside : m;
            }
            if (IsWord(j, ","))
            {
                // Skip back over ", which/who ... ," to the relative clause's antecedent.
                for (int p = j - 1; p >= _sentStart; p--)
                {
                    if (!IsWord(p, ",")) continue;
                    if (p + 1 < j && (IsWord(p + 1, "which") || IsWord(p + 1, "who") || IsWord(p + 1, "whose") || IsWord(p + 1, "whom")))
                        j = p;
                    // ", in coordination with the EU and other partners,", ", at the request of the Government of
                    // Ukraine,": a parenthetical adjunct between subject and verb holds a partner, not the doer.
                    else if (p + 2 < j && p > _sentStart && IsParentheticalOpener(p + 1))
                        j = p;
                    break;
                }
            }
        }
        return inside;
    }

    // A noun of an act of force: an event noun (data/nouns/events.txt) under CAMEO 18, 19 or 20 ("attack", "bombing").
    private bool IsForceNoun(int t)
    {
        if (_tokens[t].Upos != Upos.NOUN) return false;
        var entries = _stage.Nouns.Lookup(_tokens[t].Lemma is { } lemma ? lemma.AsSpan() : Word(t));
        foreach (var e in entries)
            if (e.Code.Root is 18 or 19 or 20) return true;
        return false;
    }

    // The noun of an act of force whose chain of prepositional phrases the words before token first continue ("the
    // attack [at a checkpoint on the] U.S. Capitol"): nouns, adjectives, determiners, prepositions and other names
    // only, back to the act; -1 at any other word.
    private int ForceActBefore(int first)
    {
        for (int t = first - 1, n = 0; t >= _sentStart && n < 16; t--, n++)
        {
            if (IsForceNoun(t)) return t;
            if (_mentionAt[t] >= 0) continue;
            if (_tokens[t].Upos is not (Upos.NOUN or Upos.PROPN or Upos.ADJ or Upos.DET or Upos.ADP or Upos.NUM)) return -1;
        }
        return -1;
    }

    // Mention m names the act at token act: only modifiers (and a possessive mark) stand between ("Hamas's brutal attack").
    private bool NamesAct(int m, int act)
    {
        for (int t = _mentions[m].Tokens.End; t < act; t++)
            if (_tokens[t].Upos is not (Upos.ADJ or Upos.NOUN or Upos.PROPN) && !IsPossessiveMark(t)) return false;
        return true;
    }

    private bool IsPossessiveMark(int t)
    {
        var w = Word(t);
        return Is(w, "'s") || Is(w, "\u2019s") || Is(w, "'") || Is(w, "\u2019");
    }

    private bool IsAttributive(int t)
    {
        if (_article.Tokens[t].Upos != Upos.ADJ || t + 1 >= _sentEnd) return false;
        return _article.Tokens[t + 1].Upos is Upos.NOUN or Upos.PROPN or Upos.ADJ;
    }

    private bool IsPersonalPronoun(int t)
    {
        var w = Word(t);
        return Is(w, "they") || Is(w, "we") || Is(w, "i") || Is(w, "he") || Is(w, "she");
    }

    // "Russia's indiscriminate attacks": the possessor of the trigger noun itself (only modifiers between) is its doer.
    private bool OwnsTrigger(int m, int from)
    {
        for (int t = _mentions[m].Tokens.End + 1; t <= from; t++)
            if (_article.Tokens[t].Upos is not (Upos.ADJ or Upos.ADV or Upos.NOUN)) return false;
        return true;
    }

    private bool IsPossessor(int m)
    {
        int after = _mentions[m].Tokens.End;
        if (after >= _sentEnd) return false;
        var w = Word(after);
        return Is(w, "'s") || Is(w, "\u2019s") || Is(w, "'") || Is(w, "\u2019");
    }

    /// <summary>
    /// True when mention <paramref name="m"/> is the object of a preposition that opens the sentence, past only
    /// adverbs, subordinators and time words ("In Kabul,", "While in Colombia,", "Today in Jerusalem,"), and a comma
    /// closes it: an adjunct fronted before the clause, whose place is never the clause's subject.
    /// </summary>
    private static readonly string[] OpeningSubordinators =
        { "as", "when", "while", "after", "before", "since", "if", "although", "though", "because", "once", "until", "whereas" };

    /// <summary>True when the sentence (past a list bullet) opens with a subordinator of an adverbial phrase or clause.</summary>
    private bool OpensWithSubordinator()
    {
        int t = _sentStart;
        while (t < _sentEnd && IsPunct(t)) t++; // "-   As ...": a list bullet
        return t < _sentEnd && IsAnyOf(t, OpeningSubordinators);
    }

    private bool FrontedAdjunct(int m)
    {
        var span = _mentions[m].Tokens;
        if (span.End >= _sentEnd || !IsWord(span.End, ",")) return false;
        int t = span.First - 1;
        while (t >= _sentStart && (IsWord(t, "the") || IsWord(t, "a") || IsWord(t, "an"))) t--;
        if (t < _sentStart || !IsPreposition(t)) return false;
        // Back to the adjunct's opening preposition across its own noun phrases ("Following the meeting with King
        // Salman,"), then only adverbs, subordinators and time words before it.
        int j = t;
        while (j > _sentStart && !IsAdjunctOpener(j))
        {
            j--;
            if (IsPunct(j) || _article.Tokens[j].Upos is Upos.VERB or Upos.AUX or Upos.PRON && !IsAdjunctOpener(j)) return false;
        }
        if (!IsAdjunctOpener(j)) return false;
        for (j--; j >= _sentStart; j--)
        {
            if (_article.Tokens[j].Upos is Upos.ADV or Upos.SCONJ) continue;
            var w = Word(j);
            if (j == _sentStart && w.Length == 1 && w[0] is '-' or '*' or '\u2022') continue; // a list bullet
            if (Is(w, "today") || Is(w, "yesterday") || Is(w, "tonight") || Is(w, "earlier") || Is(w, "later") || Is(w, "while")
                || Is(w, "meanwhile") || Is(w, "also") || Is(w, "then")) continue;
            return false;
        }
        return true;
    }

    // "in coordination with", "in consultation with", "at the request of", "on behalf of": the opening of an adjunct set
    // off by commas between a subject and its verb. Not "together with" / "along with": that partner acts too ("the
    // Department of Justice, together with the Department of Homeland Security, is providing assistance").
    private bool IsParentheticalOpener(int t)
    {
        if (t + 1 >= _sentEnd) return false;
        if (IsWord(t, "on") && IsWord(t + 1, "behalf")) return true;
        if (IsWord(t, "at") && t + 3 < _sentEnd && IsWord(t + 1, "the") && IsWord(t + 3, "of")) return true;
        return IsWord(t, "in") && t + 2 < _sentEnd && _article.Tokens[t + 1].Upos == Upos.NOUN && (IsWord(t + 2, "with") || IsWord(t + 2, "of"));
    }

    // A word that opens a place or circumstance adjunct: "In Kabul,", "Following the meeting with X,", "After talks in Y,".
    private bool IsAdjunctOpener(int t)
    {
        var w = Word(t);
        return Is(w, "in") || Is(w, "at") || Is(w, "from") || Is(w, "during") || Is(w, "near") || Is(w, "after") || Is(w, "before")
            || Is(w, "following") || Is(w, "since") || Is(w, "amid") || Is(w, "upon");
    }

    // A noun or name outside any mention in [from, to]: the subject phrase the word reading has no actor for.
    private bool NominalBetween(int from, int to)
    {
        for (int t = from; t <= to && t < _sentEnd; t++)
            if (_mentionAt[t] < 0 && _article.Tokens[t].Upos is Upos.NOUN or Upos.PROPN) return true;
        return false;
    }

    // The word before the phrase, past its article or possessive determiner, is a preposition ("to the Taliban").
    // A parenthetical participle clause between subject and verb (", visiting Pyongyang,"): a present participle (a
    // verb tagged VBG) right after a comma, before the mention or as its first word (a filler such as "visiting" joins
    // the mention), with a comma right after the mention. Only set off by commas: a participle inside a noun phrase
    // is an adjective's use ("enduring U.S. support", "the ruling party"), and there the mention may well be the doer.
    private bool ObjectOfParticiple(int m)
    {
        var span = _mentions[m].Tokens;
        int t = span.First;
        if (!IsParticiple(t))
        {
            t = span.First - 1;
            while (t >= _sentStart && (IsWord(t, "the") || IsWord(t, "a") || IsWord(t, "an"))) t--;
            if (t < _sentStart || !IsParticiple(t)) return false;
        }
        return t - 1 >= _sentStart && IsWord(t - 1, ",") && span.End < _sentEnd && IsWord(span.End, ",");
    }

    private bool IsParticiple(int t) => _article.Tokens[t].Xpos == "VBG";

    private bool AfterPreposition(int first)
    {
        int t = first - 1;
        while (t >= _sentStart && (IsWord(t, "the") || IsWord(t, "a") || IsWord(t, "an") || IsWord(t, "its") || IsWord(t, "their"))) t--;
        return t >= _sentStart && IsPreposition(t);
    }

    /// <summary>The agent after "by" in a passive: "... was attacked by [Y]". -1 when none.</summary>
    private int AgentAfter(int pos)
    {
        for (int k = pos; k < _sentEnd && k <= pos + 2; k++)
        {
            if (IsPunct(k)) return -1;
            if (IsWord(k, "by")) return FindMention(k + 1);
        }
        return -1;
    }

    /// <summary>Adds the members of a coordination ending in mention <paramref name="last"/>: "Russia, China and Iran".</summary>
    private void ExpandBackward(int last, List<int> into)
    {
        into.Add(last);
        int m = last;
        while (true)
        {
            int t = _mentions[m].Tokens.First - 1;
            if (t < _sentStart || !(IsWord(t, "and") || IsWord(t, ","))) break;
            int p = t - 1;
            if (IsWord(t, "and") && p >= _sentStart && IsWord(p, ",")) p--;
            if (p < _sentStart || _mentionAt[p] < 0 || _mentions[_mentionAt[p]].Tokens.End != p + 1) break;
            // "Today in Jerusalem, Sullivan met": the fronted place before the comma is no conjunct of the subject.
            if (IsWord(t, ",") && FrontedAdjunct(_mentionAt[p])) break;
            m = _mentionAt[p];
            into.Insert(0, m);
        }
    }

    /// <summary>Adds the members of a coordination starting with mention <paramref name="first"/>.</summary>
    private void ExpandForward(int first, List<int> into)
    {
        into.Add(first);
        int m = first;
        while (true)
        {
            int t = _mentions[m].Tokens.End;
            if (t >= _sentEnd || !(IsWord(t, "and") || IsWord(t, ","))) break;
            int n = t + 1;
            if (IsWord(t, ",") && n < _sentEnd && IsWord(n, "and")) n++;
            if (n < _sentEnd && (IsWord(n, "the"))) n++;
            if (n >= _sentEnd || _mentionAt[n] < 0 || _mentions[_mentionAt[n]].Tokens.First != n) break;
            // "attacked X and Y said ..." — Y begins a new clause when a known verb follows it.
            int next = _mentionAt[n];
            int after = _mentions[next].Tokens.End;
            if (after < _sentEnd && !_stage.Verbs.Lookup(Word(after)).IsEmpty) break;
            // "attacks against Israel and Russia's war against Ukraine": a possessor is no item of the list; the item is
            // the noun it owns (here a second act, whose doer it is), so the list ends before it.
            if (IsPossessor(next)) break;
            m = next;
            into.Add(m);
        }
    }

    /// <summary>Verbs of phase that leave the following act realised ("continued to send arms"): the written forms
    /// of <c>[phase-forms]</c> of data/frames/frame_words.txt.</summary>
    private bool IsAspectual(int t) => FrameWords.Default.Contains(FrameWordList.PhaseForms, Word(t));

    private bool InConditional(int verb)
    {
        for (int j = verb - 1; j >= _sentStart; j--)
        {
            if (IsWord(j, ",") || IsWord(j, ";")) return false;
            if (IsWord(j, "if") || IsWord(j, "unless") || IsWord(j, "whether")) return true;
        }
        return false;
    }

    /// <summary>True when the noun phrase right after <paramref name="verb"/> (up to a punctuation mark, a
    /// preposition or a clause word) has a word of [measure-objects] (data/frames/frame_words.txt).</summary>
    private bool AimsAMeasure(int verb)
    {
        var words = FrameWords.Default;
        for (int k = verb + 1; k < _sentEnd && k <= verb + MaxObjectLength; k++)
        {
            if (IsPunct(k) || IsClauseWord(k) || IsPreposition(k)) return false;
            var d = _tokens[k];
            if (words.Contains(FrameWordList.MeasureObjects, d.Lemma) || words.Contains(FrameWordList.MeasureObjects, Word(k).ToString())) return true;
        }
        return false;
    }

    /// <summary>True when the words after <paramref name="verb"/> ("hand" and its particle "over") up to a
    /// punctuation mark, a clause word or a preposition other than "of" name no actor and no word of [custody-nouns]
    /// (data/frames/frame_words.txt), and there is at least one: a thing is handed over, not a person.</summary>
    private bool HandsAThing(int verb)
    {
        var words = FrameWords.Default;
        int seen = 0;
        for (int k = verb + 1; k < _sentEnd && k <= verb + MaxObjectLength; k++)
        {
            if (k == verb + 1 && IsWord(k, "over")) continue;
            if (IsPunct(k) || IsClauseWord(k) || (IsPreposition(k) && !IsWord(k, "of"))) break;
            if (_mentionAt[k] >= 0) return false;
            var d = _tokens[k];
            if (words.Contains(FrameWordList.CustodyNouns, d.Lemma) || words.Contains(FrameWordList.CustodyNouns, Word(k).ToString())) return false;
            seen++;
        }
        return seen > 0;
    }

    /// <summary>
    /// The 'to' after a target (`welcome <obj> to`) with words between them and a verb after it is the infinitive of
    /// the noun those words end in ("welcomed Saudi Arabia's bid to host the Expo"), not the verb's preposition
    /// ("welcomed the Chinese leader to Paris"). The parse reading never takes it: the clause hangs below the noun,
    /// outside the verb's reach.
    /// </summary>
    private bool IsNounsInfinitive(int to, int target)
    {
        if (target < 0 || !IsWord(to, "to") || to + 1 >= _sentEnd || _tokens[to + 1].Upos != Upos.VERB) return false;
        var span = _mentions[target].Tokens;
        if (to <= span.End) return false;
        // "welcomed Prime Minister Meloni of Italy to the White House today to continue ...": the phrase took the
        // preposition's place along; the visit is there, and the later 'to' is the visit's purpose.
        for (int t = span.First; t < span.End; t++) if (IsWord(t, "to")) return false;
        return true;
    }

    // ---- word tests (no allocation) ----

    private ReadOnlySpan<char> Word(int t)
    {
        var d = _tokens[t];
        return _text.AsSpan(d.Start, d.End - d.Start);
    }

    private static bool Is(ReadOnlySpan<char> w, string s) => w.Equals(s, StringComparison.OrdinalIgnoreCase);
    private bool IsWord(int t, string s) => Is(Word(t), s);

    private static bool SameWordOrPlural(ReadOnlySpan<char> w, string s)
    {
        if (w.Equals(s, StringComparison.OrdinalIgnoreCase)) return true;
        // "attack" in a pattern matches "attacks"; "talks" matches "talk".
        if (w.Length == s.Length + 1 && (w[^1] | 0x20) == 's' && w[..^1].Equals(s, StringComparison.OrdinalIgnoreCase)) return true;
        if (w.Length == s.Length + 2 && w.EndsWith("es", StringComparison.OrdinalIgnoreCase) && w[..^2].Equals(s, StringComparison.OrdinalIgnoreCase)) return true;
        if (s.Length == w.Length + 1 && s[^1] == 's' && s.AsSpan(0, w.Length).Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True when the pattern's own 'with' found a phrase that names no actor the dictionaries know, which is
    /// then the partner ("working with regional partners"); not "each other", "one another", a singular with 'a' or
    /// 'one' ("with a view to", "with one voice"), nor after a 'together' or 'jointly' ("work together with").</summary>
    private bool NamesOtherPartner(in Match match)
    {
        int w = match.With;
        if (w < 0 || w + 1 >= _sentEnd || IsPunct(w + 1)) return false;
        for (int k = match.Verb + 1; k < w; k++)
            if (IsWord(k, "together") || IsWord(k, "jointly") || IsWord(k, "bilaterally")) return false;
        var next = Word(w + 1);
        return !(Is(next, "each") || Is(next, "one") || Is(next, "a") || Is(next, "an") || Is(next, "other") || Is(next, "another"));
    }

    /// <summary>True when a word of [allied-cues] (data/frames/frame_words.txt) follows the act's words before the
    /// next punctuation: "fought side by side", "fought together in the war" name allies, who do not fight each other
    /// (as the parse reading's ClauseFrames.HasAlliedCue).</summary>
    private bool AlliedAfter(in Match match)
    {
        for (int k = match.Verb + 1; k < _sentEnd && !IsPunct(k); k++)
        {
            if (!FrameWords.Default.Contains(FrameWordList.AlliedCues, Word(k))) continue;
            // "side" and "shoulder" only in "side by side", "shoulder to shoulder": "on the Lebanese side" is a place.
            if (IsWord(k, "side") && !(k + 2 < _sentEnd && IsWord(k + 1, "by") && IsWord(k + 2, "side"))) continue;
            if (IsWord(k, "shoulder") && !(k + 2 < _sentEnd && IsWord(k + 1, "to") && IsWord(k + 2, "shoulder"))) continue;
            return true;
        }
        return false;
    }

    /// <summary>True when the sentence has a finite verb or modal (tagged VBD, VBZ, VBP or MD) other than <paramref name="verb"/>.</summary>
    private bool HasOtherFiniteVerb(int verb)
    {
        for (int k = _sentStart; k < _sentEnd; k++)
            if (k != verb && _article.Tokens[k].Xpos is "VBD" or "VBZ" or "VBP" or "MD") return true;
        return false;
    }

    private bool IsPunct(int t)
    {
        var w = Word(t);
        return w.Length == 1 && char.IsPunctuation(w[0]) && w[0] != '-' && w[0] != '\'';
    }

    private bool IsQuote(int t)
    {
        var w = Word(t);
        return w.Length == 1 && (w[0] is '"' or '\'' or '\u201D' or '\u2019');
    }

    private static bool IsBe(ReadOnlySpan<char> w) =>
        Is(w, "is") || Is(w, "are") || Is(w, "was") || Is(w, "were") || Is(w, "be") || Is(w, "been") || Is(w, "being")
        || Is(w, "'s") || Is(w, "'re") || Is(w, "am") || Is(w, "'m");

    private bool IsAdverb(int t)
    {
        var w = Word(t);
        if (w.Length > 4 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !Is(w, "italy") && !Is(w, "rally") && !Is(w, "ally")) return true;
        return Is(w, "also") || Is(w, "still") || Is(w, "already") || Is(w, "just") || Is(w, "again") || Is(w, "soon")
            || Is(w, "yet") || Is(w, "even") || Is(w, "once") || Is(w, "now");
    }

    private bool IsPronoun(int t)
    {
        var w = Word(t);
        return Is(w, "they") || Is(w, "we") || Is(w, "i") || Is(w, "you") || Is(w, "who");
    }

    // "attacks against", "sanctions on": the word after a noun trigger is the preposition of the one it acts on.
    private bool ActsOnNext(int t)
    {
        int n = t + 1;
        if (n >= _sentEnd) return false;
        return IsWord(n, "against") || IsWord(n, "on") || IsWord(n, "at") || IsWord(n, "to") || IsWord(n, "for") || IsWord(n, "with");
    }

    private bool IsDeterminer(int t)
    {
        var w = Word(t);
        return Is(w, "the") || Is(w, "a") || Is(w, "an") || Is(w, "this") || Is(w, "that") || Is(w, "its") || Is(w, "their")
            || Is(w, "his") || Is(w, "her") || Is(w, "our") || Is(w, "any") || Is(w, "no") || Is(w, "'s") || Is(w, "of") || Is(w, "further");
    }

    private bool IsClauseWord(int t)
    {
        var w = Word(t);
        return Is(w, "and") || Is(w, "but") || Is(w, "which") || Is(w, "who") || Is(w, "that") || Is(w, "said") || Is(w, "while");
    }

    private bool IsPreposition(int t)
    {
        var w = Word(t);
        return Is(w, "in") || Is(w, "on") || Is(w, "at") || Is(w, "by") || Is(w, "from") || Is(w, "for") || Is(w, "of")
            || Is(w, "with") || Is(w, "over") || Is(w, "after") || Is(w, "during") || Is(w, "near") || Is(w, "to") || Is(w, "into") || Is(w, "against");
    }
}
