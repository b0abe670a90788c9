namespace Casus.Coding.Clauses;

/// <summary>
/// Nouns that name a person, part or group by its relation to another actor ("chief", "member", "unit", "base",
/// "spokesman"): read from data/clauses/relational_nouns.txt. <see cref="ClauseReader.ActorsAt"/> follows the of/for
/// phrase or possessor of such a noun down a short chain to the first actor ("the deputy commander of [Chad's border
/// unit]"); other nouns are read one step down only. Immutable and thread-safe.
/// </summary>
internal sealed class RelationalNouns
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "clauses/relational_nouns.txt";

    /// <summary>The file's one list.</summary>
    private static readonly string[] ListNames = { "relational-nouns" };

    private static readonly Lazy<RelationalNouns> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<string> _lemmas;

    private RelationalNouns(HashSet<string> lemmas) => _lemmas = lemmas;

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static RelationalNouns Default => LazyDefault.Value;

    /// <summary>The number of lemmas listed.</summary>
    public int Count => _lemmas.Count;

    /// <summary>True when the noun (its lemma, else its word; a plural in -s also by its singular) is listed.</summary>
    public bool Contains(string? lemma, ReadOnlySpan<char> word)
    {
        if (lemma is not null && _lemmas.Contains(lemma.ToLowerInvariant())) return true;
        if (word.Length is 0 or > 40) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var alt = _lemmas.GetAlternateLookup<ReadOnlySpan<char>>();
        if (alt.Contains(lower)) return true;
        return lower.Length > 3 && lower[^1] == 's' && alt.Contains(lower[..^1]);
    }

    /// <summary>Reads a list with <see cref="WordListFile"/>'s rules (the file's one list, [relational-nouns], may
    /// omit its header); a bad word is reported in <paramref name="errors"/> as <c>file:line</c> and skipped, never
    /// thrown.</summary>
    public static RelationalNouns Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        errors = new List<DataFileError>();
        var words = WordListFile.Read(reader, file, ListNames, errors);
        return new RelationalNouns(new HashSet<string>(words[0], StringComparer.Ordinal));
    }

    private static RelationalNouns LoadDefault() => EmbeddedList.Load<RelationalNouns>(ResourceName, "relational noun list", Load);
}
