using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ParseCoder
{
    /// <summary>
    /// A target slot that names no actor, read one step beyond it (<see cref="ClauseReader.ActorsBeyondSlot"/>: "a
    /// tariff on groups of Russian products", "investigations into actions by Chinese exporters", "travel to Schloss
    /// Elmau in southern Germany"); else what a relative clause or participle on one of the pattern's own nouns aims at
    /// ("impose sanctions that target Russia's defense sector": the pattern "impose sanction (on|against) &lt;obj&gt;"
    /// found no on-phrase). Adds the actors to <paramref name="targets"/> and returns the node they were read at, -1
    /// when none. An actor of the source's own country is dropped: a source does not sanction or visit itself.
    /// </summary>
    private int BeyondSlotTarget(in TreeMatch match, int targetNode, List<int> sources, List<int> targets, List<string> notes)
    {
        if (targetNode >= 0 && _clauses.ActorsBeyondSlot(targetNode, targets, out var how) > 0 && KeepOthers(sources, targets) > 0)
        {
            notes.Add($"target beyond the slot: {how} → {_tree.Mentions[targets[0]].Code}");
            return targetNode;
        }
        targets.Clear();
        for (int u = 0; u < match.Used.Count; u++)
        {
            int n = match.Used[u];
            if (n == targetNode || _tree.Upos(n) != Upos.NOUN) continue;
            if (_clauses.ActorsAimedAt(n, targets) > 0 && KeepOthers(sources, targets) > 0)
            {
                notes.Add($"target beyond the slot: what the clause on '{_tree.Word(n)}' aims at → {_tree.Mentions[targets[0]].Code}");
                return n;
            }
            targets.Clear();
        }
        return -1;
    }

    /// <summary>Removes from <paramref name="targets"/> the actors of a source's own country; returns how many stay.</summary>
    private int KeepOthers(List<int> sources, List<int> targets)
    {
        for (int t = targets.Count - 1; t >= 0; t--)
            foreach (int s in sources)
                if (_tree.Mentions[s].Code.Primary == _tree.Mentions[targets[t]].Code.Primary)
                {
                    targets.RemoveAt(t);
                    break;
                }
        return targets.Count;
    }
}
