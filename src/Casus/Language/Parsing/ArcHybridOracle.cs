namespace Casus.Language.Parsing;

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): the cost of a transition is the number
/// of gold arcs that are still reachable before it and unreachable after it. Zero-cost transitions keep the best
/// reachable tree; training with them lets the parser learn to recover from its own mistakes. On non-projective
/// gold trees no transition may be free, so callers take the cheapest.
/// </summary>
internal static class ArcHybridOracle
{
    /// <summary>Cost of <paramref name="action"/> in <paramref name="state"/> given gold heads (0 = root, index 1..n).</summary>
    public static int Cost(ArcHybridState state, ParserAction action, ReadOnlySpan<int> goldHead)
    {
        int n = state.Length, b0 = state.Buffer;
        int s0 = state.StackAt(0);
        switch (action)
        {
            case ParserAction.Shift:
            {
                // b0 can no longer take a stack word as dependent, nor a head from below the stack top.
                int cost = 0;
                for (int d = 0; d < state.StackSize; d++)
                {
                    int w = state.Stack[d];
                    if (w != 0 && goldHead[w] == b0) cost++;
                    if (w != s0 && goldHead[b0] == w) cost++;
                }
                return cost;
            }
            case ParserAction.Left:
            {
                // s0 loses its dependents in the buffer, and its head unless that head is b0.
                int cost = DependentsInBuffer(s0, b0, n, goldHead);
                int h = goldHead[s0];
                if (h != b0 && (h == state.StackAt(1) || h > b0)) cost++;
                return cost;
            }
            default:
            {
                // s0 loses its dependents in the buffer, and its head if that head is still in the buffer.
                int cost = DependentsInBuffer(s0, b0, n, goldHead);
                if (goldHead[s0] >= b0 && b0 <= n) cost++;
                return cost;
            }
        }
    }

    /// <summary>
    /// The static oracle: attach s0 as soon as its gold head is next to it and it has collected all its gold
    /// dependents, else shift. On a projective gold tree it derives exactly that tree.
    /// </summary>
    public static ParserAction Static(ArcHybridState state, ReadOnlySpan<int> goldHead)
    {
        int s0 = state.StackAt(0);
        if (state.StackSize >= 2 && s0 > 0 && HasAllDependents(state, s0, goldHead))
        {
            if (state.Buffer <= state.Length && goldHead[s0] == state.Buffer) return ParserAction.Left;
            if (goldHead[s0] == state.StackAt(1) && state.IsValid(ParserAction.Right)) return ParserAction.Right;
        }
        return state.IsValid(ParserAction.Shift) ? ParserAction.Shift : ParserAction.Right;
    }

    private static bool HasAllDependents(ArcHybridState state, int word, ReadOnlySpan<int> goldHead)
    {
        for (int d = 1; d <= state.Length; d++)
            if (goldHead[d] == word && state.Head[d] != word) return false;
        return true;
    }

    private static int DependentsInBuffer(int word, int b0, int n, ReadOnlySpan<int> goldHead)
    {
        int cost = 0;
        for (int d = b0; d <= n; d++) if (goldHead[d] == word) cost++;
        return cost;
    }
}
