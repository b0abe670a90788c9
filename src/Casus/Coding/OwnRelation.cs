using Casus.Document;

namespace Casus.Coding;

/// <summary>
/// A relation named by hyphenated names ("the U.S.-Japan Dialogue", HyphenChains) that the source is itself a partner
/// of is its own initiative: welcoming or endorsing it (051) praises no one ("The United States and Japan welcomed the
/// inaugural U.S.-Japan Dialogue" is no praise of Japan by the United States). A partner the sentence names again after
/// the verb, outside the relation's name, is still praised ("Japan welcomed the U.S.-Japan talks and thanked the
/// United States"). Launching or deepening such a relation (050) is cooperation between the partners and is kept.
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
}
