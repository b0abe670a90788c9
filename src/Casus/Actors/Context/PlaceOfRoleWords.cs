using Casus.Coding;

namespace Casus.Actors.Context;

/// <summary>
/// The words of data/actors/place-of-role.txt, read by <see cref="PlaceOfRolePass"/>: nouns that name a kind of place
/// ("city", "province"), words of a state's formal name that are never a place name ("Republic"), and the role codes
/// whose people act where they live ("REB", "CVL"). Validated at load: a bad or repeated line is an error with its
/// file and line. Immutable and thread-safe.
/// </summary>
internal sealed class PlaceOfRoleWords
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "actors/place-of-role.txt";

    private static readonly Lazy<PlaceOfRoleWords> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<string> _placeNouns;
    private readonly HashSet<string> _stateWords;
    private readonly HashSet<string> _localRoles;

    private PlaceOfRoleWords(HashSet<string> placeNouns, HashSet<string> stateWords, HashSet<string> localRoles)
    {
        _placeNouns = placeNouns;
        _stateWords = stateWords;
        _localRoles = localRoles;
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static PlaceOfRoleWords Default => LazyDefault.Value;

    /// <summary>The number of entries of all kinds.</summary>
    public int Count => _placeNouns.Count + _stateWords.Count + _localRoles.Count;

    /// <summary>True when <paramref name="word"/> (any case) names a kind of place ("city", "Province").</summary>
    public bool IsPlaceNoun(string word) => _placeNouns.Contains(word);

    /// <summary>True when <paramref name="word"/> (any case) is a word of a state's formal name ("Republic").</summary>
    public bool IsStateWord(string word) => _stateWords.Contains(word);

    /// <summary>True when the people of role <paramref name="code"/> act where they live ("REB", "CVL").</summary>
    public bool IsLocalRole(string code) => _localRoles.Contains(code);

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static PlaceOfRoleWords Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var problems = new List<DataFileError>();
        errors = problems;
        var placeNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var stateWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var localRoles = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNo = 0;
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNo++;
            int hash = line.IndexOf('#');
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length == 0) continue;
            void Error(string field, string message) => problems.Add(new DataFileError(file, lineNo, field, message));
            var parts = text.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length != 2) { Error("entry", $"a line has 2 fields separated by '|' (KIND | VALUE), found {parts.Length}"); continue; }
            var (kind, value) = (parts[0], parts[1]);
            HashSet<string> target;
            switch (kind)
            {
                case "place-noun": target = placeNouns; break;
                case "state-word": target = stateWords; break;
                case "local-role": target = localRoles; break;
                default: Error("kind", $"'{kind}' is not place-noun, state-word or local-role"); continue;
            }
            if (kind == "local-role")
            {
                if (value.Length != 3 || !value.All(c => c is >= 'A' and <= 'Z')) { Error("value", $"'{value}' is not a three-letter upper-case role code"); continue; }
            }
            else if (value.Length == 0 || !value.All(c => c is >= 'a' and <= 'z')) { Error("value", $"'{value}' must be one lower-case word"); continue; }
            var key = kind + " " + value;
            if (seen.TryGetValue(key, out int first)) { Error("value", $"{kind} '{value}' repeats line {first}"); continue; }
            seen[key] = lineNo;
            target.Add(value);
        }
        return new PlaceOfRoleWords(placeNouns, stateWords, localRoles);
    }

    private static PlaceOfRoleWords LoadDefault() => EmbeddedList.Load<PlaceOfRoleWords>(ResourceName, "place-of-role word list", Load);
}
