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
        // clause between the threat and its reporting verb.
        int reporter = _tree.Is(v, "ccomp") && _tree.Head(v) is int h && h > v ? h : -1;
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
}
