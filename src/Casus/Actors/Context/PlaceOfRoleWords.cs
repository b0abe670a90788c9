using Casus.Coding;

namespace Casus.Actors.Context;

/// <summary>
/// The words of data/actors/place-of-role.txt, read by <see cref="PlaceOfRolePass"/>: nouns that name a kind of place
/// ("city", "province"), words of a state's formal name that are never a place name ("Republic"), the role codes
/// whose people act where they live ("REB", "CVL"), the role codes that take the place of their own act only ("MIL"),
/// the verbs that send or keep people away from home ("deploy") and the words that mark a force as foreign. Validated at load: a bad or repeated line is an error with its
/// file and line. Immutable and thread-safe.
/// </summary>
internal sealed class PlaceOfRoleWords
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "actors/place-of-role.txt";

    private static readonly Lazy<PlaceOfRoleWords> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] Kinds =
        ["place-noun", "state-word", "local-role", "site-noun", "away-noun", "clause-role", "subject-role", "away-verb", "foreign-word", "accord-noun"];

    private readonly HashSet<string> _placeNouns;
    private readonly HashSet<string> _stateWords;
    private readonly HashSet<string> _localRoles;
    private readonly HashSet<string> _siteNouns;
    private readonly HashSet<string> _awayNouns;
    private readonly HashSet<string> _clauseRoles;
    private readonly HashSet<string> _subjectRoles;
    private readonly HashSet<string> _awayVerbs;
    private readonly HashSet<string> _foreignWords;
    private readonly HashSet<string> _accordNouns;

    private PlaceOfRoleWords(HashSet<string> placeNouns, HashSet<string> stateWords, HashSet<string> localRoles,
        HashSet<string> siteNouns, HashSet<string> awayNouns, HashSet<string> clauseRoles, HashSet<string> subjectRoles,
        HashSet<string> awayVerbs, HashSet<string> foreignWords, HashSet<string> accordNouns)
    {
        _accordNouns = accordNouns;
        _subjectRoles = subjectRoles;
        _clauseRoles = clauseRoles;
        _awayVerbs = awayVerbs;
        _foreignWords = foreignWords;
        _awayNouns = awayNouns;
        _siteNouns = siteNouns;
        _placeNouns = placeNouns;
        _stateWords = stateWords;
        _localRoles = localRoles;
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static PlaceOfRoleWords Default => LazyDefault.Value;

    /// <summary>The number of entries of all kinds.</summary>
    public int Count => _placeNouns.Count + _stateWords.Count + _localRoles.Count + _siteNouns.Count + _awayNouns.Count
        + _clauseRoles.Count + _subjectRoles.Count + _awayVerbs.Count + _foreignWords.Count;

    /// <summary>True when <paramref name="word"/> (any case) names a kind of place ("city", "Province").</summary>
    public bool IsPlaceNoun(string word) => _placeNouns.Contains(word);

    /// <summary>True when <paramref name="word"/> (any case) is a word of a state's formal name ("Republic").</summary>
    public bool IsStateWord(string word) => _stateWords.Contains(word);

    /// <summary>True when <paramref name="word"/> (any case) names a site people act at ("streets", "jail").</summary>
    public bool IsSiteNoun(string word) => _siteNouns.Contains(word);

    /// <summary>True when <paramref name="word"/> (any case) names people held or come from elsewhere ("hostages").</summary>
    public bool IsAwayNoun(string word) => _awayNouns.Contains(word);

    /// <summary>True when the people of role <paramref name="code"/> act where they live ("REB", "CVL").</summary>
    public bool IsLocalRole(string code) => _localRoles.Contains(code);

    /// <summary>True when the people of role <paramref name="code"/> are of the place where they act as a clause's
    /// subject, not of a place they are merely "in" ("MIL": "soldiers opened fire near Kandahar").</summary>
    public bool IsClauseRole(string code) => _clauseRoles.Contains(code);

    /// <summary>True when the people of role <paramref name="code"/> take a place only as the subject of their own act,
    /// not when acted on ("UAF": "police charged the gunmen in Peshawar" says nothing of where the gunmen are from).</summary>
    public bool IsSubjectRole(string code) => _subjectRoles.Contains(code);

    /// <summary>True when the verb lemma <paramref name="lemma"/> (any case) sends or keeps people away from home
    /// ("deploy", "station").</summary>
    public bool IsAwayVerb(string lemma) => _awayVerbs.Contains(lemma);

    /// <summary>True when <paramref name="word"/> (any case) marks a force as foreign ("foreign", "peacekeeping").</summary>
    public bool IsForeignWord(string word) => _foreignWords.Contains(word);

    /// <summary>True when <paramref name="word"/> (any case) names an accord, process or meeting that takes its name from
    /// a place ("Agreement" of "the Paris Agreement", "Process" of "the Luanda Process").</summary>
    public bool IsAccordNoun(ReadOnlySpan<char> word) => _accordNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static PlaceOfRoleWords Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        errors = [];
        var words = TaggedWordList.Read(reader, file, errors, Kinds, static (kind, value) => kind is "local-role" or "clause-role" or "subject-role"
            ? value.Length == 3 && value.All(c => c is >= 'A' and <= 'Z') ? null : "is not a three-letter upper-case role code"
            : TaggedWordList.IsLowerLetters(value) ? null : "must be one lower-case word");
        return new PlaceOfRoleWords(new HashSet<string>(words["place-noun"], StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(words["state-word"], StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(words["local-role"], StringComparer.Ordinal),
            new HashSet<string>(words["site-noun"], StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(words["away-noun"], StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(words["clause-role"], StringComparer.Ordinal),
            new HashSet<string>(words["subject-role"], StringComparer.Ordinal),
            new HashSet<string>(words["away-verb"], StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(words["foreign-word"], StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(words["accord-noun"], StringComparer.OrdinalIgnoreCase));
    }

    private static PlaceOfRoleWords LoadDefault() => EmbeddedList.Load<PlaceOfRoleWords>(ResourceName, "place-of-role word list", Load);
}
