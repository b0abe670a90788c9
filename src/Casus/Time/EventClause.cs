using Casus.Document;

namespace Casus.Time;

/// <summary>
/// Reads the parse around an event's trigger for the stages that complete events (dates, places): the trigger's
/// head word, the word that governs it, dependents and subtrees. Works on the article's tokens; allocates only the
/// lists it returns.
/// </summary>
internal static class EventClause
{
    /// <summary>Relations that open a clause of its own: a time or place below them belongs to that clause.</summary>
    public static bool IsClausal(string? relation) => relation is not null
        && (relation.StartsWith("ccomp", StringComparison.Ordinal) || relation.StartsWith("advcl", StringComparison.Ordinal)
            || relation.StartsWith("parataxis", StringComparison.Ordinal) || relation.StartsWith("csubj", StringComparison.Ordinal)
            || relation.StartsWith("acl", StringComparison.Ordinal) || relation == "conj" || relation == "list");

    /// <summary>The token of <paramref name="trigger"/> whose head lies outside it (the first token if none does).</summary>
    public static int HeadOf(Article article, TokenSpan trigger)
    {
        var tokens = article.TokenData;
        for (int t = trigger.First; t < trigger.End && t < tokens.Count; t++)
            if (!trigger.Contains(tokens[t].Head)) return t;
        return Math.Min(trigger.First, tokens.Count - 1);
    }

    /// <summary>
    /// The words whose time and place modifiers count as the event's own: the trigger's head, and the word it hangs
    /// from when the trigger is a noun or a controlled verb ("held talks on Friday", "agreed to meet in Geneva").
    /// </summary>
    public static (int Head, int Governor) Heads(Article article, TokenSpan trigger)
    {
        int head = HeadOf(article, trigger);
        if (head < 0) return (-1, -1);
        var t = article.TokenData[head];
        int governor = -1;
        if (t.Head >= 0 && t.Relation is { } rel
            && (rel is "obj" or "nsubj" or "nsubj:pass" or "obl" or "xcomp" or "nmod" or "iobj" || rel.StartsWith("compound", StringComparison.Ordinal)))
            governor = t.Head;
        return (head, governor);
    }

    /// <summary>True when <paramref name="ancestor"/> dominates <paramref name="token"/> (or is it).</summary>
    public static bool Dominates(Article article, int ancestor, int token)
    {
        var tokens = article.TokenData;
        for (int t = token, guard = 0; t >= 0 && guard < 64; t = tokens[t].Head, guard++)
            if (t == ancestor) return true;
        return false;
    }

    /// <summary>The first and one-past-last token of the subtree under <paramref name="root"/> within its sentence.</summary>
    public static (int First, int End) SubtreeRange(Article article, int root)
    {
        var tokens = article.TokenData;
        var s = article.SentenceData[tokens[root].Sentence];
        int first = root, last = root;
        for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
            if (t != root && Dominates(article, root, t)) { if (t < first) first = t; if (t > last) last = t; }
        return (first, last + 1);
    }

    /// <summary>The words of tokens <c>[first, end)</c>, as written.</summary>
    public static List<string> Words(Article article, int first, int end)
    {
        var words = new List<string>(end - first);
        var tokens = article.TokenData;
        for (int t = first; t < end; t++) words.Add(article.Text.Substring(tokens[t].Start, tokens[t].End - tokens[t].Start));
        return words;
    }

    /// <summary>The text of tokens <c>[first, end)</c>.</summary>
    public static string Text(Article article, int first, int end)
    {
        var tokens = article.TokenData;
        return article.Text.Substring(tokens[first].Start, tokens[end - 1].End - tokens[first].Start);
    }
}
