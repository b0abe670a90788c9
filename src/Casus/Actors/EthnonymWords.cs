using Casus.Coding;

namespace Casus.Actors;

/// <summary>
/// The words of data/actors/ethnonyms.txt, read by <see cref="PhraseComposer"/>: names of a nation as a people, many of
/// whom live as a minority in other states ("Serbs", "Albanians", "Hungarians"). After another state's adjective or
/// name such a word names that state's people of this ethnicity ("Bosnian Serbs" → BIHCVLSRB, "Kosovo Albanians" →
/// KSVCVLALB), not the nation's own state. A citizenship noun is no ethnonym: "Turkish Cypriots", "Palestinian
/// Americans" are Cyprus's and America's. Validated at load: a bad or repeated line is an error with its file and
/// line. Immutable and thread-safe.
/// </summary>
internal sealed class EthnonymWords
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "actors/ethnonyms.txt";

    private static readonly Lazy<EthnonymWords> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] Kinds = ["ethnonym"];

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private EthnonymWords(HashSet<string> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static EthnonymWords Default => LazyDefault.Value;

    /// <summary>The number of entries.</summary>
    public int Count => _words.Count;

    /// <summary>True when <paramref name="word"/> (any case) names a nation as a people ("Serbs").</summary>
    public bool IsEthnonym(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static EthnonymWords Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        errors = [];
        var words = TaggedWordList.Read(reader, file, errors, Kinds,
            static (_, value) => TaggedWordList.IsLowerLetters(value) ? null : "must be one lower-case word");
        return new EthnonymWords(new HashSet<string>(words["ethnonym"], StringComparer.OrdinalIgnoreCase));
    }

    private static EthnonymWords LoadDefault() => EmbeddedList.Load<EthnonymWords>(ResourceName, "ethnonym list", Load);
}
