using Casus.Coding;

namespace Casus.Evaluation;

/// <summary>The CAMEO → PLOVER mapping the gold reader uses where a gold event gives a code but no PLOVER category.
/// The product implementation sits over the CAMEO catalogue; tests pass a small <see cref="PloverMap"/>.</summary>
public interface IPloverMapping
{
    /// <summary>The PLOVER category of <paramref name="code"/>; null where PLOVER drops the code (CAMEO 01, 02)
    /// or the mapping does not know it.</summary>
    PloverCategory? PloverOf(CameoCode code);
}
