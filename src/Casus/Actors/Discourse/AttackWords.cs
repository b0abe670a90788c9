using Casus.Coding;

namespace Casus.Actors.Discourse;

/// <summary>
/// The words of data/actors/attacks.txt: the weapons and acts of attackers a sentence does not name ("a roadside
/// bomb", "a car bomb explosion", "an ambush"). Entries are one to three lower-case words, matched as whole words in a
/// noun phrase. Validated at load: a bad or repeated line is an error with its file and line. Immutable and thread-safe.
/// </summary>
public sealed class AttackWords
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "actors/attacks.txt";

    private const int MaxWords = 3;

    private static readonly Lazy<AttackWords> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    // Each entry as its words, with the line it came from (for the evidence).
    private readonly (string[] Words, int Line)[] _entries;

    // Every word of every entry: a noun none of whose words is here is passed over without building its phrase.
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordSpans;

    private AttackWords((string[], int)[] entries)
    {
        _entries = entries;
        foreach (var (words, _) in entries) _words.UnionWith(words);
        _wordSpans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static AttackWords Default => LazyDefault.Value;

    /// <summary>The number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>True when <paramref name="word"/> (any case) is a word of some entry.</summary>
    public bool Holds(ReadOnlySpan<char> word) => _wordSpans.Contains(word);

    /// <summary>The longest entry found as consecutive words of <paramref name="words"/> (lower-case), with its line;
    /// null when none is.</summary>
    public (string Entry, int Line)? Find(IReadOnlyList<string> words)
    {
        (string, int)? best = null;
        int bestLength = 0;
        foreach (var (entry, line) in _entries)
        {
            if (entry.Length <= bestLength || entry.Length > words.Count) continue;
            for (int i = 0; i + entry.Length <= words.Count; i++)
            {
                int k = 0;
                while (k < entry.Length && words[i + k] == entry[k]) k++;
                if (k < entry.Length) continue;
                best = (string.Join(' ', entry), line);
                bestLength = entry.Length;
                break;
            }
        }
        return best;
    }

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static AttackWords Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        errors = new List<DataFileError>();
        var entries = new List<(string[], int)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        // DataLines strips comments and blank lines and numbers each entry line.
        foreach (var (lineNo, text) in DataLines.Read(reader))
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > MaxWords) { errors.Add(new DataFileError(file, lineNo, "entry", $"'{text}' has more than {MaxWords} words")); continue; }
            if (!words.All(w => w.All(c => c is (>= 'a' and <= 'z') or '-')))
            {
                errors.Add(new DataFileError(file, lineNo, "entry", $"'{text}' must be lower-case letters and hyphens"));
                continue;
            }
            var key = string.Join(' ', words);
            if (seen.TryGetValue(key, out int first))
            {
                errors.Add(new DataFileError(file, lineNo, "entry", $"'{key}' repeats line {first}"));
                continue;
            }
            seen[key] = lineNo;
            entries.Add((words, lineNo));
        }
        return new AttackWords(entries.ToArray());
    }

    private static AttackWords LoadDefault() => EmbeddedList.Load<AttackWords>(ResourceName, "attack-word list", Load);
}
