namespace Casus.Coding.Verbs;

/// <summary>
/// Generates the surface forms of an English verb lemma (attack → attacks, attacked, attacking), with consonant
/// doubling, e-dropping and y-to-i rules and a table of irregular forms. It stands in for a lemmatizer: verb
/// dictionaries are keyed by lemma, and the coder indexes them by every form this class produces. Immutable.
/// </summary>
public sealed class VerbInflector
{
    /// <summary>The embedded table of irregular forms.</summary>
    public const string ResourceName = "verbs/irregular.txt";

    private static readonly Lazy<VerbInflector> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Dictionary<string, (string[] Past, string[] Participle)> _irregular;

    private VerbInflector(Dictionary<string, (string[], string[])> irregular) => _irregular = irregular;

    /// <summary>The inflector over the embedded irregular table (data/verbs/irregular.txt).</summary>
    public static VerbInflector Default => LazyDefault.Value;

    /// <summary>Reads an irregular-verb table (lemma, past, participle; '|' between alternatives). Bad lines are reported and skipped.</summary>
    public static VerbInflector Load(TextReader reader, string fileName, out IReadOnlyList<DataFileError> errors)
    {
        var errs = new List<DataFileError>();
        var map = new Dictionary<string, (string[], string[])>(StringComparer.Ordinal);
        int lineNo = 0;
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNo++;
            var t = line.Trim();
            if (t.Length == 0 || t[0] == '#') continue;
            var f = t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length != 3) { errs.Add(new(fileName, lineNo, "columns", $"expected lemma, past and participle, found {f.Length} fields")); continue; }
            bool ok = true;
            foreach (var field in f)
                foreach (char c in field)
                    if (!(char.IsAsciiLetterLower(c) || c == '|' || c == '-')) ok = false;
            if (!ok) { errs.Add(new(fileName, lineNo, "form", "forms must be lower-case letters, '-' and '|'")); continue; }
            if (map.ContainsKey(f[0])) { errs.Add(new(fileName, lineNo, "lemma", $"'{f[0]}' is listed twice")); continue; }
            map.Add(f[0], (f[1].Split('|'), f[2].Split('|')));
        }
        errors = errs;
        return new VerbInflector(map);
    }

    /// <summary>All surface forms of <paramref name="lemma"/> with the forms each one is.</summary>
    public IReadOnlyList<(string Word, VerbForm Form)> Inflect(string lemma)
    {
        ArgumentException.ThrowIfNullOrEmpty(lemma);
        var result = new List<(string, VerbForm)>(6);
        void Add(string w, VerbForm f)
        {
            for (int i = 0; i < result.Count; i++)
                if (result[i].Item1 == w) { result[i] = (w, result[i].Item2 | f); return; }
            result.Add((w, f));
        }
        Add(lemma, VerbForm.Base);
        Add(ThirdPerson(lemma), VerbForm.ThirdPerson);
        Add(Gerund(lemma), VerbForm.Gerund);
        if (_irregular.TryGetValue(lemma, out var irr))
        {
            foreach (var p in irr.Past) Add(p, VerbForm.Past);
            foreach (var p in irr.Participle) Add(p, VerbForm.Participle);
            // Doubling verbs in the table take the doubled -ing form too (admitting, expelling).
            if (irr.Past[0].EndsWith("ed", StringComparison.Ordinal) && irr.Past[0].Length == lemma.Length + 3)
                Add(irr.Past[0][..^2] + "ing", VerbForm.Gerund);
        }
        else
        {
            foreach (var p in PastForms(lemma)) Add(p, VerbForm.Past | VerbForm.Participle);
        }
        return result;
    }

    /// <summary>The third-person singular present: attacks, pushes, tries, goes.</summary>
    public static string ThirdPerson(string lemma)
    {
        if (lemma == "be") return "is";
        if (lemma == "have") return "has";
        if (EndsConsonantY(lemma)) return lemma[..^1] + "ies";
        if (lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch", StringComparison.Ordinal)
            || lemma.EndsWith("sh", StringComparison.Ordinal) || (lemma.EndsWith('o') && lemma.Length > 1 && !IsVowel(lemma[^2])))
            return lemma + "es";
        return lemma + "s";
    }

    /// <summary>The -ing form: attacking, hosting, stopping, dying, seeing.</summary>
    public string Gerund(string lemma)
    {
        if (lemma.EndsWith("ie", StringComparison.Ordinal)) return lemma[..^2] + "ying";
        if (lemma.EndsWith('e') && lemma.Length > 2 && !lemma.EndsWith("ee", StringComparison.Ordinal)
            && !lemma.EndsWith("ye", StringComparison.Ordinal) && !lemma.EndsWith("oe", StringComparison.Ordinal))
            return lemma[..^1] + "ing";
        if (DoublesFinal(lemma)) return lemma + lemma[^1] + "ing";
        return lemma + "ing";
    }

    /// <summary>Regular past forms: attacked, hosted, stopped, tried; British and American doubling of a final -l both.</summary>
    public static IEnumerable<string> PastForms(string lemma)
    {
        if (lemma.EndsWith('e')) { yield return lemma + "d"; yield break; }
        if (EndsConsonantY(lemma)) { yield return lemma[..^1] + "ied"; yield break; }
        if (DoublesFinal(lemma)) { yield return lemma + lemma[^1] + "ed"; yield break; }
        yield return lemma + "ed";
        // cancel → canceled (US) and cancelled (UK); news uses both.
        if (lemma.Length > 2 && lemma[^1] == 'l' && IsVowel(lemma[^2]) && !IsVowel(lemma[^3])) yield return lemma + "led";
    }

    /// <summary>One-syllable verbs ending consonant–vowel–consonant double the consonant (stop → stopped); w, x, y never double.</summary>
    private static bool DoublesFinal(string w)
    {
        if (w.Length < 3) return false;
        char last = w[^1], mid = w[^2], before = w[^3];
        bool beforeIsVowel = IsVowel(before) && !(before == 'u' && w.Length > 3 && w[^4] == 'q'); // "quit": qu is a consonant
        if (IsVowel(last) || last is 'w' or 'x' or 'y' || !IsVowel(mid) || beforeIsVowel) return false;
        return Syllables(w) == 1;
    }

    private static int Syllables(string w)
    {
        int groups = 0;
        bool inVowel = false;
        for (int i = 0; i < w.Length; i++)
        {
            // 'u' after 'q' is part of the consonant (quit, quiz).
            bool v = IsVowel(w[i]) && !(w[i] == 'u' && i > 0 && w[i - 1] == 'q');
            if (v && !inVowel) groups++;
            inVowel = v;
        }
        return groups;
    }

    private static bool EndsConsonantY(string w) => w.Length > 1 && w[^1] == 'y' && !IsVowel(w[^2]);
    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // Load reports a read-only list; EmbeddedList wants the shape of the other lists.
    private static VerbInflector LoadDefault() => EmbeddedList.Load<VerbInflector>(ResourceName, "irregular-verb table",
        (TextReader r, string f, out List<DataFileError> e) => { var loaded = Load(r, f, out var found); e = [.. found]; return loaded; });
}
