using System.Reflection;

namespace Casus.Text;

/// <summary>
/// The immutable word lists the <see cref="TextStage"/> consults: period-final abbreviations, sentence openers,
/// hyphen prefixes and apostrophe-less contractions. They ship as embedded resources under <c>text/</c>;
/// <see cref="Parse"/> reads custom lists and reports every bad line instead of throwing.
/// Thread-safe: nothing changes after construction.
/// </summary>
public sealed class TextResources
{
    /// <summary>Resource name of the abbreviation list.</summary>
    public const string AbbreviationsResource = "text/abbreviations.txt";
    /// <summary>Resource name of the sentence-opener list.</summary>
    public const string StartersResource = "text/sentence_starters.txt";
    /// <summary>Resource name of the hyphen-prefix list.</summary>
    public const string PrefixesResource = "text/hyphen_prefixes.txt";
    /// <summary>Resource name of the contraction list.</summary>
    public const string ContractionsResource = "text/contractions.txt";

    private static readonly Lazy<TextResources> s_default = new(LoadEmbedded);

    private readonly Dictionary<string, AbbreviationKind> _abbreviations;
    private readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _abbreviationLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _starters;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _contractions;

    private TextResources(Dictionary<string, AbbreviationKind> abbreviations, HashSet<string> starters,
        HashSet<string> prefixes, Dictionary<string, int> contractions)
    {
        _abbreviations = abbreviations;
        _abbreviationLookup = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _starters = starters.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _contractions = contractions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lists shipped inside Casus.dll, loaded once. Throws <see cref="InvalidOperationException"/> only
    /// if a shipped list is broken, which the test suite rules out.</summary>
    public static TextResources Default => s_default.Value;

    /// <summary>Number of abbreviations.</summary>
    public int AbbreviationCount => _abbreviations.Count;

    /// <summary>The kind of <paramref name="withPeriod"/> (e.g. "Mr."), or <see cref="AbbreviationKind.None"/>.</summary>
    public AbbreviationKind Abbreviation(ReadOnlySpan<char> withPeriod)
        => _abbreviationLookup.TryGetValue(withPeriod, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>True when <paramref name="word"/> often opens a sentence ("The", "He", "But").</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _starters.Contains(word);

    /// <summary>True when <paramref name="prefix"/> stays joined across a hyphen ("non", "e", "co").</summary>
    public bool IsHyphenPrefix(ReadOnlySpan<char> prefix) => _prefixes.Contains(prefix);

    /// <summary>When <paramref name="word"/> is a listed contraction ("cannot"), the length of its first part (3).</summary>
    public bool TryContraction(ReadOnlySpan<char> word, out int firstPartLength) => _contractions.TryGetValue(word, out firstPartLength);

    /// <summary>Reads the four lists from readers; never throws on bad content. Bad lines are skipped and reported,
    /// each with file name and line number; the rest is used.</summary>
    public static TextDataResult Parse(TextReader abbreviations, TextReader starters, TextReader prefixes, TextReader contractions,
        string abbreviationsName = AbbreviationsResource, string startersName = StartersResource,
        string prefixesName = PrefixesResource, string contractionsName = ContractionsResource)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        ArgumentNullException.ThrowIfNull(starters);
        ArgumentNullException.ThrowIfNull(prefixes);
        ArgumentNullException.ThrowIfNull(contractions);
        var errors = new List<TextDataError>();
        var abbr = ParseAbbreviations(abbreviations, abbreviationsName, errors);
        var start = ParseWordList(starters, startersName, errors);
        var pre = ParseWordList(prefixes, prefixesName, errors);
        var con = ParseContractions(contractions, contractionsName, errors);
        return new TextDataResult(new TextResources(abbr, start, pre, con), errors);
    }

    private static TextResources LoadEmbedded()
    {
        var asm = typeof(TextResources).Assembly;
        using var a = OpenResource(asm, AbbreviationsResource);
        using var s = OpenResource(asm, StartersResource);
        using var p = OpenResource(asm, PrefixesResource);
        using var c = OpenResource(asm, ContractionsResource);
        var result = Parse(a, s, p, c);
        if (result.Errors.Count > 0)
            throw new InvalidOperationException("shipped text lists are invalid: " + string.Join("; ", result.Errors));
        return result.Resources;
    }

    private static StreamReader OpenResource(Assembly asm, string name)
        => new(asm.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"resource '{name}' is missing from {asm.GetName().Name}"));

