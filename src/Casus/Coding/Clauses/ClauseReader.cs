using Casus.Actors.People;
using Casus.Coding.Nouns;
using Casus.Document;

namespace Casus.Coding.Clauses;

/// <summary>
/// Reads clauses off the dependency parse: who a predicate's subjects are (nsubj; nsubj:pass and the agent of a
/// passive; the subject a coordinated, controlled or adverbial verb shares with its head; the noun a relative or
/// participial clause modifies), which actors a noun phrase names (with coordination, apposition and possessors), and
/// the clause's polarity and modality (negation, modal auxiliaries, conditionals). Stateless over one
/// <see cref="ParseTree"/>; the caller passes the lists it reuses.
/// </summary>
internal sealed partial class ClauseReader
{
    private const int MaxClimb = 12; // guards every walk up the tree against a cyclic parse

    private readonly ParseTree _tree;

    public ClauseReader(ParseTree tree) => _tree = tree;

    // ---- actors of a noun phrase ----

    /// <summary>True when <paramref name="n"/> is a noun of <c>[adversary-nouns]</c> (data/frames/frame_words.txt):
    /// "critics of the government", "Putin's opponents" name the one opposed in their modifiers, not the doer.</summary>
    internal bool IsAdversaryNoun(int n) =>
        FrameWords.Default.Contains(FrameWordList.AdversaryNouns, _tree.Lemma(n) ?? _tree.Word(n).ToString());

    /// <summary>True when <paramref name="n"/> is a noun of <c>[authored-nouns]</c> (data/frames/frame_words.txt):
    /// an offer, demand, call or invitation, whose from-phrase is its author.</summary>
    internal bool IsAuthoredNoun(int n) =>
        FrameWords.Default.Contains(FrameWordList.AuthoredNouns, _tree.Lemma(n) ?? _tree.Word(n).ToString());

