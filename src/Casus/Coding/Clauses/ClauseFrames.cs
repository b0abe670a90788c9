using Casus.Document;
using Casus.Time;

namespace Casus.Coding.Clauses;

/// <summary>
/// Reads what a clause's frame makes of the act it names, beyond the verb's own entry: a negated intention is a
/// refusal ("said it would not provide support" → 12x, as the CAMEO manual codes "refuse to / will not"), and a
/// relative clause that tells a standing attribute of its noun ("a group that monitors the war", "Turkey, which
/// would attack Syria") is no event. Stateless over one <see cref="ParseTree"/>.
/// </summary>
internal sealed class ClauseFrames
{
    private readonly ParseTree _tree;
    private readonly ClauseReader _clauses;

    public ClauseFrames(ParseTree tree, ClauseReader clauses)
    {
        _tree = tree;
        _clauses = clauses;
    }

    /// <summary>
    /// The rejection code when the match is a refused act: the verb (or the conjunct it takes its auxiliaries from)
    /// negated under will/would/shall ("will not negotiate with X" → 125); an intent frame that is negated ("does not
    /// intend to meet X") or whose complement is ("vowed not to return the Golan Heights" → 1244). Null when the match
    /// is no refusal, or CAMEO has no rejection of that act ("will not attack": no code under 12; nothing is coded).
    /// <paramref name="why"/> says which reading applied, for the evidence.
    /// </summary>
    public CameoCode? Refusal(in TreeMatch match, out string? why)
    {
        why = null;
        int v = match.Verb;
        int auxFrom = _clauses.AuxiliarySource(v);
        int neg = _clauses.Negation(v);
        if (neg < 0 && auxFrom != v) neg = _clauses.Negation(auxFrom);
        bool intentFrame = match.Pattern.Code.Root == 3 && match.ComplementPattern != null;
        int complementNeg = match.ComplementVerb >= 0 ? _clauses.Negation(match.ComplementVerb) : -1;
        if (neg < 0 && complementNeg < 0) return null;
        if (neg >= 0 && complementNeg >= 0) return null; // "did not vow not to": a double negation asserts nothing
        // The clause must be asserted: not conditional, not yet, not the content of a claim or denial.
        if (_clauses.IsConditional(v) || _clauses.IsNotYet(v) || _clauses.IsUnassertedReport(auxFrom)) return null;
        int modal = _clauses.Modal(v, out bool future);
        if (modal < 0 && auxFrom != v) modal = _clauses.Modal(auxFrom, out future);
        if (modal >= 0 && !future) return null; // "could not attack", "should not meet": ability or advice

        // The refused act: the framed verb under an intent frame ("will not agree to meet": meet), else the match's own.
        CameoCode act;
        if (intentFrame) act = match.ComplementPattern!.Code;
        else if (complementNeg >= 0) return null; // "urged X not to attack": an appeal, not a refusal of the speaker's
        else if (future) act = match.ComplementCode ?? match.Pattern.Code;
        else return null; // "did not attack": negation of a plain act is no event
        if (complementNeg >= 0) why = "intent frame with a negated complement: a refusal";
        else if (intentFrame) why = future ? $"negated intent frame under '{_tree.Word(modal)}': a refusal" : "negated intent frame: a refusal";
        else why = $"negated '{_tree.Word(modal)}': a refusal";
        return ComplementFrames.Apply(12, act);
    }

    /// <summary>
    /// The attempt verb (<c>[attempt-verbs]</c> of data/frames/frame_words.txt: try, attempt) whose infinitive
    /// <paramref name="v"/> is ("rebels tried to storm the palace": tried), or -1. Not when the attempt verb has an
    /// object of its own before the infinitive ("tried everything to ...": a purpose).
    /// </summary>
    public int AttemptVerb(int v)
    {
        if (!_tree.Is(v, "xcomp", exact: true)) return -1;
        int h = _tree.Head(v);
        if (h < 0 || _tree.Upos(h) != Upos.VERB) return -1;
        var words = FrameWords.Default;
        if (!words.Contains(FrameWordList.AttemptVerbs, _tree.Lemma(h)) && !words.Contains(FrameWordList.AttemptVerbs, _tree.Word(h).ToString())) return -1;
        for (int c = _tree.FirstChild(h); c >= 0 && c < v; c = _tree.NextSibling(c))
            if (c > h && _tree.Is(c, "obj")) return -1;
        return h;
    }

