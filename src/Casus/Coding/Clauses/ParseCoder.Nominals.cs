using Casus.Coding.Nouns;
using Casus.Document;

namespace Casus.Coding.Clauses;

/// <summary>
/// Events carried by nouns (docs/formats/nouns.md): "held talks with X", "X's visit to Y", "killed in Israeli
/// shelling", "the attack on X by Y killed three", "received weapons from Y". A noun of the event-noun dictionary is
/// coded only where the clause around it asserts that the event happened, read from the verb that governs it, so the
/// verb's negation, modality and condition bind the noun too ("did not hold talks", "calls for talks", "the threat of
/// an attack" give nothing).
/// </summary>
internal sealed partial class ParseCoder
{
    /// <summary>How the clause around an event noun vouches for it.</summary>
    private enum NounContext
    {
        None,
        /// <summary>Object of a light verb: "held talks", "launched an air strike"; source the verb's subject.</summary>
        LightObject,
        /// <summary>Object of a verb of receiving: "received weapons from Y"; the subject is the target.</summary>
        Received,
        /// <summary>Subject of a verb of occurrence or harm: "talks ended", "the attack killed three".</summary>
        Subject,
        /// <summary>Cause of a harm: "were killed in Israeli shelling", "died in an air strike".</summary>
        HarmCause,
        /// <summary>A during/after/following adverbial of a cooperative act: "said during a visit to Beirut".</summary>
        Adverbial,
        /// <summary>Object of a verb of reaction: "condemned Russia's invasion of Ukraine"; the source the noun's own.</summary>
        Reaction,
        /// <summary>Object of a verb of announcing, for measures taken by announcing them: "announced the arrest of
        /// X"; read as a light verb's object.</summary>
        Announced,
        /// <summary>Anywhere, marked as done or under way by an adjective of <c>[aspect]</c>: "Lee's recent visit to the
        /// US"; the source the noun's own, as for a reaction.</summary>
        Aspect,
        /// <summary>What an act rests on: "built on the cooperation between X and Y", "a result of collaboration
        /// between X and Y"; the source the noun's own, as for a reaction.</summary>
        Basis,
    }







    // The lists of data/nouns/governors.txt (light, receiving, occurrence, harm and motion verbs, measure nouns, abstract
    // targets): data, not code, so they can be read and extended without a build.
    private string[] Words(NounWordList list) => _stage.Nouns.WordArray(list);

    private readonly List<int> _nounSources = new(4), _nounTargets = new(4), _nounPair = new(4);

    /// <summary>Codes the event nouns of a sentence the verb reading left alone.</summary>
    private void CodeNominals(int sentence, int start, int end)
    {
        var nouns = _stage.Nouns;
        if (nouns.Entries.Count == 0) return;
        for (int t = start; t < end; t++)
        {
            // A noun a verb pattern coded (or ruled out) is done; one it only matched, without finding actors, is read
            // here with its own slots ("ordered an investigation against X": the entry knows into|of, not against).
            if (_decided.Contains(t) || _tree.MentionCovering(t) >= 0) continue;
            if (_tree.Upos(t) is not (Upos.NOUN or Upos.PROPN)) continue;
            var entries = nouns.Lookup(_tree.Word(t));
            if (entries.IsEmpty && _tree.Lemma(t) is { } lemma) entries = nouns.Lookup(lemma);
            if (entries.IsEmpty) continue;
            if (HasNegativeDeterminer(t) || HasUnrealModifier(t)) continue; // "no talks", "a possible invasion"
            // "reiterated their agreement that a nuclear war should never be fought": a view shared, not an accord signed.
            if (HasThatClause(t) && entries[0].Code.Root == 5) continue;
            var context = ContextOf(t, out int governor, out int caseWord);
            // "discussed Argentina's ongoing talks with the IMF": the adjective, not the governing verb, says the act
            // is real, so the verb's mood does not bind it.
            if (context == NounContext.None && HasAspectModifier(t)) context = NounContext.Aspect;
            if (context == NounContext.None) continue;
            var entry = BestEntry(entries, t, context == NounContext.Received);
            if (entry is null) continue;
            // An adverbial names the act of the clause's subject only for meetings and visits ("said during a visit
            // to Beirut"); "criticised X after the arrest of Y" says nothing about who arrested. Other acts are read
            // there only with their own doer (CodeNoun).
            // An announced meeting, visit or aid is yet to come; an arrest, expulsion, sanction or release announced is
            // in force or done.
            // An agreement announced is concluded ("announced additional deals between Israel and Bahrain").
            if (context == NounContext.Announced && !(entry.Code.Root is 16 or 17 || entry.Code.Digits.StartsWith("084", StringComparison.Ordinal)
                || entry.Code.Digits == "057")) continue;
            if (CodeNoun(sentence, t, entry, context, governor, caseWord))
            {
                _used[t] = true;
                _decided.Add(t);
            }
        }
    }

