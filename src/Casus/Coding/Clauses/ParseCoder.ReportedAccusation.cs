using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    // Roles of armed or opposing groups inside a country: a state that says one of its own such groups attacked is
    // accusing it ("the Syrian government said rebels shelled Aleppo"), where a state reporting its own forces' act
    // is not ("the Pentagon said US forces struck ...").
    // Unaligned gunmen (UAF) and criminals (CRM) are no side: "police said gunmen killed three" reports a crime.
    private static readonly string[] NonStateSides = ["REB", "INS", "OPP", "SEP", "RAD"];

    /// <summary>
    /// "X said Y attacked Z": the act is coded as reported (Y → Z, by the match just coded), and the statement is X's
    /// accusation of Y, as a reader of news (and PETRARCH's coding of such sentences) takes a party's account of
    /// another's violence: 112 for assault (root 18), 1123 for military force (19-20), X → Y. Only where a
    /// statement verb (<c>[statement-verbs]</c> of data/frames/frame_words.txt: say, tell, state, declare, announce)
    /// carries the act as its content clause ("said (that) Y attacked Z") or as the clause it closes ("Y attacked Z,
    /// X said"); the statement itself asserted (not negated, modal, conditional or passive). Not for a speaker that
    /// is the doer or of the doer's own state (a state reporting its own forces' strikes), a speaker of no known
    /// country ("officials said"), or news media, who report rather than accuse. Coercion (17) is left out: "police
    /// said they arrested five" or "officials said Y was sanctioned" is an account, rarely a charge.
    /// Events from <paramref name="firstEvent"/> on are the ones the match made.
    /// </summary>
    private void CodeReportedAccusation(int sentence, int v, int firstEvent)
    {
        if (_article.Events.Count == firstEvent) return;
        int report = StatementOver(v);
        if (report < 0 || IsRuledOut(report)) return;
        var speakers = new List<int>(2);
        var patients = new List<int>(2);
        var agents = new List<int>(2);
        _clauses.Subjects(report, speakers, patients, agents, out bool reportPassive, out _);
        if (reportPassive || speakers.Count == 0) return;

        var accused = new List<Mention>(2);
        var struck = new List<Mention>(2);
        var codes = new List<CameoCode>(2);
        for (int e = firstEvent; e < _article.Events.Count; e++)
        {
            var ev = _article.Events[e];
            if (ev.Code.Root is < 18 or > 20 || ev.Sentence != sentence || ev.Target is null) continue;
            bool known = false;
            foreach (var a in accused) if (a.Code.Value == ev.Source.Code.Value) known = true;
            if (known) continue;
            accused.Add(ev.Source);
            struck.Add(ev.Target);
            codes.Add(CameoCode.Parse(ev.Code.Root >= 19 ? "1123" : "112"));
        }
        if (accused.Count == 0) return;

        var pattern = new VerbPattern(codes[0], _tree.Lemma(report) ?? _tree.Word(report).ToString().ToLowerInvariant(),
            Array.Empty<PatternElement>(), "(no dictionary entry: another's force reported under " + _tree.Word(report).ToString() + ")", 0);
        int first = Math.Min(report, v), last = Math.Max(report, v);
        var trigger = new TokenSpan(first, last - first + 1);
        for (int s = 0; s < speakers.Count; s++)
        {
            var speaker = _article.Mentions[speakers[s]];
            var sc = speaker.Code;
            if (sc.PrimarySpan.SequenceEqual("---") || sc.HasRole("MED")) continue;
            for (int a = 0; a < accused.Count; a++)
            {
                var doer = accused[a].Code;
                // The speaker's own act, or its own state's ("Ukraine said Ukrainian troops ..."); rebels of its
                // country are another side ("the Syrian government said rebels shelled Aleppo").
                if (sc.PrimarySpan.SequenceEqual(doer.PrimarySpan) && (!IsNonStateSide(doer) || sc.Value == doer.Value)) continue;
                // Only the struck side accuses: a third party's account ("diplomatic sources in Pakistan said Afghan
                // rebels kidnapped Russian advisers") reports the act, it charges no one.
                if (!sc.PrimarySpan.SequenceEqual(struck[a].Code.PrimarySpan)) continue;
                var notes = new List<string>(4)
                {
                    $"'{_tree.Word(report)}' reports another's force ({_article.Events[firstEvent].Code}): the speaker accuses the one said to have acted",
                    "read from the dependency parse",
                };
                EventEmitter.Emit(_stage, _article, sentence, pattern, trigger, codes[a], speaker, accused[a],
                    "reported-accusation", notes, null, null);
            }
        }
    }

    private static bool IsNonStateSide(Casus.Actors.ActorCode code)
    {
        foreach (var role in NonStateSides) if (code.HasRole(role)) return true;
        return false;
    }

    /// <summary>The statement verb whose content clause predicate <paramref name="v"/> is (or the first conjunct it
    /// is coordinated with): "said" in "X said (that) Y attacked Z"; or the statement verb that closes its clause
    /// ("Y attacked Z, X said", parsed as a parataxis of the act). -1 when there is none.</summary>
    private int StatementOver(int v)
    {
        int t = v;
        for (int k = 0; k < 4 && t >= 0; k++)
        {
            var r = _tree.Relation(t);
            if (r == "conj") { t = _tree.Head(t); continue; }
            if (r is "ccomp" or "parataxis")
            {
                int h = _tree.Head(t);
                return h >= 0 && LemmaIn(h, FrameWordList.StatementVerbs) ? h : -1;
            }
            break;
        }
        // The closing attribution hangs on the act (or on the first conjunct of the act's clause), as a parataxis, or
        // as a conjunct the parser misread: one with its own subject, no and/but, and no content clause of its own
        // ("shelled Aleppo, the government said"; "shelled Aleppo and the government said that ..." is two clauses).
        int clause = t < 0 ? v : t;
        for (int c = _tree.FirstChild(clause); c >= 0; c = _tree.NextSibling(c))
        {
            if (c < v || !LemmaIn(c, FrameWordList.StatementVerbs) || _tree.Child(c, "nsubj") < 0) continue;
            var r = _tree.Relation(c);
            if (r is "parataxis" or "ccomp") return c;
            if (r == "conj" && _tree.Child(c, "cc") < 0 && _tree.Child(c, "ccomp") < 0 && _tree.Child(c, "xcomp") < 0) return c;
        }
        return -1;
    }

    /// <summary>"Israel said a mortar bomb was fired at it from Gaza", "Russia said Ukraine attacked its territory": in
    /// the content of a statement verb, "it" (or "its" on the object) where the act's object would be stands for the
    /// speaker, as a pronoun subject does ("said it would attack"). Only for an object or an <i>at/on/against/to</i>
    /// phrase of the act itself, a speaker that is not the act's source, a singular speaker ("officials said ... it"
    /// means a thing), and an asserted statement. Adds the speaker's actors to <paramref name="targets"/> and returns
    /// the pronoun's node, else -1.</summary>
    private int SpeakerPronounTarget(int v, List<int> sources, List<int> targets, List<string> notes)
    {
        int pronoun = -1;
        for (int c = _tree.FirstChild(v); c >= 0 && pronoun < 0; c = _tree.NextSibling(c))
        {
            if (c < v) continue;
            var r = _tree.Relation(c);
            bool slot = r == "obj" || r == "obl" && _tree.CaseOf(c) is int k and >= 0
                && (_tree.IsWord(k, "at") || _tree.IsWord(k, "on") || _tree.IsWord(k, "against") || _tree.IsWord(k, "to"));
            if (!slot || _tree.MentionAtHead(c) >= 0) continue;
            if (_tree.IsWord(c, "it")) pronoun = c;
            else if (_tree.Child(c, "nmod:poss") is int o and >= 0 && _tree.IsWord(o, "its")) pronoun = o;
        }
        if (pronoun < 0) return -1;
        int report = StatementOver(v);
        if (report < 0 || IsRuledOut(report)) return -1;
        int s = _tree.Child(report, "nsubj");
        if (s < 0 || _clauses.IsPluralCommonNoun(s)) return -1;
        var speakers = new List<int>(2);
        _clauses.ActorsAt(s, speakers);
        if (speakers.Count != 1) return -1;
        var sc = _article.Mentions[speakers[0]].Code;
        if (sc.PrimarySpan.SequenceEqual("---") || sc.HasRole("MED")) return -1;
        foreach (int src in sources)
            if (src == speakers[0] || _article.Mentions[src].Code.PrimarySpan.SequenceEqual(sc.PrimarySpan)) return -1;
        targets.Add(speakers[0]);
        notes.Add($"target: '{_tree.Word(pronoun)}' in what '{_tree.Word(report)}' reports stands for the speaker");
        return pronoun;
    }
}
