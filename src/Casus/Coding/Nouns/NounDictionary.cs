namespace Casus.Coding.Nouns;

/// <summary>
/// The event-noun dictionary (data/nouns/*.txt, format in docs/formats/nouns.md): nouns that carry an event ("talks",
/// "visit", "air strike", "release"), indexed by every form of their head (singular and plural) so the coder finds a
/// token's entries with one hash lookup. Immutable and thread-safe.
/// </summary>
public sealed class NounDictionary
{
    private static readonly Lazy<NounDictionary> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, NounEntry[]> _byForm;
    private readonly Dictionary<string, NounEntry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private readonly string[][] _words;

    private NounDictionary(IReadOnlyList<NounEntry> entries, Dictionary<string, NounEntry[]> byForm, string[][] words)
    {
        Entries = entries;
        _words = words;
        _byForm = byForm;
        _lookup = byForm.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A dictionary with no entries: a coder over it codes no noun events.</summary>
    public static NounDictionary Empty { get; } = new(Array.Empty<NounEntry>(), new Dictionary<string, NounEntry[]>(StringComparer.OrdinalIgnoreCase), NoWords());

    /// <summary>All entries, in file and line order.</summary>
    public IReadOnlyList<NounEntry> Entries { get; }

    /// <summary>The words of one list of governors.txt (lemmas, lower case; empty when no such file was loaded).</summary>
    public IReadOnlyList<string> Words(NounWordList list) => _words[(int)list];

    /// <summary>The same list as an array, for the coder's lemma tests.</summary>
    internal string[] WordArray(NounWordList list) => _words[(int)list];

    private static string[][] NoWords()
    {
        var words = new string[Enum.GetValues<NounWordList>().Length][];
        for (int i = 0; i < words.Length; i++) words[i] = Array.Empty<string>();
        return words;
    }

    /// <summary>The entries whose head is <paramref name="word"/> (any case, singular or plural); empty when none.</summary>
    public ReadOnlySpan<NounEntry> Lookup(ReadOnlySpan<char> word) =>
        _lookup.TryGetValue(word, out var e) ? e : ReadOnlySpan<NounEntry>.Empty;

    /// <summary>The dictionary embedded in Casus.dll (every "nouns/*.txt" resource), loaded once and shared. Throws if
    /// it is broken (a build bug).</summary>
    public static NounDictionary LoadDefault() => LazyDefault.Value;

    private static NounDictionary LoadEmbedded()
    {
        var asm = typeof(NounDictionary).Assembly;
        var files = new List<(string, TextReader)>();
        try
        {
            foreach (var name in asm.GetManifestResourceNames().Order(StringComparer.Ordinal))
            {
                if (!name.StartsWith("nouns/", StringComparison.Ordinal) || !name.EndsWith(".txt", StringComparison.Ordinal)) continue;
                files.Add((name, new StreamReader(asm.GetManifestResourceStream(name)!)));
            }
            var dict = Load(files, CameoCatalog.Default, out var errors);
            if (errors.Count > 0) throw new InvalidDataException("the embedded noun dictionaries are invalid: " + string.Join("; ", errors));
            return dict;
        }
        finally
        {
            foreach (var (_, r) in files) r.Dispose();
        }
    }

    /// <summary>
    /// Reads event-noun files. Each bad line is reported with file:line and skipped; the rest load. Never throws on bad
    /// content. A file named "received.txt" holds things received (<see cref="NounEntry.Received"/>); one named
    /// "governors.txt" holds the word lists of <see cref="NounWordList"/>.
    /// </summary>
    /// <param name="files">Each file's name (e.g. "nouns/events.txt") and text.</param>
    /// <param name="catalog">The CAMEO table every code must be in.</param>
    /// <param name="errors">The rejected lines.</param>
    public static NounDictionary Load(IEnumerable<(string Name, TextReader Reader)> files, CameoCatalog catalog, out IReadOnlyList<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(catalog);
        var errs = new List<DataFileError>();
        var entries = new List<NounEntry>();
        var seen = new Dictionary<string, NounEntry>(StringComparer.Ordinal);
        var lists = new List<string>[Enum.GetValues<NounWordList>().Length];
        for (int i = 0; i < lists.Length; i++) lists[i] = new List<string>();
        foreach (var (name, reader) in files)
        {
            if (name.EndsWith("governors.txt", StringComparison.Ordinal))
            {
                ReadWordLists(name, reader, lists, errs);
                continue;
            }
            bool received = name.EndsWith("received.txt", StringComparison.Ordinal);
            ReadFile(name, received, reader, catalog, entries, seen, errs);
        }
        var byForm = new Dictionary<string, List<NounEntry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
            foreach (var head in e.Heads)
                foreach (var form in Forms(head))
                {
                    if (!byForm.TryGetValue(form, out var list)) byForm[form] = list = new List<NounEntry>(2);
                    if (!list.Contains(e)) list.Add(e);
                }
        var frozen = new Dictionary<string, NounEntry[]>(byForm.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in byForm) frozen[k] = v.ToArray();
        errors = errs;
        var words = new string[lists.Length][];
        for (int i = 0; i < lists.Length; i++) words[i] = lists[i].ToArray();
        return new NounDictionary(entries, frozen, words);
    }

    /// <summary>The singular as written and its regular plural ("visit" → visits, "crackdown" → crackdowns,
    /// "inquiry" → inquiries, "clash" → clashes); a head written in the plural ("talks") stands as it is.</summary>
    internal static IEnumerable<string> Forms(string head)
    {
        yield return head;
        if (head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal)) yield break;
        if (head.EndsWith("sh", StringComparison.Ordinal) || head.EndsWith("ch", StringComparison.Ordinal) || head.EndsWith('x') || head.EndsWith("ss", StringComparison.Ordinal))
            yield return head + "es";
        else if (head.Length > 2 && head[^1] == 'y' && !"aeiou".Contains(head[^2])) yield return head[..^1] + "ies";
        else yield return head + "s";
    }

