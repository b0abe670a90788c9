using Casus.Coding.Verbs;

namespace Casus.Coding;

/// <summary>
/// The acts only a state's organs do (arrest, sentence, deport, ban), each with the organ that does it: read from
/// data/verbs/state_acts.txt, a CAMEO code (covering the codes under it), a role code and verb lemmas. The parse coder
/// gives an agentless passive of such an act ("protesters were arrested in Cairo") that organ of the country where it
/// happened as its source. Validated at load: a bad line is an error with its file and line. Immutable and thread-safe.
/// </summary>
public sealed class StateActs
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "verbs/state_acts.txt";

    // The organs a line may name, with the word the evidence uses for each.
    private static readonly Dictionary<string, string> Organs = new(StringComparer.Ordinal)
    {
        ["COP"] = "police",
        ["JUD"] = "judiciary",
        ["GOV"] = "government",
    };

    private static readonly Lazy<StateActs> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly (string Prefix, string Role, HashSet<string> Lemmas, int Line)[] _entries;

    // The lemmas written with a word ("put" of "put+arrest"): any other lemma is passed over without building keys.
    private readonly HashSet<string> _withWord = new(StringComparer.Ordinal);

    private StateActs((string, string, HashSet<string>, int)[] entries)
    {
        _entries = entries;
        foreach (var (_, _, lemmas, _) in entries)
            foreach (var l in lemmas)
                if (l.IndexOf('+') is int plus and > 0) _withWord.Add(l[..plus]);
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static StateActs Default => LazyDefault.Value;

    /// <summary>The number of lines read.</summary>
    public int Count => _entries.Length;

    /// <summary>The organ that does the act of verb lemma <paramref name="lemma"/> coded <paramref name="code"/>: its
    /// role code, the word for it, the line it came from and the entry; null when the act is not a state's alone.</summary>
    public (string Role, string Organ, int Line, string Entry)? Find(CameoCode code, string lemma)
    {
        var digits = code.Digits;
        foreach (var (prefix, role, lemmas, line) in _entries)
            if (digits.StartsWith(prefix, StringComparison.Ordinal) && lemmas.Contains(lemma)) return (role, Organs[role], line, lemma);
        return null;
    }

    /// <summary>The organ that does the act of <paramref name="pattern"/>: a line for its code whose lemmas hold its
    /// lemma, or its lemma with one of its words ("put+arrest": "put &lt;obj&gt; under arrest|house", not "put
    /// &lt;obj&gt; on trial"); null when none does.</summary>
    public (string Role, string Organ, int Line, string Entry)? Find(VerbPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (Find(pattern.Code, pattern.Lemma) is { } plain) return plain;
        if (!_withWord.Contains(pattern.Lemma)) return null;
        var digits = pattern.Code.Digits;
        foreach (var (prefix, role, lemmas, line) in _entries)
        {
            if (!digits.StartsWith(prefix, StringComparison.Ordinal)) continue;
            foreach (var element in pattern.Elements)
                foreach (var word in element.Words)
                    if (lemmas.Contains(pattern.Lemma + "+" + word)) return (role, Organs[role], line, pattern.Lemma + "+" + word);
        }
        return null;
    }

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="file">The name errors carry.</param>
    /// <param name="catalog">The CAMEO table codes must be in; null skips that check.</param>
    /// <param name="errors">The rejected lines.</param>
    public static StateActs Load(TextReader reader, string file, CameoCatalog? catalog, out List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        errors = new List<DataFileError>();
        var entries = new List<(string, string, HashSet<string>, int)>();
        var seen = new Dictionary<(string, string), int>();
        // DataLines strips comments and blank lines and numbers each entry line.
        foreach (var (lineNo, text) in DataLines.Read(reader))
        {
            var fields = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 3) { errors.Add(new DataFileError(file, lineNo, "line", "expected a code, a role and a list of lemmas ('a|b')")); continue; }
            if (!CameoCode.TryParse(fields[0], out var code, out var why)) { errors.Add(new DataFileError(file, lineNo, "code", why!)); continue; }
            if (catalog != null && !catalog.TryGet(code, out _)) { errors.Add(new DataFileError(file, lineNo, "code", $"'{code}' is not in the CAMEO table")); continue; }
            if (!Organs.ContainsKey(fields[1]))
            {
                errors.Add(new DataFileError(file, lineNo, "role", $"'{fields[1]}' is not a state organ ({string.Join(", ", Organs.Keys)})"));
                continue;
            }
            var lemmas = new HashSet<string>(StringComparer.Ordinal);
            bool bad = false;
            foreach (var l in fields[2].Split('|'))
            {
                if (!LemmaKeys.IsValid(l)) { bad = true; break; }
                if (seen.TryGetValue((code.Digits, l), out int first))
                {
                    errors.Add(new DataFileError(file, lineNo, "lemmas", $"'{l}' under {code} repeats line {first}"));
                    bad = true;
                    break;
                }
                seen[(code.Digits, l)] = lineNo;
                lemmas.Add(l);
            }
            if (bad)
            {
                if (errors.Count == 0 || errors[^1].Line != lineNo)
                    errors.Add(new DataFileError(file, lineNo, "lemmas", $"'{fields[2]}' must be lower-case lemmas separated by '|'"));
                continue;
            }
            entries.Add((code.Digits, fields[1], lemmas, lineNo));
        }
        return new StateActs(entries.ToArray());
    }

    private static StateActs LoadDefault() => EmbeddedList.Load(ResourceName, "state-act list",
        (TextReader reader, string file, out List<DataFileError> errors) => Load(reader, file, CameoCatalog.Default, out errors));
}
