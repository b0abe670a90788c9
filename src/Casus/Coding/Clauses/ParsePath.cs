using System.Text;

namespace Casus.Coding.Clauses;

/// <summary>Renders the path between two tokens of the parse for an event's evidence:
/// <c>shelled ←conj— attacked —nsubj→ Russia</c>. Only called when an event is made.</summary>
internal static class ParsePath
{
    private const int MaxDepth = 64;

    public static string Between(ParseTree tree, int from, int to)
    {
        if (from < 0 || to < 0) return "";
        // Ancestors of 'to' (with itself), to find the lowest common ancestor from 'from' upwards.
        Span<int> up = stackalloc int[MaxDepth];
        int n = 0;
        for (int t = to; t >= 0 && n < MaxDepth; t = tree.Head(t)) up[n++] = t;
        var sb = new StringBuilder(64);
        sb.Append(tree.Word(from));
        int cur = from, lcaIndex = -1;
        for (int k = 0; k < MaxDepth; k++)
        {
            lcaIndex = up[..n].IndexOf(cur);
            if (lcaIndex >= 0) break;
            int h = tree.Head(cur);
            if (h < 0) return sb.Append(" … ").Append(tree.Word(to)).ToString();
            sb.Append(" ←").Append(tree.Relation(cur)).Append("— ").Append(tree.Word(h));
            cur = h;
        }
        if (lcaIndex < 0) return sb.ToString();
        for (int i = lcaIndex - 1; i >= 0; i--)
            sb.Append(" —").Append(tree.Relation(up[i])).Append("→ ").Append(tree.Word(up[i]));
        return sb.ToString();
    }
}
