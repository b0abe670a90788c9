using Casus.Actors;
using Casus.Coding.Verbs;

namespace Casus.Coding;

/// <summary>
/// Who attacks decides between CAMEO 18 (Use unconventional violence) and 19 (Use conventional military force) where
/// the verb does not: "gunmen killed the journalist" is 1823, "troops killed the rebels" 190. Read from
/// data/verbs/attackers.txt: kinds of attacker (actor codes by their country-or-type prefix or a role) and the codes
/// a generic verb of violence takes when such an attacker is the source. Applied to every event as it is emitted,
/// and only where the event's code is the one the line names and the pattern's lemma is the line's: a framed act
/// ("threatened to attack", 138) or a weapon the pattern names ("attacked with rockets", 194) is left alone.
/// Validated at load: a bad line is an error with its file and line. Immutable and thread-safe.
/// </summary>
public sealed class AttackerKinds
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "verbs/attackers.txt";

    private static readonly Lazy<AttackerKinds> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>One recoding line: for an attacker of kind <see cref="Kind"/>, code <see cref="From"/> given by a
    /// pattern of one of <see cref="Lemmas"/> becomes <see cref="To"/>.</summary>
    private sealed record Recode(string Kind, string[] Codes, string From, CameoCode To, HashSet<string> Lemmas, int Line);

    private readonly Recode[] _recodes;

    // The codes any line recodes: every other event is passed over without looking at its source.
    private readonly HashSet<string> _from = new(StringComparer.Ordinal);

    private AttackerKinds(Recode[] recodes)
    {
        _recodes = recodes;
        foreach (var r in recodes) _from.Add(r.From);
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static AttackerKinds Default => LazyDefault.Value;

    /// <summary>A list with no lines: every code stays as it is.</summary>
    public static AttackerKinds Empty { get; } = new(Array.Empty<Recode>());

    /// <summary>The number of recoding lines read.</summary>
    public int Count => _recodes.Length;

    /// <summary>The code an act of <paramref name="pattern"/> coded <paramref name="code"/> takes when
    /// <paramref name="attacker"/> does it, with the line and kind that decided; null when the code stays.</summary>
    public (CameoCode Code, string Kind, int Line, string Entry)? Find(CameoCode code, VerbPattern pattern, ActorCode attacker)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (_from.Count == 0 || !_from.Contains(code.Digits) || attacker.IsEmpty) return null;
        foreach (var r in _recodes)
        {
            if (!string.Equals(r.From, code.Digits, StringComparison.Ordinal) || !IsOfKind(attacker, r.Codes)) continue;
            if (EntryFor(r.Lemmas, pattern) is { } entry) return (r.To, r.Kind, r.Line, entry);
        }
        return null;
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
    public static AttackerKinds Load(TextReader reader, string file, CameoCatalog? catalog, out List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        errors = new List<DataFileError>();
        var kinds = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var recodes = new List<Recode>();
        var seen = new Dictionary<(string, string, string), int>();
        int lineNo = 0;
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNo++;
            int hash = line.IndexOf('#');
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length == 0) continue;
            var fields = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == "kind")
            {
                if (fields.Length != 3) { errors.Add(new DataFileError(file, lineNo, "line", "expected 'kind', a name and a list of actor codes ('UAF|CRM')")); continue; }
                var codes = fields[2].Split('|');
                if (codes.Any(c => c.Length != 3 || !c.All(ch => ch is >= 'A' and <= 'Z')))
                { errors.Add(new DataFileError(file, lineNo, "codes", $"'{fields[2]}' must be three-letter actor codes separated by '|'")); continue; }
                if (!kinds.TryAdd(fields[1], codes)) errors.Add(new DataFileError(file, lineNo, "kind", $"kind '{fields[1]}' is defined twice"));
                continue;
            }
            if (fields.Length != 4) { errors.Add(new DataFileError(file, lineNo, "line", "expected a kind, the code given, the code taken and a list of lemmas ('a|b+word')")); continue; }
            if (!kinds.TryGetValue(fields[0], out var kindCodes)) { errors.Add(new DataFileError(file, lineNo, "kind", $"kind '{fields[0]}' is not defined above")); continue; }
            if (!CameoCode.TryParse(fields[1], out var from, out var why) || !CameoCode.TryParse(fields[2], out var to, out why))
            { errors.Add(new DataFileError(file, lineNo, "code", why!)); continue; }
            if (catalog != null && (!catalog.TryGet(from, out _) || !catalog.TryGet(to, out _)))
            { errors.Add(new DataFileError(file, lineNo, "code", $"'{from}' or '{to}' is not in the CAMEO table")); continue; }
            var lemmas = new HashSet<string>(StringComparer.Ordinal);
            string? bad = null;
            foreach (var l in fields[3].Split('|'))
            {
                if (!IsLemma(l)) { bad = $"'{fields[3]}' must be lower-case lemmas separated by '|'"; break; }
                if (seen.TryGetValue((fields[0], from.Digits, l), out int first)) { bad = $"'{l}' under {fields[0]} {from} repeats line {first}"; break; }
                seen[(fields[0], from.Digits, l)] = lineNo;
                lemmas.Add(l);
            }
            if (bad != null) { errors.Add(new DataFileError(file, lineNo, "lemmas", bad)); continue; }
            recodes.Add(new Recode(fields[0], kindCodes, from.Digits, to, lemmas, lineNo));
        }
        return new AttackerKinds(recodes.ToArray());
    }

    // A lemma, or a lemma and one word of its pattern joined by '+' ("shoot+dead").
    private static bool IsLemma(string l)
    {
        int plus = l.IndexOf('+');
        if (plus >= 0) return IsWord(l[..plus]) && IsWord(l[(plus + 1)..]);
        return IsWord(l);
    }

    private static bool IsWord(string w) => w.Length > 0 && w.All(c => c is (>= 'a' and <= 'z') or '-');

    private static AttackerKinds LoadDefault()
    {
        using var stream = typeof(AttackerKinds).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource '{ResourceName}' is missing from Casus.dll");
        using var reader = new StreamReader(stream);
        var list = Load(reader, ResourceName, CameoCatalog.Default, out var errors);
        if (errors.Count > 0) throw new InvalidDataException("the embedded attacker list is invalid: " + string.Join("; ", errors));
        return list;
    }
}