    /// <summary>"discussed strengthening economic cooperation and increasing cooperation to combat climate change",
    /// "to expand collaboration between X and Y": a gerund or infinitive with no subject or auxiliary of its own under
    /// another word names a topic or an aim, not an act done.</summary>
    private bool IsTopicGerund(int v)
    {
        if (_tree.Relation(v) is "root") return false;
        if (_tree.Child(v, "aux") >= 0 || _tree.Child(v, "nsubj") >= 0 || _tree.Child(v, "nsubj:pass") >= 0) return false;
        int mark = _tree.MarkOf(v);
        if (mark >= 0 && _tree.IsWord(mark, "to")) return true;
        if (_tree.Xpos(v) != "VBG") return false;
        // A conjunct gerund stands where its first conjunct stands.
        int place = v;
        while (_tree.Is(place, "conj", exact: true) && _tree.Head(place) is int first and >= 0 && _tree.Xpos(first) == "VBG") place = first;
        return _tree.Relation(place) is "xcomp" or "ccomp" or "csubj" or "obj" or "nmod" or "obl" or "acl" or "advcl";
    }

    private bool IsOwnSlotActor(int noun, int node)
    {
        int h = _tree.Head(node);
        if (h == noun) return true;
        // "support for Israel's right", also through a conjunct ("for Ukraine and Moldova").
        if (_tree.Is(node, "conj", exact: true) && h >= 0 && _tree.Head(h) == noun) return true;
        return _tree.Is(node, "nmod:poss", exact: true) && h >= 0 && _tree.Head(h) == noun;
    }

