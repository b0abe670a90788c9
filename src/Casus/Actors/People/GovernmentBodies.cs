using Casus.Coding;

namespace Casus.Actors.People;

/// <summary>
/// The words of data/actors/government-bodies.txt: nouns for a government as a body that news names for its head
/// ("regime", "administration"), read by <see cref="LeaderGovernmentPass"/>. Validated at load: a bad or repeated
/// line is an error with its file and line. Immutable and thread-safe.
/// </summary>
internal sealed class GovernmentBodies
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "actors/government-bodies.txt";

    private static readonly Lazy<GovernmentBodies> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<string> _words;

    private GovernmentBodies(HashSet<string> words) => _words = words;

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static GovernmentBodies Default => LazyDefault.Value;

    /// <summary>The number of words.</summary>
    public int Count => _words.Count;

    /// <summary>True when <paramref name="word"/> (any case) is a government body noun.</summary>
    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static GovernmentBodies Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var problems = new List<DataFileError>();
        errors = problems;
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNo = 0;
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNo++;
            int hash = line.IndexOf('#');
            var word = (hash >= 0 ? line[..hash] : line).Trim();
            if (word.Length == 0) continue;
            if (!word.All(c => c is >= 'a' and <= 'z'))
            {
                problems.Add(new DataFileError(file, lineNo, "word", $"'{word}' must be one lower-case word"));
                continue;
            }
            if (seen.TryGetValue(word, out int first))
            {
                problems.Add(new DataFileError(file, lineNo, "word", $"'{word}' repeats line {first}"));
                continue;
            }
            seen[word] = lineNo;
            words.Add(word);
        }
        return new GovernmentBodies(words);
    }

    private static GovernmentBodies LoadDefault() => EmbeddedList.Load<GovernmentBodies>(ResourceName, "government body list", Load);
}
