using System.Text.RegularExpressions;

namespace Casus.Coding.Verbs;

/// <summary>
/// The verb dictionaries (data/verbs/NN_name.txt, format in docs/formats/verbs.md), indexed by every surface form of
/// every lemma so the coder finds a token's candidate patterns with one hash lookup on the token's characters.
/// Immutable and thread-safe.
/// </summary>
public sealed partial class VerbDictionary
{
    private readonly Dictionary<string, Candidate[]> _byForm;
    private readonly Dictionary<string, Candidate[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>A pattern reachable from a surface word, with the form the word is.</summary>
    /// <param name="Pattern">The entry.</param>
    /// <param name="Form">Which forms of the lemma the word is.</param>
    public readonly record struct Candidate(VerbPattern Pattern, VerbForm Form);

    private VerbDictionary(IReadOnlyList<VerbPattern> patterns, Dictionary<string, Candidate[]> byForm)
    {
        Patterns = patterns;
        _byForm = byForm;
        _lookup = byForm.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>All entries, in file and line order.</summary>
    public IReadOnlyList<VerbPattern> Patterns { get; }

    /// <summary>
    /// The candidate patterns of a surface word (any case); empty when the word is no known verb form. A word the
    /// dictionary lacks that is written with the hyphenated prefix "re-" ("re-open", "re-imposed", "re-established")
    /// is the same act done again: it takes the entries of the joined word ("reopen") where there are any, else those
    /// of the word after the prefix ("impose"). Only the hyphen marks the prefix safely: unhyphenated words that begin
    /// with "re" are mostly other verbs ("remove", "resign", "refund").
    /// </summary>
    public ReadOnlySpan<Candidate> Lookup(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var c)) return c;
        if (word.Length < 6 || word.Length > 40 || !word.StartsWith("re-", StringComparison.OrdinalIgnoreCase)) return ReadOnlySpan<Candidate>.Empty;
        Span<char> joined = stackalloc char[word.Length - 1];
        word[..2].CopyTo(joined);
        word[3..].CopyTo(joined[2..]);
        if (_lookup.TryGetValue(joined, out c)) return c;
        return _lookup.TryGetValue(word[3..], out c) ? c : ReadOnlySpan<Candidate>.Empty;
    }

    /// <summary>The dictionaries embedded in Casus.dll (every "verbs/NN_name.txt" resource). Throws if they are broken (a build bug).</summary>
    public static VerbDictionary LoadDefault()
    {
        var asm = typeof(VerbDictionary).Assembly;
        var files = new List<(string, TextReader)>();
        try
        {
            foreach (var name in asm.GetManifestResourceNames().Order(StringComparer.Ordinal))
            {
                if (!name.StartsWith("verbs/", StringComparison.Ordinal) || !FileNamePattern().IsMatch(name[6..])) continue;
                files.Add((name, new StreamReader(asm.GetManifestResourceStream(name)!)));
            }
            var dict = Load(files, CameoCatalog.Default, VerbInflector.Default, out var errors);
            if (errors.Count > 0) throw new InvalidDataException("the embedded verb dictionaries are invalid: " + string.Join("; ", errors));
            return dict;
        }
        finally
        {
            foreach (var (_, r) in files) r.Dispose();
        }
    }

    /// <summary>
    /// Reads verb dictionaries. Each bad line is reported with file:line and skipped; the rest load. Never throws on bad content.
    /// </summary>
    /// <param name="files">Each file's name (e.g. "verbs/19_fight.txt"; the "NN_" prefix names its CAMEO root) and text.</param>
    /// <param name="catalog">The CAMEO table every code must be in.</param>
    /// <param name="inflector">Makes the surface forms that index each lemma.</param>
    /// <param name="errors">The rejected lines.</param>
    public static VerbDictionary Load(IEnumerable<(string Name, TextReader Reader)> files, CameoCatalog catalog, VerbInflector inflector,
        out IReadOnlyList<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errs = new List<DataFileError>();
        var patterns = new List<VerbPattern>();
        var seen = new Dictionary<string, VerbPattern>(StringComparer.Ordinal);
        foreach (var (name, reader) in files)
        {
            string baseName = name.Contains('/') ? name[(name.LastIndexOf('/') + 1)..] : name;
            if (!FileNamePattern().IsMatch(baseName))
            {
                errs.Add(new(name, 0, "file name", "a verb dictionary is named NN_name.txt, NN the CAMEO root 01–20"));
                continue;
            }
            int root = int.Parse(baseName.AsSpan(0, 2));
            ReadFile(name, root, reader, catalog, patterns, seen, errs);
        }
        var byForm = new Dictionary<string, List<Candidate>>(StringComparer.OrdinalIgnoreCase);
        var formsOf = new Dictionary<string, IReadOnlyList<(string Word, VerbForm Form)>>(StringComparer.Ordinal);
        foreach (var p in patterns)
        {
            if (!formsOf.TryGetValue(p.Lemma, out var forms)) formsOf[p.Lemma] = forms = inflector.Inflect(p.Lemma);
            foreach (var (word, form) in forms)
            {
                if (!byForm.TryGetValue(word, out var list)) byForm[word] = list = new List<Candidate>(2);
                list.Add(new Candidate(p, form));
            }
        }
        var frozen = new Dictionary<string, Candidate[]>(byForm.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in byForm) frozen[k] = v.ToArray();
        errors = errs;
        return new VerbDictionary(patterns, frozen);
    }

