namespace Casus.Coding;

/// <summary>
/// A CAMEO event code: two digits for a root ("19"), three for a base code ("193"), four for a tertiary code ("1931").
/// Only codes in the CAMEO table are meaningful; <see cref="TryParse"/> checks the shape, <see cref="CameoCatalog"/> the table.
/// </summary>
public readonly record struct CameoCode : IComparable<CameoCode>
{
    private readonly string? _digits;
    private CameoCode(string digits) => _digits = digits;

    /// <summary>The code's digits, e.g. "0231".</summary>
    public string Digits => _digits ?? string.Empty;

    /// <summary>The root, the first two digits (1–20).</summary>
    public int Root => Digits.Length >= 2 ? (Digits[0] - '0') * 10 + (Digits[1] - '0') : 0;

    /// <summary>The root as a code ("19").</summary>
    public CameoCode RootCode => new(Digits[..2]);

    /// <summary>True when this code equals <paramref name="other"/> to the precision <paramref name="other"/> gives
    /// (gold "19" accepts "193"; gold "193" accepts only "193").</summary>
    public bool MatchesPrefixOf(CameoCode other) => Digits.StartsWith(other.Digits, StringComparison.Ordinal);

    /// <summary>Parses two to four digits with a root 01–20; never throws.</summary>
    public static bool TryParse(string? text, out CameoCode code, out string? error)
    {
        code = default;
        if (string.IsNullOrEmpty(text) || text.Length < 2 || text.Length > 4 || !text.All(char.IsAsciiDigit))
        { error = $"CAMEO code '{text}' must be 2 to 4 digits"; return false; }
        int root = (text[0] - '0') * 10 + (text[1] - '0');
        if (root < 1 || root > 20) { error = $"CAMEO code '{text}' has root {root:00}; roots run 01 to 20"; return false; }
        error = null;
        code = new CameoCode(text);
        return true;
    }

    /// <summary>Parses a code, throwing <see cref="FormatException"/> when malformed (for trusted input).</summary>
    public static CameoCode Parse(string text) => TryParse(text, out var c, out var e) ? c : throw new FormatException(e);

    /// <inheritdoc/>
    public int CompareTo(CameoCode other) => string.CompareOrdinal(Digits, other.Digits);

    /// <inheritdoc/>
    public override string ToString() => Digits;
}
