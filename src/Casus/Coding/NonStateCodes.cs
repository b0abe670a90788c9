namespace Casus.Coding;

/// <summary>
/// The three-letter CAMEO codes of data/cameo/non-state-codes.txt that name no state: transnational types ("IGO",
/// "NGO") and world regions ("AFR", "MEA"). One list for the context-country pass and the clause target fallback.
/// Validated at load: a bad or repeated line is an error with its file and line. Immutable and thread-safe.
/// </summary>
internal sealed class NonStateCodes
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "cameo/non-state-codes.txt";

    private static readonly Lazy<NonStateCodes> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] Kinds = ["transnational", "region"];

    private readonly HashSet<string> _regions;
    private readonly HashSet<string> _all;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _allBySpan;

    private NonStateCodes(Dictionary<string, List<string>> codes)
    {
        _regions = new HashSet<string>(codes["region"], StringComparer.Ordinal);
        _all = new HashSet<string>(codes["transnational"].Concat(codes["region"]), StringComparer.Ordinal);
        _allBySpan = _all.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static NonStateCodes Default => LazyDefault.Value;

    /// <summary>The number of distinct codes.</summary>
    public int Count => _all.Count;

    /// <summary>True for a world-region code ("AFR", "MEA"); codes are upper case.</summary>
    public bool IsRegion(string code) => _regions.Contains(code);

    /// <summary>True for a code that names no state: a transnational type or a region.</summary>
    public bool IsNonState(string code) => _all.Contains(code);

    /// <summary>True for a code that names no state (a code's first three letters, without making a string of them).</summary>
    public bool IsNonState(ReadOnlySpan<char> code) => _allBySpan.Contains(code);

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static NonStateCodes Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        errors = [];
        var codes = TaggedWordList.Read(reader, file, errors, Kinds,
            static (_, code) => code.Length == 3 && code.All(c => c is >= 'A' and <= 'Z') ? null : "is not a three-letter upper-case code");
        return new NonStateCodes(codes);
    }

    private static NonStateCodes LoadDefault() => EmbeddedList.Load<NonStateCodes>(ResourceName, "non-state code list", Load);
}
