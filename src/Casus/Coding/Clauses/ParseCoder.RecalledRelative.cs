namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// True when predicate <paramref name="auxFrom"/> heads a relative clause in the perfect: "the militant group that
    /// has seized parts of Iraq and Syria", "the prime minister, whom they had taken hostage two weeks ago", "Ukrainians
    /// who have been displaced by the war". Such a clause tells which noun is meant by recalling what it is known for;
    /// news repeats it in report after report, so coding it would count one old act again with every article that
    /// recalls it. The perfect marks the act as earlier than the report ("had") or as a standing result ("has"); a
    /// relative clause in the simple past ("the helicopter that was captured last week") may be the news itself and is
    /// kept. <paramref name="auxFrom"/> is the conjunct that carries the auxiliaries (ClauseReader.AuxiliarySource).
    /// </summary>
    private bool IsRecalledRelative(int auxFrom)
    {
        if (!IsRelativeClause(auxFrom)) return false;
        for (int c = _tree.FirstChild(auxFrom); c >= 0; c = _tree.NextSibling(c))
            if (_tree.Is(c, "aux", exact: true) && _tree.Lemma(c) is { } lemma && lemma.Equals("have", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>True when clause <paramref name="v"/> is a relative clause: opened by a relative word ("that", "who",
    /// "whom", "which", "whose ..."), or labelled one with no comma before it ("the talks we have agreed upon"). A parser
    /// may hang a relative clause on the wrong head as an adverbial ("will release the minister, whom they had taken
    /// hostage" with "taken" an advcl of "release"), and may label a main clause after a fronted phrase a relative one
    /// ("As a result of the policy, the Houthis have fired at ..."): the relative word, not the label, decides.</summary>
    private bool IsRelativeClause(int v)
    {
        bool labelled = _tree.Is(v, "acl:relcl", exact: true);
        if (!labelled && !_tree.Is(v, "advcl", exact: true) && !_tree.Is(v, "conj", exact: true)) return false;
        int first = _tree.FirstChild(v);
        if (first < 0 || first > v) return false;
        bool comma = _tree.Is(first, "punct");
        while (first >= 0 && first < v && _tree.Is(first, "punct")) first = _tree.NextSibling(first);
        if (first < 0 || first > v) return false;
        if (IsRelativeWord(first) || IsRelativeWord(_tree.FirstChild(first))) return true;
        return labelled && !comma;
    }

    // "that", "who", "whom", "which" heading the clause's subject or object, or "whose" opening it ("whose forces").
    private bool IsRelativeWord(int t) =>
        t >= 0 && (_tree.Xpos(t) is "WP" or "WDT" or "WP$" || _tree.IsWord(t, "whose")) && (IsRelativeSubject(t) || _tree.IsWord(t, "whose"));
}
