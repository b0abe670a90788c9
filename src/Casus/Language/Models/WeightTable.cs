namespace Casus.Language.Models;

/// <summary>
/// The weights of a trained linear classifier over hashed features, quantised to 16 bits: row <c>b</c> holds one
/// weight per class for every feature hashed to bucket <c>b</c>. Immutable and thread-safe.
/// </summary>
public sealed class WeightTable
{
    private readonly short[] _weights;

    /// <summary>Creates a table from quantised weights laid out row by row.</summary>
    public WeightTable(int bucketBits, int classes, short[] weights)
    {
        if (bucketBits is < 1 or > 26) throw new ArgumentOutOfRangeException(nameof(bucketBits));
        if (classes < 1) throw new ArgumentOutOfRangeException(nameof(classes));
        if (weights.Length != (1 << bucketBits) * classes) throw new ArgumentException("weights do not match buckets × classes", nameof(weights));
        BucketBits = bucketBits;
        Classes = classes;
        _weights = weights;
    }

    /// <summary>log2 of the number of rows.</summary>
    public int BucketBits { get; }
    /// <summary>Number of classes (columns).</summary>
    public int Classes { get; }
    internal ReadOnlySpan<short> Raw => _weights;

    /// <summary>Adds the rows of <paramref name="buckets"/> into <paramref name="scores"/> (which the caller clears).</summary>
    public void Score(ReadOnlySpan<int> buckets, Span<int> scores)
    {
        int c = Classes;
        var w = _weights.AsSpan();
        scores = scores[..c];
        foreach (int b in buckets)
        {
            var row = w.Slice(b * c, c);
            for (int k = 0; k < row.Length; k++) scores[k] += row[k];
        }
    }

    /// <summary>Writes the table.</summary>
    public void Write(ModelWriter w)
    {
        w.Section("weights");
        w.Write(BucketBits);
        w.Write(Classes);
        w.WriteSparse(_weights);
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static WeightTable Read(ModelReader r)
    {
        r.Section("weights");
        int bits = r.ReadInt32();
        int classes = r.ReadInt32();
        var weights = r.ReadSparse();
        if (bits is < 1 or > 26 || classes < 1 || weights.Length != (1 << bits) * classes)
            throw new InvalidDataException($"weight table of {weights.Length} entries does not match 2^{bits} × {classes}");
        return new WeightTable(bits, classes, weights);
    }
}
