using Casus.Coding;

namespace Casus.Time;

/// <summary>
/// The deictics and time nouns of data/time/time-words.txt: words that make a clause's dependent a time expression
/// rather than a participant ("which today backs", "said here Wednesday that", "spoke this evening with"), read by the
/// clause frames and the pattern matcher, which add the weekday names of <see cref="CalendarWords"/>; and the words
/// that point ahead (the coder's coming acts) and the sequence adverbs (the event-date conjunct rule). Validated at
/// load: a bad or repeated line is an error with its file and line. Immutable and thread-safe.
/// </summary>
internal sealed class TimeWords
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "time/time-words.txt";

    private static readonly Lazy<TimeWords> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] Kinds = ["deictic", "noun", "ahead", "ahead-modifier", "ahead-adverb", "sequence", "past"];

    // Both kinds answer the same question; the kinds only document the list. A span lookup, so a parse's word is
    // tested without a copy.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _anyCase;

    private TimeWords(Dictionary<string, List<string>> words)
    {
        Deictics = [.. words["deictic"]];
        Nouns = [.. words["noun"]];
        _anyCase = new HashSet<string>(Deictics.Concat(Nouns), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _ahead = Lookup(words["ahead"]);
        _aheadModifiers = Lookup(words["ahead-modifier"]);
        _aheadAdverbs = Lookup(words["ahead-adverb"]);
        _sequence = Lookup(words["sequence"]);
        _past = Lookup(words["past"]);
    }

    // The kinds read by other rules than Contains, each its own question; span lookups, so a token is tested
    // without a copy.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _ahead, _aheadModifiers, _aheadAdverbs, _sequence, _past;

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(List<string> words)
        => new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a word that alone points past the report's day ("tomorrow"), any case.</summary>
    public bool IsAhead(ReadOnlySpan<char> word) => _ahead.Contains(word);

    /// <summary>True for a modifier of a time noun that points ahead ("next", "coming"), any case.</summary>
    public bool IsAheadModifier(ReadOnlySpan<char> word) => _aheadModifiers.Contains(word);

    /// <summary>True for an adverb that points ahead with "this" and a time noun ("later this week"), any case.</summary>
    public bool IsAheadAdverb(ReadOnlySpan<char> word) => _aheadAdverbs.Contains(word);

    /// <summary>True for an adverb that sets a clause well after or before another act ("later", "previously"), any
    /// case.</summary>
    public bool IsSequenceAdverb(ReadOnlySpan<char> word) => _sequence.Contains(word);

    /// <summary>True for a word that puts a time expression in the past ("last", "ago"), any case.</summary>
    public bool SaysPast(ReadOnlySpan<char> word) => _past.Contains(word);

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static TimeWords Default => LazyDefault.Value;

    /// <summary>Words naming a day or moment from the report's own, lower case ("today", "now").</summary>
    public IReadOnlyList<string> Deictics { get; }

    /// <summary>Nouns naming a span of the calendar or the day, lower case ("week", "morning").</summary>
    public IReadOnlyList<string> Nouns { get; }

    /// <summary>True for a listed word of either kind, in any case ("Today", "week").</summary>
    public bool Contains(ReadOnlySpan<char> word) => _anyCase.Contains(word);

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static TimeWords Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        errors = [];
        var words = TaggedWordList.Read(reader, file, errors, Kinds,
            static (_, word) => TaggedWordList.IsLowerLetters(word) ? null : "must be one lower-case word of letters");
        return new TimeWords(words);
    }

    private static TimeWords LoadDefault() => EmbeddedList.Load<TimeWords>(ResourceName, "time word list", Load);
}
