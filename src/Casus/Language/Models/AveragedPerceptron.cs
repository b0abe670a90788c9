namespace Casus.Language.Models;

/// <summary>
/// Training state of a multi-class averaged perceptron over hashed features (Collins 2002; the lazy-update
/// averaging trick keeps each update O(features)). Not thread-safe; used only while training.
/// </summary>
public sealed class AveragedPerceptron
{
    private readonly float[] _w;
    private readonly double[] _total;
    private readonly int[] _stamp;
    private int _now;

    /// <summary>Creates an all-zero model with 2^<paramref name="bucketBits"/> rows of <paramref name="classes"/> weights.</summary>
    public AveragedPerceptron(int bucketBits, int classes)
    {
        BucketBits = bucketBits;
        Classes = classes;
        int n = (1 << bucketBits) * classes;
        _w = new float[n];
        _total = new double[n];
        _stamp = new int[n];
    }

    /// <summary>log2 of the number of rows.</summary>
    public int BucketBits { get; }
    /// <summary>Number of classes.</summary>
    public int Classes { get; }

    /// <summary>Current (not averaged) scores of every class for a set of feature buckets.</summary>
    public void Score(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        scores[..Classes].Clear();
        foreach (int b in buckets)
        {
            var row = _w.AsSpan(b * Classes, Classes);
            for (int k = 0; k < row.Length; k++) scores[k] += row[k];
        }
    }

    /// <summary>Counts one training instance (advances the averaging clock).</summary>
    public void Tick() => _now++;

    /// <summary>Rewards <paramref name="truth"/> and penalises <paramref name="guess"/> on every feature (no-op when equal).</summary>
    public void Update(ReadOnlySpan<int> buckets, int truth, int guess)
    {
        if (truth == guess) return;
        foreach (int b in buckets)
        {
            Add(b * Classes + truth, 1f);
            Add(b * Classes + guess, -1f);
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of class <paramref name="cls"/> on every feature: the
    /// building block of structured updates (a beam parser rewards a gold sequence and penalises a predicted one).</summary>
    public void Add(ReadOnlySpan<int> buckets, int cls, float delta)
    {
        foreach (int b in buckets) Add(b * Classes + cls, delta);
    }

    private void Add(int i, float delta)
    {
        _total[i] += (double)(_now - _stamp[i]) * _w[i];
        _stamp[i] = _now;
        _w[i] += delta;
    }

    /// <summary>The averaged weights as floats, row by row (<c>[bucket * Classes + class]</c>), for components that
    /// quantise or lay out their tables themselves (the parser keeps dense rows).</summary>
    public float[] AveragedWeights()
    {
        var avg = new float[_w.Length];
        if (_now == 0) return avg;
        for (int i = 0; i < avg.Length; i++)
            avg[i] = (float)((_total[i] + (double)(_now - _stamp[i]) * _w[i]) / _now);
        return avg;
    }

    /// <summary>The averaged weights, quantised to 16 bits. Weights whose magnitude is below
    /// <paramref name="pruneBelow"/> of the largest are dropped (they barely move a decision and cost space).</summary>
    public WeightTable ToWeightTable(double pruneBelow = 0)
    {
        int n = _w.Length;
        var avg = new float[n];
        for (int i = 0; i < n; i++)
        {
            double total = _total[i] + (double)(_now - _stamp[i]) * _w[i];
            avg[i] = _now == 0 ? 0 : (float)(total / _now);
        }
        return Quantise(BucketBits, Classes, avg, pruneBelow);
    }

    /// <summary>Weights (<c>[bucket * classes + class]</c>) quantised to a 16-bit <see cref="WeightTable"/>, as
    /// <see cref="ToWeightTable"/> does with its own averaged weights; for weights averaged over several models.</summary>
    public static WeightTable Quantise(int bucketBits, int classes, float[] weights, double pruneBelow = 0)
    {
        ArgumentNullException.ThrowIfNull(weights);
        int n = weights.Length;
        float max = 0;
        for (int i = 0; i < n; i++) max = Math.Max(max, Math.Abs(weights[i]));
        var q = new short[n];
        if (max > 0)
        {
            // One scale for the whole table: ranking classes only needs relative sizes, and integer sums are exact.
            double scale = 32767.0 / max;
            double floor = max * pruneBelow;
            for (int i = 0; i < n; i++)
                if (Math.Abs(weights[i]) >= floor) q[i] = (short)Math.Round(weights[i] * scale);
        }
        return new WeightTable(bucketBits, classes, q);
    }
}
