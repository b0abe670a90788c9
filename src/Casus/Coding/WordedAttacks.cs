using Casus.Actors;
using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding;

/// <summary>
/// "Biden attacked Trump for the tweet", "Harris attacked Biden during the debates": one politician's attack on
/// another of the same country is words, not force. The verb entry gives plain force (190, "attack &lt;obj&gt;"); on
/// news every such pair between two single persons of a country's political roles (government, legislature, party,
/// elites) was a campaign or debate attack, which CAMEO codes as criticism (111). The verbs are
/// <c>[worded-force-verbs]</c> of data/frames/frame_words.txt. An armed side (forces, police, rebels, gunmen), a group
/// ("officials"), a body, a country or a foreign target keeps force: "Israel killed Sinwar", "a gunman attacked
/// Trump", "Trump attacked Iran" are acts of force. A weapon the entry names (194, 195) is never recoded.
/// </summary>
internal static class WordedAttacks
{
    private static readonly CameoCode Force = CameoCode.Parse("190");

    /// <summary>Criticize or denounce: the code a worded attack takes.</summary>
    public static CameoCode Criticism { get; } = CameoCode.Parse("111");

    /// <summary>True when plain force <paramref name="code"/>, given by <paramref name="pattern"/>, is one political
    /// person's attack in words on another of the same country.</summary>
    public static bool IsWorded(CameoCode code, VerbPattern pattern, Mention source, Mention? target)
    {
        if (target is null || code != Force) return false;
        if (!FrameWords.Default.Contains(FrameWordList.WordedForceVerbs, pattern.Lemma)) return false;
        var country = source.Code.Primary;
        if (country.Length != 3 || country == "---" || country != target.Code.Primary) return false;
        return IsPolitical(source.Code) && IsPolitical(target.Code) && SelfDyad.IsIndividual(source) && SelfDyad.IsIndividual(target);
    }

    // Every role is a political one; a bare country has none and is a state, which fights.
    private static bool IsPolitical(ActorCode code)
    {
        bool any = false;
        foreach (var r in code.Roles)
        {
            if (r is not ("GOV" or "LEG" or "PTY" or "ELI")) return false;
            any = true;
        }
        return any;
    }
}
