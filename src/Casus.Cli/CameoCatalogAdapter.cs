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
    private readonly CameoCatalog _catalog;

    /// <summary>Creates an adapter over <paramref name="catalog"/>.</summary>
    public CameoCatalogAdapter(CameoCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
    }

    /// <summary>The adapter over the catalogue shipped in Casus.dll.</summary>
    public static CameoCatalogAdapter Default => LazyDefault.Value;

    private static readonly Lazy<CameoCatalogAdapter> LazyDefault = new(() => new CameoCatalogAdapter(CameoCatalog.Default));

    /// <inheritdoc/>
    /// <remarks>A code missing from the table (gold written against another edition of CAMEO), or listed there without
    /// a category outside roots 01 and 02, takes the category of its nearest ancestor, since CAMEO codes refine their parents.</remarks>
    public PloverCategory? PloverOf(CameoCode code)
    {
        for (int length = code.Digits.Length; length >= 2; length--)
        {
            // A few recent codes (e.g. 1951, aerial munitions) have no category in the table although their parent has.
            if (_catalog.TryGet(CameoCode.Parse(code.Digits[..length]), out var entry) && (entry.Plover is not null || code.Root <= 2))
                return entry.Plover;
        }
        return null;
    }

    /// <inheritdoc/>
    public string? NameOf(CameoCode code) => _catalog.TryGet(code, out var entry) ? entry.Name : null;
}
