namespace Casus.Coding;

/// <summary>
/// Whose is the thing praised or endorsed (CAMEO 051). "Expressed support for a calibrated approach to North Korea",
/// "affirmed support for all efforts to protect civilians", "support for a federation with equality for all Cypriots":
/// the one endorsed is the thing's owner ("Tanzania's reform agenda", "the efforts of ASEAN"), or nobody the sentence
/// names; the actor the thing is aimed at or goes to is not praised by it. The readings that look behind a thing
/// object for the actor it goes to ("offered troops to Lebanon", "lifted the embargo on sales to Iran", right for
/// material and coercive acts) do not look there for these acts.
/// </summary>
internal static class EndorsedOwner
{
    /// <summary>True when the target of an act coded <paramref name="code"/> is never the actor its thing object goes to.</summary>
    public static bool NoRecipientBehindThing(CameoCode code) => code.Digits == "051";
}
