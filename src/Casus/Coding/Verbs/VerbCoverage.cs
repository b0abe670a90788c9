namespace Casus.Coding.Verbs;

/// <summary>
/// How a verb dictionary covers the CAMEO table: entries per code and per root, the codes with no entry, and pairs
/// of entries that are the same pattern written twice (alternatives in another order) under two codes, which the
/// loader's exact-text duplicate check misses. Built by <see cref="Of"/>; immutable.
/// </summary>
public sealed class VerbCoverage
{
    /// <summary>
    /// CAMEO codes that no verb entry is expected to express, with the reason. Keep it short: every other code
    /// of three or four digits needs at least one entry.
    /// </summary>
    public static IReadOnlyDictionary<string, string> NoVerbalExpression { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // A bare statement verb (say, state, announce) reports the act that follows it; coding it as 010 would
        // double every reported act (docs/formats/verbs.md, "Reported speech").
        ["010"] = "a statement verb reports another act, which is coded instead",
        // "Meet at a third location" is a meeting (040) plus where it happens; no verb says that the place is neutral.
        ["044"] = "depends on the meeting's place relative to the parties, not on the verb",
    };

    private VerbCoverage(IReadOnlyDictionary<string, int> perCode, IReadOnlyDictionary<int, int> perRoot,
        IReadOnlyList<CameoEntry> uncovered, IReadOnlyList<(VerbPattern First, VerbPattern Second)> equivalent, int total)
    {
        EntriesPerCode = perCode;
        EntriesPerRoot = perRoot;
        Uncovered = uncovered;
        Equivalent = equivalent;
        Total = total;
    }

    /// <summary>Number of entries in the dictionary.</summary>
    public int Total { get; }

    /// <summary>Entries per CAMEO code (digits), for codes with at least one entry.</summary>
    public IReadOnlyDictionary<string, int> EntriesPerCode { get; }

    /// <summary>Entries per CAMEO root 1–20.</summary>
    public IReadOnlyDictionary<int, int> EntriesPerRoot { get; }

    /// <summary>Codes of three or four digits in the table with no entry, in code order.</summary>
    public IReadOnlyList<CameoEntry> Uncovered { get; }

    /// <summary>The uncovered codes not listed in <see cref="NoVerbalExpression"/>: gaps to fill.</summary>
    public IEnumerable<CameoEntry> Gaps => Uncovered.Where(e => !NoVerbalExpression.ContainsKey(e.Code.Digits));

    /// <summary>Pairs of entries under different codes that match exactly the same words (same lemma, same
    /// elements, the same alternatives in any order): the second can never win, so one of them is misplaced.</summary>
    public IReadOnlyList<(VerbPattern First, VerbPattern Second)> Equivalent { get; }

    /// <summary>Measures <paramref name="dictionary"/> against <paramref name="catalog"/>.</summary>
    public static VerbCoverage Of(VerbDictionary dictionary, CameoCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(catalog);
        var perCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var perRoot = new Dictionary<int, int>();
        var byShape = new Dictionary<string, VerbPattern>(StringComparer.Ordinal);
        var equivalent = new List<(VerbPattern, VerbPattern)>();
        foreach (var p in dictionary.Patterns)
        {
            perCode[p.Code.Digits] = perCode.GetValueOrDefault(p.Code.Digits) + 1;
            perRoot[p.Code.Root] = perRoot.GetValueOrDefault(p.Code.Root) + 1;
            string shape = Shape(p);
            if (byShape.TryGetValue(shape, out var first))
            {
                if (first.Code != p.Code) equivalent.Add((first, p));
            }
            else byShape.Add(shape, p);
        }
        var uncovered = catalog.Entries.Where(e => e.Code.Digits.Length >= 3 && !perCode.ContainsKey(e.Code.Digits)).ToList();
        return new VerbCoverage(perCode, perRoot, uncovered, equivalent, dictionary.Patterns.Count);
    }

    /// <summary>Writes the report: entries per root, uncovered codes (with the reason where one is known) and
    /// equivalent entries.</summary>
    public void Write(TextWriter writer, CameoCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(catalog);
        writer.WriteLine($"{Total} entries");
        foreach (var (root, n) in EntriesPerRoot.OrderBy(kv => kv.Key))
        {
            var name = catalog.TryGet(CameoCode.Parse(root.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), out var e) ? e.Name : "";
            int codes = EntriesPerCode.Keys.Count(k => k.StartsWith(root.ToString("00", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            writer.WriteLine($"  {root:00} {name}: {n} entries over {codes} codes");
        }
        writer.WriteLine($"codes with no entry: {Uncovered.Count}");
        foreach (var e in Uncovered)
            writer.WriteLine(NoVerbalExpression.TryGetValue(e.Code.Digits, out var why)
                ? $"  {e.Code} {e.Name} (expected: {why})"
                : $"  {e.Code} {e.Name} (GAP)");
        writer.WriteLine($"equivalent entries under two codes: {Equivalent.Count}");
        foreach (var (a, b) in Equivalent)
            writer.WriteLine($"  {b.EvidenceText} ({b.Code}) matches the same words as {a.EvidenceText} ({a.Code})");
    }

    // The pattern with each element's alternatives sorted: equal shapes match exactly the same words.
    private static string Shape(VerbPattern p)
    {
        var parts = new List<string>(p.Elements.Count + 1) { p.Lemma };
        foreach (var e in p.Elements)
        {
            var words = string.Join('|', e.Words.Order(StringComparer.Ordinal));
            parts.Add(e.Kind switch
            {
                PatternElementKind.Word => words,
                PatternElementKind.OptionalWord => "(" + words + ")",
                _ => e.ToString(),
            });
        }
        return string.Join(' ', parts);
    }
}
