using Casus.Coding;

namespace Casus.Actors.Discourse;

/// <summary>
/// The rules of data/actors/publishers.txt: which web hosts belong to a government, and whose ("www.whitehouse.gov" →
/// USA, "www.gov.uk" → GBR, "www.mofa.go.jp" → JPN, "kremlin.ru" → RUS). A government's own publication speaks of its
/// officials without naming the country; <see cref="PublisherCountryPass"/> gives them this country. Validated at
/// load: a bad or repeated line is an error with its file and line. Immutable and thread-safe.
/// </summary>
public sealed class PublisherCountries
{
    /// <summary>The embedded list's resource name.</summary>
    public const string ResourceName = "actors/publishers.txt";

    private static readonly Lazy<PublisherCountries> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    // Each rule maps to its country and the evidence line ("actors/publishers.txt:12 suffix gov → USA").
    private readonly Dictionary<string, (string Country, string Evidence)> _hosts;
    private readonly Dictionary<string, (string Country, string Evidence)> _suffixes;
    private readonly Dictionary<string, string> _labels;
    private readonly Dictionary<string, (string Country, string Evidence)> _cctlds;
    // "USA minister" → its evidence: title words a country's government does not use.
    private readonly Dictionary<string, string> _notOwn;
    // "USA administration" → its evidence: common nouns that on the country's own site name its own government.
    private readonly Dictionary<string, string> _ownBody;

    private PublisherCountries(Dictionary<string, (string, string)> hosts, Dictionary<string, (string, string)> suffixes,
        Dictionary<string, string> labels, Dictionary<string, (string, string)> cctlds, Dictionary<string, string> notOwn,
        Dictionary<string, string> ownBody)
    {
        _notOwn = notOwn;
        _ownBody = ownBody;
        _hosts = hosts;
        _suffixes = suffixes;
        _labels = labels;
        _cctlds = cctlds;
    }

    /// <summary>The list embedded in Casus.dll (loaded once, shared).</summary>
    public static PublisherCountries Default => LazyDefault.Value;

    /// <summary>No rules: no article has a publisher country.</summary>
    public static PublisherCountries Empty { get; } = new(new(), new(), new(), new(), new(), new());

    /// <summary>The number of rules of each kind together.</summary>
    public int Count => _hosts.Count + _suffixes.Count + _labels.Count + _cctlds.Count + _notOwn.Count + _ownBody.Count;

    /// <summary>The country of the government that publishes at <paramref name="url"/> (an absolute URL or a bare
    /// host), with the rule that says so; null for a host no rule covers, a news outlet, or no URL.</summary>
    public (string Country, string Evidence)? Find(string? url)
    {
        var host = HostOf(url);
        if (host is null) return null;
        // An explicit host, or a host under it ("en.kremlin.ru").
        for (var h = host; h.Length > 0; h = Parent(h))
            if (_hosts.TryGetValue(h, out var hit)) return hit;
        // The longest suffix first: "gov.uk" before "uk".
        for (var h = host; h.Length > 0; h = Parent(h))
            if (_suffixes.TryGetValue(h, out var hit)) return hit;
        // "gov.XX" / "*.gov.XX": a government label just before a country-code domain.
        var labels = host.Split('.');
        if (labels.Length >= 2 && _labels.TryGetValue(labels[^2], out var labelEvidence)
            && _cctlds.TryGetValue(labels[^1], out var cc))
            return (cc.Country, $"{labelEvidence} + {cc.Evidence}");
        return null;
    }

    /// <summary>The rule saying <paramref name="country"/>'s government has no office called <paramref name="word"/>
    /// (any case: "Minister"), or null.</summary>
    public string? NotOwn(string country, string word) => NotOwn(country, word.AsSpan());

