using Casus.Coding;

namespace Casus.Time;

/// <summary>
/// The month and weekday names of data/time/calendar.txt: words that news writes with a capital as dates, not as the
/// names of people, organisations or places. One list for the phrase composer, the coreference pass and the place
/// finders, the event-date stage and the clause frames, which each held a copy. Validated at load: a bad or repeated line is an error with its file and line.
/// Immutable and thread-safe.
/// </summary>
internal sealed class CalendarWords
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "time/calendar.txt";

    private static readonly Lazy<CalendarWords> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] Kinds = ["month", "weekday"];

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _anyCase;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _weekdays;
    // The names as a name is written ("Monday"): "MONDAY" in a headline or "monday" is not matched here.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _asWritten;

    private CalendarWords(Dictionary<string, List<string>> words)
    {
        var all = words["month"].Concat(words["weekday"]).ToList();
        Count = all.Count;
        _anyCase = new HashSet<string>(all, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _weekdays = new HashSet<string>(words["weekday"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _asWritten = new HashSet<string>(all.Select(w => char.ToUpperInvariant(w[0]) + w[1..]), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static CalendarWords Default => LazyDefault.Value;

    /// <summary>The number of month and weekday names.</summary>
    public int Count { get; }

    /// <summary>True for a month or weekday name in any case ("March", "sunday").</summary>
    public bool Contains(ReadOnlySpan<char> word) => _anyCase.Contains(word);

    /// <summary>True for a weekday name in any case ("Sunday").</summary>
    public bool IsWeekday(ReadOnlySpan<char> word) => _weekdays.Contains(word);

    /// <summary>True for a month or weekday name written as a name: a capital, then lower case ("Monday").</summary>
    public bool ContainsAsWritten(ReadOnlySpan<char> word) => _asWritten.Contains(word);

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static CalendarWords Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        errors = [];
        var words = TaggedWordList.Read(reader, file, errors, Kinds,
            static (_, word) => TaggedWordList.IsLowerLetters(word) ? null : "must be one lower-case word of letters");
        return new CalendarWords(words);
    }

    private static CalendarWords LoadDefault() => EmbeddedList.Load<CalendarWords>(ResourceName, "calendar word list", Load);
}