    private static void ReadFile(string name, int root, TextReader reader, CameoCatalog catalog, List<VerbPattern> patterns,
        Dictionary<string, VerbPattern> seen, List<DataFileError> errs)
    {
        CameoCode? section = null;
        bool badSection = false; // entries under a rejected header are skipped without a message each
        int lineNo = 0;
        for (string? raw = reader.ReadLine(); raw != null; raw = reader.ReadLine())
        {
            lineNo++;
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            if (line[0] == '[')
            {
                section = null;
                badSection = true;
                int close = line.IndexOf(']');
                if (close < 0) { errs.Add(new(name, lineNo, "section", "a section header is '[code] name', e.g. '[193] Fight with small arms'")); continue; }
                var digits = line[1..close].Trim();
                if (!CameoCode.TryParse(digits, out var code, out var err)) { errs.Add(new(name, lineNo, "code", err!)); continue; }
                if (!catalog.Contains(code)) { errs.Add(new(name, lineNo, "code", $"code {code} is not in the CAMEO table")); continue; }
                if (code.Root != root) { errs.Add(new(name, lineNo, "code", $"code {code} has root {code.Root:00}, but this file holds root {root:00}")); continue; }
                section = code;
                badSection = false;
                continue;
            }
            if (section is not { } sectionCode)
            {
                if (badSection) continue;
                errs.Add(new(name, lineNo, "entry", "an entry must follow a '[code] name' section header"));
                continue;
            }
            // "to help <obj>": an act that codes only under a frame ("promised to help X"), never standing alone.
            bool framedOnly = line.StartsWith("to ", StringComparison.Ordinal);
            if (!TryParsePattern(framedOnly ? line[3..] : line, out var lemma, out var elements, out var error)) { errs.Add(new(name, lineNo, "pattern", error!)); continue; }
            if (framedOnly && elements!.Any(e => e.Kind is PatternElementKind.Complement or PatternElementKind.AnyComplement))
            { errs.Add(new(name, lineNo, "pattern", "a framed act ('to ...') cannot itself end in a to <verb> slot")); continue; }
            var pattern = new VerbPattern(sectionCode, lemma!, elements!, name, lineNo, framedOnly);
            string key = pattern.PatternText;
            if (seen.TryGetValue(key, out var first))
            {
                errs.Add(new(name, lineNo, "pattern", $"'{key}' is already defined at {first.File}:{first.Line} (code {first.Code})"));
                continue;
            }
            seen.Add(key, pattern);
            patterns.Add(pattern);
        }
    }

    /// <summary>Parses one entry line, e.g. "call on &lt;obj&gt; to &lt;verb&gt;"; never throws.</summary>
    public static bool TryParsePattern(string text, out string? lemma, out IReadOnlyList<PatternElement>? elements, out string? error)
    {
        lemma = null; elements = null;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) { error = "the entry is empty"; return false; }
        if (!IsWord(words[0])) { error = $"'{words[0]}' is not a verb lemma (lower-case letters and '-')"; return false; }
        var list = new List<PatternElement>(words.Length - 1);
        bool target = false;
        for (int i = 1; i < words.Length; i++)
        {
            string w = words[i];
            switch (w)
            {
                case "<obj>" or "(<obj>)":
                    if (target) { error = "a pattern has at most one <obj>"; return false; }
                    target = true;
                    bool optionalTarget = w[0] == '(';
                    // An optional target may be missing, which the matcher allows only where nothing required follows.
                    if (optionalTarget)
                        for (int k = i + 1; k < words.Length; k++)
                            if (!(words[k].StartsWith('(') && words[k].EndsWith(')')))
                            { error = "(<obj>) may be followed only by (optional words)"; return false; }
                    list.Add(new PatternElement(PatternElementKind.Target, Array.Empty<string>(), optionalTarget));
                    break;
                case "<verb>" or "<any>":
                    // 'to' + verb ("urge X to release"), or a subjunctive after the target ("demand that X release").
                    if (list.Count == 0 || !((list[^1].Kind == PatternElementKind.Target && !list[^1].Optional)
                        || (list[^1].Kind == PatternElementKind.Word && list[^1].Words.Contains("to"))))
                    { error = $"{w} must follow the word 'to' or <obj>"; return false; }
                    if (i != words.Length - 1) { error = $"{w} must end the pattern"; return false; }
                    list.Add(new PatternElement(w == "<verb>" ? PatternElementKind.Complement : PatternElementKind.AnyComplement, Array.Empty<string>()));
                    break;
                default:
                    bool optional = w.StartsWith('(') && w.EndsWith(')');
                    string inner = optional ? w[1..^1] : w;
                    var alts = inner.Split('|');
                    foreach (var a in alts)
                        if (!IsWord(a)) { error = $"'{w}' is not a word, (optional word), word|word, <obj>, <verb> or <any>"; return false; }
                    list.Add(new PatternElement(optional ? PatternElementKind.OptionalWord : PatternElementKind.Word, alts));
                    break;
            }
        }
        lemma = words[0];
        elements = list;
        error = null;
        return true;
    }

    private static bool IsWord(string w)
    {
        if (w.Length == 0) return false;
        foreach (char c in w) if (!(char.IsAsciiLetterLower(c) || c == '-' || c == '\'')) return false;
        return true;
    }

    [GeneratedRegex(@"^(0[1-9]|1[0-9]|20)_[a-z_]+\.txt$")]
    private static partial Regex FileNamePattern();
}