    /// <summary>Yields (line number, fields) for each non-blank, non-comment line.</summary>
    private static IEnumerable<(int Line, string[] Fields)> Lines(TextReader reader)
    {
        int n = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            n++;
            int hash = line.IndexOf('#');
            // '#' starts a comment only at the start of a field, so entries may not contain it; none need to.
            if (hash >= 0) line = line[..hash];
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0) yield return (n, fields);
        }
    }

    private static Dictionary<string, AbbreviationKind> ParseAbbreviations(TextReader reader, string name, List<TextDataError> errors)
    {
        var map = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var (line, f) in Lines(reader))
        {
            if (f.Length != 2) { errors.Add(new(name, line, $"expected '<abbreviation> <kind>', found {f.Length} field(s)")); continue; }
            var abbr = f[0];
            if (abbr.Length < 2 || abbr[^1] != '.' || !char.IsLetter(abbr[0]))
            { errors.Add(new(name, line, $"abbreviation '{abbr}' must start with a letter and end in '.'")); continue; }
            AbbreviationKind kind = f[1] switch
            {
                "title" => AbbreviationKind.Title,
                "medial" => AbbreviationKind.Medial,
                "final" => AbbreviationKind.Final,
                "numeric" => AbbreviationKind.Numeric,
                _ => AbbreviationKind.None,
            };
            if (kind == AbbreviationKind.None) { errors.Add(new(name, line, $"kind '{f[1]}' is not one of title, medial, final, numeric")); continue; }
            if (!map.TryAdd(abbr, kind)) errors.Add(new(name, line, $"abbreviation '{abbr}' is listed twice"));
        }
        return map;
    }

    private static HashSet<string> ParseWordList(TextReader reader, string name, List<TextDataError> errors)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, f) in Lines(reader))
        {
            if (f.Length != 1) { errors.Add(new(name, line, $"expected one word, found {f.Length} fields")); continue; }
            if (!f[0].All(char.IsLetter)) { errors.Add(new(name, line, $"'{f[0]}' must consist of letters only")); continue; }
            if (!set.Add(f[0])) errors.Add(new(name, line, $"'{f[0]}' is listed twice"));
        }
        return set;
    }

    private static Dictionary<string, int> ParseContractions(TextReader reader, string name, List<TextDataError> errors)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, f) in Lines(reader))
        {
            if (f.Length != 2) { errors.Add(new(name, line, $"expected '<word> <parts>', found {f.Length} field(s)")); continue; }
            int bar = f[1].IndexOf('|');
            if (bar <= 0 || bar == f[1].Length - 1 || f[1].IndexOf('|', bar + 1) >= 0)
            { errors.Add(new(name, line, $"parts '{f[1]}' must hold exactly one '|' between two non-empty parts")); continue; }
            if (!string.Equals(f[1].Remove(bar, 1), f[0], StringComparison.OrdinalIgnoreCase))
            { errors.Add(new(name, line, $"parts '{f[1]}' do not spell the word '{f[0]}'")); continue; }
            if (!map.TryAdd(f[0], bar)) errors.Add(new(name, line, $"'{f[0]}' is listed twice"));
        }
        return map;
    }
}

/// <summary>The outcome of <see cref="TextResources.Parse"/>: the lists built from the good lines, and the rejects.</summary>
/// <param name="Resources">Lists built from every valid line.</param>
/// <param name="Errors">One entry per rejected line, naming file and line.</param>
public sealed record TextDataResult(TextResources Resources, IReadOnlyList<TextDataError> Errors);
