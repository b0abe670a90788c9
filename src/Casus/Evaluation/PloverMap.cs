using Casus.Coding;

namespace Casus.Evaluation;

/// <summary>An <see cref="IPloverMapping"/> over an explicit table of codes. A code missing from the table takes
/// the category of its nearest listed ancestor ("1931" → "193" → "19"), since CAMEO codes refine their parents.
/// Immutable and thread-safe.</summary>
public sealed class PloverMap : IPloverMapping
{
    private readonly Dictionary<string, PloverCategory?> _table;

    /// <summary>Creates a map; a null category marks a code PLOVER drops.</summary>
    public PloverMap(IEnumerable<KeyValuePair<CameoCode, PloverCategory?>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _table = new Dictionary<string, PloverCategory?>(StringComparer.Ordinal);
        foreach (var (code, category) in entries) _table[code.Digits] = category;
    }

    /// <inheritdoc/>
    public PloverCategory? PloverOf(CameoCode code)
    {
        var digits = code.Digits;
        for (int length = digits.Length; length >= 2; length--)
        {
            if (_table.TryGetValue(digits[..length], out var category)) return category;
        }
        return null;
    }
}
