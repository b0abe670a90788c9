namespace Casus.Actors;

/// <summary>
/// A CAMEO actor code: three letters of country (ISO 3166 alpha-3) or transnational type (IGO, NGO, MNC, ...),
/// or "---" for an unknown country, followed by zero or more three-letter role or organisation codes
/// (GOV, MIL, REB, OPP, ...), e.g. "SYRGOV", "IGOUNO", "---REB".
/// </summary>
public readonly record struct ActorCode
{
    private readonly string? _value;

    private ActorCode(string value) => _value = value;

    /// <summary>The code's letters ("" for the default value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for the default (empty) code.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    /// <summary>The first three letters: country or transnational type.</summary>
    public string Primary => Value.Length >= 3 ? Value[..3] : Value;

    /// <summary>The role codes after the first three letters, in order.</summary>
    public IEnumerable<string> Roles
    {
        get { for (int i = 3; i + 3 <= Value.Length; i += 3) yield return Value.Substring(i, 3); }
    }

    /// <summary>True when <paramref name="role"/> is one of the code's roles (after the first three letters).</summary>
    public bool HasRole(string role)
    {
        // The roles' letters compared in place: Roles makes a string of each (and an enumerator), and this runs per
        // mention pair in the article passes.
        var value = Value.AsSpan();
        for (int i = 3; i + 3 <= value.Length; i += 3)
            if (value.Slice(i, 3).SequenceEqual(role)) return true;
        return false;
    }

    /// <summary>The first three letters (country or transnational type) without making a string of them.</summary>
    public ReadOnlySpan<char> PrimarySpan => Value.Length >= 3 ? Value.AsSpan(0, 3) : Value.AsSpan();

    /// <summary>Parses a code; never throws. Codes are upper-case letters or '-', a multiple of three long.</summary>
    public static bool TryParse(string? text, out ActorCode code, out string? error)
    {
        code = default;
        if (string.IsNullOrEmpty(text)) { error = "actor code is empty"; return false; }
        if (text.Length % 3 != 0) { error = $"actor code '{text}' is not a multiple of three letters long"; return false; }
        foreach (char c in text)
        {
            if (!(c is >= 'A' and <= 'Z' || c is >= '0' and <= '9' || c == '-'))
            { error = $"actor code '{text}' has '{c}'; only A-Z, 0-9 and '-' are allowed"; return false; }
        }
        error = null;
        code = new ActorCode(text);
        return true;
    }

    /// <summary>Parses a code, throwing <see cref="FormatException"/> when it is malformed (for trusted input).</summary>
    public static ActorCode Parse(string text) => TryParse(text, out var c, out var e) ? c : throw new FormatException(e);

    /// <summary>This code with a role appended (no change if it already ends in that role).</summary>
    public ActorCode WithRole(string role)
    {
        if (Value.EndsWith(role, StringComparison.Ordinal) && Value.Length > 3) return this;
        return Parse(Value + role);
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
