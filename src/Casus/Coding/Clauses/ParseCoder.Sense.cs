using Casus.Actors;
using Casus.Actors.Context;
using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// Verb senses that are no event although a pattern matched (CAMEO codes the act, not the word):
    /// <list type="bullet">
    /// <item>"call" naming something ("called the decision a betrayal", "called him a clown", "a company called X"):
    /// a telephone call (041) has no predicate noun or adjective after its object, never two objects, and a participle naming a noun is
    /// no call at all;</item>
    /// <item>armed forces arriving ("troops arrived in X", "tanks will arrive in X"): a deployment, not a visit (042),
    /// when every source is a force noun (data/frames/frame_words.txt, [force-nouns]); peacekeepers arriving are
    /// recoded as peacekeeping instead (IsPeacekeepingArrival).</item>
    /// <item>"target" aimed at what measures aim at ("targeting Russian oligarchs", "target criminal networks"): no use
    /// of force (190) when the object's head is in [measure-objects] of the same file.</item>
    /// <item>"hand over" a thing ("handed over medicine to the Red Crescent"): no judicial cooperation (063), which
    /// hands over people ([custody-nouns] of the same file, or an actor).</item>
    /// <item>bare "release|free" a thing ("released a report on Russia", "released the Indo-Pacific Strategy of the
    /// United States", "released arrest warrants against members of X"): no release of persons (0841), whose object
    /// is the one set free, nor a country's name heading the object: ReleasesAThing).</item>
    /// <item>passive "was met with" ("was met with applause"): a reaction received, no meeting (IsMetWithAReaction).</item>
    /// <item>"call" with an object before its "for" ("called the election for Biden"): declaring or naming, no appeal
    /// (020) (CallsSomethingFor).</item>
    /// <item>"critical" not followed by its own "of" ("critical to the security of Japan", "critical for the lives
    /// of Americans"): important, not critical of anyone (111); the "of" an entry found belongs to a later noun.</item>
    /// <item>bare "quit" with a country as its object ("multinational companies have quit Russia"): leaving a country
    /// or its market, not a resignation (0831), which quits a post (QuitsACountry).</item>
    /// <item>"recognize" rights coordinated with obligations or duties ("The Parties recognize their existing rights
    /// and obligations under the WTO Agreement"): treaty language for the parties' own standing, not acceding to
    /// demands for rights (0833) (RecognisesMutualRights).</item>
    /// <item>"look forward to" ("looking forward to the entry into force of the agreement"): an expectation, not a
    /// look into anything (090) although an "into" follows.</item>
    /// <item>"withdraw from" or "pull out of" a market ("companies are withdrawing from the Russian market"): an economic
    /// exit, not military de-escalation (087), when the phrase's head is in [market-nouns] (LeavesAMarket).</item>
    /// <item>"meet" an aim ("committed to meeting the goals of the Paris Agreement", "prepared to meet the challenges of
    /// today"): fulfilling or facing it, no meeting (040, 036 under a frame), when the object's head is in
    /// [fulfilled-nouns]; read for the framed act too (MeetsAnAim).</item>
    /// <item>bare "host" a thing ("will host a Media Preview", "plans to host a regional workshop"): a visit hosted
    /// (043, 036 under a frame) needs a guest; a thing object, even with an actor word as its modifier, names none,
    /// unless that modifier is a bloc whose gathering it is ("host a G7 conference") (HostsAThing).</item>
    /// </list>
    /// </summary>
    private bool IsOtherSense(in TreeMatch match, List<int> sources)
    {
        var pattern = match.Pattern;
        if (match.ComplementPattern is { Lemma: "meet" } && match.ComplementVerb >= 0) return MeetsAnAim(match.ComplementVerb);
        if (match.ComplementPattern is not null) return false;
        if (pattern.Lemma == "meet") return MeetsAnAim(match.Verb) || IsMetWithAReaction(match.Verb);
        var digits = pattern.Code.Digits;
        if (digits == "041" && pattern.Lemma == "call") return IsNaming(match.Verb);
        if (digits == "020" && pattern.Lemma == "call") return CallsSomethingFor(match.Verb);
        if (digits == "190" && pattern.Lemma == "target") return AimsAMeasure(match.Verb);
        if (digits == "063" && pattern.Lemma == "hand") return HandsAThing(match.Verb);
        if (digits == "0841" && pattern.Lemma is "release" or "free" && pattern.Elements.Count == 1) return ReleasesAThing(match.Verb);
        if (digits == "0831" && pattern.Lemma == "quit" && pattern.Elements.Count == 0) return QuitsACountry(match.Verb);
        if (digits == "0833" && pattern.Lemma is "recognize" or "recognise") return RecognisesMutualRights(match.Verb);
        if (digits == "087" && pattern.Lemma is "withdraw" or "pull") return LeavesAMarket(match.Verb);
        if (digits == "043" && pattern.Lemma == "host" && pattern.Elements.Count == 1) return HostsAThing(match.Verb);
        bool last = match.Verb + 1 >= _article.Tokens.Count;
        if (pattern.Lemma == "critical") return last || !_tree.IsWord(match.Verb + 1, "of");
        if (pattern.Lemma == "look") return !last && _tree.IsWord(match.Verb + 1, "forward");
        if (digits == "1722" && pattern.Lemma == "ban" && pattern.Elements.Count == 1) return BansNoPolitician(in match);
        if (digits == "042" && sources.Count > 0)
        {
            foreach (int s in sources)
                if (!IsForceNoun(FirstTokenNode(s))) return false;
            // Peacekeepers arriving are a deployment CAMEO does code (074); CodeMatch recodes it (IsPeacekeepingArrival).
            return !NamesPeacekeepers(sources);
        }
        return false;
    }

    private static readonly CameoCode Peacekeeping = CameoCode.Parse("074");

    /// <summary>
    /// True when a visit match (042) is peacekeepers arriving: every source is a force noun and one of them is named
    /// a peacekeeping force ("NATO peacekeeping troops have arrived in Bosnia", "the first UN peacekeepers arrived in
    /// X"). News reports a peacekeeping deployment by its arrival; the act is the peacekeeping (074) in the place
    /// arrived at, which is also where the pattern finds its target. Other forces arriving stay uncoded (a deployment
    /// may be an invasion or a reinforcement; the arrival alone does not say which).
    /// </summary>
    private bool IsPeacekeepingArrival(in TreeMatch match, List<int> sources)
    {
        if (match.ComplementPattern is not null || match.Pattern.Code.Digits != "042" || sources.Count == 0) return false;
        foreach (int s in sources)
            if (!IsForceNoun(FirstTokenNode(s))) return false;
        return NamesPeacekeepers(sources);
    }

    private bool NamesPeacekeepers(List<int> sources)
    {
        foreach (int s in sources)
        {
            var text = _tree.Mentions[s].Text.AsSpan();
            if (text.Contains("peacekeep", StringComparison.OrdinalIgnoreCase) || text.Contains("peace-keep", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static readonly CameoCode ForceUnspecified = CameoCode.Parse("190");

    /// <summary>
    /// The object of "fire ... at X" when the entry that names no weapon (`fire on|at|upon <obj>`, 193) matched across
    /// it, or -1. Firing at someone with nothing named fired ("troops fired on protesters") is gunfire, CAMEO's small
    /// arms (193); where the clause names what was fired and no entry placed it (the small-arms entry takes shots,
    /// bullets, rounds; the artillery one rockets, shells, mortars), the weapon is one the dictionary cannot place
    /// ("fired anti-aircraft batteries at X", "fired flares at X"): the use of force is coded unspecified (190).
    /// </summary>
    private int FiresAnUnplacedWeapon(in TreeMatch match)
    {
        var pattern = match.Pattern;
        if (match.ComplementPattern is not null || pattern.Lemma != "fire" || pattern.Code.Digits != "193") return -1;
        if (pattern.Elements.Count == 0 || pattern.Elements[0].Kind != PatternElementKind.Word || !pattern.Elements[0].Words.Contains("at")) return -1;
        int v = match.Verb;
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
            if (c > v && _tree.Is(c, "obj", exact: true) && _tree.Upos(c) is Upos.NOUN or Upos.PROPN && _tree.MentionCovering(c) < 0) return c;
        return -1;
    }

    private static readonly CameoCode Reject = CameoCode.Parse("120");

    /// <summary>
    /// True when a match of "deny" as denying a statement (016) is the other sense, withholding something: two objects
    /// ("deny the people of Burma their democratic voice"), a passive with an object left ("women have been denied
    /// care"), or an object noun of <c>[withheld-nouns]</c> ("has denied land allocation", "denies humanitarian
    /// access"). <paramref name="unknownDoer"/> is set for the passive, whose subject is the one deprived and whose doer
    /// the clause seldom names.
    /// </summary>
    private bool IsWithholding(in TreeMatch match, bool passive, out bool unknownDoer)
    {
        unknownDoer = false;
        if (match.ComplementPattern is not null || match.Pattern.Lemma != "deny" || match.Pattern.Code.Digits != "016") return false;
        int v = match.Verb, obj = -1;
        bool indirect = false;
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
        {
            if (c < v) continue;
            if (_tree.Is(c, "iobj")) indirect = true;
            else if (obj < 0 && _tree.Is(c, "obj", exact: true)) obj = c;
        }
        if (obj < 0) return false;
        // "have been turned away and denied care": a conjunct with no subject of its own shares the passive above.
        bool sharedPassive = _tree.Relation(v) is "conj" && _tree.Child(v, "nsubj") < 0 && _tree.Head(v) is int h and >= 0
            && _tree.Child(h, "nsubj:pass") >= 0;
        if (passive || sharedPassive || _tree.Child(v, "nsubj:pass") >= 0) { unknownDoer = true; return true; }
        if (indirect) return true;
        var words = FrameWords.Default;
        return words.Contains(FrameWordList.WithheldNouns, _tree.Lemma(obj)) || words.Contains(FrameWordList.WithheldNouns, _tree.Word(obj).ToString());
    }

    private bool IsNaming(int v)
    {
        if (_tree.Relation(v) is "acl") return true; // "a company called Zorin Industries"
        int objects = 0;
        bool indirect = false;
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
        {
            if (c < v) continue;
            // "called them an occupying army", "called Trump a \"climate arsonist\"": the parser reads the one named
            // as the indirect object and the name as the object; a telephone call never takes two objects, so the
            // name counts even when it is an actor word ("army").
            if (_tree.Is(c, "iobj")) { indirect = true; continue; }
            if (indirect && _tree.Is(c, "obj", exact: true)) return true;
            // A predicate word after the object that names no actor itself ("President Museveni" split by the parser
            // is still a person called).
            bool predicate = (_tree.Is(c, "obj", exact: true) && objects++ > 0)
                || (_tree.Is(c, "xcomp") && _tree.Upos(c) is Upos.NOUN or Upos.PROPN or Upos.ADJ && _tree.MarkOf(c) < 0);
            if (predicate && _tree.MentionCovering(c) < 0) return true;
        }
        return false;
    }

    /// <summary>True when "meet" is passive with "with" straight after it ("Dr. Stefaniak was met with applause", "the
    /// plan was met with criticism"): a reaction received, no meeting (040). A meeting in the passive names its host
    /// with "by" ("was met by the foreign minister at the airport").</summary>
    private bool IsMetWithAReaction(int v)
    {
        if (_tree.Child(v, "aux:pass") < 0 && _tree.Child(v, "nsubj:pass") < 0) return false;
        int end = _article.SentenceData[_article.Tokens[v].SentenceIndex].FirstToken + _article.SentenceData[_article.Tokens[v].SentenceIndex].TokenCount;
        return v + 1 < end && _tree.IsWord(v + 1, "with");
    }

    /// <summary>True when "call ... for" has an object of its own before the "for" ("the Associated Press called the
    /// election for Biden", "the media has called the race for a candidate", "called Trump a national embarrassment
    /// for his performance"): declaring a result or naming someone, not the appeal "call for X", whose X is the
    /// for-phrase and which takes no object.</summary>
    private bool CallsSomethingFor(int v)
    {
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
            if (c > v && (_tree.Is(c, "obj", exact: true) || _tree.Is(c, "iobj"))) return true;
        // The parser may hang the object elsewhere ("called the presidential race for ..."): a noun phrase straight
        // after the verb that is no time or place phrase of it ("called on Monday for", "called Monday for").
        int end = _article.SentenceData[_article.Tokens[v].SentenceIndex].FirstToken + _article.SentenceData[_article.Tokens[v].SentenceIndex].TokenCount;
        int t = v + 1;
        while (t < end && _tree.Upos(t) == Upos.ADV) t++;
        if (t >= end || _tree.IsWord(t, "for")) return false;
        int n = _tree.Upos(t) == Upos.DET ? _tree.Head(t) : _tree.Upos(t) is Upos.NOUN or Upos.PROPN or Upos.PRON ? t : -1;
        for (int k = 0; n > t && k < 4 && (_tree.Is(n, "compound") || _tree.Is(n, "flat") || _tree.Is(n, "amod")); k++) n = _tree.Head(n);
        if (n <= v || n >= end) return false;
        var rel = _tree.Relation(n);
        return !(rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal) || rel.StartsWith("advmod", StringComparison.Ordinal));
    }

    /// <summary>True when the one <paramref name="v"/> ("target") is aimed at is a noun of
    /// <c>[measure-objects]</c>: its object, its passive subject, or the noun a participle modifies ("oligarchs
    /// targeted by the sanctions").</summary>
    private bool AimsAMeasure(int v)
    {
        int aimed = _tree.Child(v, "obj");
        if (aimed < 0) aimed = _tree.Child(v, "nsubj:pass");
        if (aimed < 0 && _tree.Relation(v) is "acl" && _tree.Xpos(v) == "VBN") aimed = _tree.Head(v);
        if (aimed < 0) return false;
        var words = FrameWords.Default;
        return words.Contains(FrameWordList.MeasureObjects, _tree.Lemma(aimed)) || words.Contains(FrameWordList.MeasureObjects, _tree.Word(aimed).ToString());
    }

    /// <summary>True when what <paramref name="v"/> ("hand over") hands is a thing: its object, passive subject or the
    /// noun its participle modifies ("a letter handed over to the UN", also where the parse misplaces the participle:
    /// <see cref="ReducedRelativeNoun"/>) is a noun that is no actor, has no actor in its
    /// nominal modifiers ("two of its nationals") and is not in <c>[custody-nouns]</c>.</summary>
    private bool HandsAThing(int v)
    {
        int handed = _tree.Child(v, "obj");
        if (handed < 0) handed = _tree.Child(v, "nsubj:pass");
        if (handed < 0 && _tree.Relation(v) is "acl" && _tree.Xpos(v) == "VBN") handed = _tree.Head(v);
        if (handed < 0) handed = ReducedRelativeNoun(v);
        if (handed < 0 || _tree.Upos(handed) is not (Upos.NOUN or Upos.NUM)) return false;
        if (IsPersonNode(handed)) return false;
        for (int c = _tree.FirstChild(handed); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "nmod") && IsPersonNode(c)) return false;
        return true;
    }

    /// <summary>
    /// True when what bare "release|free" (0841) sets loose is a thing, not a person: its object (or passive subject, or
    /// the noun its participle modifies) is a common noun that is no actor and not in <c>[custody-nouns]</c>, or a
    /// proper name under a determiner ("the Indo-Pacific Strategy"; a person's name takes none). News releases reports,
    /// statements, strategies, figures, videos and warrants far more often than prisoners, and the entry's target is
    /// then only an actor the thing is about or belongs to ("a report on Russia" → RUS). Unlike HandsAThing, an actor in
    /// the noun's modifiers does not make it a person ("the strategy of the United States" is still a thing); a number or
    /// count word as the object counts people ("two of its nationals", "dozens of protesters").
    /// </summary>
    private bool ReleasesAThing(int v)
    {
        int freed = _tree.Child(v, "obj");
        if (freed < 0) freed = _tree.Child(v, "nsubj:pass");
        if (freed < 0 && _tree.Relation(v) is "acl" && _tree.Xpos(v) == "VBN") freed = _tree.Head(v);
        if (freed < 0) return false;
        // "released the first-ever U.S. National Strategy": a country's own name (singular, no role) is never the one
        // set free; where it heads the object it names the thing released. A demonym ("released Palestinians", NNPS)
        // or a role ("released the Iranian sailors") still names people.
        if (NamesABareCountry(freed)) return true;
        if (IsPersonNode(freed)) return false;
        // A number or count word ("freed 20", "released dozens of protesters") counts people.
        if (_tree.Upos(freed) == Upos.NUM || FrameWords.Default.Contains(FrameWordList.CountNouns, _tree.Lemma(freed))) return false;
        if (_tree.Upos(freed) == Upos.NOUN) return true;
        return _tree.Upos(freed) == Upos.PROPN && _tree.Child(freed, "det") >= 0;
    }

    /// <summary>True when the object of "recognize" <paramref name="v"/> is "rights" with "obligations", "duties" or
    /// "responsibilities" in conjunction.</summary>
    private bool RecognisesMutualRights(int v)
    {
        int obj = _tree.Child(v, "obj");
        if (obj < 0) return false;
        for (int c = _tree.FirstChild(obj); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "conj") && _tree.Lemma(c) is "obligation" or "duty" or "responsibility") return true;
        return false;
    }

    /// <summary>True when the object of "meet" <paramref name="v"/> has its head in <c>[fulfilled-nouns]</c> of
    /// data/frames/frame_words.txt ("meeting the goals", "meet the challenges").</summary>
    private bool MeetsAnAim(int v)
    {
        int obj = _tree.Child(v, "obj");
        if (obj < 0) return false;
        return _tree.Lemma(obj) is { } lemma ? FrameWords.Default.Contains(FrameWordList.FulfilledNouns, lemma)
            : FrameWords.Default.Contains(FrameWordList.FulfilledNouns, _tree.Word(obj));
    }

    /// <summary>True when the object of bare "host" <paramref name="v"/> is a noun no actor covers ("a Media
    /// Preview", "a regional workshop"): a thing hosted, no guest; not one held for an actor ("a conference for
    /// Ukraine"), who is the guest.</summary>
    private bool HostsAThing(int v)
    {
        int obj = _tree.Child(v, "obj");
        if (obj < 0 || IsPersonNode(obj)) return false;
        // "host a G7 conference": a bloc's gathering brings its members as guests; a bloc named as the gathering's
        // modifier is hosted.
        for (int c = _tree.FirstChild(obj); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "compound") && _tree.MentionAtHead(c) is int m and >= 0
                && _tree.Mentions[m].Code.Value.StartsWith("IGO", StringComparison.Ordinal)) return false;
        // "hosted an international reconstruction conference for Ukraine": the actor a gathering is held for is its
        // guest, whether the parser hangs the for-phrase on the gathering or on the verb.
        if (ForAnActor(obj) || ForAnActor(v)) return false;
        return _tree.Upos(obj) is Upos.NOUN or Upos.PROPN;
    }

    /// <summary>True when <paramref name="head"/> has a for-phrase (nmod or obl) headed by a state or bloc.</summary>
    private bool ForAnActor(int head)
    {
        for (int c = _tree.FirstChild(head); c >= 0; c = _tree.NextSibling(c))
            if ((_tree.Is(c, "nmod") || _tree.Is(c, "obl")) && _tree.CaseOf(c) is int k and >= 0 && _tree.IsWord(k, "for")
                && _tree.MentionAtHead(c) is int m and >= 0 && IsStateOrBloc(_tree.Mentions[m].Code)) return true;
        return false;
    }

    // A state (bare or its government) or a bloc can be a gathering's guest; a group of people it is held for
    // ("a conference for refugees") is its subject.
    private static bool IsStateOrBloc(ActorCode code)
    {
        if (code.Value.StartsWith("IGO", StringComparison.Ordinal)) return true;
        return (code.Value.Length == 3 || (code.Value.Length == 6 && code.HasRole("GOV"))) && ContextCountryPass.IsCountry(code.Primary);
    }

    /// <summary>True when token <paramref name="t"/> is a singular proper noun heading a mention coded as a bare
    /// country ("U.S.", "Japan").</summary>
    private bool NamesABareCountry(int t)
    {
        if (_tree.Upos(t) != Upos.PROPN || _tree.Xpos(t) != "NNP") return false;
        int mention = _tree.MentionAtHead(t);
        if (mention < 0) return false;
        var code = _tree.Mentions[mention].Code;
        foreach (var _ in code.Roles) return false;
        return ContextCountryPass.IsCountry(code.Primary);
    }

    /// <summary>True when an oblique of <paramref name="v"/> behind from/of ("withdrawing from the Russian market",
    /// "pulled out of the Chinese market") has its head in <c>[market-nouns]</c> of data/frames/frame_words.txt.</summary>
    private bool LeavesAMarket(int v)
    {
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "obl")) continue;
            int k = _tree.CaseOf(c);
            if (k < 0 || !(_tree.IsWord(k, "from") || _tree.IsWord(k, "of"))) continue;
            if (_tree.Lemma(c) is { } lemma ? FrameWords.Default.Contains(FrameWordList.MarketNouns, lemma)
                : FrameWords.Default.Contains(FrameWordList.MarketNouns, _tree.Word(c))) return true;
        }
        return false;
    }

    /// <summary>True when the object of "quit" <paramref name="v"/> is a bare country (an actor with no role): "quit
    /// Russia" leaves the country, where "quit the government" or "quit his post" gives up an office.</summary>
    private bool QuitsACountry(int v)
    {
        int obj = _tree.Child(v, "obj");
        if (obj < 0) return false;
        int mention = _tree.MentionCovering(obj);
        if (mention < 0) return false;
        var code = _tree.Mentions[mention].Code;
        foreach (var _ in code.Roles) return false;
        return ContextCountryPass.IsCountry(code.Primary);
    }

    /// <summary>
    /// The noun a bare participle stands right behind, or -1: a past participle with no auxiliary, subject or object of
    /// its own straight after a noun is a reduced relative clause on that noun ("In a letter handed over to the UN,
    /// Iraq said ..."), even where the parser hangs it on the verb of the sentence (advcl of "said"). A participle
    /// after a comma or a name is left alone: there the reading as the subject's own act is as likely.
    /// </summary>
    private int ReducedRelativeNoun(int v)
    {
        if (v < 1 || _tree.Xpos(v) != "VBN" || _tree.Upos(v - 1) != Upos.NOUN) return -1;
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "aux") || _tree.Is(c, "nsubj") || _tree.Is(c, "obj") || _tree.Is(c, "cop")) return -1;
        return v - 1;
    }

    /// <summary>
    /// Bare "ban <obj>" is 1722 only for a party, politician or movement: news bans airlines ("banned Iranian airline
    /// Mahan Air", read as IRN), investments, imports, doctors and books far more often. No event when nothing is
    /// named, or what is named is a bare country or people of a non-political role (business, civilians, health,
    /// media, education, military, farmers, labour, refugees). Parties and movements have entries of their own
    /// (`ban party|parties|opposition ...`).
    /// </summary>
    private bool BansNoPolitician(in TreeMatch match)
    {
        if (match.TargetNode < 0) return true;
        int mention = _tree.MentionCovering(match.TargetNode);
        if (mention < 0) return true;
        var code = _tree.Mentions[mention].Code;
        bool roles = false;
        foreach (var r in code.Roles)
        {
            roles = true;
            if (r is "BUS" or "CVL" or "HLH" or "MED" or "EDU" or "MIL" or "AGR" or "LAB" or "REF") return true;
        }
        return !roles && ContextCountryPass.IsCountry(code.Primary);
    }

    private bool IsPersonNode(int t)
    {
        if (_tree.MentionCovering(t) >= 0) return true;
        var words = FrameWords.Default;
        return words.Contains(FrameWordList.CustodyNouns, _tree.Lemma(t)) || words.Contains(FrameWordList.CustodyNouns, _tree.Word(t).ToString());
    }

    private bool IsForceNoun(int t)
    {
        if (t < 0) return false;
        var words = FrameWords.Default;
        return words.Contains(FrameWordList.ForceNouns, _tree.Lemma(t)) || words.Contains(FrameWordList.ForceNouns, _tree.Word(t).ToString());
    }
}
