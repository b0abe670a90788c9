namespace Casus.Actors;

internal sealed partial class PhraseComposer
{
    // "the U.S.-Egypt partnership", "the Israeli-Palestinian conflict", "the United States-Mexico-Canada Agreement":
    // names written together with hyphens (or en dashes) name a relation between the states or bodies, held by the
    // noun after them, not an actor of their own. Read alone, the first name became the target of "the two leaders
    // reaffirmed their commitment to a strong U.S.-Egypt partnership" (→ USA, Egypt lost). Every name of such a chain
    // is marked (HyphenChains.Note); after coreference HyphenChains joins them into one mention whose members are the
    // names. Only names: a role word or a person makes an actor of the phrase ("Saudi-Emirati forces" keeps its forces).
    private void MarkHyphenChains()
    {
        for (int i = 0; i < _drafts.Count; i++)
        {
            var a = _drafts[i];
            if (!IsChainName(a) || a.End + 1 >= _end || !IsJoiningHyphen(a.End)) continue;
            for (int j = 0; j < _drafts.Count; j++)
            {
                var b = _drafts[j];
                if (b.Start != a.End + 1 || !IsChainName(b)) continue;
                if (!a.InHyphenChain) a.Evidence.Add(HyphenChains.Note);
                if (!b.InHyphenChain) b.Evidence.Add(HyphenChains.Note);
                a.InHyphenChain = b.InHyphenChain = true;
            }
        }
    }

    private static bool IsChainName(MentionDraft d)
        => d.Alive && !d.Person && !d.RoleWord && !d.Ethnic && d.HasCountry;

    // A hyphen or en dash token written with no space on either side ("U.S.-Egypt", "Egypt–Israel").
    private bool IsJoiningHyphen(int t)
    {
        var tokens = _article.Tokens;
        var span = tokens[t].Span;
        return span is "-" or "–" && tokens[t - 1].End == tokens[t].Start && tokens[t].End == tokens[t + 1].Start;
    }
}
