namespace Casus.Coding.Clauses;

internal sealed partial class ClauseReader
{
    /// <summary>
    /// The token naming who leads thing <paramref name="noun"/> by an "X-led" modifier before it ("the US-led war
    /// against Iraq", "the Saudi-led coalition against the Houthis"), or -1 when it has none. The leader is whose the
    /// thing is, so help or troops given to it go to the leader, not to the enemy its own phrases name. The tokenizer
    /// writes the modifier as one word ("US-led") or three ("US - led", the leader a dependent of "led").
    /// </summary>
    public int LeaderOf(int noun)
    {
        for (int c = _tree.FirstChild(noun); c >= 0 && c < noun; c = _tree.NextSibling(c))
        {
            if (!(_tree.Is(c, "amod") || _tree.Is(c, "compound", exact: true))) continue;
            if (_tree.Word(c).EndsWith("-led", StringComparison.OrdinalIgnoreCase)) return c;
            if (_tree.IsWord(c, "led") && c >= 2 && _tree.IsWord(c - 1, "-"))
                for (int g = _tree.FirstChild(c); g >= 0 && g < c; g = _tree.NextSibling(g))
                    if (g == c - 2 || _tree.Head(c - 2) == g) return g;
        }
        return -1;
    }
}
