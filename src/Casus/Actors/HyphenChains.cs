using Casus.Document;

namespace Casus.Actors;

/// <summary>
/// Names joined by hyphens ("the U.S.-Egypt partnership", "the United States-Mexico-Canada Agreement") name a relation
/// between the states or bodies, held by the noun after them; read alone, the first name was the actor and the others
/// were lost. The phrase composer marks each name of such a chain (<see cref="PhraseComposer"/>,
/// <see cref="Note"/>); once coreference has seen them, this pass makes the chain one mention over all its words
/// whose <see cref="Mention.Members"/> are its names, so that an act on the relation is an act on each partner
/// ("the two leaders reaffirmed their commitment to a U.S.-Egypt partnership": each leader towards the other's
/// country). The coder never takes such a mention as a source: a relation does not act ("the U.S.-Japan alliance is
/// the cornerstone of ...").
/// </summary>
internal static class HyphenChains
{
    /// <summary>The evidence line that marks a name of a hyphenated chain.</summary>
    public const string Note = "one of names joined by hyphens: they name a relation between them, not one actor";

    /// <summary>True when <paramref name="m"/> is a chain or one of its names.</summary>
    public static bool IsChain(Mention m)
    {
        var evidence = m.Evidence;
        for (int i = 0; i < evidence.Count; i++)
            if (ReferenceEquals(evidence[i], Note) || evidence[i] == Note) return true;
        return false;
    }

    /// <summary>Joins the marked names of each chain among the mentions from <paramref name="firstMention"/> on.</summary>
    public static void Join(Article article, int firstMention)
    {
        var all = article.Mentions;
        bool any = false;
        for (int i = firstMention; i < all.Count && !any; i++) any = IsChain(all[i]);
        if (!any) return; // most articles hold none: nothing to allocate

        var tokens = article.Tokens;
        var result = new List<Mention>(all.Count - firstMention);
        for (int i = firstMention; i < all.Count;)
        {
            if (!IsChain(all[i]))
            {
                result.Add(all[i++]);
                continue;
            }
            // The names of one chain follow each other with one hyphen token between them.
            int j = i + 1;
            while (j < all.Count && IsChain(all[j]) && all[j].Sentence == all[i].Sentence
                   && all[j].Tokens.First == all[j - 1].Tokens.End + 1 && tokens[all[j - 1].Tokens.End].Span is "-" or "–") j++;
            var span = new TokenSpan(all[i].Tokens.First, all[j - 1].Tokens.End - all[i].Tokens.First);
            var text = article.Text[tokens[span.First].Start..tokens[span.End - 1].End];
            var members = new List<Mention>(j - i);
            for (int k = i; k < j; k++)
                members.Add(all[k] with { Tokens = span, Text = text, Members = null });
            var evidence = new List<string>(1 + all[i].Evidence.Count) { $"'{text}' names a relation: its partners are its {j - i} names" };
            evidence.AddRange(all[i].Evidence);
            result.Add(new Mention(all[i].Sentence, span, text, all[i].Code, evidence) { Members = members });
            i = j;
        }
        article.ReplaceMentions(firstMention, result);
    }
}