    /// <summary>
    /// The code of <paramref name="act"/> done as an attempt ("tried to storm the palace"): CAMEO codes coercion and
    /// force (roots 17-20) whether or not they succeed (an attempted attack is the attack), and has its own code for
    /// an attempted assassination (185 for 186); null for any other act, whose attempt is an
    /// aim and no event ("tried to mediate").
    /// </summary>
    public static CameoCode? Attempted(CameoCode act)
    {
        if (act.Root < 17 || act.Root > 20) return null;
        return act.Digits == "186" ? CameoCode.Parse("185") : act;
    }

    /// <summary>
    /// True when the match is an aim frame (03 with a framed act) read from an unmarked participle that hangs on another
    /// verb as an adverbial clause, its verb in <c>[aim-participles]</c> of data/frames/frame_words.txt: "Sarkozy heads
    /// to Beijing, seeking to mend ties with China". The participle gives the motive of the act above, as a purpose
    /// infinitive does ("heads to Beijing to mend ties"), not an intent the actor expressed; CAMEO 03 codes expressed
    /// intents. "while seeking to", a main verb "seeks to" and the speech verbs ("pledging to") are left to the frames.
    /// </summary>
    public bool IsMotiveOfAnotherAct(in TreeMatch match)
    {
        if (match.ComplementPattern == null || match.Pattern.Code.Root != 3) return false;
        int v = match.Verb;
        if (!_tree.Is(v, "advcl") || _tree.Xpos(v) != "VBG" || _tree.MarkOf(v) >= 0) return false;
        int h = _tree.Head(v);
        if (h < 0 || _tree.Upos(h) != Upos.VERB) return false;
        var words = FrameWords.Default;
        return words.Contains(FrameWordList.AimParticiples, _tree.Lemma(v)) || words.Contains(FrameWordList.AimParticiples, _tree.Word(v).ToString());
    }

    /// <summary>
    /// True when predicate <paramref name="v"/> is a relative clause that describes its noun rather than reports an
    /// act: its subject is the relative pronoun (who, which, that; shared by a coordinated verb: "terrorists who hide
    /// ... and want to ..."), and it stands under <i>would</i> ("the country, which would attack ...") or in the simple
    /// present with no auxiliary and no time expression ("a UK-based group that tracks the war", "Russia, which backs
    /// Assad"). A relative clause with a subject of its own ("the plan Russia backs") or without a relative pronoun is
    /// more often a misparsed main clause and is left alone.
    /// </summary>
    public bool IsStandingAttribute(int v)
    {
        int clause = v;
        for (int k = 0; k < 4 && _tree.Relation(clause) == "conj" && _tree.Child(clause, "nsubj") < 0 && _tree.Head(clause) >= 0; k++)
            clause = _tree.Head(clause);
        if (_tree.Relation(clause) != "acl:relcl") return false;
        int s = _tree.Child(clause, "nsubj");
        if (s < 0 || !_clauses.IsRelativePronoun(s)) return false;
        if (Would(v) || (clause != v && Would(clause))) return true;
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
        {
            // aux (also aux:pass) and cop: a tense or voice of its own ("who have attacked", "which is ready to").
            if (_tree.Is(c, "aux") || _tree.Is(c, "cop")) return false;
            // "which on Monday attacks ...", "that today signs ...": a time expression dates it.
            if (_tree.Is(c, "obl:tmod") || _tree.Is(c, "nmod:tmod") || ((_tree.Is(c, "obl") || _tree.Is(c, "advmod")) && IsTimeWord(c)))
                return false;
        }
        return _tree.Xpos(v) is "VBZ" or "VBP";
    }