    /// <summary>
    /// Adds the actors node <paramref name="node"/> names: the mention it heads, else one named by its possessor,
    /// compound or adjective ("Syria's army", "the Turkish and Greek sides") or its apposition; then the same for each
    /// conjunct ("Russia, China and Iran"). Returns the number added. Pronouns name nothing here (see
    /// <see cref="IsPronoun"/>).
    /// </summary>
    /// <remarks>With <paramref name="doer"/> (the phrase names who acts: an active subject), a nominal modifier behind
    /// a preposition of the one acted on ("an attack on Gaza", "talks with Y") or of a title's portfolio ("Coordinator
    /// for the Middle East") names no doer (<see cref="SubjectNounTargets"/>).</remarks>
    public int ActorsAt(int node, List<int> into, bool modifiers = true, int depth = 0, bool doer = false)
    {
        if (node < 0 || depth > 4) return 0;
        int before = into.Count;
        int m = _tree.MentionAtHead(node);
        // "launched the Partnership for Workers' Rights": a role word inside a programme's name is part of the name,
        // no actor of the clause (TitleNames).
        if (m >= 0 && TitleNames.RoleInsideName(_tree, m)) return 0;
        if (m >= 0)
        {
            CoordinatedModifiers(node, m, into);
            AddDistinct(into, m);
            ApposedMembers(m, into);
        }
        else if (modifiers && !IsPronoun(node))
        {
            // "Critics of the government protested", "Putin's opponents rallied": such a noun's owner or of-phrase is
            // the one opposed, not the doer; only an apposition names the doer ("His opponent, Biden, accused ...").
            bool adversary = doer && IsAdversaryNoun(node);
            // In order of preference: an apposition names the same actor ("NATO-member Norway"); a possessor, compound
            // or adjective names whose the thing is ("Syria's army", "the Turkish and Greek sides"); an of-phrase
            // ("scores of refugees"); any other nominal modifier last ("a camp for Congolese refugees").
            // The doer of an act is named first by its by-phrase: "the terrorist attack by Hamas", "the killing of
            // protesters by the police" (an adjective or of-phrase there names the kind or the one acted on); after
            // an owner, the agent of a participle on it ("the sanctions imposed by the United States"; but "the NATO
            // agenda agreed by leaders" is NATO's).
            for (int pass = doer ? -1 : 0; pass < 4 && into.Count == before; pass++)
            {
                if (pass == 2 && doer && ParticipleAgent(node, into, depth) > 0) break;
                for (int c = _tree.FirstChild(node); c >= 0; c = _tree.NextSibling(c))
                {
                    bool modifier = pass switch
                    {
                        -1 => _tree.Is(c, "nmod") && _tree.CaseOf(c) is int kb and >= 0 && _tree.IsWord(kb, "by"),
                        0 => _tree.Is(c, "appos"),
                        1 => _tree.Is(c, "nmod:poss", exact: true) || _tree.Is(c, "compound", exact: true) || _tree.Is(c, "amod") || _tree.Is(c, "flat"),
                        2 => _tree.Is(c, "nmod") && _tree.CaseOf(c) is int k and >= 0 && _tree.IsWord(k, "of"),
                        // "from" names a place ("refugees from Syria"), except after an authored noun, where it
                        // names the author ("welcomed a call from Egypt", "rejected a demand from Washington").
                        _ => _tree.Is(c, "nmod") && _tree.CaseOf(c) is int k2 and >= 0 && !_tree.IsWord(k2, "in") && !_tree.IsWord(k2, "at")
                            && (!_tree.IsWord(k2, "from") || IsAuthoredNoun(node))
                            && !(doer && IsNonDoerCase(k2)),
                    };
                    if (!modifier || (pass == 0 && IsMisparsedAttribution(node, c)) || (adversary && pass != 0)) continue;
                    int cm = _tree.MentionAtHead(c);
                    if (cm < 0 || TitleNames.RoleInsideName(_tree, cm)) continue;
                    // "scores of Sierra Leonean and Liberian refugees": the modifier's own coordinated modifiers too.
                    CoordinatedModifiers(c, cm, into);
                    AddDistinct(into, cm);
                    // "the Turkish and Greek sides": the adjective's conjuncts are actors too.
                    for (int cc = _tree.FirstChild(c); cc >= 0; cc = _tree.NextSibling(cc))
                        if (_tree.Is(cc, "conj", exact: true) && _tree.MentionAtHead(cc) is int ccm and >= 0) AddDistinct(into, ccm);
                    break;
                }
            }
            if (into.Count == before && !adversary) ActorsBelowRelational(node, into, depth);
            if (into.Count == before && !doer) RelativeClauseDoer(node, into);
            if (into.Count == before && !adversary) ActorsBelowCount(node, into, depth);
        }
        for (int c = _tree.FirstChild(node); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "conj", exact: true) && c > node && IsCoordinated(node, c)) ActorsAt(c, into, modifiers, depth + 1, doer);
        if (m >= 0)
        {
            // A conjunct may hang on any word of a multi-word name: "Libyan leader Muammar Gaddafi ←conj— and
            // Bulgarian President Todor Zhivkov".
            var span = _tree.Mentions[m].Tokens;
            for (int t = span.First; t < span.End; t++)
            {
                if (t == node) continue;
                for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c))
                    if (_tree.Is(c, "conj", exact: true) && !span.Contains(c) && IsCoordinated(t, c)) ActorsAt(c, into, modifiers, depth + 1, doer);
            }
        }
        return into.Count - before;
    }

    /// <summary>
    /// "met with President Barham Salih, Prime Minister Mustafa al-Kadhimi, and ...", "the President of France,
    /// Chancellor of Germany, ...": the parser often hangs the next member of a comma list of office holders on the
    /// first as an apposition. The actor stage joins a true apposition into the head's mention (ParseComposer, rule
    /// appos), so a titled apposition after a comma that kept a mention of its own is one it refused as a second
    /// person (two named people, two countries): a member of the list, as a conjunct is. Only between titled
    /// phrases: "Brussels, Belgium", "From Israel, Secretary Pompeo spoke" and "the Minister of Foreign Affairs,
    /// European Union and Cooperation" are a place or a portfolio, no member.
    /// </summary>
    private void ApposedMembers(int m, List<int> into)
    {
        var span = _tree.Mentions[m].Tokens;
        // The apposition may hang on any word of a multi-word name, as a conjunct may.
        for (int t = span.First; t < span.End; t++)
            for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c))
            {
                if (c < span.End || !_tree.Is(c, "appos", exact: true) || IsMisparsedAttribution(t, c)) continue;
                int cm = _tree.MentionAtHead(c);
                if (cm < 0 || cm == m || TitleNames.RoleInsideName(_tree, cm)) continue;
                if (!PersonTitles.HasTitle(_tree.Article, span) || !PersonTitles.HasTitle(_tree.Article, _tree.Mentions[cm].Tokens)) continue;
                bool comma = false;
                for (int w = span.End; w < _tree.Mentions[cm].Tokens.First && !comma; w++) comma = _tree.IsWord(w, ",");
                if (!comma || into.Contains(cm)) continue;
                into.Add(cm);
                // "A, B, C" parsed as a chain of appositions: each member's own.
                ApposedMembers(cm, into);
            }
    }

    /// <summary>
    /// Whether conjunct <paramref name="c"/> of <paramref name="head"/> is a member of the same list. Not when a verb
    /// or preposition rather than a comma or coordinator joins it: the parser bridged a subset ("Russian aircraft
    /// including helicopter gunships") or an instrument ("aircraft using precision guided missiles"). Nor when it
    /// speaks the clause the list stands in ("demolished homes and buildings in Gaza, Palestinian officials and US
    /// witnesses said"). Read as members of a compound actor, they made events with the wrong source or target.
    /// </summary>
    private bool IsCoordinated(int head, int c)
    {
        if (IsAttributionSubject(head, c)) return false;
        if (_tree.Child(c, "cc") >= 0) return true;
        // Its own leading words (a comma the parser hung on it) and the word just before them.
        int first = c;
        while (first - 1 > head && _tree.Dominates(c, first - 1)) first--;
        return !Bridged(Math.Max(first - 1, head + 1), c);
    }

    /// <summary>True when the words from <paramref name="from"/> up to the head word <paramref name="c"/> of a later
    /// member hold a verb ("using", "including") or the member's own preposition ("with") and no comma or
    /// coordinator.</summary>
    private bool Bridged(int from, int c)
    {
        bool bridge = false;
        for (int t = from; t < c; t++)
        {
            var w = _tree.Word(t);
            if (w is "," or ";" || Eq(w, "and") || Eq(w, "or") || Eq(w, "nor") || Eq(w, "&")) return false;
            // A word of a name is no bridge, whatever its tag ("United" in "United States").
            if (_tree.MentionCovering(t) >= 0) continue;
            // A preposition counts only as the later member's own: a nominal with a preposition of its own is a
            // modifier, not a conjunct; one inside its phrase ("Chief of Cabinet") says nothing.
            bridge |= _tree.Upos(t) == Upos.VERB || (_tree.Upos(t) == Upos.ADP && _tree.Head(t) == c);
        }
        return bridge;
    }

    /// <summary>
    /// "demolished homes and buildings in Gaza, Palestinian officials and US witnesses said": the parser hangs the
    /// speakers on the list before them when the verb of saying follows the list directly, has no subject of its own,
    /// and governs the clause the list stands in. The speakers are the members from the one after a comma on.
    /// </summary>
    private bool IsAttributionSubject(int head, int c)
    {
        int listEnd = PhraseEnd(c, _tree.Article.Tokens.Count);
        bool afterComma = false;
        for (int s = _tree.FirstChild(head); s >= 0; s = _tree.NextSibling(s))
        {
            if (!_tree.Is(s, "conj", exact: true)) continue;
            if (s > c) listEnd = Math.Max(listEnd, PhraseEnd(s, _tree.Article.Tokens.Count));
            else afterComma |= CommaBefore(s, head);
        }
        int next = listEnd + 1;
        return afterComma && next < _tree.Article.Tokens.Count && _tree.Upos(next) == Upos.VERB
            && _tree.Child(next, "nsubj") < 0 && _tree.Dominates(next, head);
    }

    // Whether a comma opens the phrase of conjunct s (the parser's or just before it).
    private bool CommaBefore(int s, int head)
    {
        int first = s;
        while (first - 1 > head && _tree.Dominates(s, first - 1)) first--;
        return _tree.IsWord(first, ",") || (first - 1 > head && _tree.IsWord(first - 1, ","));
    }

    /// <summary>How many punctuation marks end the phrase of <paramref name="t"/> (the comma after "Thursday,"):
    /// they stand between it and the next member, however the parser hung them.</summary>
    private int TrailingPunct(int t, int limit)
    {
        int end = PhraseEnd(t, limit), n = 0;
        while (end - n > t && _tree.Upos(end - n) == Upos.PUNCT) n++;
        return n;
    }

    /// <summary>The last word of the phrase <paramref name="t"/> heads (a projective parse's subtree).</summary>
    private int PhraseEnd(int t, int limit)
    {
        int last = t;
        while (last + 1 < limit && _tree.Dominates(t, last + 1)) last++;
        return last;
    }

    // Prepositions behind which an event noun names the one it acts on: "an attack on", "talks with", "a visit to".
    private static readonly string[] TargetCases = { "on", "against", "with", "to", "toward", "towards", "into", "upon" };

    private bool IsTargetCase(int k)
    {
        foreach (var p in TargetCases) if (_tree.IsWord(k, p)) return true;
        return false;
    }

    /// <summary>
    /// The actors a subject noun names behind its own preposition of the one acted on: "an attack by X [on Y] killed
    /// ...", "X's talks [with Y] produced ...", "Assistant [to the President] traveled ...". Adds them to
    /// <paramref name="into"/> and returns the nominal they stand on, or -1 when the subject is itself an actor or
    /// names none so. (A title's for-portfolio is no doer either, but vetoing the word reading there lost two right
    /// news events and removed no wrong one: docs/formats/verbs.md.)
    /// </summary>
    public int SubjectNounTargets(int subject, List<int> into)
    {
        if (subject < 0 || _tree.MentionAtHead(subject) >= 0 || _tree.Upos(subject) is not (Upos.NOUN or Upos.PROPN)) return -1;
        for (int c = _tree.FirstChild(subject); c >= 0; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "nmod") || _tree.CaseOf(c) is not (int k and >= 0) || !IsTargetCase(k)) continue;
            if (ActorsAt(c, into) > 0) return c;
        }
        return -1;
    }

    /// <summary>Adds the agent of a participle on <paramref name="node"/> ("sanctions [imposed ←acl] by the United
    /// States"): its <c>obl:agent</c>, or an oblique after "by"; the number added. Only a past participle's: "efforts
    /// to seize power by force" names a manner, not who seizes.</summary>
    private int ParticipleAgent(int node, List<int> into, int depth)
    {
        for (int c = _tree.FirstChild(node); c >= 0; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "acl") || _tree.Upos(c) != Upos.VERB || _tree.Xpos(c) != "VBN") continue;
            for (int a = _tree.FirstChild(c); a >= 0; a = _tree.NextSibling(a))
            {
                bool agent = _tree.Is(a, "obl:agent", exact: true)
                    || (_tree.Is(a, "obl") && _tree.CaseOf(a) is int k and >= 0 && _tree.IsWord(k, "by"));
                // "signed by Turkey, Sweden, and Finland": the agent with its conjuncts.
                if (agent && _tree.MentionAtHead(a) >= 0) return ActorsAt(a, into, false, depth + 1);
            }
        }
        return 0;
    }

    private bool IsNonDoerCase(int k) => IsTargetCase(k) || _tree.IsWord(k, "for");

    /// <summary>
    /// "Tens of thousands of students staged demonstrations": a chain of count nouns (<c>[count-nouns]</c> of
    /// data/frames/frame_words.txt) is followed down its of-phrases to the noun that is an actor itself; an actor that
    /// only modifies the counted noun ("tens of thousands of U.S. jobs") is not taken. The first of-phrase below a
    /// noun is read by the caller's modifier passes; this reads the chains.
    /// </summary>
    private void ActorsBelowCount(int node, List<int> into, int depth)
    {
        if (depth > 3 || !IsCountNoun(node)) return;
        for (int c = _tree.FirstChild(node); c >= 0; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "nmod") || _tree.CaseOf(c) is not (int k and >= 0) || !_tree.IsWord(k, "of") || !IsCountNoun(c)) continue;
            for (int cc = _tree.FirstChild(c); cc >= 0; cc = _tree.NextSibling(cc))
                if (_tree.Is(cc, "nmod") && _tree.CaseOf(cc) is int kk and >= 0 && _tree.IsWord(kk, "of") && _tree.MentionAtHead(cc) >= 0)
                {
                    ActorsAt(cc, into, modifiers: false, depth + 1);
                    return;
                }
            ActorsBelowCount(c, into, depth + 1);
            return;
        }
    }

    private bool IsCountNoun(int n) =>
        FrameWords.Default.Contains(FrameWordList.CountNouns, _tree.Lemma(n) ?? _tree.Word(n).ToString());

    /// <summary>
    /// "the deputy commander of [Chad's border unit]", "part of [a rebel stronghold]": a noun that names a
    /// person, part or group only by its relation to another actor (<see cref="RelationalNouns"/>) and names none one
    /// step down is read through its possessor or of/for-phrase: that noun's actors, found the same way. Other nouns
    /// stop one step down, since a nearby actor is their owner far less often.
    /// </summary>
    private void ActorsBelowRelational(int node, List<int> into, int depth)
    {
        if (!RelationalNouns.Default.Contains(_tree.Lemma(node), _tree.Word(node))) return;
        for (int c = _tree.FirstChild(node); c >= 0; c = _tree.NextSibling(c))
        {
            bool owner = _tree.Is(c, "nmod:poss", exact: true)
                || (_tree.Is(c, "nmod") && _tree.CaseOf(c) is int k and >= 0 && (_tree.IsWord(k, "of") || _tree.IsWord(k, "for")));
            if (!owner || _tree.MentionAtHead(c) >= 0 || IsPronoun(c)) continue;
            if (ActorsAt(c, into, modifiers: true, depth + 1) > 0) return;
        }
    }

    /// <summary>
    /// "Senior Hungarian and Romanian officials": the actor stage makes "Hungarian" (sharing the role) and "Romanian
    /// officials" two mentions, and the parse hangs "Hungarian" on the head noun with "Romanian" as its conjunct. An
    /// adjective or compound of the head that names another actor and is coordinated with a word of this mention is a
    /// member of the same compound actor, in the head's role.
    /// </summary>
    private void CoordinatedModifiers(int node, int m, List<int> into)
    {
        var span = _tree.Mentions[m].Tokens;
        for (int c = _tree.FirstChild(node); c >= 0; c = _tree.NextSibling(c))
        {
            if (span.Contains(c) || !(_tree.Is(c, "amod", exact: true) || _tree.Is(c, "compound", exact: true))) continue;
            int cm = _tree.MentionAtHead(c);
            if (cm < 0 || cm == m) continue;
            // The conjunct may hang on any word of a modifier of several words: the parser reads "Sierra Leonean and
            // Liberian refugees" with "Liberian" under "Leonean", the flat part of "Sierra".
            var modifier = _tree.Mentions[cm].Tokens;
            if (HasConjunctIn(c, span) || (modifier.Contains(c) && AnyConjunctIn(modifier, span))) AddDistinct(into, cm);
        }
    }

    private bool HasConjunctIn(int t, TokenSpan span)
    {
        for (int cc = _tree.FirstChild(t); cc >= 0; cc = _tree.NextSibling(cc))
            if (_tree.Is(cc, "conj", exact: true) && span.Contains(cc)) return true;
        return false;
    }

    private bool AnyConjunctIn(TokenSpan words, TokenSpan span)
    {
        for (int t = words.First; t < words.End; t++)
            if (HasConjunctIn(t, span)) return true;
        return false;
    }

    /// <summary>
    /// True when apposition <paramref name="appos"/> of <paramref name="node"/> is a closing attribution the parser
    /// misread: set off by a comma after its noun, it has a verb of <c>[attribution-verbs]</c> (data/frames/frame_words.txt)
    /// of its own ("abused Mexican immigrants, a human rights organization charged on Saturday"). It names the speaker,
    /// not the noun.
    /// </summary>
    private bool IsMisparsedAttribution(int node, int appos)
    {
        if (appos <= node) return false;
        bool comma = false;
        for (int t = node + 1; t < appos && !comma; t++) comma = _tree.IsWord(t, ",");
        if (!comma) return false;
        var words = FrameWords.Default;
        for (int c = _tree.FirstChild(appos); c >= 0; c = _tree.NextSibling(c))
        {
            if (c < appos || _tree.Upos(c) != Upos.VERB) continue;
            var lemma = _tree.Lemma(c);
            if (lemma is not null ? words.Contains(FrameWordList.AttributionVerbs, lemma)
                : words.Contains(FrameWordList.AttributionVerbs, _tree.Word(c).ToString())) return true;
        }
        return false;
    }

    private static void AddDistinct(List<int> list, int m)
    {
        if (!list.Contains(m)) list.Add(m);
    }

    public bool IsPronoun(int t)
    {
        if (_tree.MentionAtHead(t) >= 0) return false;
        var w = _tree.Word(t);
        return _tree.Upos(t) == Upos.PRON || Eq(w, "he") || Eq(w, "she") || Eq(w, "it") || Eq(w, "they") || Eq(w, "we")
            || Eq(w, "who") || Eq(w, "which") || Eq(w, "that");
    }

    public bool IsRelativePronoun(int t)
    {
        var w = _tree.Word(t);
        return Eq(w, "who") || Eq(w, "which") || Eq(w, "that") || Eq(w, "whom");
    }

    private static bool Eq(ReadOnlySpan<char> w, string s) => w.Equals(s, StringComparison.OrdinalIgnoreCase);

    // ---- subjects ----

    /// <summary>True when gerund <paramref name="v"/> opens a fact sheet's heading that a colon closes, and the
    /// clause after the colon restates its act with a verb of the same lemma ("Launching the U.S.-Singapore Climate
    /// Partnership: The United States and Singapore will launch a U.S.-Singapore Climate Partnership"): the label names
    /// the paragraph's topic without its tense or modality, which the clause gives ("will launch" is an intent), so
    /// the label shares no subject and codes nothing of its own. A heading whose act the clause does not restate
    /// ("Collaborating to Combat Trafficking: The United States and Thailand are committed ...") keeps its reading.</summary>
    private bool IsHeadingLabel(int v, int h)
    {
        if (h < v || _tree.Xpos(v) != "VBG" || _tree.MarkOf(v) >= 0 || _tree.Lemma(v) is not { } lemma) return false;
        int colon = -1;
        for (int t = v + 1; t < h && colon < 0; t++)
            if (_tree.IsWord(t, ":")) colon = t;
        if (colon < 0) return false;
        int end = _tree.LastOfSubtree(h);
        for (int t = colon + 1; t <= end; t++)
            if (t != v && _tree.Upos(t) == Upos.VERB && _tree.Lemma(t) is { } l && l.Equals(lemma, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Reads who acts in the clause of predicate <paramref name="v"/>. Active: <paramref name="subjects"/>. Passive
    /// ("X was attacked by Y", "X, backed by Y"): <paramref name="patients"/> (the surface subject) and
    /// <paramref name="agents"/> (the by-phrase). Returns how the subject was found, for the evidence
    /// ("nsubj", "shared with the coordinated verb", ...), or null when the clause names no actor.
    /// </summary>
    public string? Subjects(int v, List<int> subjects, List<int> patients, List<int> agents, out bool passive, out int subjectToken)
    {
        subjects.Clear(); patients.Clear(); agents.Clear();
        passive = false;
        subjectToken = -1;
        int s = _tree.Child(v, "nsubj");
        if (s < 0 && _tree.Child(v, "expl") is int ex and >= 0 && !_tree.IsWord(ex, "there")) s = ex; // "it is willing": a parser's expl
        if (s < 0 && _tree.Child(v, "nsubj:pass") < 0) s = ReducedRelativeSubject(v);
        if (s < 0 && _tree.Child(v, "nsubj:pass") < 0 && _tree.Child(v, "aux:pass") < 0) s = UnmarkedSubject(v);
        int p = _tree.Child(v, "nsubj:pass");
        if (p < 0 && s < 0 && _tree.Child(v, "aux:pass") >= 0) passive = true;
        if (p >= 0)
        {
            passive = true;
            subjectToken = p;
            string route = SubjectPhrase(v, p, patients);
            for (int c = _tree.NextSibling(p); c >= 0; c = _tree.NextSibling(c))
                if (_tree.Is(c, "nsubj:pass", exact: true)) SubjectPhrase(v, c, patients);
            Agents(v, agents);
            return patients.Count > 0 ? "nsubj:pass" + route : null;
        }
        if (s >= 0)
        {
            subjectToken = s;
            string route = SubjectPhrase(v, s, subjects, doer: true);
            // A parser that splits "The US, Russia, and Switzerland" hangs the last conjunct on the verb as a second
            // subject: every subject of the verb is a member of the compound.
            // Not one joined by a verb or preposition: "Russian aircraft including helicopter gunships", "British
            // aircraft using precision guided missiles" name one actor and its part or weapon.
            for (int c = _tree.NextSibling(s), prev = s; c >= 0; c = _tree.NextSibling(c))
                if (_tree.Is(c, "nsubj", exact: true) && c > prev && !Bridged(PhraseEnd(prev, c) - TrailingPunct(prev, c) + 1, c)) { SubjectPhrase(v, c, subjects, doer: true); prev = c; }
            return subjects.Count > 0 ? "nsubj" + route : null;
        }
        int h = _tree.Head(v);
        if (h < 0) return null;
        var rel = _tree.Relation(v);
        // A verb without its own subject shares one: "X attacked Y and shelled Z" (conj), "X continued to send"
        // (xcomp, subject control), "X attacked Y, killing 5" (advcl).
        if (rel == "conj" || rel == "xcomp" || (rel == "advcl" && !IsConditional(v) && !IsHeadingLabel(v, h) && !IsFiniteClause(v)))
        {
            for (int k = 0, from = v; k < MaxClimb && h >= 0; k++)
            {
                // "Trump attacked Biden for accumulating wealth", "Russia accused Ukraine of shelling the dam", "the
                // US sanctioned Iran for supporting ...": a gerund after for/of under a verb with an object is the
                // object's act (object control), when the object names an actor.
                // Not for a loose ", accusing ..." participle that a parser hung inside the gerund: it is the main
                // clause's ("Trump attacked Biden for accumulating wealth, accusing the Biden family ...").
                if (!(from != v && v > 0 && _tree.IsWord(v - 1, ",") && _tree.MarkOf(v) < 0)
                    && ObjectControlled(from, h, subjects, out int controller))
                {
                    subjectToken = controller;
                    return "the object of the verb above (for/of + gerund)";
                }
                // "Biden welcomed the agreements to be signed at the summit, to link the grids ..., in order to provide
                // Iraq with ...": a to-infinitive after the object of a verb of endorsement is that thing's purpose
                // (the parser hangs a noun's clause on the verb), not an act of the one who welcomes it.
                if (_tree.Relation(from) is "advcl" or "xcomp" && PurposeOfEndorsedThing(from, h)) return null;
                int hs = _tree.Child(h, "nsubj"), hp = _tree.Child(h, "nsubj:pass");
                int surface = hs >= 0 ? hs : hp;
                // "A camp was attacked by militiamen, killing 40": the participle's doer is the passive's agent, not
                // its subject (the camp).
                if (hs < 0 && hp >= 0 && k == 0 && rel == "advcl" && !passive && _tree.Xpos(v) == "VBG" && _tree.MarkOf(v) < 0
                    && Agents(h, subjects) is int agent and >= 0)
                {
                    subjectToken = agent;
                    return "the agent of the passive main clause";
                }
                if (surface >= 0)
                {
                    // "X was condemned and attacked by Y": a participle coordinated with a passive is passive too.
                    if (rel == "conj" && k == 0 && hs < 0 && _tree.Xpos(v) is "VBN" && _tree.Child(v, "aux") < 0) passive = true;
                    subjectToken = surface;
                    var into = passive ? patients : subjects;
                    string route = SubjectPhrase(h, surface, into, doer: !passive && hs >= 0);
                    if (passive) Agents(v, agents);
                    if (into.Count == 0) return null;
                    return (rel == "conj" ? "shared with the coordinated verb" : rel == "xcomp" ? "controlled by the verb above" : "shared with the main clause") + route;
                }
                var hr = _tree.Relation(h);
                if (hr is not ("conj" or "xcomp" or "advcl")) break;
                from = h;
                h = _tree.Head(h);
            }
            return null;
        }
        // Relative and participial clauses: the noun they modify fills the gap.
        if (rel == "acl:relcl")
        {
            ActorsAt(h, subjects);
            subjectToken = h;
            return subjects.Count > 0 ? "the noun the relative clause modifies" : null;
        }
        if (rel == "acl")
        {
            subjectToken = h;
            if (IsParticiple(v) && _tree.Child(v, "aux") < 0)
            {
                passive = true;
                ActorsAt(h, patients);
                Agents(v, agents);
                return patients.Count > 0 ? "the noun the participle modifies" : null;
            }
            if (_tree.MarkOf(v) >= 0) return null; // "efforts to attack": an infinitive says nothing happened
            ActorsAt(h, subjects);
            if (subjects.Count == 0 && DocumentIssuer(v, h, subjects, out subjectToken)) return "the issuer of the document the participle modifies";
            return subjects.Count > 0 ? "the noun the participle modifies" : null;
        }
        return null;
    }

    /// <summary>True when clause <paramref name="clause"/> is a gerund adverbial marked for/of ("for accumulating", "of
    /// shelling") of verb <paramref name="governor"/> whose direct object names an actor: that actor is the gerund's
    /// doer, and is added to <paramref name="into"/>. A bare object ("used force for dispersing") or none leaves the
    /// subject to the usual sharing.</summary>
    /// <summary>True when <paramref name="clause"/>, a to-infinitive after the direct object of
    /// <paramref name="governor"/>, a verb of endorsement (<c>[endorsing-verbs]</c> of data/frames/frame_words.txt),
    /// stands behind a thing, no actor: the thing's purpose ("welcomed the agreements ..., to link the grids").
    /// "welcomed Kishida to the White House to discuss ..." keeps its subject: the object is an actor.</summary>
    private bool PurposeOfEndorsedThing(int clause, int governor)
    {
        if (!FrameWords.Default.Contains(FrameWordList.EndorsingVerbs, _tree.Lemma(governor) ?? _tree.Word(governor).ToString())) return false;
        int mark = _tree.MarkOf(clause);
        if (mark < 0 || !_tree.IsWord(mark, "to") && !_tree.IsWord(mark, "in")) return false;
        int obj = _tree.Child(governor, "obj");
        if (obj < 0 || obj > clause || _tree.MentionAtHead(obj) >= 0) return false;
        _scratchThing.Clear();
        return ActorsAt(obj, _scratchThing, modifiers: false) == 0;
    }

    private readonly List<int> _scratchThing = new();

    private bool ObjectControlled(int clause, int governor, List<int> into, out int controller)
    {
        controller = -1;
        if (_tree.Relation(clause) != "advcl" || _tree.Xpos(clause) != "VBG") return false;
        int mark = _tree.MarkOf(clause);
        if (mark < 0) mark = _tree.CaseOf(clause);
        if (mark < 0 || !(_tree.IsWord(mark, "for") || _tree.IsWord(mark, "of"))) return false;
        int o = _tree.Child(governor, "obj");
        // "grateful to Germany for hosting": an adjective's to-phrase is the one thanked, as a verb's object is.
        if (o < 0 && _tree.Upos(governor) == Upos.ADJ)
            for (int c = _tree.FirstChild(governor); c >= 0 && o < 0; c = _tree.NextSibling(c))
                if (_tree.Is(c, "obl") && _tree.CaseOf(c) is int k and >= 0 && _tree.IsWord(k, "to")) o = c;
        if (o < 0 || o > clause) return false;
        int before = into.Count;
        if (ActorsAt(o, into, modifiers: false) == 0) { into.RemoveRange(before, into.Count - before); return false; }
        controller = o;
        return true;
    }

    /// <summary>"The Red Cross operating in Iraq said ...": a parser may read the noun and its active participle as a
    /// clause of the verb (csubj or advcl "operating", with "Red Cross" its nsubj). A bare active participle (no
    /// marker, no auxiliary) before the verb whose own subject stands before it modifies that noun, which is the verb's
    /// subject; -1 when the clause has no such participle.</summary>
    private int ReducedRelativeSubject(int v)
    {
        for (int c = _tree.FirstChild(v); c >= 0 && c < v; c = _tree.NextSibling(c))
        {
            if (!(_tree.Is(c, "csubj") || _tree.Is(c, "advcl", exact: true))) continue;
            if (_tree.Xpos(c) != "VBG" || _tree.MarkOf(c) >= 0 || _tree.Child(c, "aux") >= 0) continue;
            int s = _tree.Child(c, "nsubj");
            if (s >= 0 && s < c) return s;
        }
        return -1;
    }

    /// <summary>"A French minister threatened today to impose ...": a tagger that takes the past tense for a participle
    /// leads the parser to hang the subject on the verb as a bare noun phrase (obl:unmarked, no preposition). Such a
    /// phrase before a verb with no subject of its own that names an actor is the subject; -1 when there is none.
    /// (A bare time phrase, "Last week, ...", names no actor.)</summary>
    private int UnmarkedSubject(int v)
    {
        if (_tree.Upos(v) != Upos.VERB) return -1;
        for (int c = _tree.FirstChild(v); c >= 0 && c < v; c = _tree.NextSibling(c))
            if (_tree.Is(c, "obl:unmarked", exact: true) && _tree.CaseOf(c) < 0 && _tree.MentionAtHead(c) >= 0) return c;
        return -1;
    }

    /// <summary>"X issued a statement demanding that Y ...": an active participle (VBG) under a document noun
    /// (data/frames/frame_words.txt) that is the object of a verb of issuing ([issuing-verbs]) speaks for the verb's
    /// subject, the issuer.</summary>
    private bool DocumentIssuer(int v, int noun, List<int> into, out int subjectToken)
    {
        subjectToken = noun;
        if (_tree.Xpos(v) != "VBG" || !_tree.Relation(noun).StartsWith("obj", StringComparison.Ordinal)) return false;
        if (!InList(FrameWordList.DocumentNouns, noun)) return false;
        int issuer = _tree.Head(noun);
        // Only a verb of issuing makes its subject the author: "welcomed a statement from Z calling on Y" is Z's call.
        if (issuer < 0 || !InList(FrameWordList.IssuingVerbs, issuer)) return false;
        int s = issuer >= 0 ? _tree.Child(issuer, "nsubj") : -1;
        if (s < 0) return false;
        SubjectPhrase(issuer, s, into);
        if (into.Count == 0) return false;
        subjectToken = s;
        return true;
    }

    /// <summary>Actors of subject token <paramref name="s"/> of predicate <paramref name="v"/>; a relative pronoun
    /// stands for the noun its clause modifies, a personal pronoun for the subject of the clause above.</summary>
    private string SubjectPhrase(int v, int s, List<int> into, bool doer = false)
    {
        if (ActorsAt(s, into, doer: doer) > 0) return "";
        if (!IsPronoun(s)) return "";
        if (IsRelativePronoun(s) && _tree.Relation(v).StartsWith("acl", StringComparison.Ordinal) && _tree.Head(v) >= 0)
        {
            // "the terrorist attack in Abu Dhabi in the United Arab Emirates, which killed three civilians", "Iraqi
            // condolences for the attack in Kabul that killed U.S. service members": the parser hangs the clause on
            // the place or on a noun further up, whose country or owner then stood as the killer. When an act of
            // force stands between that noun and the pronoun, the pronoun means the act: its doer is the subject,
            // and an act whose doer goes unnamed names none.
            int act = ForceActAntecedent(_tree.Head(v), s);
            if (act >= 0)
            {
                ActorsAt(act, into, doer: true);
                return " (relative pronoun → the act of force it refers to)";
            }
            ActorsAt(_tree.Head(v), into);
            return " (relative pronoun → the noun it refers to)";
        }
        // "Hungary said it will support ...": the pronoun is taken to be the subject of the clause above. Not "it"
        // under a plural common noun: "Officials said it killed nine people" means the attack, not the officials
        // (a plural proper name, "the United States said it", still binds).
        if (IsItUnderPluralSubject(v, s)) return "";
        int h = _tree.Head(v);
        for (int k = 0; k < MaxClimb && h >= 0; k++)
        {
            int hs = _tree.Child(h, "nsubj");
            if (hs >= 0 && !IsPronoun(hs) && ActorsAt(hs, into) > 0) return " (pronoun → the subject of the clause above)";
            h = _tree.Head(h);
        }
        return "";
    }

    /// <summary>True when subject <paramref name="s"/> of <paramref name="v"/> is "it" and the nearest subject of a
    /// clause above is a plural common noun ("Officials said it killed nine people"): the pronoun means a thing or
    /// an act, not the speakers, so it binds no actor, and the word reading must not take them for the doer either.</summary>
    public bool IsItUnderPluralSubject(int v, int s)
    {
        if (s < 0 || !_tree.IsWord(s, "it")) return false;
        int h = _tree.Head(v);
        for (int k = 0; k < MaxClimb && h >= 0; k++)
        {
            int hs = _tree.Child(h, "nsubj");
            if (hs >= 0) return IsPluralCommonNoun(hs);
            h = _tree.Head(h);
        }
        return false;
    }

    /// <summary>A plural common noun ("officials", "sources"): tagged NNS and not capitalised past the sentence's
    /// first word, which a name's word is even where the tagger calls it NNS ("the Syrian Democratic Forces").</summary>
    public bool IsPluralCommonNoun(int t)
    {
        if (_tree.Xpos(t) != "NNS") return false;
        var w = _tree.Word(t);
        var tokens = _tree.Article.TokenData;
        bool first = t == 0 || tokens[t - 1].Sentence != tokens[t].Sentence;
        return first || w.Length == 0 || !char.IsUpper(w[0]);
    }

    /// <summary>The noun of an act of force (a noun of data/nouns/events.txt under CAMEO 18, 19 or 20: attack, strike,
    /// bombing) that relative pronoun <paramref name="pronoun"/> stands for, where the parser hung its clause on
    /// <paramref name="head"/>: the nearest such noun between the two within the head's phrase, else one the head's
    /// chain of prepositional phrases hangs on ("the attack in Abu Dhabi in the UAE, which"); -1 when none.</summary>
    private int ForceActAntecedent(int head, int pronoun)
    {
        for (int t = pronoun - 1; t >= head && t >= 0; t--)
        {
            if (_tree.Upos(t) != Upos.NOUN || !IsForceNoun(t)) continue;
            for (int a = t, k = 0; a >= 0 && k < MaxClimb; a = _tree.Head(a), k++)
                if (a == head) return t;
        }
        for (int a = head, k = 0; k < MaxClimb && _tree.Is(a, "nmod") && _tree.Head(a) >= 0; k++)
        {
            a = _tree.Head(a);
            if (_tree.Upos(a) == Upos.NOUN && IsForceNoun(a)) return a;
        }
        return -1;
    }

    private bool IsForceNoun(int n)
    {
        foreach (var e in NounDictionary.LoadDefault().Lookup(_tree.Lemma(n) ?? _tree.Word(n).ToString()))
            if (e.Code.Root is 18 or 19 or 20) return true;
        return false;
    }

    /// <summary>The by-phrase of a passive: obl:agent, or an obl whose preposition is "by".</summary>
    public int Agents(int v, List<int> into) => Agents(v, into, 0);

    private int Agents(int v, List<int> into, int depth)
    {
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
        {
            if (_tree.Is(c, "obl:agent", exact: true) || (_tree.Is(c, "obl") && _tree.CaseOf(c) is int k and >= 0 && _tree.IsWord(k, "by")))
            {
                if (ActorsAt(c, into) > 0) return c;
                if (depth < 2 && InstrumentAgent(c, into, depth) is int user and >= 0) return user;
            }
        }
        return SharedAgent(v, into);
    }

    /// <summary>"was killed by a rocket fired by Hamas", "was downed by a missile believed to be fired by rebels": a
    /// by-phrase that names a thing, not an actor, passes the act to whoever the participle on that thing says used
    /// it (the participle's own by-phrase, also through a hedge: "believed|thought|said to be fired by").</summary>
    private int InstrumentAgent(int thing, List<int> into, int depth)
    {
        for (int a = _tree.FirstChild(thing); a >= 0; a = _tree.NextSibling(a))
        {
            if (!_tree.Is(a, "acl", exact: true) || !IsParticiple(a) || _tree.Child(a, "nsubj") >= 0) continue;
            if (UserOf(a, into, depth) is int user and >= 0) return user;
        }
        // "by a missile believed to be fired by rebels": a parser may read the participle as a past tense and hang it
        // on the passive verb (advcl, ccomp, xcomp, dep) rather than on the weapon. Taken only right after the by-phrase and without a
        // subject of its own: a reduced relative on the weapon, not a clause of the sentence.
        int v = _tree.Head(thing);
        if (v < 0) return -1;
        for (int a = _tree.FirstChild(v); a >= 0; a = _tree.NextSibling(a))
        {
            if (!(_tree.Is(a, "advcl", exact: true) || _tree.Is(a, "ccomp", exact: true) || _tree.Is(a, "xcomp", exact: true) || _tree.Is(a, "dep", exact: true))
                || a != _tree.LastOfSubtree(thing) + 1 || _tree.Child(a, "nsubj") >= 0 || _tree.Child(a, "mark") >= 0) continue;
            if (_tree.Xpos(a) is not ("VBN" or "VBD")) continue;
            if (UserOf(a, into, depth) is int user and >= 0) return user;
        }
        // Or it takes the hedge for the main verb and the passive for its clause ("... was blown up by a missile
        // ←advcl— believed to be fired by rebels").
        int h = _tree.Head(v);
        if (h == _tree.LastOfSubtree(thing) + 1 && (_tree.Is(v, "advcl", exact: true) || _tree.Is(v, "ccomp", exact: true) || _tree.Is(v, "dep", exact: true))
            && _tree.Child(h, "nsubj") < 0 && _tree.Child(h, "nsubj:pass") < 0 && _tree.Xpos(h) is "VBN" or "VBD")
            for (int x = _tree.FirstChild(h); x >= 0; x = _tree.NextSibling(x))
                if (_tree.Is(x, "xcomp", exact: true) && IsParticiple(x) && Agents(x, into, depth + 1) is int hedged and >= 0) return hedged;
        return -1;
    }

    /// <summary>Whoever participle <paramref name="a"/> on a weapon says used it: its by-phrase, or that of its
    /// hedged complement ("believed|thought|said to be fired by").</summary>
    private int UserOf(int a, List<int> into, int depth)
    {
        if (Agents(a, into, depth + 1) is int agent and >= 0) return agent;
        for (int x = _tree.FirstChild(a); x >= 0; x = _tree.NextSibling(x))
            if (_tree.Is(x, "xcomp", exact: true) && IsParticiple(x) && Agents(x, into, depth + 1) is int hedged and >= 0) return hedged;
        return -1;
    }


    /// <summary>"X was condemned and attacked by Y": coordinated participles share the by-phrase of the last one, when
    /// nothing but the coordination stands between them (docs/formats/verbs.md, "Shared arguments").</summary>
    private int SharedAgent(int v, List<int> into)
    {
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
        {
            if (c <= v || !_tree.Is(c, "conj", exact: true) || !IsParticiple(c)) continue;
            if (_tree.Child(c, "nsubj") >= 0 || _tree.Child(c, "nsubj:pass") >= 0) return -1;
            for (int k = v + 1; k < c; k++)
                if (!(_tree.Is(k, "cc") || _tree.Is(k, "punct") || _tree.Is(k, "conj") || _tree.Is(k, "advmod"))) return -1;
            for (int a = _tree.FirstChild(c); a >= 0; a = _tree.NextSibling(a))
                if (_tree.Is(a, "obl:agent", exact: true) || (_tree.Is(a, "obl") && _tree.CaseOf(a) is int k2 and >= 0 && _tree.IsWord(k2, "by")))
                    if (ActorsAt(a, into) > 0) return a;
        }
        return -1;
    }

    public bool IsParticiple(int v) => _tree.Xpos(v) is "VBN" || (_tree.Xpos(v) is null && _tree.Word(v).EndsWith("ed", StringComparison.OrdinalIgnoreCase));

    // ---- polarity and modality ----

    /// <summary>Negation on the predicate: "not", "n't", "never", "no longer".</summary>
    public int Negation(int v)
    {
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
        {
            if (!(_tree.Is(c, "advmod") || _tree.Is(c, "neg") || _tree.Is(c, "aux") || _tree.Is(c, "det"))) continue;
            var w = _tree.Word(c);
            if (Eq(w, "not") || Eq(w, "n't") || Eq(w, "never")) return c;
            if (Eq(w, "longer") && _tree.FirstChild(c) is int no and >= 0 && _tree.IsWord(no, "no")) return c;
            if (Eq(w, "longer") && c > 0 && _tree.IsWord(c - 1, "no")) return c;
        }
        // "do not all agree", "did not even meet": the parser hangs the "not" on the word between (or elsewhere), so it
        // is read from the words right before the verb. "not only" asserts the act and more.
        if (v >= 2 && SameSentence(v - 2, v) && (_tree.IsWord(v - 2, "not") || _tree.IsWord(v - 2, "n't") || _tree.IsWord(v - 2, "never"))
            && (_tree.IsWord(v - 1, "all") || _tree.IsWord(v - 1, "even") || _tree.IsWord(v - 1, "always") || _tree.IsWord(v - 1, "fully")
                || _tree.IsWord(v - 1, "entirely") || _tree.IsWord(v - 1, "quite") || _tree.IsWord(v - 1, "yet"))) return v - 2;
        return -1;
    }

    private bool SameSentence(int a, int b) => _tree.Article.TokenData[a].Sentence == _tree.Article.TokenData[b].Sentence;

    /// <summary>The modal auxiliary of the predicate, else -1; <paramref name="future"/> tells will/would/shall
    /// (intent) from could/might/may/should/must/can (speculation).</summary>
    public int Modal(int v, out bool future)
    {
        future = false;
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "aux")) continue;
            var w = _tree.Word(c);
            if (Eq(w, "will") || Eq(w, "would") || Eq(w, "'ll") || Eq(w, "shall") || Eq(w, "wo")) { future = true; return c; }
            if (Eq(w, "could") || Eq(w, "might") || Eq(w, "may") || Eq(w, "should") || Eq(w, "must") || Eq(w, "can") || Eq(w, "ca")) return c;
        }
        return -1;
    }

    /// <summary>True when verb <paramref name="v"/> is finite: a present or past tense form, or a tensed auxiliary or
    /// modal of its own ("is working", "will boost"). An English adverbial clause that is finite has a subject of its
    /// own ("as Israel responds", "how the United States is working"); where the parser gave it none, the subject went
    /// to another word ("discussed [how the United States ←obj] ... is [working ←advcl]"), and the main clause's subject
    /// is not its doer. Participles and infinitives ("attacked Y, killing 5", "met to discuss") share it.</summary>
    private bool IsFiniteClause(int v)
    {
        if (_tree.Xpos(v) is "VBZ" or "VBP" or "VBD") return true;
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
            if ((_tree.Is(c, "aux", exact: true) || _tree.Is(c, "aux:pass", exact: true)) && _tree.Xpos(c) is "VBZ" or "VBP" or "VBD" or "MD") return true;
        return false;
    }

    /// <summary>True when the predicate or a clause it is coordinated with or controlled by is introduced by
    /// if/unless/whether.</summary>
    public bool IsConditional(int v)
    {
        int t = v;
        for (int k = 0; k < MaxClimb && t >= 0; k++)
        {
            for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c))
                if (_tree.Is(c, "mark") && (_tree.IsWord(c, "if") || _tree.IsWord(c, "unless") || _tree.IsWord(c, "whether"))) return true;
            var r = _tree.Relation(t);
            if (r is not ("conj" or "xcomp")) return false;
            t = _tree.Head(t);
        }
        return false;
    }

    /// <summary>True when the clause is introduced by before/until: an act that has not happened yet
    /// ("must agree to changes before they demobilize"). Also when the parser took the clause for a prepositional
    /// phrase ("a day before [Sarkozy heads] to Beijing": "heads" a noun with "before" as its case): the word reading,
    /// which sees a verb there, must still find it not yet done.</summary>
    public bool IsNotYet(int v)
    {
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
            if ((_tree.Is(c, "mark") || _tree.Is(c, "case")) && (_tree.IsWord(c, "before") || _tree.IsWord(c, "until") || _tree.IsWord(c, "till"))) return true;
        return false;
    }

    /// <summary>True when the predicate (or the first conjunct it is coordinated with) is the content clause of a
    /// reporting verb that does not assert it: claims, allegations, denials, fears and hopes.</summary>
    public bool IsUnassertedReport(int v) => UnassertedReportHead(v) >= 0;

    /// <summary>The reporting verb that does not assert the content clause of predicate <paramref name="v"/> (or of
    /// the first conjunct it is coordinated with): "claimed" in "X claimed that Y attacked Z"; -1 when there is none.</summary>
    public int UnassertedReportHead(int v)
    {
        int t = v;
        for (int k = 0; k < MaxClimb && t >= 0; k++)
        {
            var r = _tree.Relation(t);
            if (r == "conj") { t = _tree.Head(t); continue; }
            if (r is not ("ccomp" or "parataxis")) return -1;
            int h = _tree.Head(t);
            if (h < 0) return -1;
            // [non-factive-reporting] (data/frames/frame_words.txt): verbs that vouch (say, confirm) are not listed, so
            // their content is coded.
            if (FrameWords.Default.Contains(FrameWordList.NonFactiveReporting, _tree.Lemma(h))) return h;
            // A vouching verb negated vouches for nothing: "the Senate did not find the network had breached laws",
            // "he never said that Iran attacked". A factive verb keeps its content true under negation ("did not know
            // that the army had shelled the town").
            // Only verbs of saying and finding, over a content clause (not a parataxis: "Putin has not just attempted
            // to destroy Ukraine; he has threatened ..."), and not a negated act the clause hangs on by a misparse
            // ("did not release any information, telling Wikinews the company extends its condolences").
            return r == "ccomp" && IsSayingOrFinding(h) && Negation(h) >= 0 ? h : -1;
        }
        return -1;
    }

    // Verbs of saying and finding whose content a negation leaves unasserted (factive verbs such as "know", whose
    // content stays true under negation, are not among them).
    private bool IsSayingOrFinding(int v) => _tree.Lemma(v) is "say" or "find" or "conclude" or "confirm" or "show" or "prove"
        or "establish" or "state" or "report" or "indicate" or "suggest" or "believe" or "think" or "assert";

    /// <summary>The verb a shared-subject conjunct takes its auxiliaries from: "will meet X and sign Y"; and the verb
    /// of state a state complement takes them from: "does not remain committed to".</summary>
    public int AuxiliarySource(int v)
    {
        int t = v;
        if (IsStateComplement(t)) t = _tree.Head(t);
        for (int k = 0; k < MaxClimb; k++)
        {
            if (_tree.Relation(t) != "conj" || _tree.Head(t) < 0) return t;
            if (_tree.Child(t, "nsubj") >= 0 || _tree.Child(t, "nsubj:pass") >= 0 || HasAux(t)) return t;
            t = _tree.Head(t);
        }
        return t;
    }

    /// <summary>
    /// True when <paramref name="v"/> is the predicate adjective of a verb of state: "the United States stands ready to
    /// provide support", "Germany remains committed to supporting Ukraine". Such a complement says what "is ready",
    /// "is committed" say, so it is read as a predicate of its own with the verb's subject and auxiliaries. A
    /// participle counts only with a to-complement of its own ("remains committed to", "stands prepared to"): a bare
    /// one is a passive state ("stands accused of", "remained detained"), whose subject is no doer.
    /// </summary>
    public bool IsStateComplement(int v)
    {
        if (!_tree.Is(v, "xcomp", exact: true)) return false;
        int h = _tree.Head(v);
        if (h < 0 || _tree.Upos(h) != Upos.VERB || !FrameWords.Default.Contains(FrameWordList.StateComplementVerbs, _tree.Lemma(h))) return false;
        if (_tree.Upos(v) == Upos.ADJ) return true;
        if (_tree.Xpos(v) is not "VBN") return false;
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
            if (c > v && (_tree.Is(c, "xcomp") || _tree.Is(c, "advcl")) && _tree.MarkOf(c) is int mk and >= 0 && _tree.IsWord(mk, "to")) return true;
        return false;
    }

    private bool HasAux(int t)
    {
        for (int c = _tree.FirstChild(t); c >= 0; c = _tree.NextSibling(c)) if (_tree.Is(c, "aux")) return true;
        return false;
    }
}
