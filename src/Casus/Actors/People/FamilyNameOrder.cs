using Casus.Coding;

namespace Casus.Actors.People;

/// <summary>
/// The lists of data/actors/family-names-first.txt: the countries whose people's names English news writes family
/// name first ("Yoon Suk Yeol", "Xi Jinping") and the family names of those countries. A person's surname (the word a
/// title + surname names them by: "President Yoon") is the first word of such a name, not the last. Validated at
/// load: a bad or repeated line is an error with its file and line. Immutable and thread-safe.
/// </summary>
internal sealed class FamilyNameOrder
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "actors/family-names-first.txt";

    private static readonly Lazy<FamilyNameOrder> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] Kinds = ["country", "family"];

    private readonly HashSet<string> _countries;
    private readonly HashSet<string> _families;

    private FamilyNameOrder(HashSet<string> countries, HashSet<string> families)
    {
        _countries = countries;
        _families = families;
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static FamilyNameOrder Default => LazyDefault.Value;

    /// <summary>The number of countries listed.</summary>
    public int CountryCount => _countries.Count;

    /// <summary>The number of family names listed.</summary>
    public int FamilyCount => _families.Count;

    /// <summary>
    /// The family name of <paramref name="name"/> when it is written family name first: its first word, when that
    /// word is a listed family name and one of <paramref name="affiliations"/> is of a listed country
    /// ("Yoon Suk Yeol" of KORGOV → "Yoon"); else null ("John Lee" of HKG, "Lee Anderson" of GBR).
    /// </summary>
    public string? FamilyNameOf(string name, IEnumerable<ActorEntry> affiliations)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(affiliations);
        int end = name.IndexOfAny([' ', '-']);
        // A one-word name has no given name to stand after the family name.
        if (end <= 0) return null;
        var first = name[..end];
        if (!_families.Contains(first)) return null;
        foreach (var a in affiliations)
            if (_countries.Contains(a.Code.Primary)) return first;
        return null;
    }

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static FamilyNameOrder Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        errors = [];
        var words = TaggedWordList.Read(reader, file, errors, Kinds, static (kind, value) => kind switch
        {
            "country" => value.Length == 3 && value.All(char.IsAsciiLetterUpper) ? null : "must be three upper-case letters",
            _ => value.Length >= 2 && char.IsAsciiLetterUpper(value[0]) && value.Skip(1).All(char.IsAsciiLetterLower)
                ? null : "must be one capitalised word of letters, two or more",
        });
        return new FamilyNameOrder(new HashSet<string>(words["country"], StringComparer.Ordinal),
            new HashSet<string>(words["family"], StringComparer.Ordinal));
    }

    private static FamilyNameOrder LoadDefault() => EmbeddedList.Load<FamilyNameOrder>(ResourceName, "family-name-first list", Load);
}