    private bool Would(int v)
    {
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "aux", exact: true) && (_tree.IsWord(c, "would") || _tree.IsWord(c, "'d"))) return true;
        return false;
    }

    /// <summary>True when the clause of <paramref name="v"/> (its dependents after it and those of its complements, a
    /// few levels down) says its subjects act on each other: together, jointly, mutual(ly), bilateral(ly), each other,
    /// one another. For praise and endorsement (<paramref name="act"/> 051) only "each other" and "one another" count:
    /// "X and Y welcomed their mutual investment" is each welcoming, not welcoming the other.</summary>
    public bool HasReciprocalCue(int v, CameoCode act) => Cue(v, v, act.Digits.StartsWith("051", StringComparison.Ordinal), 0);

    /// <summary>True when the clause of <paramref name="v"/> (its dependents after it, a few levels down, as for
    /// <see cref="HasReciprocalCue"/>) says its subjects fought on one side: "fought side by side", "together",
    /// "alongside" ([allied-cues] of data/frames/frame_words.txt). Their fight is then against someone else, so a
    /// compound subject with no enemy named does not fight each other.</summary>
    public bool HasAlliedCue(int v) => AlliedCue(v, v, 0);

    private bool AlliedCue(int v, int node, int depth)
    {
        if (depth > 3) return false;
        for (int c = _tree.FirstChild(node); c >= 0; c = _tree.NextSibling(c))
        {
            if (_tree.Is(c, "nsubj") || _tree.Is(c, "conj") || _tree.Is(c, "parataxis") || _tree.Is(c, "appos")
                || _tree.Is(c, "acl") || _tree.Is(c, "ccomp") || _tree.Is(c, "advcl")) continue;
            if (c > v && FrameWords.Default.Contains(FrameWordList.AlliedCues, _tree.Word(c)) && !PartOfOtherPhrase(c)) return true;
            if (AlliedCue(v, c, depth + 1)) return true;
        }
        return false;
    }

    /// <summary>True when the cue word <paramref name="c"/> is "side" or "shoulder" outside "side by side", "shoulder
    /// to shoulder": "clashed on the Lebanese side of the border" names a place, not allies.</summary>
    private bool PartOfOtherPhrase(int c)
    {
        int n = _tree.Article.Tokens.Count;
        if (_tree.IsWord(c, "side")) return !(c + 2 < n && _tree.IsWord(c + 1, "by") && _tree.IsWord(c + 2, "side"));
        if (_tree.IsWord(c, "shoulder")) return !(c + 2 < n && _tree.IsWord(c + 1, "to") && _tree.IsWord(c + 2, "shoulder"));
        return false;
    }

    /// <summary>True when <paramref name="v"/>'s own object or oblique is "each other" or "one another": its subjects
    /// act on one another whatever the act, one-sided acts too ("the two sides accused each other", "India and
    /// Pakistan blamed one another"); CAMEO then codes the act both ways.</summary>
    public bool HasEachOtherObject(int v)
    {
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
        {
            if (!(_tree.Is(c, "obj") || _tree.Is(c, "iobj") || _tree.Is(c, "obl"))) continue;
            // The parser heads the pair by either word: "each" with "other" hung on it, or "other" after its "each".
            if (c > 0 && ((_tree.IsWord(c, "other") && _tree.IsWord(c - 1, "each")) || (_tree.IsWord(c, "another") && _tree.IsWord(c - 1, "one")))) return true;
            if (c + 1 < _tree.Article.Tokens.Count && ((_tree.IsWord(c, "each") && _tree.IsWord(c + 1, "other")) || (_tree.IsWord(c, "one") && _tree.IsWord(c + 1, "another")))) return true;
        }
        return false;
    }

    private bool Cue(int v, int node, bool onlyEachOther, int depth)
    {
        if (depth > 3) return false;
        for (int c = _tree.FirstChild(node); c >= 0; c = _tree.NextSibling(c))
        {
            // Not into a subject, a coordinated, adverbial or appositive clause, or a noun's own clause: their words
            // are no cue for this predicate's actors ("Sharing a mutual interest, X and Y ...", "bringing together").
            // An adverbial clause counts only as the frame's complement ("committed to maintaining ...": to + gerund).
            if (_tree.Is(c, "nsubj") || _tree.Is(c, "conj") || _tree.Is(c, "parataxis") || _tree.Is(c, "appos")
                || _tree.Is(c, "acl") || _tree.Is(c, "ccomp")
                || (_tree.Is(c, "advcl") && !(_tree.MarkOf(c) is int mk and >= 0 && _tree.IsWord(mk, "to")))) continue;
            // "Together, X and Y will ...": a cue before the verb says they act side by side, not on each other.
            // The cue words ("pledged to work together", "agreed to strengthen mutual cooperation", "to help each
            // other") are [reciprocal-cues] of data/frames/frame_words.txt; "other" and "another" there count only
            // in the pairs "each other" and "one another", which say it for any act.
            if (c > v && FrameWords.Default.Contains(FrameWordList.ReciprocalCues, _tree.Word(c)))
            {
                bool other = _tree.IsWord(c, "other"), another = _tree.IsWord(c, "another");
                bool eachOther = c > 0 && ((other && _tree.IsWord(c - 1, "each")) || (another && _tree.IsWord(c - 1, "one")));
                if (other || another ? eachOther : !onlyEachOther) return true;
            }
            if (Cue(v, c, onlyEachOther, depth + 1)) return true;
        }
        return false;
    }

    /// <summary>
    /// The verb whose subject demands the act of <paramref name="v"/>, or -1 when <paramref name="v"/> is no demanded
    /// act: <paramref name="v"/> stands under <i>must</i>, with an active subject of its own, in the content clause
    /// (ccomp, parataxis) of a reporting verb (data/frames/frame_words.txt: say, declare, reiterate, warn ...):
    /// "Russia said that Sudan must return the helicopter" → say; or in the that-clause of a demand noun ("issued a
    /// reminder to Y that it must Z", "insisted on its demand that Y grant Z": under <i>must</i> or a bare subjunctive)
    /// that is the object or oblique of a verb → that verb, with <paramref name="noun"/> the demand noun (else -1).
    /// Under <i>should</i> instead of <i>must</i> (reporting verbs only) it is advice: <paramref name="advice"/> is true
    /// and the caller codes an appeal (02) rather than a demand.
    /// </summary>
    public int DemandingReport(int v, out int noun, out bool advice)
    {
        noun = -1;
        advice = false;
        bool must = false;
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "aux", exact: true)) continue;
            if (_tree.IsWord(c, "must")) { must = true; break; }
            // "X said Y should Z": advice to Y, an appeal (CAMEO 02, as "urged Y to Z"), read in the same places.
            if (_tree.IsWord(c, "should")) { must = advice = true; break; }
        }
        var rel = _tree.Relation(v);
        int h = _tree.Head(v);
        if (h < 0 || Addressee(v, h) < 0) return -1;
        var words = FrameWords.Default;
        if (must && (rel is "ccomp" or "parataxis" || (rel is "advcl" && IsThatContentClause(v)))
            && (words.Contains(FrameWordList.ReportingVerbs, _tree.Lemma(h)) || words.Contains(FrameWordList.ReportingVerbs, _tree.Word(h).ToString())))
            return h;
        // The that-clause of a demand noun: "a reminder to Iraq that it must ...", "its demand that X grant ...";
        // parsers hang it on the noun (acl) or on the verb that governs the noun (ccomp after the noun).
        int mark = _tree.MarkOf(v);
        // "renewed its demand that Israel withdraw from Gaza": a parser may read the complementizer as a relative
        // pronoun (the clause as acl:relcl, "that" its object). A bare subjunctive cannot be a relative clause's verb
        // ("the demand that Israel made"), so under a demand noun the "that" before the subject is the mark.
        if (mark < 0 && rel is "acl:relcl" && !must) mark = RelativeThatBeforeSubject(v);
        if (advice || mark < 0 || !_tree.IsWord(mark, "that") || (!must && !IsBareSubjunctive(v))) return -1;
        int n = -1, verb = -1;
        if (rel is "acl" or "ccomp" or "acl:relcl" && _tree.Upos(h) is Upos.NOUN or Upos.PROPN)
        {
            n = h;
            verb = _tree.Head(h);
            if (verb >= 0 && !IsObjectOrOblique(h)) verb = -1;
        }
        else if (rel is "ccomp")
        {
            for (int c = _tree.FirstChild(h); c >= 0 && c < v; c = _tree.NextSibling(c))
                if (c > h && IsObjectOrOblique(c)) n = c;
            verb = h;
        }
        if (n < 0 || verb < 0) return -1;
        if (!words.Contains(FrameWordList.DemandNouns, _tree.Lemma(n)) && !words.Contains(FrameWordList.DemandNouns, _tree.Word(n).ToString())) return -1;
        noun = n;
        return verb;
    }

    /// <summary>
    /// True when <paramref name="v"/>'s clause is introduced by a bare "that" ("declared that China must drop ..."):
    /// a content clause, whatever relation the parser gave it. Parsers trained on the treebanks sometimes attach it as
    /// advcl; "so that", "such that", "now that", "in order that" do introduce adverbial clauses and are left out.
    /// </summary>
    private bool IsThatContentClause(int v)
    {
        int mark = _tree.MarkOf(v);
        if (mark < 0 || !_tree.IsWord(mark, "that")) return false;
        if (mark == 0) return true;
        return !(_tree.IsWord(mark - 1, "so") || _tree.IsWord(mark - 1, "such") || _tree.IsWord(mark - 1, "now") || _tree.IsWord(mark - 1, "order"));
    }

    /// <summary>The subject of the demanded clause <paramref name="v"/> under <paramref name="report"/>: its nsubj; or,
    /// where the parser took that subject for the reporting verb's object ("said [US forces] must ensure ..."), a
    /// nominal object of the reporting verb standing between the two (also "told [Iraq] it must"); -1 when none.</summary>
    public int Addressee(int v, int report)
    {
        int s = _tree.Child(v, "nsubj");
        // "said here Wednesday that the US must ...": a parser may hang the day named after the reporting verb on the
        // must-clause as a second subject; a time word is no one asked, the subject after it is.
        if (s >= 0 && IsTimeWord(s))
            for (int c = _tree.NextSibling(s); c >= 0 && c < v; c = _tree.NextSibling(c))
                if (_tree.Is(c, "nsubj", exact: true) && !IsTimeWord(c)) { s = c; break; }
        if (s >= 0 || report < 0) return s;
        if (!_tree.Is(v, "ccomp")) return -1;
        for (int c = _tree.FirstChild(report); c >= 0 && c < v; c = _tree.NextSibling(c))
            if (c > report && (_tree.Is(c, "obj") || _tree.Is(c, "iobj")) && _tree.Upos(c) is Upos.NOUN or Upos.PROPN
                && !FrameWords.Default.Contains(FrameWordList.DemandNouns, _tree.Lemma(c))) s = c;
        return s;
    }

    private bool IsObjectOrOblique(int t)
    {
        var r = _tree.Relation(t);
        return r.StartsWith("obj", StringComparison.Ordinal) || r.StartsWith("obl", StringComparison.Ordinal) || r.StartsWith("iobj", StringComparison.Ordinal);
    }

    /// <summary>"that Y grant Z": a base-form verb with no auxiliary of its own (a subjunctive, as after a demand).
    /// Taggers often give the base form after a subject the present tag (VBP); with a singular noun for subject
    /// ("that Israel withdraw", "that the government release") the present would be VBZ, so VBP there is the
    /// subjunctive too.</summary>
    private bool IsBareSubjunctive(int v)
    {
        var xpos = _tree.Xpos(v);
        if (xpos != "VB" && !(xpos == "VBP" && HasSingularNounSubject(v))) return false;
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "aux") || _tree.Is(c, "cop")) return false;
        return true;
    }

    private bool HasSingularNounSubject(int v)
    {
        int s = _tree.Child(v, "nsubj");
        if (s < 0 || _tree.Xpos(s) is not ("NN" or "NNP")) return false;
        return _tree.Child(s, "conj") < 0; // "X and Y withdraw": a plural subject, the present tense
    }

    /// <summary>The word "that" read as a relative pronoun of <paramref name="v"/> (its object or subject) standing
    /// before the verb's own subject: the complementizer of a content clause; -1 when there is none.</summary>
    private int RelativeThatBeforeSubject(int v)
    {
        int s = _tree.Child(v, "nsubj");
        if (s < 0) return -1;
        for (int c = _tree.FirstChild(v); c >= 0 && c < s; c = _tree.NextSibling(c))
            if (_tree.IsWord(c, "that") && (_tree.Is(c, "obj", exact: true) || _tree.Is(c, "nsubj", exact: true))) return c;
        return -1;
    }

    private bool IsTimeWord(int t) => IsTimeWord(_tree, t);

    /// <summary>True when token <paramref name="t"/> is a weekday name (data/time/calendar.txt) or a deictic or time
    /// noun (data/time/time-words.txt): a time expression, not a participant.</summary>
    internal static bool IsTimeWord(ParseTree tree, int t)
    {
        var word = tree.Word(t);
        return CalendarWords.Default.IsWeekday(word) || TimeWords.Default.Contains(word);
    }
}
