using Casus.Coding;

namespace Casus.Actors.Context;

/// <summary>
/// The words of data/actors/diplomacy.txt, read by <see cref="ContextCountryPass"/>: office nouns of diplomacy,
/// whose holders serve abroad ("ambassador", "delegation"), and the nouns after "foreign" that make it a state's own
/// office ("ministry"), and the verbs of visiting and meeting ("visit", "meet") whose subject is no compatriot of the
/// place or person they govern. Validated at load: a bad or repeated line is an error with its file and line. Immutable and
/// thread-safe.
/// </summary>
internal sealed class DiplomacyWords
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "actors/diplomacy.txt";

    private static readonly Lazy<DiplomacyWords> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] Kinds = ["diplomat", "foreign-office", "visit-verb"];

    private readonly HashSet<string> _diplomats;
    private readonly HashSet<string> _foreignOffices;
    private readonly HashSet<string> _visitVerbs;

    private DiplomacyWords(Dictionary<string, List<string>> words)
    {
        _diplomats = new HashSet<string>(words["diplomat"], StringComparer.OrdinalIgnoreCase);
        _foreignOffices = new HashSet<string>(words["foreign-office"], StringComparer.OrdinalIgnoreCase);
        _visitVerbs = new HashSet<string>(words["visit-verb"], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static DiplomacyWords Default => LazyDefault.Value;

    /// <summary>The number of entries of both kinds.</summary>
    public int Count => _diplomats.Count + _foreignOffices.Count + _visitVerbs.Count;

    /// <summary>True for an office noun of diplomacy, any case ("ambassador", "Delegation", "chargé").</summary>
    public bool IsDiplomat(string word) => _diplomats.Contains(word);

    /// <summary><see cref="IsDiplomat(string)"/> for a token's letters in place (asked of every word of many phrases).</summary>
    public bool IsDiplomat(ReadOnlySpan<char> word) => _diplomats.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for a noun that makes "foreign" before it a state's own office, any case ("Ministry").</summary>
    public bool IsForeignOffice(string word) => _foreignOffices.Contains(word);

    /// <summary><see cref="IsForeignOffice(string)"/> for a token's letters in place.</summary>
    public bool IsForeignOffice(ReadOnlySpan<char> word) => _foreignOffices.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for the lemma of a verb of visiting or meeting, any case ("visit", "meet"): its subject is a
    /// visitor or host of the place or person it governs, not one of their country.</summary>
    public bool IsVisitVerb(string lemma) => _visitVerbs.Contains(lemma);

    /// <summary>For untagged text (no lemma): true when a verb's written form starts with a listed verb less a final
    /// 'e' ("visiting", "meets", "hosted").</summary>
    public bool IsVisitVerbForm(string word)
    {
        foreach (var v in _visitVerbs)
            if (word.StartsWith(v.AsSpan(0, v.EndsWith('e') ? v.Length - 1 : v.Length), StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static DiplomacyWords Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        errors = [];
        // Letters of any script, lower case: "attaché" and "chargé" are written with their accents in news.
        var words = TaggedWordList.Read(reader, file, errors, Kinds,
            static (_, word) => word.Length > 0 && word.All(c => char.IsLetter(c) && !char.IsUpper(c)) ? null : "must be one lower-case word");
        return new DiplomacyWords(words);
    }

    private static DiplomacyWords LoadDefault() => EmbeddedList.Load<DiplomacyWords>(ResourceName, "diplomacy word list", Load);
}
