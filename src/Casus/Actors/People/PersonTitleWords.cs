using Casus.Coding;

namespace Casus.Actors.People;

/// <summary>
/// The words of data/actors/titles.txt, read by <see cref="PersonTitles"/>: honorifics, one- and two-word titles of a
/// single officeholder, the words that show a person's gender, the words that end a title's portfolio, and the heads
/// of cabinet offices. Validated at load: a bad or repeated line is an
/// error with its file and line. Immutable and thread-safe.
/// </summary>
internal sealed class PersonTitleWords
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "actors/titles.txt";

    private static readonly Lazy<PersonTitleWords> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] Kinds = ["honorific", "title", "title-pair", "male", "female", "portfolio", "cabinet"];

    // Hash sets with span lookups: every token before a name is looked up as a span, with no string made.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _honorifics;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _pairs;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _male;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _female;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _portfolio;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _cabinet;

    private PersonTitleWords(Dictionary<string, List<string>> words)
    {
        static HashSet<string> Set(List<string> list) => new(list, StringComparer.OrdinalIgnoreCase);
        _honorifics = Set(words["honorific"]).GetAlternateLookup<ReadOnlySpan<char>>();
        _titles = Set(words["title"]).GetAlternateLookup<ReadOnlySpan<char>>();
        _pairs = Set(words["title-pair"]).GetAlternateLookup<ReadOnlySpan<char>>();
        _male = Set(words["male"]).GetAlternateLookup<ReadOnlySpan<char>>();
        _female = Set(words["female"]).GetAlternateLookup<ReadOnlySpan<char>>();
        _portfolio = Set(words["portfolio"]).GetAlternateLookup<ReadOnlySpan<char>>();
        _cabinet = Set(words["cabinet"]).GetAlternateLookup<ReadOnlySpan<char>>();
        Count = words.Values.Sum(l => l.Count);
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static PersonTitleWords Default => LazyDefault.Value;

    /// <summary>The number of entries of all kinds.</summary>
    public int Count { get; }

    /// <summary>True for an honorific, any case ("Mr.", "Dr.", "Sheikh").</summary>
    public bool IsHonorific(ReadOnlySpan<char> word) => _honorifics.Contains(word);

    /// <summary>True for a one-word title of a single person, any case ("president", "Gen.").</summary>
    public bool IsTitle(ReadOnlySpan<char> word) => _titles.Contains(word);

    /// <summary>True for a two-word title written with one space, any case ("Prime Minister").</summary>
    public bool IsTitlePair(string words) => _pairs.Contains(words.AsSpan());

    /// <summary>Whether the two words, joined by a space, are a two-word title ("vice" "president"); no string is made.</summary>
    public bool IsTitlePair(ReadOnlySpan<char> first, ReadOnlySpan<char> second) => PairOf(first, second, out _);

    /// <summary>The two words as a title pair in lower case ("Vice" "President" → "vice president"), or null: the
    /// list's own string when it is that lower-case text, so that a title found on every sentence costs nothing.</summary>
    public string? LowerPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (!PairOf(first, second, out var stored)) return null;
        int n = first.Length + 1 + second.Length;
        Span<char> lower = n <= 64 ? stackalloc char[n] : new char[n];
        first.ToLowerInvariant(lower);
        lower[first.Length] = ' ';
        second.ToLowerInvariant(lower[(first.Length + 1)..]);
        return lower.SequenceEqual(stored) ? stored : new string(lower);
    }

    /// <summary>The word in lower case when it is a title ("President" → "president"), or null; the list's own
    /// string when it is that lower-case text.</summary>
    public string? LowerTitle(ReadOnlySpan<char> word)
    {
        if (!_titles.TryGetValue(word, out var stored)) return null;
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return lower.SequenceEqual(stored) ? stored : new string(lower);
    }

    private bool PairOf(ReadOnlySpan<char> first, ReadOnlySpan<char> second, out string stored)
    {
        stored = "";
        int n = first.Length + 1 + second.Length;
        Span<char> joined = n <= 64 ? stackalloc char[n] : new char[n];
        first.CopyTo(joined);
        joined[first.Length] = ' ';
        second.CopyTo(joined[(first.Length + 1)..]);
        return _pairs.TryGetValue(joined, out stored!);
    }

    /// <summary>True for a word that ends a title's portfolio after "of" or "for", any case ("Affairs" of "Minister of
    /// Foreign Affairs").</summary>
    public bool IsPortfolioEnd(ReadOnlySpan<char> word) => _portfolio.Contains(word);

    /// <summary>True for the head of a cabinet office, one or two words as a role phrase holds them, any case
    /// ("minister", "deputy minister").</summary>
    public bool IsCabinetTitle(ReadOnlySpan<char> phrase) => _cabinet.Contains(phrase);

    /// <summary>'m' or 'f' for a word that shows a gender ("Mr.", "Queen"), else '\0'.</summary>
    public char GenderOf(ReadOnlySpan<char> word) => _male.Contains(word) ? 'm' : _female.Contains(word) ? 'f' : '\0';

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static PersonTitleWords Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        errors = [];
        var words = TaggedWordList.Read(reader, file, errors, Kinds, static (kind, word) => kind switch
        {
            "title-pair" => TaggedWordList.IsLowerWords(word, 2) ? null : "must be two lower-case words",
            // "first lady": a gender word may be a two-word title; "deputy minister" a cabinet office.
            "male" or "female" or "cabinet" => TaggedWordList.IsLowerWord(word) || TaggedWordList.IsLowerWords(word, 2) ? null : "must be one or two lower-case words",
            _ => TaggedWordList.IsLowerWord(word) ? null : "must be one lower-case word",
        });
        return new PersonTitleWords(words);
    }

    private static PersonTitleWords LoadDefault() => EmbeddedList.Load<PersonTitleWords>(ResourceName, "person title list", Load);
}
