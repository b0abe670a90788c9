namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// "started a hunger strike to protest President Assad's failure ...", "organized a general strike in protest of
    /// the government's decision": news names what a strike, march or sit-in is against in a purpose phrase, not in
    /// the act's own slot. When a protest act (root 14) names no target, the actors of what that phrase protests are
    /// its target — the thing protested as an actor, or its possessor, adjective, compound or by-phrase ("Israel's
    /// policy", "Israeli raids", "raids by the army"), as for a complaint's topic (ComplaintTopic.cs). The phrase is a
    /// to-clause of "protest" on the act's verb, or "in protest of|at|against|over X" on it. A grievance that names no
    /// actor ("in protest of last week's arrest of activists") gives none. Adds them to <paramref name="targets"/> and
    /// returns the node they were read at, or -1.
    /// </summary>
    private int ProtestPurposeTarget(int v, List<int> sources, List<int> targets, List<string> notes)
    {
        // The phrase hangs on the verb, or, as a parser often reads it, on the act's noun ("staged a strike to protest").
        int found = ProtestPurposeUnder(v, sources, targets, notes);
        if (found < 0 && _tree.Child(v, "obj") is int obj and >= 0) found = ProtestPurposeUnder(obj, sources, targets, notes);
        return found;
    }

    private int ProtestPurposeUnder(int v, List<int> sources, List<int> targets, List<string> notes)
    {
        for (int c = _tree.FirstChild(v); c >= 0; c = _tree.NextSibling(c))
        {
            int what = -1;
            // "... to protest X": the purpose clause's object.
            if ((_tree.Is(c, "advcl") || _tree.Is(c, "xcomp") || _tree.Is(c, "acl")) && IsProtestVerb(c) && _tree.MarkOf(c) is int mk and >= 0 && _tree.IsWord(mk, "to"))
                what = _tree.Child(c, "obj");
            // "... in protest of|at|against|over X": the noun "protest" under "in", and its phrase.
            else if ((_tree.Is(c, "obl") || _tree.Is(c, "nmod")) && IsProtestNoun(c) && _tree.CaseOf(c) is int ck and >= 0 && _tree.IsWord(ck, "in"))
                for (int a = _tree.FirstChild(c); a >= 0 && what < 0; a = _tree.NextSibling(a))
                    if (_tree.Is(a, "nmod") && _tree.CaseOf(a) is int ak and >= 0 && IsAnyWord(ak, ProtestPurposeCases)) what = a;
            if (what < 0) continue;
            _topicActors.Clear();
            TopicActors(what, _topicActors);
            for (int t = _topicActors.Count - 1; t >= 0; t--)
                if (sources.Contains(_topicActors[t])) _topicActors.RemoveAt(t);
            if (_topicActors.Count == 0) continue;
            targets.AddRange(_topicActors);
            notes.Add($"target: whom the act protests ('{_tree.Word(what)}' in its purpose phrase)");
            return what;
        }
        return -1;
    }

    // The prepositions after "in protest" that name what is protested.
    private static readonly string[] ProtestPurposeCases = { "of", "at", "against", "over" };

    private bool IsProtestVerb(int t) =>
        _tree.Lemma(t) is { } lemma ? lemma.Equals("protest", StringComparison.OrdinalIgnoreCase) : _tree.IsWord(t, "protest");

    private bool IsProtestNoun(int t) => _tree.IsWord(t, "protest");
}
