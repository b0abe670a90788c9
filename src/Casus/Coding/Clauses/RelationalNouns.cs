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

    /// <summary>Reads a list; a bad word is reported in <paramref name="errors"/> as <c>file:line</c> and skipped,
    /// never thrown.</summary>
    public static RelationalNouns Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        errors = new List<DataFileError>();
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        int lineNo = 0;
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNo++;
            int hash = line.IndexOf('#');
            var text = hash >= 0 ? line[..hash] : line;
            foreach (var w in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!w.All(c => c is (>= 'a' and <= 'z') or '-')) { errors.Add(new DataFileError(file, lineNo, "lemma", $"'{w}' must be a lower-case lemma")); continue; }
                if (!lemmas.Add(w)) errors.Add(new DataFileError(file, lineNo, "lemma", $"'{w}' is listed twice"));
            }
        }
        return new RelationalNouns(lemmas);
    }

    private static RelationalNouns LoadDefault()
    {
        using var stream = typeof(RelationalNouns).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"the embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        var list = Load(reader, ResourceName, out var errors);
        if (errors.Count > 0) throw new InvalidDataException($"{ResourceName} is invalid: " + string.Join("; ", errors));
        return list;
    }
}
