using Casus.Language.Models;

namespace Casus.Language.Lemmas;

/// <summary>
/// Lemmatizer learned from treebank (form, Penn tag) → lemma pairs: an exceptions table for forms the rules get
/// wrong (went → go, children → child, was → be), then suffix-rewrite rules chosen by tag and the longest
/// known suffix (…ies|NNS → …y). Immutable and thread-safe.
/// </summary>
public sealed class Lemmatizer
{
    /// <summary>The component name in model headers and <c>casus train --component</c>.</summary>
    public const string Component = "lemmatizer";
    /// <summary>The resource the shipped model is embedded as.</summary>
    public const string ResourceName = "models/lemmatizer.bin";
    /// <summary>Longest suffix a rule looks at.</summary>
    public const int MaxSuffix = 5;

    private static readonly Lazy<Lemmatizer> Shipped = new(() => ModelFile.LoadEmbedded(ResourceName, Component, ReadPayload));

    private readonly LemmaRule[] _rules;
    // Lower-cased lemmas seen in training: a suffix rule's output for an inflected form that is no known word
    // (provoked → *provok) gives way to a regular alternative that is one (provoke).
    private readonly HashSet<string> _known;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _knownLookup;
    // Keys "TAG\u0001form"; the tag comes first so one span buffer can be reused for every lookup.
    private readonly Dictionary<string, string> _exceptions;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _exceptionLookup;
    private readonly Dictionary<string, int> _ruleIndex;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ruleLookup;
    // Lower-cased lemmas of proper nouns seen in training: "is this capitalised word a name we know?" for the case table.
    private readonly HashSet<string> _proper;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _properLookup;
    // Case changes learned per (tag, word shape, sentence case, sentence start, known as word/name): keys
    // "TAG\u0001" + CaseFeatureLength characters (see CaseFeatures); only entries that change the rule's output.
    private readonly Dictionary<string, CaseChange> _case;
    private readonly Dictionary<string, CaseChange>.AlternateLookup<ReadOnlySpan<char>> _caseLookup;
    // The case table's keys without the known-word character: most words (lower case in a mixed-case sentence)
    // have none, and skip the two known-word lookups.
    private readonly HashSet<string> _casePrefixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _casePrefixLookup;
    // Rewrites of numbers learned per (tag, digit shape): 1,100 → 1100. Keys "TAG\u0001" + NumberShape.
    private readonly Dictionary<string, NumberChange> _numbers;
    private readonly Dictionary<string, NumberChange>.AlternateLookup<ReadOnlySpan<char>> _numberLookup;

    internal Lemmatizer(Dictionary<string, string> exceptions, Dictionary<string, int> ruleIndex, LemmaRule[] rules)
        : this(exceptions, ruleIndex, rules, [])
    {
    }

    internal Lemmatizer(Dictionary<string, string> exceptions, Dictionary<string, int> ruleIndex, LemmaRule[] rules, string[] knownLemmas)
        : this(exceptions, ruleIndex, rules, knownLemmas, [], new(StringComparer.Ordinal), new(StringComparer.Ordinal))
    {
    }