    /// <summary>The list names of governors.txt, in the order of <see cref="NounWordList"/>.</summary>
    private static readonly string[] ListNames = { "light", "receive", "occurrence", "harm", "measure", "motion", "abstract-target", "reaction", "prior", "announce", "aspect", "basis", "unreal", "carrier", "presuppose", "accord", "campaign" };

    /// <summary>Reads governors.txt with <see cref="WordListFile"/>'s rules, adding its words to <paramref name="lists"/>.</summary>
    private static void ReadWordLists(string name, TextReader reader, List<string>[] lists, List<DataFileError> errs)
    {
        var read = WordListFile.Read(reader, name, ListNames, errs);
        for (int i = 0; i < read.Length; i++)
            foreach (var w in read[i])
                if (!lists[i].Contains(w)) lists[i].Add(w);
    }

    private static void ReadFile(string name, bool received, TextReader reader, CameoCatalog catalog, List<NounEntry> entries,
        Dictionary<string, NounEntry> seen, List<DataFileError> errs)
    {
        CameoCode? section = null;
        bool badSection = false;
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
                if (close < 0) { errs.Add(new(name, lineNo, "section", "a section header is '[code] name', e.g. '[042] Make a visit'")); continue; }
                if (!CameoCode.TryParse(line[1..close].Trim(), out var code, out var err)) { errs.Add(new(name, lineNo, "code", err!)); continue; }
                if (!catalog.Contains(code)) { errs.Add(new(name, lineNo, "code", $"code {code} is not in the CAMEO table")); continue; }
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
            if (!TryParseEntry(line, out var heads, out var modifiers, out var slots, out var error))
            {
                errs.Add(new(name, lineNo, "entry", error!));
                continue;
            }
            var text = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var entry = new NounEntry(sectionCode, heads!, modifiers!, slots!, received, name, lineNo, text);
            string key = (received ? "received " : "") + string.Join(' ', modifiers!.Select(m => string.Join('|', m.Order(StringComparer.Ordinal))))
                + " " + string.Join('|', heads!.Order(StringComparer.Ordinal));
            if (seen.TryGetValue(key, out var first))
            {
                errs.Add(new(name, lineNo, "entry", $"the noun '{key.Trim()}' is already defined at {first.File}:{first.Line} (code {first.Code})"));
                continue;
            }
            seen.Add(key, entry);
            entries.Add(entry);
        }
    }

    /// <summary>
    /// Parses one entry line, e.g. "air|drone strike on|against=target"; never throws. Words before the first slot are
    /// the noun phrase: the last is the head (with alternatives), the others required modifiers.
    /// </summary>
    public static bool TryParseEntry(string text, out IReadOnlyList<string>? heads, out IReadOnlyList<IReadOnlyList<string>>? modifiers,
        out IReadOnlyList<NounSlot>? slots, out string? error)
    {
        heads = null; modifiers = null; slots = null;
        var words = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var phrase = new List<IReadOnlyList<string>>();
        var slotList = new List<NounSlot>();
        foreach (var w in words)
        {
            int eq = w.IndexOf('=');
            if (eq < 0)
            {
                if (slotList.Count > 0) { error = $"'{w}': the noun's words come before its slots (prep=role)"; return false; }
                var alts = w.Split('|');
                foreach (var a in alts)
                    if (!IsWord(a)) { error = $"'{w}' is not a word or word|word (lower-case letters, '-' and ''')"; return false; }
                phrase.Add(alts);
                continue;
            }
            var preps = w[..eq].Split('|');
            foreach (var p in preps)
                if (!IsWord(p)) { error = $"'{w}': '{p}' is not a preposition (lower-case letters)"; return false; }
            NounRole role;
            switch (w[(eq + 1)..])
            {
                case "source": role = NounRole.Source; break;
                case "target": role = NounRole.Target; break;
                case "pair": role = NounRole.Pair; break;
                default: error = $"'{w}': the role after '=' is source, target or pair"; return false;
            }
            foreach (var s in slotList)
                foreach (var p in preps)
                    if (s.Prepositions.Contains(p)) { error = $"'{w}': the preposition '{p}' has two slots"; return false; }
            slotList.Add(new NounSlot(preps, role));
        }
        if (phrase.Count == 0) { error = "the entry names no noun"; return false; }
        heads = phrase[^1];
        phrase.RemoveAt(phrase.Count - 1);
        modifiers = phrase;
        slots = slotList;
        error = null;
        return true;
    }

    private static bool IsWord(string w)
    {
        if (w.Length == 0) return false;
        foreach (char c in w) if (!(char.IsAsciiLetterLower(c) || c == '-' || c == '\'')) return false;
        return true;
    }
}
