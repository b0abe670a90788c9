namespace Casus.Language.Parsing;

/// <summary>
/// A hashed multi-class averaged perceptron used only while training. Averaging uses the "lazy" form
/// (Daumé 2006): besides the weights it keeps the sum of step-weighted updates, so the average is
/// <c>w - u / c</c> at the end, without touching every weight at every step.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly float[] _weights;
    private readonly double[] _updates;

    public AveragedPerceptron(int bits, int width)
    {
        Bits = bits;
        Width = width;
        _weights = new float[(1 << bits) * width];
        _updates = new double[_weights.Length];
    }

    /// <summary>log2 of the number of rows.</summary>
    public int Bits { get; }
    /// <summary>Weights per row (classes, padded).</summary>
    public int Width { get; }
    /// <summary>The number of training instances seen so far (the averaging clock).</summary>
    public long Steps { get; private set; } = 1;

    /// <summary>Advances the averaging clock by one instance.</summary>
    public void Tick() => Steps++;

    /// <summary>Adds the weights of the given rows into <paramref name="scores"/> (cleared first), first <paramref name="classes"/> classes.</summary>
    public void Score(ReadOnlySpan<int> rows, Span<float> scores, int classes)
    {
        scores[..classes].Clear();
        foreach (int r in rows)
        {
            var row = _weights.AsSpan(r * Width, classes);
            for (int k = 0; k < row.Length; k++) scores[k] += row[k];
        }
    }

    /// <summary>Moves the weights of the given rows towards <paramref name="good"/> and away from <paramref name="bad"/>.</summary>
    public void Update(ReadOnlySpan<int> rows, int good, int bad)
    {
        double c = Steps;
        foreach (int r in rows)
        {
            int i = r * Width;
            _weights[i + good] += 1f; _updates[i + good] += c;
            _weights[i + bad] -= 1f; _updates[i + bad] -= c;
        }
    }

    /// <summary>The averaged weights.</summary>
    public float[] Average()
    {
        var avg = new float[_weights.Length];
        double c = Steps;
        for (int i = 0; i < avg.Length; i++)
            avg[i] = _updates[i] == 0 ? _weights[i] : (float)(_weights[i] - _updates[i] / c);
        return avg;
    }
}
