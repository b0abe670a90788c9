using Casus.Actors;
using Casus.Coding.Verbs;

namespace Casus.Coding;

/// <summary>
/// Who does an act decides its CAMEO code where the verb does not: "gunmen killed the journalist" is unconventional
/// violence (1823), "troops killed the rebels" conventional force (190); "unions threatened to strike" threaten a
/// protest (133), not an attack (1384). Read from data/verbs/source_kinds.txt: kinds of source (actor codes by their
/// country-or-type prefix or a role, and optionally words of the source's phrase or of the act) and the code a
/// generic verb takes when such a source does it. Applied to every event as it is emitted, and only where the event's
/// code is the one the line names and the act's lemma (the framed act's, under a frame) is the line's: a weapon the
/// entry names ("attacked with rockets", 194) is left alone. Validated at load: a bad line is an error with its file
/// and line. Immutable and thread-safe.
/// </summary>
public sealed class SourceKinds
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "verbs/source_kinds.txt";

    private static readonly Lazy<SourceKinds> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>One recoding line: for an attacker of kind <see cref="Kind"/>, code <see cref="From"/> given by a
    /// pattern of one of <see cref="Lemmas"/> becomes <see cref="To"/>.</summary>
    private sealed record Recode(string Kind, string[] Codes, string[] Words, string From, CameoCode To, HashSet<string> Lemmas, int Line);

    private readonly Recode[] _recodes;

    // The codes any line recodes: every other event is passed over without looking at its source.
    private readonly HashSet<string> _from = new(StringComparer.Ordinal);

    private SourceKinds(Recode[] recodes)
    {
        _recodes = recodes;
        foreach (var r in recodes) _from.Add(r.From);
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static SourceKinds Default => LazyDefault.Value;

    /// <summary>A list with no lines: every code stays as it is.</summary>
    public static SourceKinds Empty { get; } = new(Array.Empty<Recode>());

    /// <summary>The number of recoding lines read.</summary>
    public int Count => _recodes.Length;

    /// <summary>True when some line recodes <paramref name="code"/>: only then is the source looked at.</summary>
    public bool Recodes(CameoCode code) => _from.Contains(code.Digits);

    /// <summary>The code an act of <paramref name="pattern"/> coded <paramref name="code"/> takes when
    /// <paramref name="source"/> does it, with the line and kind that decided; null when the code stays.
    /// <paramref name="words"/> are the source's phrase and the words of the act, for kinds that name words.</summary>
    public (CameoCode Code, string Kind, int Line, string Entry)? Find(CameoCode code, VerbPattern pattern, ActorCode source, string? words = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (!Recodes(code) || source.IsEmpty) return null;
        foreach (var r in _recodes)
        {
            if (!string.Equals(r.From, code.Digits, StringComparison.Ordinal) || !IsOfKind(source, r.Codes)) continue;
            if (r.Words.Length > 0 && !HasWord(words, r.Words)) continue;
            if (EntryFor(r.Lemmas, pattern) is { } entry) return (r.To, r.Kind, r.Line, entry);
        }
        return null;
    }

    // One of the kind's words, whole and in any case, in the text ("a suicide bomber", "terrorist attacks").
    private static bool HasWord(string? text, string[] words)
    {
        if (string.IsNullOrEmpty(text)) return false;
        foreach (var w in words)
        {
            for (int at = text.IndexOf(w, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(w, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                int end = at + w.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return true;
            }
        }
        return false;
    }

    // The pattern's lemma, or its lemma with one of its words ("shoot+dead": "shoot dead <obj>", not "shoot <obj>"),
    // when the line lists it.
    private static string? EntryFor(HashSet<string> lemmas, VerbPattern pattern)
    {
        foreach (var element in pattern.Elements)
            foreach (var word in element.Words)
            {
                var key = pattern.Lemma + "+" + word;
                if (lemmas.Contains(key)) return key;
            }
        return lemmas.Contains(pattern.Lemma) ? pattern.Lemma : null;
    }

    // An actor is of a kind when its prefix (country or transnational type) or one of its roles is listed, and it
    // names no organ of a state: "NGAUAF", "---CRM" and a bare "UAF" are irregular, "SYRMIL" is not.
    private static bool IsOfKind(ActorCode actor, string[] codes)
    {
        var value = actor.Value.AsSpan();
        bool listed = false;
        for (int i = 0; i + 3 <= value.Length; i += 3)
        {
            var part = value.Slice(i, 3);
            if (i > 0 && (part.SequenceEqual("MIL") || part.SequenceEqual("GOV") || part.SequenceEqual("COP") || part.SequenceEqual("SPY")))
                return false;
            foreach (var c in codes)
                if (part.SequenceEqual(c)) { listed = true; break; }
        }
        return listed;
    }

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="file">The name errors carry.</param>
    /// <param name="catalog">The CAMEO table codes must be in; null skips that check.</param>
    /// <param name="errors">The rejected lines.</param>
    public static SourceKinds Load(TextReader reader, string file, CameoCatalog? catalog, out List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        errors = new List<DataFileError>();
        var kinds = new Dictionary<string, (string[] Codes, string[] Words)>(StringComparer.Ordinal);
        var recodes = new List<Recode>();
        var seen = new Dictionary<(string, string, string), int>();
        // DataLines strips comments and blank lines and numbers each entry line.
        foreach (var (lineNo, text) in DataLines.Read(reader))
        {
            var fields = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == "kind")
            {
                if (fields.Length is not (3 or 4)) { errors.Add(new DataFileError(file, lineNo, "line", "expected 'kind', a name, a list of actor codes ('UAF|CRM') and maybe a list of words")); continue; }
                var codes = fields[2].Split('|');
                if (codes.Any(c => c.Length != 3 || !c.All(ch => ch is >= 'A' and <= 'Z')))
                { errors.Add(new DataFileError(file, lineNo, "codes", $"'{fields[2]}' must be three-letter actor codes separated by '|'")); continue; }
                var words = fields.Length == 4 ? fields[3].Split('|') : Array.Empty<string>();
                if (words.Any(w => !LemmaKeys.IsWord(w)))
                { errors.Add(new DataFileError(file, lineNo, "words", $"'{fields[3]}' must be lower-case words separated by '|'")); continue; }
                if (!kinds.TryAdd(fields[1], (codes, words))) errors.Add(new DataFileError(file, lineNo, "kind", $"kind '{fields[1]}' is defined twice"));
                continue;
            }
            if (fields.Length != 4) { errors.Add(new DataFileError(file, lineNo, "line", "expected a kind, the code given, the code taken and a list of lemmas ('a|b+word')")); continue; }
            if (!kinds.TryGetValue(fields[0], out var kind)) { errors.Add(new DataFileError(file, lineNo, "kind", $"kind '{fields[0]}' is not defined above")); continue; }
            if (!CameoCode.TryParse(fields[1], out var from, out var why) || !CameoCode.TryParse(fields[2], out var to, out why))
            { errors.Add(new DataFileError(file, lineNo, "code", why!)); continue; }
            if (catalog != null && (!catalog.TryGet(from, out _) || !catalog.TryGet(to, out _)))
            { errors.Add(new DataFileError(file, lineNo, "code", $"'{from}' or '{to}' is not in the CAMEO table")); continue; }
            var lemmas = new HashSet<string>(StringComparer.Ordinal);
            string? bad = null;
            foreach (var l in fields[3].Split('|'))
            {
                if (!LemmaKeys.IsValid(l)) { bad = $"'{fields[3]}' must be lower-case lemmas separated by '|'"; break; }
                if (seen.TryGetValue((fields[0], from.Digits, l), out int first)) { bad = $"'{l}' under {fields[0]} {from} repeats line {first}"; break; }
                seen[(fields[0], from.Digits, l)] = lineNo;
                lemmas.Add(l);
            }
            if (bad != null) { errors.Add(new DataFileError(file, lineNo, "lemmas", bad)); continue; }
            recodes.Add(new Recode(fields[0], kind.Codes, kind.Words, from.Digits, to, lemmas, lineNo));
        }
        return new SourceKinds(recodes.ToArray());
    }

    private static SourceKinds LoadDefault() => EmbeddedList.Load(ResourceName, "source-kind list",
        (TextReader reader, string file, out List<DataFileError> errors) => Load(reader, file, CameoCatalog.Default, out errors));
}