    private bool HasThatClause(int t)
    {
        for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c))
            if (c > t && (_tree.Is(c, "acl") || _tree.Is(c, "ccomp")) && _tree.MarkOf(c) is int m and >= 0 && _tree.IsWord(m, "that")) return true;
        return false;
    }

    private bool HasUnrealModifier(int t)
    {
        for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c))
            if (c < t && _tree.Is(c, "amod") && LemmaIn(c, Words(NounWordList.Unreal))) return true;
        return false;
    }

    private bool HasAspectModifier(int t)
    {
        for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c))
        {
            if (c > t || !_tree.Is(c, "amod")) continue;
            // "the increasing cooperation between X and Y", "Argentina's ongoing talks"; a bare "-ing" word may be a
            // verb taking the noun as its object ("discussed increasing cooperation to combat climate change").
            if (LemmaIn(c, Words(NounWordList.Aspect)))
            {
                if (_tree.Xpos(c) != "VBG") return true; // "ongoing" is an adjective

                for (int d = _tree.FirstChild(t); d >= 0; d = _tree.NextSibling(d))
                    if (d < c && (_tree.Is(d, "det") || _tree.Is(d, "nmod:poss", exact: true))) return true;
                continue;
            }
            // "the recently signed agreement between X and Y": an adverb of the list on the participle says it too.
            for (int a = _tree.FirstChild(c); a >= 0; a = _tree.NextSibling(a))
                if (_tree.Is(a, "advmod") && LemmaIn(a, Words(NounWordList.Aspect))) return true;
        }
        return false;
    }

    private bool HasNegativeDeterminer(int t)
    {
        for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "det") && (_tree.IsWord(c, "no") || _tree.IsWord(c, "any"))) return true;
        return false;
    }

    /// <summary>Where event noun <paramref name="t"/> stands: the context, the verb that governs it and, for an
    /// oblique, its preposition.</summary>
    private NounContext ContextOf(int t, out int governor, out int caseWord)
    {
        // "launched 10 days of war games", "a wave of air strikes", "two rounds of talks": the noun that measures the
        // event stands in its place.
        int phrase = ConjunctPlace(t);
        if (_tree.Is(phrase, "nmod") && _tree.Head(phrase) is int m and >= 0 && m < phrase && LemmaIn(m, Words(NounWordList.Measure))
            && _tree.CaseOf(phrase) is int of and >= 0 && _tree.IsWord(of, "of"))
            phrase = m;
        governor = _tree.Head(phrase);
        caseWord = -1;
        if (governor < 0) return NounContext.None;
        int h = governor;
        var rel = _tree.Relation(phrase);
        // A parser reads a measure as a bare noun phrase of time ("launched [10 days] of ..."): its object all the same.
        if (phrase != t && rel is "obl:unmarked" or "obl:tmod" or "obl:npmod") rel = "obj";
        NounContext context = NounContext.None;
        if (rel is "obj" || (rel is "nsubj:pass" && LemmaIn(h, Words(NounWordList.Light))))
        {
            if (rel is "obj" && LemmaIn(h, Words(NounWordList.Receive))) context = NounContext.Received;
            else if (rel is "obj" && (LemmaIn(h, Words(NounWordList.Reaction)) || LemmaIn(h, Words(NounWordList.Prior)))) context = NounContext.Reaction;
            else if (rel is "obj" && LemmaIn(h, Words(NounWordList.Announce))) context = NounContext.Announced;
            else if (LemmaIn(h, Words(NounWordList.Light)) && (!IsLemma(h, "carry") || _tree.HasChildWord(h, "compound:prt", "out"))
                && !IsTopicGerund(h)) context = NounContext.LightObject;
        }
        else if (rel is "nsubj")
        {
            if (LemmaIn(h, Words(NounWordList.Occurrence)) || LemmaIn(h, Words(NounWordList.Harm)) || (IsLemma(h, "take") && HasObjectWord(h, "place")))
                context = NounContext.Subject;
        }
        else if (rel.StartsWith("obl", StringComparison.Ordinal) || (rel.StartsWith("nmod", StringComparison.Ordinal) && _tree.Upos(h) == Upos.VERB))
        {
            caseWord = _tree.CaseOf(phrase);
            if (caseWord < 0) return NounContext.None;
            if (IsLemma(h, "engage") && IsCase(caseWord, "in") && _tree.Child(h, "obj") >= 0)
                context = NounContext.LightObject; // "engaged the rebels in a firefight": the object is the target
            else if (LemmaIn(h, Words(NounWordList.Harm)) && (IsCase(caseWord, "in") || IsCase(caseWord, "by") || IsCase(caseWord, "during") || IsCase(caseWord, "amid")))
                context = NounContext.HarmCause;
            else if (LemmaIn(h, Words(NounWordList.Basis)) && (IsCase(caseWord, "on") || IsCase(caseWord, "upon") || IsCase(caseWord, "from")))
                context = NounContext.Basis;
            else if (IsCase(caseWord, "during") || IsCase(caseWord, "after") || IsCase(caseWord, "following")
                || (IsCase(caseWord, "on") && LemmaIn(h, Words(NounWordList.Motion))))
                context = NounContext.Adverbial;
        }
        else if (rel.StartsWith("nmod", StringComparison.Ordinal) && _tree.Upos(h) == Upos.NOUN && LemmaIn(h, Words(NounWordList.Basis))
            && _tree.CaseOf(phrase) is int ofWord and >= 0 && IsCase(ofWord, "of"))
        {
            // "this action was a result of collaboration between X and Y": the noun's clause vouches for it.
            caseWord = ofWord;
            context = NounContext.Basis;
            // Only as the predicate of a plain copula clause: "may be a result of" is not read.
            return _tree.Relation(h) is "root" && _tree.Child(h, "cop") >= 0 && _tree.Child(h, "aux") < 0 ? context : NounContext.None;
        }
        if (context == NounContext.None) return context;
        // The governing verb must assert: not an unrealised infinitive, negated, speculative, conditional, not yet
        // done, only claimed, or announced for later ("will hold talks": an intent the verb dictionary codes).
        if (!IsPredicate(h) || IsRuledOut(h)) return NounContext.None;
        // A verb the verb reading coded already covers its noun: "Israeli strikes killed five", "staged an air raid"
        // (the entry "stage air ... <obj>" used "air", not "raid"). An adverbial, or the act a reaction reacts to, is
        // another act than its verb's.
        // An announcement is a statement of its own ("announced" may be coded as one).
        if (context is not (NounContext.Adverbial or NounContext.Reaction or NounContext.Announced) && _decided.Contains(h)) return NounContext.None;
        int auxFrom = _clauses.AuxiliarySource(h);
        if (_clauses.Modal(h, out _) >= 0 || (auxFrom != h && _clauses.Modal(auxFrom, out _) >= 0)) return NounContext.None;
        return context;
    }

    /// <summary>The place of noun <paramref name="t"/> in its clause: itself, or, for a conjunct, the first noun of its
    /// coordination ("condemned the coup and the detention of X", "the removal and arrest of X"): a parser hangs a
    /// conjunct on the first conjunct, which stands where the whole coordination stands. Only nouns joined to nouns:
    /// a noun joined to a verb heads a clause of its own.</summary>
    private int ConjunctPlace(int t)
    {
        int p = t;
        while (_tree.Is(p, "conj", exact: true) && _tree.Head(p) is int h and >= 0 && h < p && _tree.Upos(h) is Upos.NOUN or Upos.PROPN)
            p = h;
        return p;
    }

    private bool IsCase(int k, string word) => _tree.IsWord(k, word);

    private bool IsLemma(int t, string lemma) =>
        (_tree.Lemma(t) is { } l && l.Equals(lemma, StringComparison.OrdinalIgnoreCase)) || _tree.IsWord(t, lemma);

    private bool HasObjectWord(int v, string word)
    {
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "obj") && _tree.IsWord(c, word)) return true;
        return false;
    }

    /// <summary>The entry whose required modifiers all modify <paramref name="t"/>, the one with most modifiers first;
    /// only things received for a verb of receiving, only events otherwise.</summary>
    private NounEntry? BestEntry(ReadOnlySpan<NounEntry> entries, int t, bool received)
    {
        NounEntry? best = null;
        foreach (var e in entries)
        {
            if (e.Received != received) continue;
            if (best != null && e.Modifiers.Count <= best.Modifiers.Count) continue;
            bool all = true;
            foreach (var alts in e.Modifiers)
                if (!HasModifier(t, alts)) { all = false; break; }
            if (all) best = e;
        }
        return best;
    }

    private bool HasModifier(int t, IReadOnlyList<string> words)
    {
        for (int c = _tree.FirstChild(t); c >= 0 && c < t; c = _tree.NextSibling(c))
        {
            if (!(_tree.Is(c, "compound") || _tree.Is(c, "amod") || _tree.Is(c, "nmod"))) continue;
            foreach (var w in words)
                if (_tree.IsWord(c, w) || (_tree.Lemma(c) is { } l && l.Equals(w, StringComparison.OrdinalIgnoreCase))) return true;
        }
        return false;
    }

    /// <summary>The actors the noun phrase itself names: its possessor, actor adjective and by-phrase (sources) and
    /// the nominals behind the entry's prepositions.</summary>
    private void NounActors(int t, NounEntry entry, List<int> sources, List<int> targets, List<int> pair, int verb)
    {
        sources.Clear(); targets.Clear(); pair.Clear();
        int placeCompound = -1;
        for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c))
        {
            if (_tree.Is(c, "nmod:poss", exact: true))
            {
                _clauses.ActorsAt(c, sources, modifiers: false);
                continue;
            }
            if (_tree.Is(c, "amod") && c < t && _tree.MentionAtHead(c) is int am and >= 0)
            {
                // "Israeli shelling", "the Turkish and Greek attacks": a nationality adjective is whose act it is; a
                // role adjective says what kind of act it is ("a military offensive", "a terrorist attack").
                if (_tree.Mentions[am].Code.Primary != "---") _clauses.ActorsAt(c, sources, modifiers: false);
                continue;
            }
            if (_tree.Is(c, "compound", exact: true) && c < t)
            {
                // "Hamas attacks", "US air strikes", "US Predator attacks" (a compound on a compound); not "Gaza
                // attacks", where the compound may as well be the place hit.
                int cc = c;
                if (_tree.MentionAtHead(cc) < 0)
                    for (int g = _tree.FirstChild(c); g >= 0 && g < c; g = _tree.NextSibling(g))
                        if (_tree.Is(g, "compound", exact: true)) { cc = g; break; }
                if (_tree.MentionAtHead(cc) is int cm and >= 0)
                {
                    if (IsActorCompound(cm)) _clauses.ActorsAt(cc, sources, modifiers: false);
                    else placeCompound = cc;
                }
                continue;
            }
            if (!(_tree.Is(c, "nmod") || _tree.Is(c, "obl") || _tree.Is(c, "acl")) || c < t) continue;
            Slot(c, entry, sources, targets, pair, nested: true);
        }
        if (targets.Count == 0 && pair.Count == 0 && _tree.Is(t, "conj", exact: true) && _tree.Head(t) is int first and >= 0 && first < t
            && _tree.Upos(first) is Upos.NOUN or Upos.PROPN)
        {
            // "the removal and arrest of X": a parser hangs the phrase the two nouns share on the first one; the
            // phrases after the conjunct are its own too.
            for (int c = _tree.FirstChild(first); c >= 0; c = _tree.NextSibling(c))
                if (c > t && _tree.Is(c, "nmod")) Slot(c, entry, sources, targets, pair, nested: true);
        }
        if (sources.Count == 0 && _tree.Is(t, "conj", exact: true) && _tree.Head(t) is int head and >= 0 && head < t
            && _tree.Upos(head) is Upos.NOUN or Upos.PROPN && _tree.Child(t, "det") < 0)
        {
            // "Belarus's removal and arrest of X": a conjunct without a determiner of its own shares the first
            // conjunct's possessor ("the coup and the arrest of X" does not: "the" opens a noun phrase of its own).
            for (int c = _tree.FirstChild(head); c >= 0 && c < head; c = _tree.NextSibling(c))
                if (_tree.Is(c, "nmod:poss", exact: true)) _clauses.ActorsAt(c, sources, modifiers: false);
        }
        int h = verb;
        if (h >= 0)
        {
            // A parser often hangs the noun's prepositional phrase on the verb: "received weapons [from the US]",
            // "held talks on Monday [with X]".
            for (int c = _tree.FirstChild(h); c >= 0; c = _tree.NextSibling(c))
                if (c > t && _tree.Is(c, "obl") && !_tree.Is(c, "obl:agent", exact: true)) Slot(c, entry, sources, targets, pair, nested: false);
        }
        // "United States assistance to UNRWA", "Israel strikes on Gaza": with the one acted on named in a slot, a place
        // compound is no longer where the act falls but who does it.
        if (placeCompound >= 0 && sources.Count == 0 && targets.Count > 0)
        {
            _clauses.ActorsAt(placeCompound, sources, modifiers: false);
            for (int i = sources.Count - 1; i >= 0; i--)
                if (targets.Contains(sources[i])) sources.RemoveAt(i);
        }
    }

    /// <summary>Reads nominal <paramref name="c"/> behind one of the noun's prepositions into the slot its
    /// preposition names.</summary>
    private void Slot(int c, NounEntry entry, List<int> sources, List<int> targets, List<int> pair, bool nested)
    {
        int k = _tree.CaseOf(c);
        if (k < 0) return;
        var word = _tree.Word(k);
        // On the verb a by-phrase is the verb's agent, not the noun's.
        if (!nested && word.Equals("by", StringComparison.OrdinalIgnoreCase)) return;
        switch (entry.RoleOf(word))
        {
            case NounRole.Source:
                _clauses.ActorsAt(c, sources);
                if (nested)
                {
                    // "the attack by Israel on Gaza": a parser may hang the target's phrase on the by-phrase, the
                    // mirror of "the attack on the embassy by Hamas" below.
                    for (int g = _tree.FirstChild(c); g >= 0; g = _tree.NextSibling(g))
                        if (g > c && _tree.Is(g, "nmod") && _tree.CaseOf(g) is int gk and >= 0 && entry.RoleOf(_tree.Word(gk)) == NounRole.Target)
                        {
                            if (entry.Code.Root >= 18) ForceTarget(g, targets);
                            else _clauses.ActorsAt(g, targets);
                        }
                }
                break;
            case NounRole.Target:
                if (entry.Code.Root >= 18) ForceTarget(c, targets);
                else _clauses.ActorsAt(c, targets);
                if (nested)
                {
                    // "an attack on the embassy by Hamas": a parser may hang the by-phrase on the target.
                    for (int g = _tree.FirstChild(c); g >= 0; g = _tree.NextSibling(g))
                        if (g > c && _tree.Is(g, "nmod") && _tree.CaseOf(g) is int gk and >= 0 && _tree.IsWord(gk, "by")) _clauses.ActorsAt(g, sources);
                }
                break;
            case NounRole.Pair: _clauses.ActorsAt(c, pair); break;
            case null when nested && word.Equals("of", StringComparison.OrdinalIgnoreCase):
                // "the withdrawal of some forces from Panama": where the noun has no slot for 'of', the of-phrase is
                // what the act moves or spends, and a parser may hang the noun's own target phrase on it.
                for (int g = _tree.FirstChild(c); g >= 0; g = _tree.NextSibling(g))
                    if (g > c && _tree.Is(g, "nmod") && _tree.CaseOf(g) is int gk and >= 0 && entry.RoleOf(_tree.Word(gk)) == NounRole.Target)
                    {
                        if (entry.Code.Root >= 18) ForceTarget(g, targets);
                        else _clauses.ActorsAt(g, targets);
                    }
                break;
        }
    }

    /// <summary>Codes one event noun in its context; true when events were made.</summary>
    private bool CodeNoun(int sentence, int t, NounEntry entry, NounContext context, int governor, int caseWord)
    {
        NounActors(t, entry, _nounSources, _nounTargets, _nounPair, context is NounContext.LightObject or NounContext.Announced or NounContext.Received ? governor : -1);
        var notes = new List<string>(6) { "event noun: " + entry.EvidenceText };
        string? route = null;
        int subjectNode = -1;
        List<int> sources = _nounSources, targets = _nounTargets;
        switch (context)
        {
            case NounContext.LightObject:
            case NounContext.Announced:
            {
                _clauses.Subjects(governor, _subjects, _patients, _agents, out bool passive, out int subjectToken);
                notes.Add(context == NounContext.Announced ? $"the object of '{_tree.Word(governor)}': a measure announced is taken"
                    : $"the object of the light verb '{_tree.Word(governor)}'");
                // "announced additional deals between Israel and Bahrain": the one who announces an agreement is no
                // party to it when the noun names its own; "Boeing announced a deal with X" makes Boeing one.
                if (context == NounContext.Announced && (_nounPair.Count >= 2 || _nounSources.Count > 0))
                {
                    route = "the noun's own sides (an announcer is no party to it)";
                    break;
                }
                if (passive)
                {
                    // "talks were held with X (by Y)": the by-phrase, else the noun's own actors.
                    if (_agents.Count > 0) { sources = _agents; route = "the light verb's by-phrase"; }
                }
                else if (_subjects.Count > 0)
                {
                    sources = _subjects;
                    route = "the light verb's subject";
                    subjectNode = subjectToken;
                }
                int verbObject = _tree.Child(governor, "obj");
                if (_nounTargets.Count == 0 && _nounPair.Count == 0 && verbObject >= 0 && verbObject != t)
                    _clauses.ActorsAt(verbObject, _nounTargets); // "engaged the rebels in a firefight"
                break;
            }
            case NounContext.Received:
            {
                _clauses.Subjects(governor, _subjects, _patients, _agents, out bool passive, out _);
                if (passive || _subjects.Count == 0) return false;
                notes.Add($"received ('{_tree.Word(governor)}'): the giver is the source, the receiver the target");
                _nounTargets.Clear();
                _nounTargets.AddRange(_subjects);
                route = "the noun's from-phrase (the giver)";
                break;
            }
            case NounContext.Subject:
            {
                notes.Add($"the subject of '{_tree.Word(governor)}'");
                // "Clashes erupted between X and Y", "talks were held ... between": a parser hangs the noun's between-pair
                // on the verb. Only the pair: the verb's other phrases are its own ("killed three [in Gaza]").
                if (_nounPair.Count == 0)
                    for (int c = _tree.FirstChild(governor); c >= 0; c = _tree.NextSibling(c))
                        if (c > t && _tree.Is(c, "obl") && _tree.CaseOf(c) is int k and >= 0 && entry.RoleOf(_tree.Word(k)) == NounRole.Pair)
                            _clauses.ActorsAt(c, _nounPair);
                if (_nounTargets.Count == 0 && _nounPair.Count == 0 && LemmaIn(governor, Words(NounWordList.Harm)))
                {
                    // "the attack killed three soldiers": the victims are the ones acted on.
                    int obj = _tree.Child(governor, "obj");
                    if (obj < 0) obj = _tree.Child(governor, "obl:unmarked"); // "killed [at least eight leaders]" misread as a measure
                    if (obj >= 0) _clauses.ActorsAt(obj, _nounTargets);
                }
                break;
            }
            case NounContext.HarmCause:
            {
                notes.Add($"the cause of '{_tree.Word(governor)}' ('{_tree.Word(caseWord)}')");
                if (_nounTargets.Count == 0 && _nounPair.Count == 0) Victims(governor, _nounTargets);
                break;
            }
            case NounContext.Reaction:
            {
                // "condemned Russia's invasion of Ukraine": the reaction presupposes the act, whose doer only the noun
                // names; "condemned the attack on X" names none, and the one who condemns is no attacker.
                // A point in time ("follows meetings between A and B in Vienna, Malta ...") needs its own doer too.
                if (_nounSources.Count == 0 && (_nounPair.Count == 0 || LemmaIn(governor, Words(NounWordList.Prior)))) return false;
                notes.Add($"the object of the reaction '{_tree.Word(governor)}': the act it reacts to");
                break;
            }
            case NounContext.Basis:
            {
                if (_nounSources.Count == 0 && _nounPair.Count < 2) return false;
                notes.Add($"what '{_tree.Word(governor)}' rests on ('{_tree.Word(caseWord)}'): an act that came before");
                break;
            }
            case NounContext.Aspect:
            {
                // "Russia's increased attacks on civilian infrastructure": done, but by whom only the noun can say.
                if (_nounSources.Count == 0 && _nounPair.Count < 2) return false;
                notes.Add("marked as done or under way by its adjective");
                break;
            }
            case NounContext.Adverbial:
            {
                // "spoke with Zelensky after Russia's missile strikes on Kyiv": an act in a time adverbial has happened,
                // but it is the clause subject's own only for a meeting or visit; an act of coercion or force (17-20)
                // is read with its own doer. Not other acts: a protest's target is often an act whose by-phrase the
                // parser hangs where the protest's would be ("during demonstrations against violations by the army").
                if (!(entry.Code.Root >= 3 && entry.Code.Root <= 6))
                {
                    if (_nounSources.Count == 0 || entry.Code.Root < 17) return false;
                    notes.Add($"an adverbial of '{_tree.Word(governor)}' ('{_tree.Word(caseWord)}'): an act that happened, with its own doer");
                    break;
                }
                _clauses.Subjects(governor, _subjects, _patients, _agents, out bool passive, out int subjectToken);
                notes.Add($"an adverbial of '{_tree.Word(governor)}' ('{_tree.Word(caseWord)}')");
                if (_nounSources.Count == 0 && !passive && _subjects.Count > 0)
                {
                    sources = _subjects;
                    route = "the subject of the clause the adverbial belongs to";
                    subjectNode = subjectToken;
                }
                break;
            }
        }
        if (route is null && sources == _nounSources) route = "the noun's possessor, adjective or by-phrase";

        var code = entry.Code;
        bool withVerb = context is NounContext.LightObject or NounContext.Announced or NounContext.Received;
        int first = withVerb ? Math.Min(t, governor) : t, last = withVerb ? Math.Max(t, governor) : t;
        var trigger = new TokenSpan(first, last - first + 1);

        if (sources.Count == 0)
        {
            // "talks between India and Pakistan ended": the two sides act on each other.
            // Cooperative acts, and the symmetric ones of data/verbs/symmetric.txt ("clashes between X and Y").
            if (_nounPair.Count < 2 || !((code.Root >= 3 && code.Root <= 6)
                || SymmetricActs.Default.IsSymmetric(code, _tree.Lemma(t) ?? _tree.Word(t).ToString().ToLowerInvariant()))) return false;
            // A side without a country ("clashes between police and protesters") is no side of an event; decided.
            if (ReciprocalSides.Named(_tree, _nounPair, _sides) < 2) return true;
            _nounPair.Clear();
            _nounPair.AddRange(_sides);
            if (code.Root == 4 && _nounPair.Count == 2 && _tree.Mentions[_nounPair[0]].Code.Primary == _tree.Mentions[_nounPair[1]].Code.Primary
                && _tree.Mentions[_nounPair[0]].Code.Primary != "---") return false;
            notes.Add("reciprocal: the two sides of 'between'");
            AddNounPathNotes(notes, t, -1, -1, null);
            for (int a = 0; a < _nounPair.Count; a++)
                for (int b = 0; b < _nounPair.Count; b++)
                    if (a != b) EventEmitter.Emit(_stage, _article, sentence, entry.Pattern, trigger, code, _nounPair[a], _nounPair[b], "noun-event", notes, null, null);
            return true;
        }
        if (targets.Count == 0 && _nounPair.Count > 0) targets = _nounPair;
        // "support for an approach to Iran" is no support for Iran (as EndorsedOwner decides for the verb reading):
        // a stance is for the actor its slot names, or for that actor's own thing ("support for Israel's right").
        if (code.Root == 5 && code.Digits == "051")
            for (int i = targets.Count - 1; i >= 0; i--)
                if (!IsOwnSlotActor(t, FirstTokenNode(targets[i]))) targets.RemoveAt(i);
        // An actor never acts on itself; a meeting or visit within one country is no event between actors.
        for (int i = targets.Count - 1; i >= 0; i--)
            if (sources.Contains(targets[i]) || (code.Root == 4 && SameCountryAsAny(targets[i], sources))) targets.RemoveAt(i);
        // "Israeli shelling of Gaza towns", "air strikes on Aleppo": a place struck is its civilians.
        if (sources.Count > 0 && StruckByNoun(sentence, t, entry, targets, notes) is { } struck)
        {
            AddNounPathNotes(notes, t, SourceNodeOf(sources, subjectNode), struck.Node, route);
            EventEmitter.EmitAll(_stage, _article, sentence, entry.Pattern, trigger, code, sources, struck.People, "noun-event", notes);
            return true;
        }
        if (targets.Count == 0)
        {
            // "During the meeting, X and Y agreed": the sides of a meeting (an entry with a between-pair) act on each
            // other; a visit is made by one side to the other, never both ways.
            if (sources.Count >= 2 && code.Root >= 3 && code.Root <= 6 && HasPairSlot(entry))
            {
                if (ReciprocalSides.Named(_tree, sources, _sides) < 2) return true;
                sources = _sides;
                notes.Add("reciprocal");
                AddNounPathNotes(notes, t, SourceNodeOf(sources, subjectNode), -1, route);
                for (int a = 0; a < sources.Count; a++)
                    for (int b = 0; b < sources.Count; b++)
                        if (a != b && !(code.Root == 4 && SameCountryAsAny(sources[b], [sources[a]])))
                            EventEmitter.Emit(_stage, _article, sentence, entry.Pattern, trigger, code, sources[a], sources[b], "noun-event", notes, null, null);
                return true;
            }
            // A protest may have no stated target; any other act without the one acted on is not coded.
            if (code.Root != 14) return false;
        }
        AddNounPathNotes(notes, t, SourceNodeOf(sources, subjectNode), targets.Count > 0 ? FirstTokenNode(targets[0]) : -1, route);
        EventEmitter.EmitAll(_stage, _article, sentence, entry.Pattern, trigger, code, sources, targets, "noun-event", notes);
        return true;
    }

    /// <summary>The target of an act of force: the actors the nominal names, unless it is an abstract thing ("an
    /// assault on Hong Kong's autonomy", "attacks on democracy" are figures of speech, not force used on an actor).</summary>
    private void ForceTarget(int c, List<int> into)
    {
        if (_tree.MentionAtHead(c) < 0 && (LemmaIn(c, Words(NounWordList.AbstractTarget)) || _tree.Lemma(c) is "right" or "freedom")) return;
        _clauses.ActorsAt(c, into);
    }


    /// <summary>True when a compound before an event noun names who acts: an actor with a role or group ("Hamas",
    /// "Taliban") or an acronym ("US", "UN", "NATO"). A bare place name ("Gaza attacks", "Iran sanctions") may as well
    /// be where or on whom the act falls, so it names no one.</summary>
    private bool IsActorCompound(int mention)
    {
        var m = _tree.Mentions[mention];
        if (m.Code.Value.Length > 3) return true;
        bool letters = false;
        foreach (char ch in m.Text)
        {
            if (char.IsLower(ch)) return false;
            if (char.IsLetter(ch)) letters = true;
        }
        return letters;
    }

    private static bool HasPairSlot(NounEntry entry)
    {
        foreach (var s in entry.Slots) if (s.Role == NounRole.Pair) return true;
        return false;
    }

    private bool SameCountryAsAny(int mention, List<int> others)
    {
        var primary = _tree.Mentions[mention].Code.Primary;
        if (primary == "---") return false;
        foreach (int o in others) if (_tree.Mentions[o].Code.Primary == primary) return true;
        return false;
    }

    /// <summary>The victims of harm verb <paramref name="v"/>: its own subject ("were killed", "died"), or the noun a
    /// participle modifies ("civilians killed in the attack"); a subject shared across clauses is not taken (the
    /// speaker of "reiterated his sympathy for those killed in" is no victim).</summary>
    private void Victims(int v, List<int> into)
    {
        int s = _tree.Child(v, "nsubj:pass");
        if (s < 0) s = _tree.Child(v, "nsubj");
        if (s >= 0) { _clauses.ActorsAt(s, into); return; }
        if (_tree.Relation(v) is "acl" && _tree.Head(v) is int h and >= 0) _clauses.ActorsAt(h, into);
    }

    private int SourceNodeOf(List<int> sources, int subjectNode) =>
        subjectNode >= 0 ? SourceNode(sources, subjectNode) : sources.Count > 0 ? FirstTokenNode(sources[0]) : -1;

    private void AddNounPathNotes(List<string> notes, int t, int sourceNode, int targetNode, string? route)
    {
        notes.Add("read from the dependency parse");
        if (route is not null) notes.Add("source: " + route);
        if (sourceNode >= 0) notes.Add("source path: " + ParsePath.Between(_tree, t, sourceNode));
        if (targetNode >= 0) notes.Add("target path: " + ParsePath.Between(_tree, t, targetNode));
    }
}
