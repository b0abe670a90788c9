using Casus.Coding;

namespace Casus.Actors.Discourse;

/// <summary>
/// The words of data/actors/groups.txt: plural heads that sum up actors the article has named ("leaders", "sides"),
/// each with its <see cref="GroupKind"/>, the minister heads that take titles ("ministers") and the title words they
/// may carry ("foreign", "prime").
/// Validated at load: a bad or repeated line is an error with its file and line. Immutable and thread-safe.
/// </summary>
internal sealed class GroupWords
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "actors/groups.txt";

    private static readonly Lazy<GroupWords> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    // Arrays, not dictionaries: every noun of an article is looked up as a span, and a dozen ordinal comparisons
    // cost less than building a lower-case key.
    private readonly (string Word, GroupKind Kind)[] _heads;
    private readonly string[] _titledHeads;
    private readonly string[] _titles;
    // Heads that sum up a group only when capitalised: "the Parties" of an agreement are its signatories, while "both
    // parties" are mostly a country's political parties.
    private readonly string[] _capitalHeads;

    private GroupWords((string, GroupKind)[] heads, string[] titledHeads, string[] titles, string[] capitalHeads)
    {
        _heads = heads;
        _titledHeads = titledHeads;
        _titles = titles;
        _capitalHeads = capitalHeads;
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static GroupWords Default => LazyDefault.Value;

    /// <summary>The number of head words.</summary>
    public int HeadCount => _heads.Length;

    /// <summary>The number of title words.</summary>
    public int TitleCount => _titles.Length;

    /// <summary>The kind of group <paramref name="word"/> heads (any case), or null for no group head.</summary>
    public GroupKind? KindOf(ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && !char.IsUpper(word[0]) && IsAny(word, _capitalHeads)) return null;
        foreach (var (w, kind) in _heads)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return kind;
        return null;
    }

    /// <summary>True when <paramref name="word"/> (any case) is a head that counts only capitalised ("Parties").</summary>
    public bool NeedsCapital(ReadOnlySpan<char> word) => IsAny(word, _capitalHeads);

    /// <summary>True when <paramref name="word"/> (any case) is a title word a minister head may carry.</summary>
    public bool IsTitle(ReadOnlySpan<char> word) => IsAny(word, _titles);

    /// <summary>True when <paramref name="word"/> (any case) is a minister head that title words may stand before
    /// ("ministers", not "counterparts").</summary>
    public bool TakesTitles(ReadOnlySpan<char> word) => IsAny(word, _titledHeads);

    private static bool IsAny(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static GroupWords Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var problems = new List<DataFileError>();
        errors = problems;
        var heads = new List<(string, GroupKind)>();
        var titledHeads = new List<string>();
        var titles = new List<string>();
        var capitalHeads = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        // DataLines strips comments and blank lines and numbers each entry line.
        foreach (var (lineNo, text) in DataLines.Read(reader))
        {
            void Error(string field, string message) => problems.Add(new DataFileError(file, lineNo, field, message));
            var parts = text.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length != 2) { Error("entry", $"a line has 2 fields separated by '|' (KIND | WORD), found {parts.Length}"); continue; }
            var (kindText, word) = (parts[0], parts[1]);
            GroupKind? kind = kindText switch
            {
                "leader" => GroupKind.Leader,
                "minister" or "titled-minister" => GroupKind.Minister,
                "official" => GroupKind.Official,
                "titled-adviser" => GroupKind.Adviser,
                "government" => GroupKind.Government,
                "country" => GroupKind.Country,
                "side" or "party" => GroupKind.Side,
                _ => null,
            };
            if (kind is null && kindText != "title")
            {
                Error("kind", $"'{kindText}' is not leader, minister, titled-minister, official, titled-adviser, government, country, side, party or title");
                continue;
            }
            if (word.Length == 0 || !word.All(c => c is >= 'a' and <= 'z')) { Error("word", $"'{word}' must be one lower-case word"); continue; }
            if (seen.TryGetValue(word, out int first)) { Error("word", $"'{word}' repeats line {first}"); continue; }
            seen[word] = lineNo;
            if (kind is null) titles.Add(word);
            else heads.Add((word, kind.Value));
            if (kindText is "titled-minister" or "titled-adviser") titledHeads.Add(word);
            if (kindText == "party") capitalHeads.Add(word);
        }
        return new GroupWords([.. heads], [.. titledHeads], [.. titles], [.. capitalHeads]);
    }

    private static GroupWords LoadDefault() => EmbeddedList.Load<GroupWords>(ResourceName, "group word list", Load);
}
