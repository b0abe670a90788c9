using Casus.Document;

namespace Casus.Coding.Clauses;

internal sealed partial class ClauseReader
{
    /// <summary>
    /// "filed a lawsuit against the state of emergency Trump declared": a thing named only by a relative clause whose
    /// subject is an actor and whose object is the thing itself (the clause has no object of its own) belongs to that
    /// actor, as "Trump's state of emergency" would. Read last, for phrases that are not a doer (a doer's noun names
    /// its own acts' doer by its by-phrase or participle agent, <see cref="ParticipleAgent"/>). Adds that subject
    /// and returns the number added.
    /// </summary>
    private int RelativeClauseDoer(int node, List<int> into)
    {
        int before = into.Count;
        for (int c = _tree.FirstChild(node); c >= 0; c = _tree.NextSibling(c))
        {
            if (!_tree.Is(c, "acl:relcl", exact: true) || _tree.Upos(c) != Upos.VERB || _tree.Child(c, "obj") >= 0) continue;
            int s = _tree.Child(c, "nsubj");
            if (s < 0 || !_tree.Is(s, "nsubj", exact: true) || IsPronoun(s)) continue;
            int sm = _tree.MentionAtHead(s);
            if (sm < 0 || _tree.Mentions[sm].Code.Primary == "---") continue;
            AddDistinct(into, sm);
            break;
        }
        return into.Count - before;
    }
}
