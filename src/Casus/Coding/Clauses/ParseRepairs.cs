using Casus.Coding.Verbs;
using Casus.Document;
using Casus.Time;

namespace Casus.Coding.Clauses;

/// <summary>
/// Repairs of the parse, sentence by sentence, where the tagger gave a dictionary verb another part of speech and the
/// parser built the sentence around that mistake (docs/formats/verbs.md, "Parse repairs"):
/// <list type="bullet">
/// <item>A past tense read as a participle or adjective in a sentence with no finite verb: "The United Nations
/// [called ←acl] on Israel to [act root]", "Young Algerians [blocked ←amod] [roads root]". The verb becomes the root,
/// the noun phrase before it its subject and the noun after it its object (or the infinitive its complement); so does a
/// participle on a root noun in a sentence with no finite verb ("Archbishop Tutu on Sunday [called ←acl] for ...").</item>
/// <item>An infinitive read as a noun or adjective after <c>to</c>: "urged Syria to [free ←amod] prisoners",
/// "offered to [hand ←obl] over the hostages" (or "over to Great Britain two of its nationals", the recipient put
/// first). The word becomes an infinitive under the verb before it and the noun phrase after it its object.</item>
/// <item>A subordinator read as a preposition: "came [as ←case] [Israel ←obl] [announced ←conj]". A finite verb
/// right after the noun phrase, with no subject of its own, says the phrase is its subject and the word its
/// mark.</item>
/// <item>"up to" before a counted noun read as a particle and a preposition ("allow [up ←compound:prt] [to ←case]
/// 13,000 refugees"): it becomes the number's modifier and the noun the verb's object.</item>
/// <item>An infinitive hung on the object's relative clause ("allow refugees who have [lived] in Iraq [to return
/// ←advcl of lived]") where the verb above takes "&lt;obj&gt; to": it becomes that verb's complement.</item>
/// <item>A past tense read as a passive participle with an object and no auxiliary: "Border agents [abused ←root VBN]
/// immigrants" with the agents as nsubj:pass. The subject becomes the doer.</item>
/// <item>The later items of a list of three or more objects hung on the verb as its conjuncts: "launched artillery,
/// [mortar ←conj of launched] and rocket [fire ←conj of launched] against the camps". They become conjuncts of the
/// object, so the last item's words and phrases are read as the object's (<c>launch ... fire (against) &lt;obj&gt;</c>).</item>
/// <item>A reported clause read as a relative clause on the weekday before it: "Uganda said on [Sunday] it had [paid
/// ←acl:relcl of Sunday] compensation". The clause becomes the reporting verb's complement.</item>
/// <item>A noun read as a compound of the noun behind its own of-phrase: "the [return ←compound of inspectors] of U.N.
/// weapons [inspectors]". The first noun becomes the head and the last the object of its "of".</item>
/// <item>An object put after an "as"-phrase and read as that phrase's modifier: "denounced as an ugly [crime ←obl]
/// [Serbia's suppression ←nmod of crime, no preposition] of ...". It becomes the verb's object.</item>
/// <item>A dictionary verb read as an auxiliary before its object: "Trump [withheld ←aux MD] military [aid root]". It
/// becomes the verb and the noun its object.</item>
/// </list>
/// Only words the verb dictionary knows are repaired (the coder reads nothing else), and a repair that would leave a
/// cycle is undone.
/// </summary>
internal sealed partial class ParseRepairs
{
    // Adverbial particles of phrasal verbs that follow an infinitive ("to hand over", "to free up").
    private static readonly string[] Particles = ["over", "up", "out", "off", "back", "down", "away"];
    // Words that are prepositions before a noun and subordinators before a clause ("after the talks" / "after the
    // talks ended").
    private static readonly string[] Subordinators = ["as", "after", "before", "since", "until", "while", "because", "once"];

    private readonly ParseTree _tree;
    private readonly VerbDictionary _verbs;
    // Tokens a repair rewrote, with their readings before it, so a repair that leaves a cycle can be undone.
    private readonly List<(int Token, int Head, string Relation, Upos Upos, string? Xpos)> _undo = new(8);

    public ParseRepairs(ParseTree tree, VerbDictionary verbs) => (_tree, _verbs) = (tree, verbs);

    /// <summary>Repairs the sentence of tokens [<paramref name="start"/>, <paramref name="end"/>); true when it
    /// rewrote some token (the tree's child lists are then stale until rebuilt).</summary>
    public bool Repair(int start, int end)
    {
        if (end - start < 3 || !_tree.HasParse(start, end)) return false;
        _undo.Clear();
        // The planned-step repair rewrites the sentence's root; the others read child lists it leaves stale.
        bool changed = RepairPlannedStep(start, end);
        if (!changed)
        {
            changed = RepairVerblessSentence(start, end);
            for (int w = start + 1; w < end - 1; w++) changed |= RepairInfinitive(w, start, end);
            for (int w = start; w < end - 2; w++) changed |= RepairSubordinator(w, start, end);
            for (int w = start + 1; w < end - 2; w++) changed |= RepairUpTo(w, start, end);
            for (int w = start + 1; w < end; w++) changed |= RepairRelativeInfinitive(w, start, end);
            for (int v = start; v < end; v++) changed |= RepairActivePast(v);
            for (int a = start + 1; a < end - 1; a++) changed |= RepairFalseAuxiliary(a, start, end);
            for (int c = start + 2; c < end; c++) changed |= RepairObjectList(c, start, end);
            for (int p = start + 3; p < end; p++) changed |= RepairDatedReport(p, start);
            for (int n = start + 3; n < end; n++) changed |= RepairShiftedObject(n, start, end);
            for (int w = start + 1; w < end - 2; w++) changed |= RepairStrandedPreposition(w, start, end);
            for (int c = start; c < end - 3; c++) changed |= RepairCompoundAcrossOf(c, start, end);
            for (int f = start + 3; f < end; f++) changed |= RepairFlatConjunction(f);
            changed |= RepairSubjectParticiple(start, end);
        }
        if (changed && HasCycle(start, end))
        {
            for (int i = _undo.Count - 1; i >= 0; i--)
            {
                var u = _undo[i];
                _tree.Set(u.Token, u.Head, u.Relation, u.Upos, u.Xpos);
            }
            return true;
        }
        return changed;
    }

