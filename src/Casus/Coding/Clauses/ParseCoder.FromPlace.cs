using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// The source of an agentless passive of force: the place the force came from. "Rockets were fired at Israel from
    /// the Gaza Strip", "the town was shelled from Lebanon": whoever fired, they fired from there, and the event data
    /// convention codes the place's actor. Only for force (CAMEO roots 18–20): "refugees were expelled from X" or
    /// "troops were withdrawn from X" name where the act happened, not who did it.
    /// </summary>
    private bool FromPlaceAgents(int v, CameoCode code, List<int> into, List<string> notes)
    {
        if (code.Root < 18 || code.Root > 20) return false;
        int before = into.Count;
        for (int c = _tree.FirstChild(v); c >= 0 && into.Count == before; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "obl")) continue;
            if (IsFrom(c)) { _clauses.ActorsAt(c, into, modifiers: false); continue; }
            // "were killed in a car bomb explosion": an attack the actor stage read as the unidentified armed force of
            // the place struck (UnattributedAttackPass) did it.
            if (IsIn(c) && _tree.MentionAtHead(c) is int a and >= 0 && IsUnattributedAttack(_tree.Mentions[a]))
            {
                into.Add(a);
                notes.Add("agentless passive of force: the source is the unattributed attack it was done in");
                return true;
            }
            // "fired at Israeli towns from Lebanon": a parser may hang the from-phrase on the target.
            for (int g = _tree.FirstChild(c); g >= 0 && into.Count == before; g = _tree.NextSibling(g))
                if (g > c && _tree.Is(g, "nmod") && IsFrom(g)) _clauses.ActorsAt(g, into, modifiers: false);
        }
        if (into.Count == before) return false;
        notes.Add("agentless passive of force: the source is the place it came from");
        return true;
    }

    private bool IsIn(int nominal) => _tree.CaseOf(nominal) is int k and >= 0 && _tree.IsWord(k, "in");

    private static bool IsUnattributedAttack(Mention m)
    {
        foreach (var e in m.Evidence)
            if (e.StartsWith(Casus.Actors.Discourse.UnattributedAttackPass.NotePrefix, StringComparison.Ordinal)) return true;
        return false;
    }

    private bool IsFrom(int nominal) => _tree.CaseOf(nominal) is int k and >= 0 && _tree.IsWord(k, "from");
}
