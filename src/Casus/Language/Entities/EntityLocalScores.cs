using System.Numerics;
using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Language.Entities;

/// <summary>
/// The entity model's score of every class at every word for every pair of previous classes: the table that exact
/// second-order decoding (<see cref="EntityViterbi"/>) reads. Laid out per word as
/// <c>[(prev2 + 1) * States + prev1 + 1] * Classes + class</c>. Templates that do not read the previous classes are
/// scored once per word, those that read only the previous class once per previous class, and template 23 (the pair
/// of previous classes, which reads nothing of the word) once per sentence, so a word costs about twice a greedy step,
/// not 64 times.
/// </summary>
public static class EntityLocalScores
{
    /// <summary>Previous-class values: -1 (before the sentence) and every class.</summary>
    public const int States = 8;

    /// <summary>Classes per score row.</summary>
    public const int Classes = 7;

    /// <summary>Scores per word.</summary>
    public const int Stride = States * States * Classes;

    /// <summary>Fills <paramref name="local"/> (<see cref="Stride"/> per word) from a trained model's quantised weights,
    /// scoring only its first <paramref name="featureCount"/> templates.</summary>
    public static void Fill(WeightTable weights, int featureCount, ReadOnlySpan<WordHashes> hashes, ReadOnlySpan<int> pos, ReadOnlySpan<int> gazetteer, ReadOnlySpan<int> document, Span<int> local)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Fill(new TableScorer(weights), weights.BucketBits, featureCount, hashes, pos, gazetteer, document, local);
    }

    /// <summary>Fills <paramref name="local"/> from the current (not averaged) weights of a perceptron in training, scoring its first <paramref name="featureCount"/> templates.</summary>
    public static void Fill(AveragedPerceptron weights, int featureCount, ReadOnlySpan<WordHashes> hashes, ReadOnlySpan<int> pos, ReadOnlySpan<int> gazetteer, ReadOnlySpan<int> document, Span<float> local)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Fill(new PerceptronScorer(weights), weights.BucketBits, featureCount, hashes, pos, gazetteer, document, local);
    }

    /// <summary>Adds <paramref name="bias"/> (person, organisation, place) to the score of beginning a name of that
    /// type (B-PER, B-ORG, B-LOC) in every row of <paramref name="local"/>, whatever the previous classes.</summary>
    public static void AddBeginBias(Span<int> local, ReadOnlySpan<int> bias)
    {
        for (int at = 0; at + Classes <= local.Length; at += Classes)
        {
            local[at + 1] += bias[0];
            local[at + 3] += bias[1];
            local[at + 5] += bias[2];
        }
    }

    /// <summary>Adds the weights of some buckets to a row of class scores.</summary>
    private interface IScorer<T> where T : unmanaged, INumber<T>
    {
        void Add(ReadOnlySpan<int> buckets, Span<T> scores);
    }

    private readonly struct TableScorer(WeightTable weights) : IScorer<int>
    {
        public void Add(ReadOnlySpan<int> buckets, Span<int> scores) => weights.Score(buckets, scores);
    }

    private readonly struct PerceptronScorer(AveragedPerceptron weights) : IScorer<float>
    {
        public void Add(ReadOnlySpan<int> buckets, Span<float> scores)
        {
            // The perceptron's Score overwrites; the table's adds. Sum here so both behave alike.
            Span<float> own = stackalloc float[Classes];
            weights.Score(buckets, own);
            for (int c = 0; c < Classes; c++) scores[c] += own[c];
        }
    }

    private static void Fill<T, TScorer>(TScorer scorer, int bits, int featureCount, ReadOnlySpan<WordHashes> hashes, ReadOnlySpan<int> pos, ReadOnlySpan<int> gazetteer, ReadOnlySpan<int> document, Span<T> local)
        where T : unmanaged, INumber<T> where TScorer : struct, IScorer<T>
    {
        var history = EntityFeatures.HistoryTemplates;
        Span<int> buckets = stackalloc int[EntityFeatures.Count];
        Span<int> wordBuckets = stackalloc int[EntityFeatures.Count];
        Span<int> historyBuckets = stackalloc int[history.Length];
        Span<int> lastBuckets = stackalloc int[history.Length];
        Span<int> pair = stackalloc int[1];
        Span<T> word = stackalloc T[Classes];
        Span<T> last = stackalloc T[States * Classes];
        Span<T> pairScores = stackalloc T[Classes];
        int n = pos.Length;
        bool pairScored = EntityFeatures.HistoryTemplates[EntityFeatures.HistoryPairIndex] < featureCount;
        // The pair template reads the two previous classes and nothing of the word: score it once per sentence.
        Span<T> pairTable = stackalloc T[States * States * Classes];
        pairTable.Clear();
        if (pairScored)
            for (int p1 = -1; p1 < Classes; p1++)
                for (int p2 = -1; p2 < Classes; p2++)
                {
                    if (p1 < 0 && p2 >= 0) continue;
                    if (p2 >= 0 && !EntityRecognizer.Allowed(p2, p1)) continue;
                    pair[0] = EntityFeatures.PairBucket(p1, p2, bits);
                    scorer.Add(pair, pairTable.Slice(((p2 + 1) * States + p1 + 1) * Classes, Classes));
                }
        for (int i = 0; i < n; i++)
        {
            EntityFeatures.Extract(hashes, pos, gazetteer, document, i, -1, -1, bits, buckets, featureCount);
            int wb = 0, h0 = 0;
            for (int f = 0; f < featureCount; f++)
            {
                if (h0 < history.Length && history[h0] == f) { h0++; continue; }
                wordBuckets[wb++] = buckets[f];
            }
            word.Clear();
            scorer.Add(wordBuckets[..wb], word);
            // Before the first word the previous class is -1; from the second word on it is a class.
            int firstPrev = i == 0 ? -1 : 0, lastPrev = i == 0 ? -1 : Classes - 1;
            for (int p1 = firstPrev; p1 <= lastPrev; p1++)
            {
                EntityFeatures.ExtractHistory(hashes, pos, gazetteer, document, i, p1, -1, bits, historyBuckets);
                int lb = 0;
                for (int h = 0; h < history.Length; h++)
                    if (h != EntityFeatures.HistoryPairIndex && history[h] < featureCount) lastBuckets[lb++] = historyBuckets[h];
                var row = last.Slice((p1 + 1) * Classes, Classes);
                word.CopyTo(row);
                scorer.Add(lastBuckets[..lb], row);
            }
            var wordLocal = local.Slice(i * Stride, Stride);
            int firstPrev2 = i < 2 ? -1 : 0, lastPrev2 = i < 2 ? -1 : Classes - 1;
            for (int p1 = firstPrev; p1 <= lastPrev; p1++)
            {
                var row = last.Slice((p1 + 1) * Classes, Classes);
                for (int p2 = firstPrev2; p2 <= lastPrev2; p2++)
                {
                    int at = ((p2 + 1) * States + p1 + 1) * Classes;
                    var target = wordLocal.Slice(at, Classes);
                    var pairRow = pairTable.Slice(at, Classes);
                    for (int c = 0; c < Classes; c++) target[c] = row[c] + pairRow[c];
                }
            }
        }
    }
}
