using System.Globalization;

namespace Casus.Coding;

/// <summary>
/// The CAMEO event-code table: names, Goldstein scores, QuadClass and the PLOVER mapping, looked up by code.
/// Immutable and thread-safe. <see cref="Default"/> is the table embedded in Casus.dll ("cameo/cameo_codes.tsv").
/// </summary>
public sealed class CameoCatalog
{
    /// <summary>The embedded resource that holds the default table.</summary>
    public const string ResourceName = "cameo/cameo_codes.tsv";

    private static readonly string[] Header = ["code", "name", "goldstein", "quadclass", "plover", "mode", "context"];
    private static readonly Lazy<CameoCatalog> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, CameoEntry> _byDigits;

    private CameoCatalog(Dictionary<string, CameoEntry> byDigits) => _byDigits = byDigits;

    /// <summary>The table embedded in Casus.dll; loaded on first use. Throws if the embedded table is broken (a build bug).</summary>
    public static CameoCatalog Default => LazyDefault.Value;

    /// <summary>Number of codes in the table.</summary>
    public int Count => _byDigits.Count;

    /// <summary>All rows, in code order.</summary>
    public IEnumerable<CameoEntry> Entries => _byDigits.Values.OrderBy(e => e.Code);

    /// <summary>True when <paramref name="code"/> is in the table.</summary>
    public bool Contains(CameoCode code) => _byDigits.ContainsKey(code.Digits);

    /// <summary>Looks up a code; false when the table lacks it.</summary>
    public bool TryGet(CameoCode code, out CameoEntry entry)
    {
        if (_byDigits.TryGetValue(code.Digits, out var e)) { entry = e; return true; }
        entry = null!;
        return false;
    }

    /// <summary>Looks up a code, throwing <see cref="KeyNotFoundException"/> when the table lacks it.</summary>
    public CameoEntry this[CameoCode code] =>
        _byDigits.TryGetValue(code.Digits, out var e) ? e : throw new KeyNotFoundException($"CAMEO code '{code}' is not in the table");

    /// <summary>
    /// Reads a table in the cameo_codes.tsv format (see the file's header comment). Bad rows are reported with
    /// file:line and skipped; the rest load. Never throws on bad content.
    /// </summary>
    /// <param name="reader">The table's text.</param>
    /// <param name="fileName">The name used in error messages.</param>
    /// <param name="errors">The rejected lines, empty when all loaded.</param>
    public static CameoCatalog Load(TextReader reader, string fileName, out IReadOnlyList<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var errs = new List<DataFileError>();
        var map = new Dictionary<string, CameoEntry>(StringComparer.Ordinal);
        bool headerSeen = false;
        int lineNo = 0;
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (!headerSeen)
            {
                headerSeen = true;
                if (f.AsSpan().SequenceEqual(Header)) continue;
                errs.Add(new(fileName, lineNo, "header", $"expected the header row '{string.Join("\\t", Header)}'"));
                // A data row where the header belongs is still read as data; anything else is skipped.
                if (!CameoCode.TryParse(f[0], out _, out _)) continue;
            }
            if (f.Length != Header.Length)
            {
                errs.Add(new(fileName, lineNo, "columns", $"expected {Header.Length} tab-separated columns, found {f.Length}"));
                continue;
            }
            if (!CameoCode.TryParse(f[0], out var code, out var codeError)) { errs.Add(new(fileName, lineNo, "code", codeError!)); continue; }
            if (map.ContainsKey(code.Digits)) { errs.Add(new(fileName, lineNo, "code", $"code {code} is listed twice (first on line {map[code.Digits].Line})")); continue; }
            if (f[1].Trim().Length == 0) { errs.Add(new(fileName, lineNo, "name", "name is empty")); continue; }
            if (!double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double g) || g < -10 || g > 10)
            { errs.Add(new(fileName, lineNo, "goldstein", $"'{f[2]}' is not a number from -10 to 10")); continue; }
            if (!int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out int q) || q < 1 || q > 4)
            { errs.Add(new(fileName, lineNo, "quadclass", $"'{f[3]}' is not a QuadClass 1 to 4")); continue; }
            PloverCategory? plover = null;
            if (f[4] != "(dropped)")
            {
                // Root 08 maps to two categories (CONCEDE/RETREAT); its sub-codes say which, the root takes the first.
                string first = f[4].Split('/')[0];
                if (!PloverNames.TryParse(first, out var cat)) { errs.Add(new(fileName, lineNo, "plover", $"'{f[4]}' is not a PLOVER category or '(dropped)'")); continue; }
                plover = cat;
            }
            map.Add(code.Digits, new CameoEntry(code, f[1].Trim(), g, (QuadClass)q, plover,
                f[5].Length == 0 ? null : f[5], f[6].Length == 0 ? null : f[6], lineNo));
        }
        if (!headerSeen) errs.Add(new(fileName, lineNo, "header", "the table has no header row"));
        foreach (var e in map.Values)
        {
            // Every code's root must be in the table: lookups fall back to it.
            if (e.Code.Digits.Length > 2 && !map.ContainsKey(e.Code.Digits[..2]))
                errs.Add(new(fileName, e.Line, "code", $"code {e.Code} has no root row {e.Code.Digits[..2]}"));
        }
        errors = errs;
        return new CameoCatalog(map);
    }

    // Load reports a read-only list; EmbeddedList wants the shape of the other lists.
    private static CameoCatalog LoadDefault() => EmbeddedList.Load<CameoCatalog>(ResourceName, "CAMEO table",
        (TextReader r, string f, out List<DataFileError> e) => { var loaded = Load(r, f, out var found); e = [.. found]; return loaded; });
}
