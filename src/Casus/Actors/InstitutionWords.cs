using Casus.Coding;

namespace Casus.Actors;

/// <summary>
/// The words of data/actors/institutions.txt, read by <see cref="PhraseComposer"/>: the last word of a proper name that
/// names an institution, venue or event ("Metro", "University", "Olympics"). A capital heading such a name ("Moscow
/// Metro", "Tehran Stock Exchange") says where the institution is, not that the government acts, so it gives its
/// country without GOV. Validated at load: a bad or repeated line is an error with its file and line. Immutable and
/// thread-safe.
/// </summary>
internal sealed class InstitutionWords
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "actors/institutions.txt";

    private static readonly Lazy<InstitutionWords> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] Kinds = ["institution"];

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private InstitutionWords(HashSet<string> words)
    {
        Count = words.Count;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static InstitutionWords Default => LazyDefault.Value;

    /// <summary>The number of entries.</summary>
    public int Count { get; }

    /// <summary>True when <paramref name="word"/> (any case) ends the name of an institution ("Metro").</summary>
    public bool IsInstitution(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static InstitutionWords Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        errors = [];
        var words = TaggedWordList.Read(reader, file, errors, Kinds,
            static (_, value) => TaggedWordList.IsLowerLetters(value) ? null : "must be one lower-case word");
        return new InstitutionWords(new HashSet<string>(words["institution"], StringComparer.OrdinalIgnoreCase));
    }

    private static InstitutionWords LoadDefault() => EmbeddedList.Load<InstitutionWords>(ResourceName, "institution list", Load);
}
