namespace Casus.Coding.Clauses;

/// <summary>
/// The nouns of data/clauses/slot-nouns.txt: nouns whose on-phrase is what an act is done to ("embargoes on Iran"),
/// read by <see cref="TargetFallback"/>, and nouns of fixed phrases after a place preposition that name no place ("in
/// response"), read by <see cref="PlaceSlot"/>, and nouns of negotiation whose with-phrase names the party a concession
/// is made to ("called off the strike after talks with the government"), read by <see cref="TargetFallback"/>. Validated at load: a bad or repeated line is an error with its file
/// and line. Immutable and thread-safe.
/// </summary>
internal sealed class SlotNouns
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "clauses/slot-nouns.txt";

    private static readonly Lazy<SlotNouns> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] Kinds = ["on-target", "no-place", "talks"];

    // Arrays, as the passes held them: each is scanned with the parse's own word test, a few dozen comparisons.
    private readonly string[] _onTarget;
    private readonly string[] _noPlace;
    private readonly string[] _talks;

    private SlotNouns(Dictionary<string, List<string>> words)
    {
        _onTarget = [.. words["on-target"]];
        _noPlace = [.. words["no-place"]];
        _talks = [.. words["talks"]];
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static SlotNouns Default => LazyDefault.Value;

    /// <summary>Nouns whose on-phrase is what the act is done to ("embargo", "attack"), lower case.</summary>
    public ReadOnlySpan<string> OnTarget => _onTarget;

    /// <summary>True when <paramref name="word"/> (any case) heads a fixed phrase that names no place ("response").</summary>
    public bool IsNoPlace(ReadOnlySpan<char> word)
    {
        foreach (var p in _noPlace)
            if (word.Equals(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Nouns of negotiation ("talks", "negotiations"), lower case: after "after"/"following" their with-phrase
    /// names whom a concession was negotiated with.</summary>
    public ReadOnlySpan<string> Talks => _talks;

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static SlotNouns Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        errors = [];
        var words = TaggedWordList.Read(reader, file, errors, Kinds,
            static (_, word) => TaggedWordList.IsLowerLetters(word) ? null : "must be one lower-case word of letters");
        return new SlotNouns(words);
    }

    private static SlotNouns LoadDefault() => EmbeddedList.Load<SlotNouns>(ResourceName, "slot noun list", Load);
}
