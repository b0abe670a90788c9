using Casus.Document;

namespace Casus.Actors.Context;

/// <summary>
/// Gives a country to the actor phrases of one article that name a role but no country ("the army" → <c>---MIL</c>,
/// an unknown "President Dos Santos" → <c>---GOV</c>), from the rest of the sentence (docs/formats/actors.md,
/// "Country from context"): "Ousted President Askar Akayev has agreed to resign without returning to Kyrgyzstan" →
/// <c>KGZGOV</c>. Runs last in the actor stage, after phrase composition and coreference, so that the phrase's own
/// possessor, of-phrase or apposition has had its say. Per-article state; not thread-safe.
/// </summary>
internal sealed class ContextCountryPass
{
    private const int MaxClimb = 64; // guards walks up a (possibly cyclic) bad parse

    private readonly Article _article;
    private readonly int _firstMention;
    private readonly ContextCountryOptions _options;

    public ContextCountryPass(Article article, int firstMention, ContextCountryOptions options)
    {
        _article = article;
        _firstMention = firstMention;
        _options = options;
    }

    /// <summary>Fills what it can and replaces the stage's mentions when any changed.</summary>
    public void Run()
    {
        if (!_options.SameSentence && !_options.ArticleDominant) return;
        var all = _article.Mentions;
        bool any = false;
        for (int i = _firstMention; i < all.Count && !any; i++) any = NeedsCountry(all[i].Code);
        if (!any) return;

        var mentions = new List<Mention>(all.Count - _firstMention);
        for (int i = _firstMention; i < all.Count; i++) mentions.Add(all[i]);
        string? dominant = _options.ArticleDominant ? DominantCountry(mentions, out _) : null;
        bool changed = false;
        for (int from = 0; from < mentions.Count;)
        {
            int to = from;
            while (to < mentions.Count && mentions[to].Sentence == mentions[from].Sentence) to++;
            changed |= FillSentence(mentions, from, to, dominant);
            from = to;
        }
        if (changed) _article.ReplaceMentions(_firstMention, mentions);
    }

    /// <summary>A role with no country, of a kind that belongs to a country (not an NGO, which is transnational).</summary>
    internal static bool NeedsCountry(ActorCode code)
    {
        if (code.Primary != "---" || code.Value.Length <= 3) return false;
        foreach (var r in code.Roles) if (r is "NGO" or "IGO" or "IMG" or "MNC") return false;
        return true;
    }

    /// <summary>True when the first three letters name a state, not a transnational type, a region or "---".</summary>
    internal static bool IsCountry(string primary)
    {
        if (primary.Length != 3 || NotCountries.Contains(primary)) return false;
        foreach (char c in primary) if (c is < 'A' or > 'Z') return false;
        return true;
    }

    // Transnational types and the world-region codes of countries.txt: they name no state whose role this could be.
    private static readonly HashSet<string> NotCountries =
    [
        "IGO", "NGO", "IMG", "MNC", "UAF", "AFR", "ASA", "EUR", "MEA", "LAM", "SAM", "NMR", "CRB", "SAS", "SEA", "CAS",
        "BLK", "CAU", "SCN", "PGS", "EAF", "WAF", "NAF", "SAF", "WST",
    ];

    // Roles whose people often serve abroad: a place attached to them ("the troops in Iraq", "the envoy to Syria") is
    // where they serve, not whose they are (the parse composer's location rule draws the same line).
    private static readonly HashSet<string> ServeAbroad = ["MIL", "SPY", "NGO", "IGO"];

