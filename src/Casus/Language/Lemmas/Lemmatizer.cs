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

    internal Lemmatizer(Dictionary<string, string> exceptions, Dictionary<string, int> ruleIndex, LemmaRule[] rules)
        : this(exceptions, ruleIndex, rules, [])
    {
    }

    internal Lemmatizer(Dictionary<string, string> exceptions, Dictionary<string, int> ruleIndex, LemmaRule[] rules, string[] knownLemmas)
    {
        _known = new HashSet<string>(knownLemmas, StringComparer.Ordinal);
        _knownLookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();
        _exceptions = exceptions;
        _ruleIndex = ruleIndex;
        _rules = rules;
        _exceptionLookup = exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
        _ruleLookup = ruleIndex.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped model, loaded from Casus.dll on first use.</summary>
    public static Lemmatizer CreateDefault() => Shipped.Value;

    /// <summary>Number of exceptions.</summary>
    public int ExceptionCount => _exceptions.Count;
    /// <summary>Number of (tag, suffix) rules.</summary>
    public int RuleCount => _ruleIndex.Count;
    /// <summary>Number of known lemmas the regular-inflection check consults.</summary>
    public int KnownLemmaCount => _known.Count;

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/> (a Penn tag).</summary>
    public string Lemmatize(ReadOnlySpan<char> form, string xpos)
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
        // A form with nothing to lower-case gives the same key again: its lookup has just failed.
        if (!keyForm.SequenceEqual(form) && _exceptionLookup.TryGetValue(key, out lemma)) return lemma;

        // Longest suffix of the lower-cased form that has a rule for this tag ("" is the tag's default rule).
        int probeLength = xpos.Length + 1 + MaxSuffix;
        Span<char> probe = probeLength <= 64 ? stackalloc char[probeLength] : new char[probeLength];
        key[..(xpos.Length + 1)].CopyTo(probe);
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
        return new Lemmatizer(exceptions, index, rules, known);
    }
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