    /// <summary><see cref="NotOwn(string, string)"/> for a token's letters: the key is built on the stack, since the
    /// publisher pass asks of every word of a phrase.</summary>
    public string? NotOwn(string country, ReadOnlySpan<char> word)
    {
        int length = country.Length + 1 + word.Length;
        if (length > 128)
            return _notOwn.TryGetValue(country + " " + word.ToString().ToLowerInvariant(), out var found) ? found : null;
        Span<char> key = stackalloc char[length];
        country.AsSpan().CopyTo(key);
        key[country.Length] = ' ';
        word.ToLowerInvariant(key[(country.Length + 1)..]);
        return _notOwn.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var evidence) ? evidence : null;
    }

    /// <summary>The rule saying the common noun <paramref name="word"/> (any case: "administration") names
    /// <paramref name="country"/>'s own government on its own site ("my administration", "the administration"), or
    /// null.</summary>
    public string? OwnBody(string country, string word) =>
        _ownBody.TryGetValue(country + " " + word.ToLowerInvariant(), out var evidence) ? evidence : null;

    private static string Parent(string host)
    {
        int dot = host.IndexOf('.');
        return dot < 0 ? "" : host[(dot + 1)..];
    }

    // The lower-case host of an absolute URL ("https://www.gov.uk/x" → "www.gov.uk") or of a bare host; null if none.
    internal static string? HostOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var text = url.Trim();
        if (!text.Contains("://", StringComparison.Ordinal)) text = "http://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        return uri.Host.TrimEnd('.').ToLowerInvariant();
    }

    /// <summary>Reads a list; bad lines are reported in <paramref name="errors"/> and skipped, never thrown.</summary>
    public static PublisherCountries Load(TextReader reader, string file, out List<DataFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var problems = new List<DataFileError>();
        errors = problems;
        var hosts = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var suffixes = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var cctlds = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var notOwn = new Dictionary<string, string>(StringComparer.Ordinal);
        var ownBody = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string? source = null;
        // DataLines strips comments and blank lines and numbers each entry line.
        foreach (var (lineNo, text) in DataLines.Read(reader))
        {
            if (text.StartsWith("@source:", StringComparison.Ordinal))
            {
                source = text["@source:".Length..].Trim();
                if (source.Length == 0) problems.Add(new DataFileError(file, lineNo, "source", "@source: needs the facts' origin"));
                continue;
            }
            void Error(string field, string message) => problems.Add(new DataFileError(file, lineNo, field, message));
            if (string.IsNullOrEmpty(source)) { Error("source", "an entry before any @source: line (each entry needs its source)"); continue; }
            var parts = text.Split('|', StringSplitOptions.TrimEntries);
            string kind = parts[0];
            int want = kind == "label" ? 2 : 3;
            if (kind is not ("host" or "suffix" or "label" or "cctld" or "not-own" or "own-body")) { Error("kind", $"'{kind}' is not host, suffix, label, cctld, not-own or own-body"); continue; }
            if (parts.Length != want) { Error("entry", $"a {kind} line has {want} fields separated by '|', found {parts.Length}"); continue; }
            if (kind is "not-own" or "own-body")
            {
                // not-own | COUNTRY | word, own-body | COUNTRY | word
                var (owner, word) = (parts[1], parts[2]);
                if (owner.Length != 3 || !owner.All(c => c is >= 'A' and <= 'Z')) { Error("country", $"'{owner}' is not a three-letter upper-case country code"); continue; }
                if (word.Length == 0 || !word.All(c => c is >= 'a' and <= 'z')) { Error("word", $"'{word}' must be one lower-case word"); continue; }
                var ownKey = owner + " " + word;
                if (seen.TryGetValue(kind + " " + ownKey, out int firstOwn)) { Error("entry", $"{kind} '{ownKey}' repeats line {firstOwn}"); continue; }
                seen[kind + " " + ownKey] = lineNo;
                (kind == "not-own" ? notOwn : ownBody)[ownKey] = $"{file}:{lineNo} {kind} {owner} {word}";
                continue;
            }
            var value = parts[1];
            if (value.Length == 0 || !value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.')
                || value.StartsWith('.') || value.EndsWith('.') || value.Contains("..", StringComparison.Ordinal))
            {
                Error("value", $"'{value}' must be lower-case domain labels separated by single dots");
                continue;
            }
            if (kind is "label" or "cctld" && value.Contains('.')) { Error("value", $"a {kind} is one label, not '{value}'"); continue; }
            if (kind == "cctld" && value.Length != 2) { Error("value", $"a country-code domain has two letters, not '{value}'"); continue; }
            string? country = null;
            if (want == 3)
            {
                country = parts[2];
                if (country.Length != 3 || !country.All(c => c is >= 'A' and <= 'Z'))
                {
                    Error("country", $"'{country}' is not a three-letter upper-case country code");
                    continue;
                }
            }
            var key = kind + " " + value;
            if (seen.TryGetValue(key, out int first)) { Error("entry", $"{kind} '{value}' repeats line {first}"); continue; }
            seen[key] = lineNo;
            var evidence = $"{file}:{lineNo} {kind} {value}" + (country is null ? "" : $" → {country}");
            switch (kind)
            {
                case "host": hosts[value] = (country!, evidence); break;
                case "suffix": suffixes[value] = (country!, evidence); break;
                case "label": labels[value] = evidence; break;
                default: cctlds[value] = (country!, evidence); break;
            }
        }
        return new PublisherCountries(hosts, suffixes, labels, cctlds, notOwn, ownBody);
    }

    private static PublisherCountries LoadDefault() => EmbeddedList.Load<PublisherCountries>(ResourceName, "publisher list", Load);
}