    internal Lemmatizer(Dictionary<string, string> exceptions, Dictionary<string, int> ruleIndex, LemmaRule[] rules, string[] knownLemmas,
        string[] properLemmas, Dictionary<string, CaseChange> caseTable, Dictionary<string, NumberChange> numberTable)
    {
        _known = new HashSet<string>(knownLemmas, StringComparer.Ordinal);
        _knownLookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();
        _exceptions = exceptions;
        _ruleIndex = ruleIndex;
        _rules = rules;
        _exceptionLookup = exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
        _ruleLookup = ruleIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        _proper = new HashSet<string>(properLemmas, StringComparer.Ordinal);
        _properLookup = _proper.GetAlternateLookup<ReadOnlySpan<char>>();
        _case = caseTable;
        _caseLookup = caseTable.GetAlternateLookup<ReadOnlySpan<char>>();
        _casePrefixes = new HashSet<string>(caseTable.Keys.Select(k => k[..^1]), StringComparer.Ordinal);
        _casePrefixLookup = _casePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _numbers = numberTable;
        _numberLookup = numberTable.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped model, loaded from Casus.dll on first use.</summary>
    public static Lemmatizer CreateDefault() => Shipped.Value;

    /// <summary>Number of exceptions.</summary>
    public int ExceptionCount => _exceptions.Count;
    /// <summary>Number of (tag, suffix) rules.</summary>
    public int RuleCount => _ruleIndex.Count;
    /// <summary>Number of known lemmas the regular-inflection check consults.</summary>
    public int KnownLemmaCount => _known.Count;
    /// <summary>Number of learned case changes (tag and context classes whose rule output changes case).</summary>
    public int CaseChangeCount => _case.Count;

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/> (a Penn tag), in an ordinary
    /// mixed-case sentence, not at its start.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, string xpos) => Lemmatize(form, xpos, default);

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/> (a Penn tag) in a sentence
    /// described by <paramref name="context"/>.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, string xpos, LemmaContext context)
    {
        if (form.Length == 0) return "";
        int keyLength = xpos.Length + 1 + form.Length;
        Span<char> key = keyLength <= 256 ? stackalloc char[keyLength] : new char[keyLength];
        xpos.AsSpan().CopyTo(key);
        key[xpos.Length] = '\u0001';
        var keyForm = key[(xpos.Length + 1)..];
        form.CopyTo(keyForm);
        if (_exceptionLookup.TryGetValue(key, out var lemma)) return lemma;
        form.ToLowerInvariant(keyForm);
        // A lower-case form's exception serves its capitalised spellings (Was → be) unless all it says is "keep the
        // lower case" (jeff → jeff at the start of an all-lower-case e-mail): Jeff stays Jeff.
        // A form with nothing to lower-case gives the same key again: its lookup has just failed.
        if (!keyForm.SequenceEqual(form) && _exceptionLookup.TryGetValue(key, out lemma) && !keyForm.SequenceEqual(lemma)) return lemma;
        if (_numbers.Count > 0 && form.Contains(',') && TryNumber(form, xpos, out var number)) return number;
        var byRule = ByRules(form, xpos, keyForm);
        return _case.Count == 0 ? byRule : ApplyCase(form, xpos, context, byRule);
    }

    /// <summary>The lemma by suffix rules and the known-lemma repair alone (no exceptions, numbers or case table).</summary>
    internal string ByRules(ReadOnlySpan<char> form, string xpos)
    {
        if (form.Length == 0) return "";
        Span<char> lower = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        form.ToLowerInvariant(lower);
        return ByRules(form, xpos, lower);
    }

    private string ByRules(ReadOnlySpan<char> form, string xpos, ReadOnlySpan<char> keyForm)
    {
        // Longest suffix of the lower-cased form that has a rule for this tag ("" is the tag's default rule).
        int probeLength = xpos.Length + 1 + MaxSuffix;
        Span<char> probe = probeLength <= 64 ? stackalloc char[probeLength] : new char[probeLength];
        xpos.AsSpan().CopyTo(probe);
        probe[xpos.Length] = '\u0001';
        for (int len = Math.Min(MaxSuffix, form.Length); len >= 0; len--)
        {
            keyForm[^len..].CopyTo(probe[(xpos.Length + 1)..]);
            if (_ruleLookup.TryGetValue(probe[..(xpos.Length + 1 + len)], out int r))
            {
                var byRule = _rules[r].Apply(form, keyForm);
                if (_known.Count == 0 || !RegularInflection.IsInflected(xpos) || _known.Contains(byRule)) return byRule;
                return RegularInflection.FirstKnown(keyForm, xpos, _knownLookup) ?? byRule;
            }
        }
        return form.ToString();
    }

    /// <summary>The learned case change for a rule output <paramref name="byRule"/> of <paramref name="form"/>, applied.</summary>
    private string ApplyCase(ReadOnlySpan<char> form, string xpos, LemmaContext context, string byRule)
    {
        if (byRule.Length > 64) return byRule;
        Span<char> key = stackalloc char[xpos.Length + 1 + CaseFeatureLength];
        if (!CaseKey(form, xpos, context, 0, key) || !_casePrefixLookup.Contains(key[..^1])) return byRule;
        Span<char> lower = stackalloc char[byRule.Length];
        byRule.AsSpan().ToLowerInvariant(lower);
        key[^1] = (char)('0' + (_knownLookup.Contains(lower) ? 1 : 0) + (_properLookup.Contains(lower) ? 2 : 0));
        return _caseLookup.TryGetValue(key, out var change) ? Change(byRule, change) : byRule;
    }

    /// <summary>Characters of the case features after the tag.</summary>
    internal const int CaseFeatureLength = 4;

    /// <summary>Writes the case-table key of a word into <paramref name="key"/> (tag, separator, then the word's
    /// shape, the sentence case, the sentence start and <paramref name="known"/>: 1 if the rule output is a known
    /// word's lemma, 2 a known name's, 3 both); false for words whose shape the table does not cover (fewer than
    /// two letters, or mixed case like McDonald).</summary>
    internal static bool CaseKey(ReadOnlySpan<char> form, string xpos, LemmaContext context, int known, Span<char> key)
    {
        char shape = Shape(form);
        if (shape == '\0') return false;
        xpos.AsSpan().CopyTo(key);
        key[xpos.Length] = '\u0001';
        key[xpos.Length + 1] = shape;
        key[xpos.Length + 2] = (char)('0' + (int)context.Case);
        key[xpos.Length + 3] = context.Initial ? '1' : '0';
        key[xpos.Length + 4] = (char)('0' + known);
        return true;
    }

    /// <summary>'l' all lower case, 'u' all capitals with at most <see cref="MaxAcronymLetters"/> letters (mostly acronyms:
    /// NASA, IAEA), 'w' longer words in capitals (mostly shouted words: SOUTER, CHERNOBYL), 't' capital then lower case;
    /// '\0' otherwise or with fewer than two letters.</summary>
    internal static char Shape(ReadOnlySpan<char> form)
    {
        int letters = 0, capitals = 0;
        bool firstCapital = false;
        foreach (var c in form)
        {
            if (!char.IsLetter(c)) continue;
            bool capital = char.IsUpper(c);
            if (letters == 0) firstCapital = capital;
            letters++;
            if (capital) capitals++;
        }
        if (letters < 2) return '\0';
        if (capitals == 0) return 'l';
        if (capitals == letters) return letters <= MaxAcronymLetters ? 'u' : 'w';
        return capitals == 1 && firstCapital ? 't' : '\0';
    }

    /// <summary>Longest all-capitals word the case table treats as a likely acronym. In EWT train, capitalised
    /// proper nouns of 2–4 letters in mixed-case sentences keep their capitals in 941 of 973 cases, those of 5 or more
    /// in 37 of 128 (the rest are names written in capitals, lemmatized Souter, Chernobyl).</summary>
    internal const int MaxAcronymLetters = 4;

    /// <summary>Applies a case change.</summary>
    internal static string Change(string s, CaseChange change)
    {
        switch (change)
        {
            case CaseChange.Lower: return s.ToLowerInvariant();
            case CaseChange.Upper: return s.ToUpperInvariant();
            case CaseChange.Title:
                return string.Create(s.Length, s, static (dest, src) =>
                {
                    bool first = true;
                    for (int i = 0; i < src.Length; i++)
                    {
                        char c = src[i];
                        if (!char.IsLetter(c)) { dest[i] = c; continue; }
                        dest[i] = first ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
                        first = false;
                    }
                });
            default: return s;
        }
    }

    private bool TryNumber(ReadOnlySpan<char> form, string xpos, out string lemma)
    {
        lemma = "";
        Span<char> key = stackalloc char[xpos.Length + 1 + MaxNumberLength];
        xpos.AsSpan().CopyTo(key);
        key[xpos.Length] = '\u0001';
        int n = NumberShape(form, key[(xpos.Length + 1)..]);
        if (n <= 0 || !_numberLookup.TryGetValue(key[..(xpos.Length + 1 + n)], out var change)) return false;
        lemma = Change(form, change);
        return true;
    }

    /// <summary>Longest number the number table looks at.</summary>
    internal const int MaxNumberLength = 32;

    /// <summary>Writes the digit shape of <paramref name="form"/> (runs of three digits → 999, other runs → 9, other
    /// characters kept) and returns its length; 0 unless the form has a digit and a comma and no letter.</summary>
    internal static int NumberShape(ReadOnlySpan<char> form, Span<char> dest)
    {
        if (form.Length > MaxNumberLength || form.IndexOf(',') < 0) return 0;
        int n = 0;
        bool digit = false;
        for (int i = 0; i < form.Length;)
        {
            char c = form[i];
            if (char.IsLetter(c)) return 0;
            if (!char.IsAsciiDigit(c)) { dest[n++] = c; i++; continue; }
            int j = i;
            while (j < form.Length && char.IsAsciiDigit(form[j])) j++;
            digit = true;
            if (j - i == 3) { dest[n++] = '9'; dest[n++] = '9'; dest[n++] = '9'; }
            else dest[n++] = '9';
            i = j;
        }
        return digit ? n : 0;
    }

    /// <summary>Applies a number rewrite.</summary>
    internal static string Change(ReadOnlySpan<char> form, NumberChange change) => change switch
    {
        NumberChange.DropCommas => form.ToString().Replace(",", "", StringComparison.Ordinal),
        NumberChange.CommaToPoint => form.ToString().Replace(',', '.'),
        _ => form.ToString(),
    };

    /// <summary>Writes the model.</summary>
    public void Save(Stream stream) => ModelFile.Write(stream, Component, w =>
    {
        w.Section("exceptions");
        var keys = _exceptions.Keys.Order(StringComparer.Ordinal).ToArray();
        w.Write(keys);
        w.Write(keys.Select(k => _exceptions[k]).ToArray());
        w.Section("lemmas");
        w.Write(_known.Order(StringComparer.Ordinal).ToArray());
        w.Section("rules");
        var ruleKeys = _ruleIndex.Keys.Order(StringComparer.Ordinal).ToArray();
        w.Write(ruleKeys);
        w.Write(ruleKeys.Select(k => _rules[_ruleIndex[k]].Lowered ? 1 : 0).ToArray());
        w.Write(ruleKeys.Select(k => _rules[_ruleIndex[k]].Strip).ToArray());
        w.Write(ruleKeys.Select(k => _rules[_ruleIndex[k]].Append).ToArray());
        w.Section("context");
        w.Write(_proper.Order(StringComparer.Ordinal).ToArray());
        var caseKeys = _case.Keys.Order(StringComparer.Ordinal).ToArray();
        w.Write(caseKeys);
        w.Write(caseKeys.Select(k => (int)_case[k]).ToArray());
        var numberKeys = _numbers.Keys.Order(StringComparer.Ordinal).ToArray();
        w.Write(numberKeys);
        w.Write(numberKeys.Select(k => (int)_numbers[k]).ToArray());
    });

    /// <summary>Reads a model; a damaged or foreign file comes back as a failure with a reason.</summary>
    public static ModelLoadResult<Lemmatizer> Load(Stream stream) => ModelFile.Read(stream, Component, ReadPayload);

    private static Lemmatizer ReadPayload(ModelReader r)
    {
        r.Section("exceptions");
        var keys = r.ReadStrings();
        var values = r.ReadStrings();
        if (keys.Length != values.Length) throw new InvalidDataException("exception keys and lemmas differ in length");
        var exceptions = new Dictionary<string, string>(keys.Length, StringComparer.Ordinal);
        for (int i = 0; i < keys.Length; i++) exceptions[keys[i]] = values[i];
        // Models written before the known-lemma check go straight on to the rules.
        var next = r.ReadSectionName();
        string[] known = [];
        if (next == "lemmas")
        {
            known = r.ReadStrings();
            r.Section("rules");
        }
        else if (next != "rules") throw new InvalidDataException($"expected section 'lemmas' or 'rules', found '{next}'");
        var ruleKeys = r.ReadStrings();
        var lowered = r.ReadInts();
        var strip = r.ReadInts();
        var append = r.ReadStrings();
        if (lowered.Length != ruleKeys.Length || strip.Length != ruleKeys.Length || append.Length != ruleKeys.Length)
            throw new InvalidDataException("rule columns differ in length");
        var index = new Dictionary<string, int>(ruleKeys.Length, StringComparer.Ordinal);
        var rules = new LemmaRule[ruleKeys.Length];
        for (int i = 0; i < ruleKeys.Length; i++)
        {
            index[ruleKeys[i]] = i;
            rules[i] = new LemmaRule(lowered[i] != 0, strip[i], append[i]);
        }
        string[] proper = [];
        var caseTable = new Dictionary<string, CaseChange>(StringComparer.Ordinal);
        var numberTable = new Dictionary<string, NumberChange>(StringComparer.Ordinal);
        // Models written before the context tables end after the rules.
        string? context;
        try { context = r.ReadSectionName(); }
        catch (EndOfStreamException) { context = null; }
        if (context is not null)
        {
            if (context != "context") throw new InvalidDataException($"expected section 'context', found '{context}'");
            proper = r.ReadStrings();
            ReadTable(r, caseTable, v => v is >= 0 and <= (int)CaseChange.Upper, "case");
            ReadTable(r, numberTable, v => v is >= 0 and <= (int)NumberChange.CommaToPoint, "number");
        }
        return new Lemmatizer(exceptions, index, rules, known, proper, caseTable, numberTable);
    }

    private static void ReadTable<T>(ModelReader r, Dictionary<string, T> table, Func<int, bool> valid, string what) where T : struct, Enum
    {
        var keys = r.ReadStrings();
        var values = r.ReadInts();
        if (keys.Length != values.Length) throw new InvalidDataException($"{what} table keys and values differ in length");
        for (int i = 0; i < keys.Length; i++)
        {
            if (!valid(values[i])) throw new InvalidDataException($"{what} table: bad value {values[i]} for '{keys[i]}'");
            table[keys[i]] = (T)Enum.ToObject(typeof(T), values[i]);
        }
    }
}

/// <summary>How the case table changes a rule's output.</summary>
internal enum CaseChange : byte
{
    /// <summary>Leave it.</summary>
    Keep = 0,
    /// <summary>All lower case.</summary>
    Lower = 1,
    /// <summary>First letter capital, the rest lower case.</summary>
    Title = 2,
    /// <summary>All capitals.</summary>
    Upper = 3,
}

/// <summary>How the number table rewrites a number.</summary>
internal enum NumberChange : byte
{
    /// <summary>Leave it.</summary>
    Keep = 0,
    /// <summary>Drop thousands separators: 1,100 → 1100.</summary>
    DropCommas = 1,
    /// <summary>A decimal comma becomes a point: 7,5 → 7.5.</summary>
    CommaToPoint = 2,
}

/// <summary>A suffix rewrite: drop <see cref="Strip"/> characters from the (optionally lower-cased) form, add <see cref="Append"/>.</summary>
internal readonly record struct LemmaRule(bool Lowered, int Strip, string Append)
{
    /// <summary>Applies the rule; falls back to the form when the rule would strip more than there is.</summary>
    public string Apply(ReadOnlySpan<char> form, ReadOnlySpan<char> lower)
    {
        var source = Lowered ? lower : form;
        if (Strip >= source.Length) return source.ToString();
        return Append.Length == 0 ? source[..^Strip].ToString() : string.Concat(source[..^Strip], Append);
    }

    /// <summary>The rule that turns <paramref name="form"/> into <paramref name="lemma"/>, preferring the lower-cased form.</summary>
    public static LemmaRule Learn(string form, string lemma) => Learn(form, lemma, preferCased: false);

    /// <summary>As <see cref="Learn(string, string)"/>; when both rules keep as much of the form (a lower-case
    /// form tells nothing about case) <paramref name="preferCased"/> picks the one that keeps the case, as the
    /// tag's capitalised forms mostly do (proper nouns, addresses).</summary>
    public static LemmaRule Learn(string form, string lemma, bool preferCased)
    {
        var lower = form.ToLowerInvariant();
        var low = Make(true, lower, lemma);
        var cased = Make(false, form, lemma);
        // Prefer the rule that keeps more of the form: it generalises to other words with the same suffix.
        return cased.Strip < low.Strip || (preferCased && cased.Strip == low.Strip) ? cased : low;
    }

    private static LemmaRule Make(bool lowered, string source, string lemma)
    {
        int cp = 0;
        while (cp < source.Length && cp < lemma.Length && source[cp] == lemma[cp]) cp++;
        return new LemmaRule(lowered, source.Length - cp, lemma[cp..]);
    }
}
