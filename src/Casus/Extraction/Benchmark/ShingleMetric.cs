using System.Text;

namespace Casus.Extraction.Benchmark;

/// <summary>
/// The article-body metric of the scrapinghub article-extraction benchmark: texts become word tokens (runs of letters,
/// digits and underscores, as Python's <c>\w+</c>), tokens become overlapping 4-token shingles counted as a multiset
/// (a text of fewer than 4 tokens is one shorter shingle; an empty text has none), and a page scores precision and
/// recall of its predicted shingles. Over a set, precision is averaged over pages that have a prediction and recall over
/// pages that have a truth, and F1 is taken of those averages; this reproduces the published figures.
/// </summary>
public static class ShingleMetric
{
    /// <summary>Shingle length.</summary>
    public const int N = 4;

    /// <summary>Scores one page.</summary>
    public static PageScore Score(string id, string? truth, string? prediction)
    {
        var t = Shingles(truth ?? "");
        var p = Shingles(prediction ?? "");
        int tp = 0, fp = 0, fn = 0;
        foreach (var (key, trueCount) in t)
        {
            var predCount = p.GetValueOrDefault(key);
            tp += Math.Min(trueCount, predCount);
            fn += Math.Max(0, trueCount - predCount);
        }
        foreach (var (key, predCount) in p)
            fp += Math.Max(0, predCount - t.GetValueOrDefault(key));
        return new PageScore(id, tp, fp, fn);
    }

    /// <summary>Averages page scores into precision, recall and F1, with a bootstrap standard deviation over pages
    /// (<paramref name="bootstrapSamples"/> resamples with a fixed seed so the figure is repeatable; 0 skips it).</summary>
    public static BenchmarkScores Aggregate(IReadOnlyList<PageScore> pages, int bootstrapSamples = 1000, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var (precision, recall) = Means(pages, Enumerable.Range(0, pages.Count));
        double pStd = 0, rStd = 0, fStd = 0;
        if (bootstrapSamples > 0 && pages.Count > 1)
        {
            var random = new Random(seed);
            var ps = new double[bootstrapSamples];
            var rs = new double[bootstrapSamples];
            var fs = new double[bootstrapSamples];
            var sample = new int[pages.Count];
            for (var b = 0; b < bootstrapSamples; b++)
            {
                for (var i = 0; i < sample.Length; i++) sample[i] = random.Next(pages.Count);
                (ps[b], rs[b]) = Means(pages, sample);
                fs[b] = F1(ps[b], rs[b]);
            }
            pStd = Std(ps);
            rStd = Std(rs);
            fStd = Std(fs);
        }
        var empty = pages.Count(p => p.Precision is null);
        return new BenchmarkScores(pages.Count, empty, precision, recall, F1(precision, recall), pStd, rStd, fStd);
    }

    /// <summary>F1 of a precision and a recall (0 when both are 0).</summary>
    public static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    /// <summary>The word tokens of <paramref name="text"/>: maximal runs of letters, numbers and '_'.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) || Rune.IsNumber(rune) || rune.Value == '_')
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    /// <summary>The 4-token shingles of <paramref name="text"/> with their counts (keys join tokens with U+0001).</summary>
    public static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text).ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Length == 0) return shingles;
        var count = Math.Max(1, tokens.Length - N + 1);
        for (var i = 0; i < count; i++)
        {
            var key = string.Join('\u0001', tokens, i, Math.Min(N, tokens.Length - i));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    private static (double Precision, double Recall) Means(IReadOnlyList<PageScore> pages, IEnumerable<int> indexes)
    {
        double pSum = 0, rSum = 0;
        int pN = 0, rN = 0;
        foreach (var i in indexes)
        {
            if (pages[i].Precision is { } p) { pSum += p; pN++; }
            if (pages[i].Recall is { } r) { rSum += r; rN++; }
        }
        return (pN == 0 ? 0 : pSum / pN, rN == 0 ? 0 : rSum / rN);
    }

    private static double Std(double[] xs)
    {
        var mean = xs.Average();
        return Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / xs.Length);
    }
}
