namespace Casus.Coding;

/// <summary>
/// Whose is the thing praised or endorsed (CAMEO 051). "Expressed support for a calibrated approach to North Korea",
/// "affirmed support for all efforts to protect civilians", "support for a federation with equality for all Cypriots":
/// the one endorsed is the thing's owner ("Tanzania's reform agenda", "the efforts of ASEAN"), or nobody the sentence
/// names; the actor the thing is aimed at or goes to is not praised by it. The readings that look behind a thing
/// object for the actor it goes to ("offered troops to Lebanon", "lifted the embargo on sales to Iran", right for
/// material and coercive acts) do not look there for these acts. Blame works the same way (CAMEO 110, 111):
/// "condemned the attack on Israel", "condemns this assault against Israel by Hamas terrorists", "expressed concern
/// about the killing of protesters" blame the attacker (by-phrase, possessor, actor adjective), never the one attacked.
/// </summary>
internal static class EndorsedOwner
{
    /// <summary>True when the target of an act coded <paramref name="code"/> is never the actor its thing object goes to:
    /// praise (051) and disapproval or criticism (110, 111) of a thing are for whose the thing is.</summary>
    public static bool NoRecipientBehindThing(CameoCode code) => code.Digits is "051" or "110" or "111";

    /// <summary>True for blame (110, 111): a thing blamed that the parser gave an against-phrase on the verb ("condemned
    /// recent acts of terror against Israeli citizens") is aimed at whom the thing struck, not at whom the blame is;
    /// praise keeps the verb's phrase ("thanked Ms. X for Sweden's leadership").</summary>
    public static bool IsBlame(CameoCode code) => code.Digits is "110" or "111";

    /// <summary>
    /// True when "support|back <obj>" coded 051 acts on an armed force: material or operational backing, not praise
    /// ("companies ... directly support the PRC's military", "a contractor supporting the United States military",
    /// "these forces ... support the operation of United States fighter aircraft"); CAMEO 051 praises or endorses an
    /// actor or its policy. No event: whether anything was given the sentence does not say.
    /// </summary>
    public static bool IsMaterialBacking(CameoCode code, Verbs.VerbPattern pattern, Casus.Actors.ActorCode? target) =>
        code.Digits == "051" && target is { } t && t.HasRole("MIL")
        && (string.Equals(pattern.Lemma, "support", StringComparison.OrdinalIgnoreCase) || string.Equals(pattern.Lemma, "back", StringComparison.OrdinalIgnoreCase));
}