    // Office nouns of diplomacy: "the ambassador in Damascus" is not Syria's.
    private static readonly HashSet<string> DiplomatWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ambassador", "ambassadors", "envoy", "envoys", "embassy", "embassies", "diplomat", "diplomats", "consul",
        "consulate", "delegation", "delegations", "mission", "emissary", "attache", "attaché", "charge", "chargé",
    };

    private bool FillSentence(List<Mention> mentions, int from, int to, string? dominant)
    {
        bool changed = false;
        var sd = _article.SentenceData[mentions[from].Sentence];
        int first = sd.FirstToken, end = sd.FirstToken + sd.TokenCount;
        bool parsed = ParseComposer.IsParsed(_article, first, end);
        for (int i = from; i < to; i++)
        {
            var m = mentions[i];
            if (!NeedsCountry(m.Code)) continue;
            int bestDistance = int.MaxValue, best = -1;
            bool tie = false, blocked = false;
            if (_options.SameSentence)
            {
                int head = parsed ? HeadOf(m.Tokens) : -1;
                for (int j = from; j < to; j++)
                {
                    var s = mentions[j];
                    if (j == i || !IsCountry(s.Code.Primary)) continue;
                    if (parsed && IsPosting(m, s))
                    {
                        blocked = true; // the place the actor serves in: whose it is stays unknown
                        break;
                    }
                    int d = parsed ? TreeDistance(head, HeadOf(s.Tokens), first, end) : LinearDistance(m.Tokens, s.Tokens);
                    if (d < bestDistance)
                    {
                        tie = false;
                        bestDistance = d;
                        best = j;
                    }
                    else if (d == bestDistance && mentions[best].Code.Primary != s.Code.Primary) tie = true;
                }
            }
            if (blocked) continue;
            if (best >= 0 && !tie)
            {
                var signal = mentions[best];
                mentions[i] = Filled(m, signal.Code.Primary, $"country from context: '{signal.Text}' (same sentence)");
                changed = true;
            }
            else if (best < 0 && dominant is not null && m.Code.Roles.All(r => r == "GOV"))
            {
                mentions[i] = Filled(m, dominant, $"country from context: '{dominant}' (the article's dominant country)");
                changed = true;
            }
        }
        return changed;
    }

    private static Mention Filled(Mention m, string country, string note)
    {
        var code = ActorCode.Parse(country + m.Code.Value[3..]);
        var evidence = new List<string>(m.Evidence.Count + 1);
        evidence.AddRange(m.Evidence);
        evidence.Add(note + " → " + code.Value);
        return m with { Code = code, Evidence = evidence };
    }

    // A country attached to the actor's own head by to/in/at names where it serves when its role serves abroad or
    // its head is a diplomat ("the ambassador to Iraq", "troops in Iraq"); "authorities in Croatia" are Croatia's.
    private bool IsPosting(Mention m, Mention signal)
    {
        var tokens = _article.Tokens;
        int s = HeadOf(signal.Tokens);
        int attach = tokens[s].Head;
        if (attach < m.Tokens.First || attach >= m.Tokens.End) return false;
        var rel = tokens[s].Relation ?? "";
        if (!(rel.StartsWith("nmod", StringComparison.Ordinal) || rel.StartsWith("obl", StringComparison.Ordinal))) return false;
        string prep = CaseWord(s);
        if (prep is not ("to" or "in" or "at" or "into" or "inside")) return false;
        if (prep is "to" or "into") return true;
        foreach (var r in m.Code.Roles) if (ServeAbroad.Contains(r)) return true;
        for (int t = m.Tokens.First; t < m.Tokens.End; t++) if (DiplomatWords.Contains(tokens[t].Text)) return true;
        return false;
    }

    private string CaseWord(int node)
    {
        var tokens = _article.Tokens;
        var sd = _article.SentenceData[tokens[node].SentenceIndex];
        for (int t = sd.FirstToken; t < node; t++)
            if (tokens[t].Head == node && tokens[t].Relation == "case") return tokens[t].Text.ToLowerInvariant();
        return "";
    }

    // The token of a span whose head lies outside it, nearest the root.
    private int HeadOf(TokenSpan span)
    {
        var tokens = _article.Tokens;
        int best = span.End - 1, bestDepth = int.MaxValue;
        for (int t = span.First; t < span.End; t++)
        {
            int h = tokens[t].Head;
            if (h >= span.First && h < span.End) continue;
            int depth = 0;
            for (int u = t; depth < MaxClimb && tokens[u].Head >= 0; u = tokens[u].Head) depth++;
            if (depth < bestDepth) { best = t; bestDepth = depth; }
        }
        return best;
    }

    // Arcs on the path between two tokens of one sentence: up from each to their lowest common ancestor.
    private int TreeDistance(int a, int b, int first, int end)
    {
        var tokens = _article.Tokens;
        Span<int> depthOf = end - first <= 256 ? stackalloc int[end - first] : new int[end - first];
        depthOf.Fill(-1);
        int d = 0;
        for (int u = a; u >= first && u < end && d < MaxClimb; u = tokens[u].Head, d++)
        {
            if (depthOf[u - first] >= 0) break; // a cycle
            depthOf[u - first] = d;
            if (tokens[u].Head < 0) break;
        }
        d = 0;
        for (int u = b; u >= first && u < end && d < MaxClimb; u = tokens[u].Head, d++)
        {
            if (depthOf[u - first] >= 0) return d + depthOf[u - first];
            if (tokens[u].Head < 0) break;
        }
        // No common ancestor (a broken parse): fall back on the distance in words, pushed behind every tree path.
        return MaxClimb + Math.Abs(a - b);
    }

    private static int LinearDistance(TokenSpan a, TokenSpan b)
        => b.End <= a.First ? a.First - b.End + 1 : b.First >= a.End ? b.First - a.End + 1 : 0;

    /// <summary>The article's dominant country: named in the most mentions, at least twice and twice as often as any
    /// other; null when there is none.</summary>
    internal static string? DominantCountry(IReadOnlyList<Mention> mentions, out int count)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions)
            if (IsCountry(m.Code.Primary)) counts[m.Code.Primary] = counts.GetValueOrDefault(m.Code.Primary) + 1;
        string? top = null;
        int first = 0, second = 0;
        foreach (var (c, n) in counts)
        {
            if (n > first) { second = first; first = n; top = c; }
            else if (n > second) second = n;
        }
        count = first;
        return first >= 2 && first >= 2 * second ? top : null;
    }
}
