using System.Text.Json;
using Casus.Language.Conllu;

namespace Casus.Language.Models;

/// <summary>
/// Learns <see cref="WordClusters"/> by spherical k-means over each word's left and right neighbour counts
/// (a cheap distributional clustering: words are alike when they occur between the same frequent words).
/// Deterministic: no random initialisation, fixed iteration count.
/// </summary>
public sealed class WordClusterer
{
    /// <summary>Minimum frequency for a word to get a cluster.</summary>
    public int MinCount { get; init; } = 3;
    /// <summary>Most frequent words used as context dimensions (left and right each).</summary>
    public int ContextWords { get; init; } = 600;
    /// <summary>Number of coarse clusters.</summary>
    public int CoarseClusters { get; init; } = 64;
    /// <summary>Number of fine clusters.</summary>
    public int FineClusters { get; init; } = 512;
    /// <summary>k-means iterations.</summary>
    public int Iterations { get; init; } = 10;

    /// <summary>The raw text clusters are learned from: training treebank words (not dev or test) and the news articles' text.</summary>
    public static IEnumerable<IReadOnlyList<string>> Corpus(string dataDir, IEnumerable<ConlluSentence> train)
    {
        foreach (var s in train) yield return s.Words.Select(w => w.Form).ToArray();
        var news = Path.Combine(dataDir, "news", "articles.jsonl");
        if (!File.Exists(news)) yield break;
        foreach (var line in File.ReadLines(news))
        {
            string? text = null;
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String) text = t.GetString();
            }
            catch (JsonException) { continue; }
            if (text is null) continue;
            foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries)) yield return RoughTokens(paragraph);
        }
    }

    /// <summary>A rough tokenisation for counting: letter/digit runs (with inner '.', '-' and apostrophes kept), clitics split as in the treebanks, other characters alone.</summary>
    public static List<string> RoughTokens(string text)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c)) { tokens.Add(text[i].ToString()); i++; continue; }
            int j = i + 1;
            while (j < text.Length && (char.IsLetterOrDigit(text[j]) || ((text[j] == '-' || text[j] == '.' || text[j] == '\'' || text[j] == '’') && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1])))) j++;
            var word = text[i..j];
            int cut = word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) ? word.Length - 3
                : word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? word.Length - 2 : word.Length;
            if (cut > 0 && cut < word.Length) { tokens.Add(word[..cut]); tokens.Add(word[cut..]); }
            else tokens.Add(word);
            i = j;
        }
        return tokens;
    }

    /// <summary>How often a word is capitalised away from a sentence start, in bins: 0 unknown or too rare to say,
    /// 1 almost never (&lt; 5 %), 2 rarely, 3 about half the time, 4 mostly, 5 almost always (≥ 95 %). A strong
    /// hint for proper nouns in text that is lower-cased (web text) or sentence-initial.</summary>
    public static int CaseBin(int capitalised, int total)
    {
        if (total < 2) return 0;
        double r = (double)capitalised / total;
        return r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
    }

    /// <summary>Clusters the words of <paramref name="sentences"/>.</summary>
    public WordClusters Learn(IEnumerable<IReadOnlyList<string>> sentences, TextWriter? log = null)
    {
        var cased = sentences.ToList();
        var capCounts = new Dictionary<string, (int Cap, int Total)>(StringComparer.Ordinal);
        foreach (var s in cased)
            for (int i = 1; i < s.Count; i++)
            {
                var prev = s[i - 1];
                if (prev is "." or "!" or "?" or ":" or "\"" or "“" or "'" or "‘" or "-" or "(" or "*") continue;
                var w = s[i];
                if (w.Length == 0 || !char.IsLetter(w[0])) continue;
                var key = w.ToLowerInvariant();
                var (cap, total) = capCounts.GetValueOrDefault(key);
                capCounts[key] = (cap + (char.IsUpper(w[0]) ? 1 : 0), total + 1);
            }
        var lowered = cased.Select(s => s.Select(w => w.ToLowerInvariant()).ToArray()).ToList();
        var freq = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in lowered) foreach (var w in s) freq[w] = freq.GetValueOrDefault(w) + 1;
        var byFreq = freq.Where(p => p.Value >= MinCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        var vocab = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < byFreq.Length; i++) vocab[byFreq[i]] = i;
        int C = Math.Min(ContextWords, byFreq.Length);
        int dims = 2 * (C + 2); // left contexts, right contexts; +2 for "rare word" and "sentence edge"

        var counts = new Dictionary<int, float>[byFreq.Length];
        for (int i = 0; i < counts.Length; i++) counts[i] = new Dictionary<int, float>();
        int Ctx(string? w) => w is null ? C + 1 : vocab.TryGetValue(w, out int id) && id < C ? id : C;
        foreach (var s in lowered)
            for (int i = 0; i < s.Length; i++)
            {
                if (!vocab.TryGetValue(s[i], out int v)) continue;
                int left = Ctx(i > 0 ? s[i - 1] : null), right = (C + 2) + Ctx(i + 1 < s.Length ? s[i + 1] : null);
                var d = counts[v];
                d[left] = d.GetValueOrDefault(left) + 1;
                d[right] = d.GetValueOrDefault(right) + 1;
            }
        // Sparse vectors: sqrt counts, unit length.
        var idx = new int[byFreq.Length][];
        var val = new float[byFreq.Length][];
        for (int v = 0; v < byFreq.Length; v++)
        {
            var pairs = counts[v].OrderBy(p => p.Key).ToArray();
            idx[v] = pairs.Select(p => p.Key).ToArray();
            val[v] = pairs.Select(p => MathF.Sqrt(p.Value)).ToArray();
            float norm = MathF.Sqrt(val[v].Sum(x => x * x));
            for (int k = 0; k < val[v].Length; k++) val[v][k] /= norm;
        }
        log?.WriteLine($"clusters: {byFreq.Length} words (count ≥ {MinCount}), {dims} context dimensions");
        var coarse = KMeans(idx, val, dims, Math.Min(CoarseClusters, byFreq.Length), log);
        var fine = KMeans(idx, val, dims, Math.Min(FineClusters, byFreq.Length), log);
        var caseBins = byFreq.Select(w => capCounts.TryGetValue(w, out var c) ? CaseBin(c.Cap, c.Total) : 0).ToArray();
        return new WordClusters(byFreq, coarse, fine, caseBins);
    }

    private int[] KMeans(int[][] idx, float[][] val, int dims, int k, TextWriter? log)
    {
        int n = idx.Length;
        var assign = new int[n];
        // Initial centroids: words spread evenly over the frequency ranking (deterministic, covers rare and common words).
        var centT = new float[dims * k]; // transposed: [dim * k + cluster]
        for (int c = 0; c < k; c++)
        {
            int v = (int)((long)c * n / k);
            for (int j = 0; j < idx[v].Length; j++) centT[idx[v][j] * k + c] = val[v][j];
        }
        var scores = new float[k];
        for (int it = 0; it < Iterations; it++)
        {
            int changed = 0;
            for (int v = 0; v < n; v++)
            {
                Array.Clear(scores);
                var iv = idx[v]; var vv = val[v];
                for (int j = 0; j < iv.Length; j++)
                {
                    var row = centT.AsSpan(iv[j] * k, k);
                    float x = vv[j];
                    for (int c = 0; c < k; c++) scores[c] += x * row[c];
                }
                int best = 0;
                for (int c = 1; c < k; c++) if (scores[c] > scores[best]) best = c;
                if (best != assign[v] || it == 0) changed++;
                assign[v] = best;
            }
            Array.Clear(centT);
            for (int v = 0; v < n; v++)
                for (int j = 0; j < idx[v].Length; j++) centT[idx[v][j] * k + assign[v]] += val[v][j];
            var norms = new float[k];
            for (int i = 0; i < centT.Length; i++) norms[i % k] += centT[i] * centT[i];
            for (int i = 0; i < centT.Length; i++) if (norms[i % k] > 0) centT[i] /= MathF.Sqrt(norms[i % k]);
            log?.WriteLine($"clusters: k={k} iteration {it + 1}: {changed} words moved");
        }
        return assign;
    }
}
