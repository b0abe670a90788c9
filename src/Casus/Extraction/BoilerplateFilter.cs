using System.Text;
using System.Text.RegularExpressions;

namespace Casus.Extraction;

/// <summary>
/// Drops boilerplate lines ("Skip to main content", "Advertisement", "Sign up for our newsletter", cookie notices...)
/// from scraped text. Each pattern is a regular expression that must match a whole line (trimmed, case-insensitive),
/// so a real sentence that merely contains "advertisement" survives. Patterns are data: see
/// <c>data/extraction/boilerplate.txt</c>. Immutable and thread-safe.
/// </summary>
public sealed class BoilerplateFilter
{
    /// <summary>The embedded resource holding the shipped patterns.</summary>
    public const string ResourceName = "extraction/boilerplate.txt";

    /// <summary>Lines longer than this are never boilerplate: notices are short, paragraphs are not.</summary>
    public const int MaxBoilerplateLineLength = 160;

    private static readonly Lazy<BoilerplateFilter> DefaultFilter = new(LoadDefault);
    /// <summary>Prefix of a line in the pattern file that marks an article-end marker rather than a boilerplate line.</summary>
    public const string EndMarkerPrefix = "end:";

    private readonly Regex _combined;
    private readonly Regex _end;

    private BoilerplateFilter(IReadOnlyList<string> patterns, IReadOnlyList<string> endMarkers)
    {
        Patterns = patterns;
        EndMarkers = endMarkers;
        _combined = Combine(patterns);
        _end = Combine(endMarkers);
    }

    // An empty list gives a regex that matches nothing.
    private static Regex Combine(IReadOnlyList<string> patterns) => patterns.Count == 0
        ? new Regex("(?!)", Options, MatchTimeout)
        : new Regex("^(?:" + string.Join("|", patterns.Select(p => "(?:" + p + ")")) + ")$", Options, MatchTimeout);

    // Lines are short (see MaxBoilerplateLineLength), so backtracking stays cheap; the timeout bounds a pathological pattern.
    // It is wall-clock time, so it is set far above any real match (microseconds): on a loaded machine a thread can be
    // descheduled for hundreds of milliseconds, and a shorter limit made the result depend on the machine's load.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The filter built from the patterns shipped in the assembly.</summary>
    public static BoilerplateFilter Default => DefaultFilter.Value;

    /// <summary>The patterns, in file order.</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>Article-end markers (lines "end: pattern"): headings such as "Related stories" or "More from ..." after
    /// which a page shows other content, never the rest of the article. They are boilerplate lines too.</summary>
    public IReadOnlyList<string> EndMarkers { get; }

    /// <summary>Parses a pattern file: one regular expression a line; blank lines and lines starting with '#' are skipped.
    /// Never throws on bad content: invalid patterns are reported as "source:line: reason" and left out.</summary>
    public static (BoilerplateFilter Filter, IReadOnlyList<string> Errors) Load(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var patterns = new List<string>();
        var endMarkers = new List<string>();
        var errors = new List<string>();
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNumber++;
            var p = line.Trim();
            if (p.Length == 0 || p[0] == '#') continue;
            var isEnd = p.StartsWith(EndMarkerPrefix, StringComparison.Ordinal);
            if (isEnd) p = p[EndMarkerPrefix.Length..].Trim();
            try
            {
                var regex = new Regex("^(?:" + p + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
                if (regex.IsMatch("")) errors.Add($"{source}:{lineNumber}: pattern matches the empty line");
                else (isEnd ? endMarkers : patterns).Add(p);
            }
            catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
            {
                errors.Add($"{source}:{lineNumber}: invalid pattern: {e.Message}");
            }
        }
        return (new BoilerplateFilter(patterns, endMarkers), errors);
    }

    /// <summary>True when <paramref name="line"/> (any surrounding whitespace ignored) is a boilerplate notice.</summary>
    public bool IsBoilerplate(ReadOnlySpan<char> line) => Matches(_combined, line) || Matches(_end, line);

    /// <summary>True when <paramref name="line"/> is a heading after which the page no longer shows the article.</summary>
    public bool IsArticleEnd(ReadOnlySpan<char> line) => Matches(_end, line);

    private static bool Matches(Regex regex, ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length == 0 || line.Length > MaxBoilerplateLineLength) return false;
        try
        {
            if (line.Contains("  ", StringComparison.Ordinal) || line.ContainsAny('\t', '\u00A0'))
                return regex.IsMatch(CollapseSpaces(line));
            return regex.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return false; // a line too hard to judge is kept: losing text is worse than keeping a notice
        }
    }

    /// <summary>Removes boilerplate lines, trims line ends, normalises line breaks and keeps at most one blank line between
    /// paragraphs. Returns "" when nothing is left.</summary>
    public string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var pendingBlank = false;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.TrimEnd();
            if (line.IsWhiteSpace())
            {
                pendingBlank = sb.Length > 0;
                continue;
            }
            if (IsBoilerplate(line)) continue;
            if (sb.Length > 0) sb.Append(pendingBlank ? "\n\n" : "\n");
            pendingBlank = false;
            sb.Append(line);
        }
        return sb.ToString();
    }

    private static string CollapseSpaces(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static BoilerplateFilter LoadDefault()
    {
        using var stream = typeof(BoilerplateFilter).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource '{ResourceName}' is missing from the assembly");
        using var reader = new StreamReader(stream);
        var (filter, errors) = Load(reader, "data/" + ResourceName);
        // The shipped file is ours: a bad pattern in it is a build bug, so fail loudly rather than filter less.
        if (errors.Count > 0) throw new InvalidOperationException("invalid shipped boilerplate patterns:\n" + string.Join("\n", errors));
        return filter;
    }
}
