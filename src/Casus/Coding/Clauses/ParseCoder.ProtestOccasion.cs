namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// "youths threw stones during demonstrations against the Israeli army": a protest act (root 14) done during an
    /// occasion that is against someone is against them too. When the act names no target, the actors of the against-
    /// phrase of a during-phrase on <paramref name="v"/> are its target; where that phrase names a grievance, not an actor
    /// ("during demonstrations against rights violations by the Israeli military"), the grievance's doer (its by-phrase)
    /// is, as a protest is against the doer of what it protests (TargetFallback). Adds them to
    /// <paramref name="targets"/> and returns the node they were read at, or -1 when there is none.
    /// </summary>
    private int ProtestOccasionTarget(int v, List<int> sources, List<int> targets, List<string> notes)
    {
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "obl") || _tree.CaseOf(c) is not (int k and >= 0) || !_tree.IsWord(k, "during")) continue;
            for (int a = _tree.FirstChild(c); a >= 0; a = _tree.NextSibling(a))
            {
                if (!_tree.Is(a, "nmod") || _tree.CaseOf(a) is not (int ak and >= 0) || !_tree.IsWord(ak, "against")) continue;
                int node = ReadTargets(a, sources, targets) ? a : -1;
                if (node < 0)
                    for (int b = _tree.FirstChild(a); b >= 0 && node < 0; b = _tree.NextSibling(b))
                        if ((_tree.Is(b, "nmod") || _tree.Is(b, "acl")) && ByPhrase(b) is int by and >= 0 && ReadTargets(by, sources, targets))
                            node = by;
                if (node < 0) continue;
                notes.Add(node == a
                    ? $"target: whom the occasion '{_tree.Word(c)}' is against"
                    : $"target: the doer of what the occasion '{_tree.Word(c)}' is against");
                return node;
            }
        }
        return -1;
    }

    // A by-phrase at n itself ("violations by X") or on the participle that carries it ("violations committed by X").
    private int ByPhrase(int n)
    {
        if (_tree.CaseOf(n) is int k and >= 0 && _tree.IsWord(k, "by")) return n;
        if (_tree.Is(n, "acl"))
            for (int c = _tree.FirstChild(n); c >= 0; c = _tree.NextSibling(c))
                if ((_tree.Is(c, "obl") || _tree.Is(c, "obl:agent", exact: true)) && _tree.CaseOf(c) is int ck and >= 0 && _tree.IsWord(ck, "by")) return c;
        return -1;
    }

    // The actors at n that are not the act's sources; true when any was added.
    private bool ReadTargets(int n, List<int> sources, List<int> targets)
    {
        int before = targets.Count;
        _clauses.ActorsAt(n, targets);
        for (int t = targets.Count - 1; t >= before; t--) if (sources.Contains(targets[t])) targets.RemoveAt(t);
        return targets.Count > before;
    }
}
