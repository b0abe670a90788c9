using Casus.Document;

namespace Casus.Coding;

/// <summary>
/// A relation named by hyphenated names ("the U.S.-Japan Dialogue", HyphenChains) that the source is itself a partner
/// of is its own initiative: welcoming or endorsing it (051) praises no one ("The United States and Japan welcomed the
/// inaugural U.S.-Japan Dialogue" is no praise of Japan by the United States). A partner the sentence names again after
/// the verb, outside the relation's name, is still praised ("Japan welcomed the U.S.-Japan talks and thanked the
/// United States"), and so is a partner that does not speak with the source: "President Biden reaffirmed his
/// steadfast support for the US-Australia alliance" endorses Australia. Launching or deepening such a relation (050) is cooperation between the partners and is kept.
/// </summary>
internal static class OwnRelation
{
    /// <summary>True when one of the relation's <paramref name="partners"/> is the source's own country or body.</summary>
    public static bool HoldsSource(Mention src, IReadOnlyList<Mention> partners)
    {
        var own = src.Code.Primary;
        if (own == "---") return false;
        for (int i = 0; i < partners.Count; i++)
            if (partners[i].Code.Primary == own) return true;
        return false;
    }

    /// <summary>True when sentence <paramref name="sentence"/> names <paramref name="partner"/>'s actor again after
    /// the <paramref name="trigger"/>, outside the relation's own words; a co-source before the verb ("The United
    /// States and Japan welcomed ...") does not count.</summary>
    public static bool NamedApart(Article article, int sentence, TokenSpan trigger, Mention relation, Mention partner)
    {
        var mentions = article.Mentions;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Sentence != sentence || m.Tokens.First < trigger.End) continue;
            if (m.Tokens.First < relation.Tokens.End && relation.Tokens.First < m.Tokens.End) continue;
            if (m.Members is null && m.Code.Primary == partner.Code.Primary) return true;
        }
        return false;
    }
    /// <summary>True when sentence <paramref name="sentence"/> names <paramref name="partner"/>'s actor before the
    /// <paramref name="trigger"/>, itself or as a member of a group: the partner speaks with the source ("The United
    /// States and Japan welcomed ...", "the two leaders endorsed ..."). Where the source speaks alone ("President
    /// Biden reaffirmed his steadfast support for the US-Australia alliance") the praise is the partner's.</summary>
    public static bool CoSource(Article article, int sentence, TokenSpan trigger, Mention partner)
    {
        var mentions = article.Mentions;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Sentence != sentence || m.Tokens.First >= trigger.First) continue;
            if (m.Members is { } members)
            {
                for (int k = 0; k < members.Count; k++)
                    if (members[k].Code.Primary == partner.Code.Primary) return true;
            }
            else if (m.Code.Primary == partner.Code.Primary) return true;
        }
        return false;
    }
    /// <summary>True when the relation's chain names the standing relation itself ("U.S.-Austria relationship", "the
    /// US-Australia alliance"): the word of <c>[relation-nouns]</c> (data/frames/frame_words.txt) ending the mention
    /// or right after it.</summary>
    public static bool IsStandingRelation(Article article, Mention relation)
    {
        var tokens = article.Tokens;
        int last = relation.Tokens.End - 1;
        for (int t = last; t <= last + 1 && t < tokens.Count; t++)
            if (t >= 0 && FrameWords.Default.Contains(FrameWordList.RelationNouns, tokens[t].Span)) return true;
        return false;
    }
}