    /// <summary>A sentence whose root is a noun or a to-infinitive, with a dictionary verb in the past tense read as a
    /// participle (acl on the subject) or an adjective (amod on the object) right after the subject's phrase.</summary>
    private bool RepairVerblessSentence(int start, int end)
    {
        int root = -1;
        for (int t = start; t < end; t++) if (_tree.Head(t) < 0 && _tree.Is(t, "root", exact: true)) { root = t; break; }
        if (root < 0 || _tree.Child(root, "cop") >= 0 || _tree.Child(root, "aux") >= 0 || _tree.Child(root, "aux:pass") >= 0) return false;
        bool infinitive = _tree.Upos(root) == Upos.VERB && _tree.Xpos(root) == "VB" && _tree.MarkOf(root) is int mk and >= 0 && _tree.IsWord(mk, "to");
        bool nominal = _tree.Upos(root) is Upos.NOUN or Upos.PROPN;
        if (!infinitive && !nominal) return false;
        for (int p = start + 1; p < end; p++)
        {
            if (!IsPastForm(p) || Passive(p)) continue;
            int head = _tree.Head(p);
            if (head < 0) continue;
            if (infinitive && _tree.Is(p, "acl", exact: true) && head < p && p < root && _tree.Head(head) == root && _tree.Is(head, "nsubj", exact: true))
            {
                // "The United Nations called on Israel to act": the infinitive is the verb's complement.
                if (!Adjacent(head, p)) continue;
                MakeVerb(p, -1, "root");
                Set(head, p, "nsubj");
                Set(root, p, "xcomp");
                MovePunctuation(root, p);
                return true;
            }
            // The participle may hang on a noun inside the subject's phrase ("Doctors from two aid groups [donated ←acl
            // on groups]"): any noun the root dominates before it.
            if (nominal && p > root && _tree.Is(p, "acl", exact: true) && _tree.Dominates(root, head) && !HasFiniteVerb(start, end) && Adjacent(root, p))
            {
                // "Archbishop Desmond Tutu on Sunday [called ←acl] for sanctions", "Police [used ←acl] tear gas": a
                // sentence with no finite verb whose subject noun is the root carries its verb as a participle.
                MakeVerb(p, -1, "root");
                MovePunctuation(root, p);
                Set(root, p, "nsubj");
                return true;
            }
            if (nominal && _tree.Is(p, "amod", exact: true) && head > p && _tree.Upos(head) is Upos.NOUN or Upos.PROPN)
            {
                // "Young Algerians blocked roads" (the object is the root, the subject its nsubj) or "The United
                // States cut aid to Egypt" (the subject is the root, the object its apposition).
                int subject = -1;
                if (head == root)
                {
                    int s = _tree.Child(root, "nsubj");
                    if (s >= 0 && s < p) subject = s;
                }
                else if (root < p && _tree.Head(head) == root) subject = root;
                if (subject < 0 || _tree.Upos(subject) is not (Upos.NOUN or Upos.PROPN or Upos.PRON) || !Adjacent(subject, p)) continue;
                // The object's phrase starts at the verb: a determiner or possessor before the word says it modifies
                // the noun after all ("President Biden's targeted actions", "the United States' proposed plan").
                if (HasLeftDependent(head, p, subject)) continue;
                MakeVerb(p, -1, "root");
                if (subject == root) MovePunctuation(root, p);
                else MovePunctuation(head, p);
                Set(subject, p, "nsubj");
                Set(head, p, "obj");
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A common noun hung on a verb as its conjunct, after the verb's object, with only list items, commas and a
    /// coordinator between: "launched [artillery ←obj], [mortar ←conj], and rocket [fire ←conj] against X". UD joins a
    /// conjunct to the first item of its own kind, and a noun coordinated with a verb says nothing, so the items belong to
    /// the object's list. A noun with a subject or object of its own (a verbless clause: "Iran fired missiles, and Israel
    /// drones") is left alone, and so is a list whose last item is no word of the verb's own entries: measured on news,
    /// moving every such list reached phrases of the items that are no part of the act ("exchanged views on efforts to
    /// advance peace, security, and prosperity for both Israelis and Palestinians" took the Palestinians as a side).
    /// </summary>
    private bool RepairObjectList(int c, int start, int end)
    {
        if (!_tree.Is(c, "conj", exact: true) || _tree.Xpos(c) is not ("NN" or "NNS")) return false;
        int v = _tree.Head(c);
        if (v < start || v >= c || _tree.Upos(v) != Upos.VERB || !IsPatternWord(v, c)) return false;
        int obj = -1;
        for (int k = v + 1; k < c; k++)
            if (_tree.Head(k) == v && _tree.Is(k, "obj", exact: true) && _tree.Upos(k) is Upos.NOUN or Upos.PROPN) { obj = k; break; }
        if (obj < 0) return false;
        bool coordinated = false;
        for (int k = obj + 1; k < c; k++)
        {
            // Every word between is the object's, the noun's own (its coordinator, commas, modifiers) or another item
            // of the list hung on the verb the same way.
            if (_tree.Dominates(obj, k) || _tree.Dominates(c, k)) { coordinated |= _tree.Head(k) == c && _tree.Upos(k) is Upos.CCONJ or Upos.PUNCT; continue; }
            if (_tree.Head(k) == v && _tree.Is(k, "conj", exact: true) && _tree.Xpos(k) is "NN" or "NNS") continue;
            if (_tree.Head(k) is int h && h >= 0 && _tree.Head(h) == v && _tree.Is(h, "conj", exact: true) && _tree.Xpos(h) is "NN" or "NNS") continue;
            return false;
        }
        if (!coordinated) return false;
        for (int k = c + 1; k < end; k++)
            if (_tree.Head(k) == c && (_tree.Is(k, "nsubj") || _tree.Is(k, "obj", exact: true))) return false;
        // The list's earlier items hung on the verb go with it ("mortar" in "artillery, mortar, and rocket fire").
        for (int k = obj + 1; k < c; k++)
            if (_tree.Head(k) == v && _tree.Is(k, "conj", exact: true)) Set(k, obj, "conj");
        Set(c, obj, "conj");
        return true;
    }

    /// <summary>
    /// A clause with its own subject hung as a relative clause on a weekday that dates a reporting verb: "Uganda said on
    /// [Sunday] [it] had [paid ←acl:relcl of Sunday] compensation to ...", "said on Monday it would ...". A weekday name
    /// takes no relative clause without a relative word ("the day it paid" has a common noun), so where the subject
    /// stands right after the weekday and the weekday is an oblique of a verb of saying (list <c>[reporting-verbs]</c> of
    /// data/frames/frame_words.txt), the clause is that verb's complement (ccomp), as the parser reads "said on Monday
    /// that it had paid".
    /// </summary>
    private bool RepairDatedReport(int p, int start)
    {
        if (!_tree.Is(p, "acl:relcl", exact: true) || _tree.Upos(p) != Upos.VERB) return false;
        int day = _tree.Head(p);
        if (day < start || day >= p - 1 || !CalendarWords.Default.IsWeekday(_tree.Word(day)) || !_tree.Is(day, "obl")) return false;
        int say = _tree.Head(day);
        if (say < start || _tree.Upos(say) != Upos.VERB
            || !FrameWords.Default.Contains(FrameWordList.ReportingVerbs, _tree.Lemma(say) ?? _tree.Word(say).ToString())) return false;
        // The clause's subject starts right after the weekday (its phrase covers every word between), and it is no
        // relative word ("on Sunday, which ...").
        int subject = -1;
        for (int k = day + 1; k < p; k++)
            if (_tree.Head(k) == p && _tree.Is(k, "nsubj")) { subject = k; break; }
        if (subject < 0) return false;
        for (int k = day + 1; k < subject; k++) if (!_tree.Dominates(subject, k)) return false;
        if (_tree.IsWord(subject, "that") || _tree.IsWord(subject, "which") || _tree.IsWord(subject, "who")) return false;
        Set(p, say, "ccomp");
        return true;
    }

    /// <summary>
    /// A heavy object put after the verb's "as"-phrase ("denounced as an ugly crime Serbia's suppression of ...",
    /// "described as illegal the decision of X"), which the parser hangs on the phrase's noun as an nmod with no
    /// preposition of its own: a noun joins a noun without a preposition only as a compound, apposition or possessor, so
    /// where the verb has no object, the noun is its object.
    /// </summary>
    private bool RepairShiftedObject(int n, int start, int end)
    {
        if (!_tree.Is(n, "nmod", exact: true) || _tree.Upos(n) is not (Upos.NOUN or Upos.PROPN)) return false;
        int h = _tree.Head(n);
        if (h < start || h >= n || !_tree.Is(h, "obl", exact: true)) return false;
        int v = _tree.Head(h);
        if (v < start || v >= h || _tree.Upos(v) != Upos.VERB) return false;
        bool asPhrase = false;
        for (int k = v + 1; k < h; k++) if (_tree.Head(k) == h && _tree.Is(k, "case", exact: true) && _tree.IsWord(k, "as")) asPhrase = true;
        if (!asPhrase) return false;
        // No preposition of its own, nothing but the as-phrase between, and no object on the verb.
        for (int k = h + 1; k < n; k++)
            if (_tree.Head(k) == n && _tree.Is(k, "case", exact: true) && _tree.Upos(k) == Upos.ADP) return false;
        for (int k = h + 1; k < n; k++) if (!_tree.Dominates(h, k)) return false;
        for (int k = start; k < end; k++)
            if (_tree.Head(k) == v && (_tree.Is(k, "obj", exact: true) || _tree.Is(k, "ccomp", exact: true))) return false;
        Set(n, v, "obj");
        return true;
    }

    /// <summary>
    /// A compound subject's frame verb read as a noun under the name before it: "Kenya and Uganda [plan ←root NOUN] to
    /// review ..." (the names its compounds) or "Ukraine and the United States [plan ←conj NOUN] to review ..." (the
    /// second name its compound, the word a conjunct of the first). A plural subject takes the bare form, so a name
    /// joined by "and" right before a base form that the dictionary completes with an infinitive ("plan to", "intend
    /// to"), with that infinitive hung on it, in a sentence with no finite verb, is the verb: it becomes the root, the
    /// first name its subject (the second that name's conjunct) and the infinitive its complement. Without "and" the
    /// word is a noun ("the Kenya plan to review ...").
    /// </summary>
    private bool RepairPlannedStep(int start, int end)
    {
        if (HasFiniteVerb(start, end)) return false;
        for (int p = start + 2; p < end - 2; p++)
        {
            if (_tree.Upos(p) != Upos.NOUN || _tree.Xpos(p) != "NN" || !IsBaseVerb(p) || !TakesInfinitive(p)) continue;
            int name = p - 1;
            if (_tree.Upos(name) != Upos.PROPN || !_tree.Dominates(p, name)) continue;
            int step = -1;
            for (int k = p + 1; k < end; k++)
                if (_tree.Head(k) == p && _tree.Is(k, "acl", exact: true) && _tree.Xpos(k) == "VB" && _tree.IsWord(k - 1, "to") && _tree.Head(k - 1) == k) { step = k; break; }
            if (step < 0) continue;
            int head = _tree.Head(p);
            if (head < 0 && _tree.Is(p, "root", exact: true))
            {
                // "Kenya and Uganda plan": the first name is a compound of the word, the second its conjunct.
                int first = -1;
                for (int k = start; k < name; k++)
                    if (_tree.Head(k) == p && _tree.Is(k, "compound", exact: true) && _tree.Upos(k) == Upos.PROPN) { first = k; break; }
                if (first < 0 || first == name || !_tree.Dominates(first, name) || !HasAndBetween(first, name, first)) continue;
                MakeVerb(p, -1, "root", "VBP");
                Set(first, p, "nsubj");
                Set(step, p, "xcomp");
                return true;
            }
            if (head >= start && head < name && _tree.Head(head) < 0 && _tree.Is(p, "conj", exact: true)
                && _tree.Upos(head) is Upos.PROPN or Upos.NOUN)
            {
                // "Ukraine and the United States plan": the coordinator and determiner hang on the word; they go to the
                // second name, which becomes the first one's conjunct.
                int cc = -1;
                for (int k = head + 1; k < name; k++)
                    if (_tree.Head(k) == p && _tree.Is(k, "cc", exact: true) && _tree.IsWord(k, "and")) { cc = k; break; }
                if (cc < 0 || _tree.Head(name) != p || !_tree.Is(name, "compound", exact: true)) continue;
                for (int k = head + 1; k < name; k++)
                    if (_tree.Head(k) == p) Set(k, name, _tree.Relation(k));
                MakeVerb(p, -1, "root", "VBP");
                Set(name, head, "conj");
                Set(head, p, "nsubj");
                Set(step, p, "xcomp");
                MovePunctuation(head, p);
                return true;
            }
        }
        return false;
    }

    // An "and" between two tokens that hangs on a token of the first's phrase.
    private bool HasAndBetween(int from, int to, int phrase)
    {
        for (int k = from + 1; k < to; k++)
            if (_tree.IsWord(k, "and") && _tree.Upos(k) == Upos.CCONJ && (_tree.Head(k) == phrase || _tree.Dominates(phrase, k))) return true;
        return false;
    }

    /// <summary>"to" + a dictionary verb read as a noun or adjective, followed by the start of a noun phrase or a
    /// particle, under a verb before it: "urged Syria to free the prisoners", "offered to hand over the hostages".</summary>
    private bool RepairInfinitive(int w, int start, int end)
    {
        if (_tree.Upos(w) is not (Upos.NOUN or Upos.ADJ) || !_tree.IsWord(w - 1, "to") || !IsBaseVerb(w)) return false;
        int next = w + 1;
        int particle = IsParticle(next) ? next : -1;
        int objectStart = particle >= 0 ? next + 1 : next;
        if (objectStart >= end) return false;
        // A phrasal verb puts a short recipient before a long object ("to hand over to Great Britain two of its
        // nationals"): a name's "to"-phrase right after the particle, with the object's start after it.
        int recipient = -1;
        if (particle >= 0 && _tree.IsWord(objectStart, "to") && _tree.Upos(objectStart) == Upos.ADP)
        {
            int r = _tree.Head(objectStart);
            if (r <= objectStart || r > objectStart + 4 || _tree.Upos(r) != Upos.PROPN || r + 1 >= end) return false;
            for (int k = objectStart + 1; k < r; k++) if (_tree.Head(k) != r) return false;
            recipient = r;
            objectStart = r + 1;
            if (_tree.Xpos(objectStart) is not ("CD" or "DT" or "PRP$")) return false;
        }
        int governor = Governor(w - 1, start);
        if (governor < 0) return false;
        // A bare plural after the word ("to free hostages", "to free political prisoners") is its object only where
        // the verb above is one the dictionary completes with an infinitive ("urge <obj> to <any>"): after other
        // words "to free elections" is a phrase of its own.
        // It also needs the one asked named between ("urged Hamas to free hostages"): with no one between, "committed
        // to free elections" reads as well as "committed to free hostages".
        if (!StartsNounPhrase(objectStart)
            && !(TakesInfinitive(governor) && NamesAddressee(governor, w - 1) && StartsBarePlural(objectStart, end))) return false;
        // The object's head: the first token from its start whose head lies before it (the parser hung it on the
        // verb above, or on the misread word itself).
        int obj = -1;
        for (int k = objectStart; k < end && k < objectStart + 8; k++)
        {
            int h = _tree.Head(k);
            if (h < objectStart || h == w) { obj = k; break; }
        }
        if (obj < 0 || _tree.Upos(obj) is not (Upos.NOUN or Upos.PROPN or Upos.PRON or Upos.NUM)) return false;
        MakeVerb(w, governor, "xcomp", "VB");
        Set(w - 1, w, "mark", Upos.PART, "TO");
        if (particle >= 0) Set(particle, w, "compound:prt", Upos.ADP, "RP");
        if (recipient >= 0) Set(recipient, w, "obl");
        Set(obj, w, "obj");
        return true;
    }

    /// <summary>
    /// A subordinator the tagger read as a preposition: "came [as ←case] [Israel ←obl] [announced ←conj] it would",
    /// "the protests began [after] the [government ←obl] [proposed ←conj] an amendment". A finite verb (VBD, VBZ,
    /// VBP) right after the noun phrase, with no subject of its own and no punctuation between, cannot follow a
    /// prepositional phrase there: the phrase is its subject, the word its mark, and the verb an adverbial clause
    /// of the word the phrase hung on. "such ... as" and "as well as" compare, and stay as they are.
    /// </summary>
    private bool RepairSubordinator(int s, int start, int end)
    {
        if (_tree.Upos(s) != Upos.ADP || !_tree.Is(s, "case", exact: true) || !IsSubordinator(s)) return false;
        if (s > start && (_tree.IsWord(s - 1, "well") || _tree.IsWord(s - 1, "such") || _tree.IsWord(s - 1, "so"))) return false;
        int noun = _tree.Head(s);
        if (noun <= s || noun >= end || _tree.Upos(noun) is not (Upos.NOUN or Upos.PROPN or Upos.PRON)) return false;
        // The phrase runs from the word to the last token the noun dominates, without a gap or punctuation.
        int last = s;
        for (int k = s + 1; k < end && _tree.Dominates(noun, k); k++)
        {
            if (_tree.Upos(k) == Upos.PUNCT && !_tree.IsWord(k, "'s")) return false;
            last = k;
        }
        int verb = last + 1;
        if (verb >= end || last < noun || _tree.Upos(verb) != Upos.VERB || _tree.Xpos(verb) is not ("VBD" or "VBZ" or "VBP")) return false;
        for (int k = start; k < end; k++)
        {
            if (k > s && k < noun && _tree.IsWord(k, "such")) return false;
            if (_tree.Head(k) == verb && (_tree.Is(k, "nsubj") || _tree.Is(k, "expl", exact: true))) return false;
        }
        int governor = _tree.Head(noun);
        if (governor != verb)
        {
            // The clause hangs where the phrase hung; if the verb was above the phrase, the phrase's governor was the
            // verb's own (the parse made the verb the sentence's head: "[After] the programs [suffered ←root]").
            if (_tree.Dominates(verb, noun) || governor < 0) return false;
            if (_tree.Dominates(noun, verb)) return false;
            // A phrase hung inside a noun phrase ("an agreement with the government [after ←case] [Turkey ←nmod]")
            // gives its clause to the verb of that phrase's clause: the clause says when the act happened.
            int clause = governor;
            for (int k = 0; clause >= 0 && _tree.Upos(clause) is not (Upos.VERB or Upos.AUX) && k < 16; k++) clause = _tree.Head(clause);
            if (clause < 0 || clause == verb) clause = governor;
            Set(verb, clause, "advcl");
        }
        Set(noun, verb, "nsubj");
        Set(s, verb, "mark", Upos.SCONJ, "IN");
        return true;
    }

    /// <summary>
    /// "up to" before a number read as a verb's particle and a preposition: "will allow [up ←compound:prt] [to ←case]
    /// 13,000 [refugees ←obl]", "to mobilise up to 600 billion dollars". "up to" with a number counts (at most so many);
    /// it becomes the number's modifier and the noun the verb's object, where the verb has none.
    /// </summary>
    private bool RepairUpTo(int up, int start, int end)
    {
        if (!_tree.IsWord(up, "up") || !_tree.Is(up, "compound:prt", exact: true) || !_tree.IsWord(up + 1, "to") || !_tree.Is(up + 1, "case", exact: true)) return false;
        int number = up + 2, verb = _tree.Head(up), noun = _tree.Head(up + 1);
        // The number counts the noun ("13,000 refugees"); a number on its own is a date or a sum ("the lead-up to 2022").
        if (_tree.Upos(number) != Upos.NUM || !_tree.Is(number, "nummod", exact: true) || _tree.Head(number) != noun) return false;
        if (noun <= number || _tree.Head(noun) != verb || !_tree.Is(noun, "obl", exact: true)) return false;
        for (int k = start; k < end; k++) if (_tree.Head(k) == verb && _tree.Is(k, "obj", exact: true)) return false;
        Set(up, number, "advmod", Upos.ADV, "RB");
        Set(up + 1, up, "fixed", Upos.ADP, "IN");
        Set(noun, verb, "obj");
        return true;
    }

    /// <summary>
    /// An infinitive hung on a relative clause of the object when it completes the verb above: "will allow
    /// [refugees ←obj] who have [lived ←acl:relcl] in Iraq for a decade [to return ←advcl of lived] home". Where the
    /// verb above is one the dictionary completes with "&lt;obj&gt; to" ("allow", "urge", "ask") and the relative
    /// clause's verb takes no infinitive, the infinitive is the verb's complement.
    /// </summary>
    private bool RepairRelativeInfinitive(int x, int start, int end)
    {
        if (_tree.Xpos(x) != "VB" || !_tree.Is(x, "advcl", exact: true) || !_tree.IsWord(x - 1, "to") || _tree.Head(x - 1) != x) return false;
        int relative = _tree.Head(x);
        if (relative < 0 || !_tree.Is(relative, "acl:relcl", exact: true) || TakesInfinitive(relative)) return false;
        int noun = _tree.Head(relative);
        if (noun < 0 || !(_tree.Is(noun, "obj", exact: true) || _tree.Is(noun, "obl", exact: true))) return false;
        int verb = _tree.Head(noun);
        if (verb < 0 || verb > noun || _tree.Upos(verb) != Upos.VERB || !TakesInfinitive(verb)) return false;
        // A short relative clause runs on without punctuation; an infinitive past a comma or a list belongs there.
        for (int k = noun + 1; k < x; k++) if (_tree.Upos(k) == Upos.PUNCT) return false;
        Set(x, verb, "xcomp");
        return true;
    }

    private bool IsSubordinator(int t)
    {
        foreach (var w in Subordinators) if (_tree.IsWord(t, w)) return true;
        return false;
    }

    /// <summary>Two titled names joined by "and" read as one name: "Mr. Finer and President Ali" with
    /// <c>Finer —flat→ Ali</c>, "and" and the title "President" hung inside the second name. A flat name part whose own
    /// title (nmod:desc) stands after an "and" between it and its head is a second person: it becomes the head's
    /// conjunct. A name with "and" and no title of its own ("Trinidad and Tobago") stays one name.</summary>
    private bool RepairFlatConjunction(int f)
    {
        if (!_tree.Is(f, "flat", exact: true)) return false;
        int h = _tree.Head(f);
        if (h < 0 || h >= f) return false;
        int and = -1;
        for (int t = h + 1; t < f; t++)
            if (_tree.IsWord(t, "and") && _tree.Upos(t) == Upos.CCONJ) { and = t; break; }
        if (and < 0) return false;
        for (int c = _tree.FirstChild(f); c >= 0; c = _tree.NextSibling(c))
            if (c > and && c < f && _tree.Is(c, "nmod:desc", exact: true) && _tree.Upos(c) is Upos.PROPN or Upos.NOUN)
            {
                Set(f, h, "conj");
                return true;
            }
        return false;
    }

    /// <summary>
    /// A preposition left without its noun, the parser having read the participle after it as a finite verb with
    /// the noun as its object: "meet [with ←obl] [exiled ←conj VBD] dissidents", "talks with detained activists". When
    /// the preposition hangs on a dictionary verb and the past form has no subject, the noun becomes the verb's
    /// oblique, the preposition its case and the past form its adjective. Reads heads, not the child lists (stale after
    /// other repairs).
    /// </summary>
    private bool RepairStrandedPreposition(int w, int start, int end)
    {
        if (_tree.Upos(w) != Upos.ADP || !_tree.Is(w, "obl", exact: true)) return false;
        int v = _tree.Head(w), p = w + 1;
        if (v < 0 || _tree.Upos(v) != Upos.VERB || _tree.Upos(p) != Upos.VERB || _tree.Xpos(p) is not ("VBD" or "VBN")) return false;
        if (_verbs.Lookup(_tree.Word(v)).IsEmpty && (_tree.Lemma(v) is not { } l || _verbs.Lookup(l).IsEmpty)) return false;
        int noun = -1;
        for (int t = start; t < end; t++)
        {
            if (_tree.Head(t) == w) return false; // the preposition has a phrase of its own
            if (_tree.Head(t) != p) continue;
            if (_tree.Relation(t).StartsWith("nsubj", StringComparison.Ordinal) || _tree.Is(t, "aux", exact: true)) return false;
            if (noun < 0 && t > p && _tree.Is(t, "obj", exact: true) && _tree.Upos(t) is Upos.NOUN or Upos.PROPN) noun = t;
        }
        if (noun < 0) return false;
        for (int t = p + 1; t < noun; t++) if (_tree.Head(t) != noun) return false; // only the noun's own words between
        Set(noun, v, "obl");
        Set(w, noun, "case", Upos.ADP, _tree.Xpos(w));
        Set(p, noun, "amod", Upos.ADJ, "VBN");
        return true;
    }

    /// <summary>
    /// A noun read as a compound of a noun that stands behind its own of-phrase: "allow the [return ←compound of
    /// inspectors] of U.N. [weapons ←nmod of return] [inspectors ←obj]". A compound modifier is a bare noun put straight
    /// before its head; one whose of-phrase lies between it and that head is the head of the phrase, and the noun at the
    /// end is the object of its "of": "the return of [U.N. weapons inspectors]", "the release of [Palestinian political
    /// prisoners]". The first noun takes the head's place, the last noun becomes its nmod with the "of" as its case, and
    /// the noun before it (the parser's nmod) a compound of the last noun, its dependents going along. Only where the
    /// of-phrase is the parser's noun right before the head and every word between hangs under it. Reads heads, not the
    /// child lists (stale after other repairs).
    /// </summary>
    private bool RepairCompoundAcrossOf(int c, int start, int end)
    {
        if (_tree.Upos(c) != Upos.NOUN || !_tree.Is(c, "compound", exact: true) || !NamesAnAct(c)) return false;
        int of = c + 1, h = _tree.Head(c);
        if (h <= of + 1 || h >= end || _tree.Upos(h) != Upos.NOUN || !_tree.IsWord(of, "of") || !_tree.Is(of, "case")) return false;
        int n = h - 1;
        if (_tree.Head(of) != n || _tree.Head(n) != c || !_tree.Is(n, "nmod", exact: true) || _tree.Upos(n) is not (Upos.NOUN or Upos.PROPN))
            return false;
        for (int t = of + 1; t < n; t++)
        {
            int a = t;
            while (a >= 0 && a != n && a > of && a < n) a = _tree.Head(a);
            if (a != n) return false;
        }
        Set(c, _tree.Head(h), _tree.Relation(h));
        Set(h, c, "nmod");
        Set(of, h, "case");
        for (int t = of + 1; t < n; t++)
            if (_tree.Head(t) == n) Set(t, h, _tree.Relation(t));
        Set(n, h, "compound");
        return true;
    }

    /// <summary>True when the noun at <paramref name="t"/> names an act: a verb of the dictionary ("return", "release",
    /// "visit") or a noun made from a verb (-ment, -tion, -sion, -al, -ing: "deployment", "withdrawal", "lifting"). Nouns
    /// that name a state or a thing head the fixed phrases whose of-phrase does sit inside the compound ("a [freedom
    /// of speech] case", "[prisoner of war] camps").</summary>
    private bool NamesAnAct(int t)
    {
        var word = _tree.Word(t);
        if (!_verbs.Lookup(word).IsEmpty || (_tree.Lemma(t) is { } l && !_verbs.Lookup(l).IsEmpty)) return true;
        foreach (var suffix in ActSuffixes)
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] ActSuffixes = ["ment", "tion", "sion", "al", "ing"];

    /// <summary>A past tense read as a passive participle: a clause verb with a passive subject and a direct object but
    /// no auxiliary ("Border agents [abused ←root VBN] immigrants", agents as nsubj:pass). A passive needs its *be*, and
    /// an object says the subject acts: the subject is the doer.</summary>
    private bool RepairActivePast(int v)
    {
        if (_tree.Xpos(v) != "VBN" || _tree.Upos(v) != Upos.VERB) return false;
        if (!(_tree.Is(v, "root", exact: true) || _tree.Is(v, "conj", exact: true) || _tree.Is(v, "ccomp", exact: true) || _tree.Is(v, "parataxis", exact: true))) return false;
        int subject = _tree.Child(v, "nsubj:pass");
        if (subject < 0 || subject > v || _tree.Child(v, "obj") < 0) return false;
        if (_tree.Child(v, "aux") >= 0 || _tree.Child(v, "aux:pass") >= 0 || _tree.Child(v, "cop") >= 0) return false;
        if (_verbs.Lookup(_tree.Word(v)).IsEmpty && (_tree.Lemma(v) is not { } l || _verbs.Lookup(l).IsEmpty)) return false;
        Set(v, _tree.Head(v), _tree.Relation(v), Upos.VERB, "VBD");
        Set(subject, v, "nsubj");
        return true;
    }

    /// <summary>The verb the infinitive's <c>to</c> at <paramref name="to"/> completes: the nearest verb or adjective
    /// before it (at most five words back, no punctuation between) that every word between hangs under.</summary>
    private int Governor(int to, int start)
    {
        for (int g = to - 1; g >= start && g >= to - 5; g--)
        {
            if (_tree.Upos(g) == Upos.PUNCT) return -1;
            // An adjective governs only as a predicate ("is ready to"), not as a modifier inside the object's phrase
            // ("call on the [Russian ←amod] government to free").
            if (_tree.Upos(g) is not (Upos.VERB or Upos.ADJ) || (_tree.Upos(g) == Upos.ADJ && _tree.Is(g, "amod"))) continue;
            for (int k = g + 1; k < to; k++) if (!_tree.Dominates(g, k)) return -1;
            return g;
        }
        return -1;
    }

    // A past tense the tagger took for a participle or adjective: VBN, VBD, or an -ed adjective, that the verb
    // dictionary knows.
    private bool IsPastForm(int t)
    {
        var x = _tree.Xpos(t);
        bool past = x is "VBN" or "VBD" || (x is "JJ" && _tree.Word(t).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            || (x is "JJ" or "NN" && _tree.Upos(t) is Upos.ADJ && IsIrregularPast(t));
        if (!past || char.IsUpper(_tree.Word(t)[0])) return false;
        return !_verbs.Lookup(_tree.Word(t)).IsEmpty || (_tree.Lemma(t) is { } l && !_verbs.Lookup(l).IsEmpty);
    }

    // Past forms that look like base forms ("cut", "put", "set", "hit", "shut"): the dictionary's inflection tables
    // know them as verbs, so any known verb form read as an adjective qualifies.
    private bool IsIrregularPast(int t) => !_verbs.Lookup(_tree.Word(t)).IsEmpty;

    private bool HasFiniteVerb(int start, int end)
    {
        for (int t = start; t < end; t++) if (_tree.Xpos(t) is "VBD" or "VBZ" or "VBP" or "MD") return true;
        return false;
    }

    // A participle that is really passive ("troops backed by Russia") or carries its own auxiliary stays as it is.
    private bool Passive(int p)
    {
        if (_tree.Child(p, "aux") >= 0 || _tree.Child(p, "aux:pass") >= 0 || _tree.Child(p, "obl:agent") >= 0) return true;
        for (int c = _tree.FirstChild(p); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "obl") && _tree.HasChildWord(c, "case", "by")) return true;
        return false;
    }

    // Every word between the subject and the verb belongs to one of them ("Rebels in the Ivory Coast on Tuesday
    // blocked"), and no punctuation stands between (a heading or quotation before the phrase: "Illinois: ...").
    private bool Adjacent(int subject, int verb)
    {
        for (int k = subject + 1; k < verb; k++)
            if (_tree.Upos(k) == Upos.PUNCT || (!_tree.Dominates(subject, k) && !_tree.Dominates(verb, k))) return false;
        return true;
    }

    private bool HasLeftDependent(int noun, int verb, int subject)
    {
        for (int c = _tree.FirstChild(noun); c >= 0 && c < verb; c = _tree.NextSibling(c))
            if (c != subject && c != verb) return true;
        return false;
    }

    private bool IsBaseVerb(int w) => !char.IsUpper(_tree.Word(w)[0]) && !_verbs.Lookup(_tree.Word(w)).IsEmpty;

    private bool IsParticle(int t)
    {
        foreach (var p in Particles) if (_tree.IsWord(t, p)) return true;
        return false;
    }

    // True when some entry of the verb names the word (or its lemma) among the words that follow it ("fire" in
    // `launch artillery|rocket|missile (barrage|...|fire) (on|against|at|into) <obj>`).
    private bool IsPatternWord(int verb, int word)
    {
        var c = _verbs.Lookup(_tree.Word(verb));
        if (c.IsEmpty && _tree.Lemma(verb) is { } l) c = _verbs.Lookup(l);
        var form = _tree.Word(word);
        string? lemma = _tree.Lemma(word);
        foreach (var k in c)
            foreach (var e in k.Pattern.Elements)
                if (e.Kind is PatternElementKind.Word or PatternElementKind.OptionalWord)
                    foreach (var w in e.Words)
                        if (form.Equals(w, StringComparison.OrdinalIgnoreCase) || string.Equals(lemma, w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private bool TakesInfinitive(int verb)
    {
        var c = _verbs.Lookup(_tree.Word(verb));
        if (c.IsEmpty && _tree.Lemma(verb) is { } l) c = _verbs.Lookup(l);
        foreach (var k in c)
            for (int e = 0; e < k.Pattern.Elements.Count; e++)
                if (k.Pattern.IsComplementTo(e)) return true;
        return false;
    }

    private bool NamesAddressee(int governor, int to)
    {
        for (int k = governor + 1; k < to; k++)
            if (_tree.Head(k) == governor && (_tree.Is(k, "obj", exact: true) || _tree.Is(k, "obl", exact: true) || _tree.Is(k, "iobj", exact: true))) return true;
        return false;
    }

    // A plural noun, maybe behind adjectives or participles ("political prisoners", "detained sailors").
    private bool StartsBarePlural(int t, int end)
    {
        for (int k = t; k < end && k < t + 4; k++)
        {
            if (_tree.Xpos(k) is "NNS" or "NNPS") return true;
            if (_tree.Xpos(k) is not ("JJ" or "VBN" or "RB")) return false;
        }
        return false;
    }

    // Determiners, possessives, pronouns, numbers and names start an object; a bare common noun or adjective after
    // the word says it was a modifier after all ("to free trade", "to aid groups").
    private bool StartsNounPhrase(int t) =>
        _tree.Xpos(t) is "DT" or "PDT" or "PRP" or "PRP$" or "CD" or "NNP" or "NNPS" || _tree.Upos(t) is Upos.PROPN;

    private void MakeVerb(int t, int head, string relation, string xpos = "VBD") => Set(t, head, relation, Upos.VERB, xpos);

    private void Set(int t, int head, string relation) => Set(t, head, relation, _tree.Upos(t), _tree.Xpos(t));

    private void Set(int t, int head, string relation, Upos upos, string? xpos)
    {
        _undo.Add((t, _tree.Head(t), _tree.Relation(t), _tree.Upos(t), _tree.Xpos(t)));
        _tree.Set(t, head, relation, upos, xpos);
    }

    private void MovePunctuation(int from, int to)
    {
        // Child lists are not built yet, so find the punctuation by its head.
        for (int t = Math.Max(0, Math.Min(from, to) - 64); t < from + 64 && t < _tree.Article.TokenData.Count; t++)
            if (t != to && _tree.Head(t) == from && _tree.Is(t, "punct", exact: true)) Set(t, to, "punct");
    }

    private bool HasCycle(int start, int end)
    {
        int n = end - start;
        for (int t = start; t < end; t++)
        {
            int k = 0;
            for (int h = _tree.Head(t); h >= 0; h = _tree.Head(h))
                if (++k > n) return true;
        }
        return false;
    }
}
