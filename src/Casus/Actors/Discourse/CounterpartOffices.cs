using Casus.Coding;

namespace Casus.Actors.Discourse;

/// <summary>
/// The offices of data/actors/offices.txt: which office an official's phrase names, so that "his counterpart" finds
/// the other country's holder of it. An ordered list of (words, office): the first line whose words the lower-cased
/// phrase contains wins ("vice president" before "president", "prime minister" before "minister"). Validated at
/// load: a bad or repeated line is an error with its file and line. Immutable and thread-safe.
/// </summary>
internal sealed class CounterpartOffices
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "actors/offices.txt";

    private static readonly Lazy<CounterpartOffices> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly (string Words, CounterpartOffice Office)[] _entries;

    private CounterpartOffices((string, CounterpartOffice)[] entries) => _entries = entries;

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static CounterpartOffices Default => LazyDefault.Value;

    /// <summary>The number of lines.</summary>
    public int Count => _entries.Length;

    /// <summary>The office <paramref name="text"/> names: that of the first line whose words it contains (any case),
    /// or <see cref="CounterpartOffice.None"/>.</summary>
    public CounterpartOffice OfficeOf(string text)
    {
        var t = text.ToLowerInvariant();
        foreach (var (words, office) in _entries)
            if (t.Contains(words, StringComparison.Ordinal)) return office;
        return CounterpartOffice.None;
    }

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static CounterpartOffices Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var problems = new List<DataFileError>();
        errors = problems;
        var entries = new List<(string, CounterpartOffice)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        // DataLines strips comments and blank lines and numbers each entry line.
        foreach (var (lineNo, text) in DataLines.Read(reader))
        {
            void Error(string field, string message) => problems.Add(new DataFileError(file, lineNo, field, message));
            var parts = text.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length != 2) { Error("entry", $"a line has 2 fields separated by '|' (OFFICE | WORDS), found {parts.Length}"); continue; }
            var (officeText, words) = (parts[0], parts[1]);
            CounterpartOffice? office = officeText switch
            {
                "none" => CounterpartOffice.None,
                "foreign" => CounterpartOffice.Foreign,
                "defence" => CounterpartOffice.Defence,
                "security-adviser" => CounterpartOffice.SecurityAdviser,
                "leader" => CounterpartOffice.Leader,
                _ => null,
            };
            if (office is null) { Error("office", $"'{officeText}' is not none, foreign, defence, security-adviser or leader"); continue; }
            // Phrases are matched against lower-cased text: an upper-case letter could never match.
            if (words.Length == 0 || words.Any(char.IsUpper) || words.Contains("  ", StringComparison.Ordinal))
            {
                Error("words", $"'{words}' must be lower-case words separated by single spaces");
                continue;
            }
            if (seen.TryGetValue(words, out int first)) { Error("words", $"'{words}' repeats line {first}"); continue; }
            seen[words] = lineNo;
            entries.Add((words, office.Value));
        }
        return new CounterpartOffices([.. entries]);
    }

    private static CounterpartOffices LoadDefault() => EmbeddedList.Load<CounterpartOffices>(ResourceName, "office list", Load);
}
