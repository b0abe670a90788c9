namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// "X threatened to strike unless Y withdraws", "X will stop the talks if Y deploys missiles": a threat's
    /// condition names whom it is aimed at. When a threat (root 13) names no target in its own slots, the actors
    /// subject to its if/unless clause (on the frame verb or its complement) are the target. Adds them to
    /// <paramref name="targets"/> and returns the clause, or -1 when there is none.
    /// </summary>
    private int ThreatConditionTarget(int v, int complement, List<int> sources, List<int> targets, List<string> notes)
    {
        // "X threatened to stop the talks if Y deploys missiles, the Post reported": the parser may hang the condition on
        // the reporting verb that follows the reported threat; a report is not conditional, the threat is. Only a
        // clause between the threat and its reporting verb. The reporting verb is the threat's head (ccomp) or, as the
        // treebanks analyse a trailing attribution, its parataxis child.
        int reporter = _tree.Is(v, "ccomp") && _tree.Head(v) is int h && h > v ? h : TrailingReporter(v);
        foreach (int head in stackalloc int[] { complement, v, reporter })
        {
            if (head < 0) continue;
            for (int c = _tree.FirstChild(head); c >= 0; c = _tree.NextSibling(c))
            {
                if (!_tree.Is(c, "advcl")) continue;
                if (head == reporter && !(c > v && c < reporter)) continue;
                int mark = _tree.MarkOf(c);
                if (mark < 0 || !(_tree.IsWord(mark, "if") || _tree.IsWord(mark, "unless"))) continue;
                int s = _tree.Child(c, "nsubj");
                if (s < 0) continue;
                int before = targets.Count;
                _clauses.ActorsAt(s, targets);
                for (int t = targets.Count - 1; t >= before; t--) if (sources.Contains(targets[t])) targets.RemoveAt(t);
                if (targets.Count > before)
                {
                    notes.Add($"target: the subject of the threat's '{_tree.Word(mark)}' clause (whom the condition binds)");
                    return c;
                }
            }
        }
        return -1;
    }

    /// <summary>The first parataxis child after <paramref name="v"/> ("X threatened ..., the Post reported"), or -1.</summary>
    private int TrailingReporter(int v)
    {
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
            if (c > v && _tree.Is(c, "parataxis")) return c;
        return -1;
    }

    /// <summary>
    /// The threat code when the match is an act of force or pressure (roots 14-20) said under <i>may/might/could</i>
    /// with an if/unless condition on the verb (or its framed verb): "the EU may halt mediation if cooperation
    /// founders" → 135, "Russia could cut gas supplies unless Kiev pays" → 1311. The condition makes the speculative
    /// modal a warning of what the actor will do, which CAMEO codes as a threat (13), as it does "will ... if". Null
    /// otherwise: negated, itself inside a condition, not yet, claimed, a relative clause's attribute, or an act CAMEO
    /// has no threat code for. <paramref name="modal"/> and <paramref name="condition"/> name the words, for the evidence.
    /// </summary>
    private CameoCode? ConditionalThreat(in TreeMatch match, out int modal, out int condition)
    {
        condition = -1;
        int v = match.Verb;
        int auxFrom = _clauses.AuxiliarySource(v);
        modal = _clauses.Modal(v, out bool future);
        if (modal < 0 && auxFrom != v) modal = _clauses.Modal(auxFrom, out future);
        if (modal < 0 || future) return null;
        if (!(_tree.IsWord(modal, "may") || _tree.IsWord(modal, "might") || _tree.IsWord(modal, "could"))) return null;
        var code = match.ComplementCode ?? match.Pattern.Code;
        if (code.Root < 14) return null;
        if (_clauses.Negation(v) >= 0 || (auxFrom != v && _clauses.Negation(auxFrom) >= 0)) return null;
        if (match.ComplementVerb >= 0 && _clauses.Negation(match.ComplementVerb) >= 0) return null;
        if (_frames.IsStandingAttribute(v) || _clauses.IsConditional(v) || _clauses.IsNotYet(v) || _clauses.IsUnassertedReport(auxFrom)) return null;
        foreach (int head in stackalloc int[] { v, match.ComplementVerb })
        {
            if (head < 0) continue;
            for (int c = _tree.FirstChild(head); c >= 0 && condition < 0; c = _tree.NextSibling(c))
            {
                if (!_tree.Is(c, "advcl")) continue;
                int mark = _tree.MarkOf(c);
                if (mark >= 0 && (_tree.IsWord(mark, "if") || _tree.IsWord(mark, "unless"))) condition = mark;
            }
        }
        return condition < 0 ? null : ComplementFrames.Apply(13, code);
    }
}
