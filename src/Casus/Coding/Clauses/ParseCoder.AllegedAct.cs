using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// "X claimed that Y attacked Z" asserts no attack (the claim rules the act out), but it is X's accusation of Y:
    /// CAMEO 1123 for alleged military force (roots 19-20), 112 for alleged coercion or assault (17-18). When the one
    /// said to have acted is the speaker itself ("Hamas claimed it fired the rockets", the pronoun bound by the
    /// speaker), the claim is the speaker's claim of responsibility (015) toward the one acted on.
    /// Only for a claim that is itself asserted (not negated, modal or conditional), over a content clause that is
    /// neither negated nor modal ("claimed Y would attack" is a warning, not a charge), and not where the reporting
    /// verb already coded an event of its own ("allege (that) &lt;obj&gt;" in data/verbs). Returns true when it coded.
    /// </summary>
    private bool CodeAllegedAct(int sentence, in TreeMatch match, CameoCode act, bool passive)
    {
        if (act.Root is < 17 or > 20) return false;
        int v = match.Verb;
        int auxFrom = _clauses.AuxiliarySource(v);
        int report = _clauses.UnassertedReportHead(auxFrom);
        if (report < 0 || _used[report] || !LemmaIn(report, FrameWordList.AccusingReports) || IsRuledOut(report)) return false;
        if (_clauses.Negation(v) >= 0 || _clauses.Negation(auxFrom) >= 0) return false;
        if (_clauses.Modal(v, out _) >= 0 || _clauses.Modal(auxFrom, out _) >= 0) return false;
        if (_clauses.IsConditional(v) || _clauses.IsNotYet(v)) return false;

        var speakers = new List<int>(2);
        var patients = new List<int>(2);
        var agents = new List<int>(2);
        string? route = _clauses.Subjects(report, speakers, patients, agents, out bool reportPassive, out _);
        if (reportPassive || speakers.Count == 0) return false;

        // Who is said to have acted: the content's subject, or its by-phrase in the passive ("claimed the town was
        // shelled by Y").
        var doers = passive ? _agents : _subjects;
        var accused = new List<int>(2);
        bool self = false;
        foreach (int d in doers)
        {
            bool own = false;
            foreach (int s in speakers) if (d == s || SameActor(_tree.Mentions[s].Code.Value, _tree.Mentions[d].Code.Value)) own = true;
            if (own) self = true; else accused.Add(d);
        }
        // "X claimed it/they/we had attacked Z": a pronoun subject under a claim is bound by the claimant.
        int subject = _tree.Child(v, passive ? "obl:agent" : "nsubj");
        if (doers.Count == 0 && !passive && subject >= 0 && IsPersonalPronoun(subject)) self = true;
        if (accused.Count > 0) self = false;

        var notes = new List<string>(6);
        CameoCode code;
        var targets = new List<int>(2);
        if (self)
        {
            int tnode = match.TargetNode >= 0 ? match.TargetNode : match.ComplementTarget;
            if (tnode >= 0) _clauses.ActorsAt(tnode, targets);
            for (int t = targets.Count - 1; t >= 0; t--) if (speakers.Contains(targets[t])) targets.RemoveAt(t);
            code = CameoCode.Parse("015");
            notes.Add($"'{_tree.Word(report)}' + its own act ({act}): the speaker claims responsibility");
        }
        else
        {
            if (accused.Count == 0) return false;
            targets.AddRange(accused);
            code = CameoCode.Parse(act.Root >= 19 ? "1123" : "112");
            notes.Add($"'{_tree.Word(report)}' + another's act ({act}): the speaker accuses the one said to have acted");
        }
        var pattern = new VerbPattern(code, _tree.Lemma(report) ?? _tree.Word(report).ToString().ToLowerInvariant(),
            Array.Empty<PatternElement>(), "(no dictionary entry: a claimed act under " + _tree.Word(report).ToString() + ")", 0);
        notes.Add("claimed act: " + match.Pattern.EvidenceText);
        AddPathNotes(notes, report, FirstTokenNode(speakers[0]), targets.Count > 0 ? FirstTokenNode(targets[0]) : -1,
            route is null ? null : route + " of the reporting verb");
        int first = Math.Min(report, v), last = Math.Max(report, match.LastWord);
        EventEmitter.EmitAll(_stage, _article, sentence, pattern, new TokenSpan(first, last - first + 1), code,
            speakers, targets, "alleged-act", notes);
        return true;
    }

    private bool IsPersonalPronoun(int t)
    {
        if (_tree.MentionAtHead(t) >= 0) return false;
        var w = _tree.Word(t);
        return w.Equals("it", StringComparison.OrdinalIgnoreCase) || w.Equals("they", StringComparison.OrdinalIgnoreCase)
            || w.Equals("we", StringComparison.OrdinalIgnoreCase);
    }

    // The same actor is the same code or one that contains the other (USA and USAGOV).
    private static bool SameActor(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);
}
