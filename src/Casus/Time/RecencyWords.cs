using Casus.Coding;

namespace Casus.Time;

/// <summary>
/// The words of data/time/recency.txt that tie a present-perfect relative clause to the report's day ("the terms that
/// have now been offered", "the attacks that have killed 11" under "spoke today"), read by the coder's recalled-relative
/// rule. Each kind holds three shapes: a bare word ("now"), a noun with "this" ("this week") and a word with "so" ("so
/// far"); the rule matches each shape in the parse. Validated at load: a bad or repeated line is an error with its file
/// and line. Immutable and thread-safe.
/// </summary>
internal sealed class RecencyWords
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "time/recency.txt";

    private static readonly Lazy<RecencyWords> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] Kinds = ["day", "recent"];

    /// <summary>The words of one kind, split by shape; arrays because the rule scans them with the parse's own word
    /// test, a handful of comparisons per dependent.</summary>
    public sealed class Shapes
    {
        internal Shapes(List<string> entries)
        {
            Words = [.. entries.Where(e => !e.Contains(' '))];
            ThisNouns = [.. entries.Where(e => e.StartsWith("this ", StringComparison.Ordinal)).Select(e => e[5..])];
            SoWords = [.. entries.Where(e => e.StartsWith("so ", StringComparison.Ordinal)).Select(e => e[3..])];
        }

        /// <summary>Bare words, lower case ("today", "now").</summary>
        public string[] Words { get; }

        /// <summary>Nouns that count with the determiner "this", lower case ("morning" of "this morning").</summary>
        public string[] ThisNouns { get; }

        /// <summary>Words that count with the adverb "so", lower case ("far" of "so far").</summary>
        public string[] SoWords { get; }
    }

    private RecencyWords(Dictionary<string, List<string>> words)
    {
        Day = new Shapes(words["day"]);
        Recent = new Shapes(words["recent"]);
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static RecencyWords Default => LazyDefault.Value;

    /// <summary>Words naming the report's day: they count in the relative clause and on a predicate above it.</summary>
    public Shapes Day { get; }

    /// <summary>Recency words that count only in the relative clause they stand in.</summary>
    public Shapes Recent { get; }

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static RecencyWords Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        errors = [];
        var words = TaggedWordList.Read(reader, file, errors, Kinds, static (_, entry) => CheckEntry(entry));
        return new RecencyWords(words);
    }

    // One lower-case word of letters, or "this" or "so" and one such word: the shapes the rule knows how to match.
    private static string? CheckEntry(string entry)
    {
        var parts = entry.Split(' ');
        bool ok = parts.Length switch
        {
            1 => TaggedWordList.IsLowerLetters(parts[0]),
            2 => parts[0] is "this" or "so" && TaggedWordList.IsLowerLetters(parts[1]),
            _ => false,
        };
        return ok ? null : "must be one lower-case word of letters, or 'this' or 'so' and one such word";
    }

    private static RecencyWords LoadDefault() => EmbeddedList.Load<RecencyWords>(ResourceName, "recency word list", Load);
}
