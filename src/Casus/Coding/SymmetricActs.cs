using Casus.Coding.Verbs;

namespace Casus.Coding;

/// <summary>
/// The acts that are symmetric: done by the members of a compound subject to each other when the sentence names no
/// target ("Hungary and Romania held talks" → each with the other), as opposed to one-sided acts that a compound
/// subject does side by side ("Obama and Putin praised the plan": neither praised the other). Read from
/// data/verbs/symmetric.txt: a CAMEO code (covering the codes under it), optionally limited to some verb lemmas.
/// Immutable and thread-safe.
/// </summary>
public sealed class SymmetricActs
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "verbs/symmetric.txt";

    private static readonly Lazy<SymmetricActs> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    // Code prefix → lemmas it is limited to (null: any lemma).
    private readonly (string Prefix, HashSet<string>? Lemmas)[] _entries;

    private SymmetricActs((string, HashSet<string>?)[] entries) => _entries = entries;

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static SymmetricActs Default => LazyDefault.Value;

    /// <summary>The number of lines read.</summary>
    public int Count => _entries.Length;

    /// <summary>True when the act of verb lemma <paramref name="lemma"/> coded <paramref name="code"/> (its own entry's
    /// code, before an intent frame changes it) is done by each side to the other.</summary>
    public bool IsSymmetric(CameoCode code, string lemma)
    {
        var digits = code.Digits;
        foreach (var (prefix, lemmas) in _entries)
            if (digits.StartsWith(prefix, StringComparison.Ordinal) && (lemmas is null || lemmas.Contains(lemma))) return true;
        return false;
    }

    /// <summary>True when the act a match codes is symmetric: the framed verb's entry when a frame carries one
    /// ("agreed to meet": meet, 040), else the verb's own entry.</summary>
    internal bool IsSymmetric(VerbPattern pattern, VerbPattern? complement)
    {
        var act = complement ?? pattern;
        if (IsSymmetric(act.Code, act.Lemma)) return true;
        // "fight+war": a lemma symmetric only with its entry's first word ("fought a war", not "fought corruption").
        if (act.Elements.Count == 0 || act.Elements[0].Kind != PatternElementKind.Word) return false;
        var digits = act.Code.Digits;
        foreach (var (prefix, lemmas) in _entries)
        {
            if (lemmas is null || !digits.StartsWith(prefix, StringComparison.Ordinal)) continue;
            foreach (var w in act.Elements[0].Words)
                if (lemmas.Contains(act.Lemma + "+" + w)) return true;
        }
        return false;
    }

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="file">The name errors carry.</param>
    /// <param name="catalog">The CAMEO table codes must be in; null skips that check.</param>
    /// <param name="errors">The rejected lines.</param>
    public static SymmetricActs Load(TextReader reader, string file, CameoCatalog? catalog, out List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        errors = new List<DataFileError>();
        var entries = new List<(string, HashSet<string>?)>();
        // DataLines strips comments and blank lines and numbers each entry line.
        foreach (var (lineNo, text) in DataLines.Read(reader))
        {
            var fields = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 2) { errors.Add(new DataFileError(file, lineNo, "line", "expected a code and at most one list of lemmas ('a|b')")); continue; }
            if (!CameoCode.TryParse(fields[0], out var code, out var why)) { errors.Add(new DataFileError(file, lineNo, "code", why!)); continue; }
            if (catalog != null && !catalog.TryGet(code, out _)) { errors.Add(new DataFileError(file, lineNo, "code", $"'{code}' is not in the CAMEO table")); continue; }
            HashSet<string>? lemmas = null;
            if (fields.Length == 2)
            {
                lemmas = new HashSet<string>(StringComparer.Ordinal);
                bool bad = false;
                foreach (var l in fields[1].Split('|'))
                {
                    // "fight+war": the lemma with its entry's first word ("fight war|wars ..."), for a verb that is
                    // symmetric only in that entry.
                    int plus = l.IndexOf('+');
                    if (l.Length == 0 || plus == 0 || plus == l.Length - 1 || l.IndexOf('+', plus + 1) >= 0
                        || !l.All(c => c is (>= 'a' and <= 'z') or '-' or '\'' or '+')) { bad = true; break; }
                    lemmas.Add(l);
                }
                if (bad) { errors.Add(new DataFileError(file, lineNo, "lemmas", $"'{fields[1]}' must be lower-case lemmas (or lemma+word) separated by '|'")); continue; }
            }
            entries.Add((code.Digits, lemmas));
        }
        return new SymmetricActs(entries.ToArray());
    }

    private static SymmetricActs LoadDefault() => EmbeddedList.Load<SymmetricActs>(ResourceName, "symmetric-act list",
        (TextReader r, string f, out List<DataFileError> e) => Load(r, f, CameoCatalog.Default, out e));
}
