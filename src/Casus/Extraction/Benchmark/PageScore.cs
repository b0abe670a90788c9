namespace Casus.Extraction.Benchmark;

/// <summary>One page's shingle match counts and the precision and recall they give.</summary>
/// <param name="Id">The page id.</param>
/// <param name="TruePositives">Shingles in both texts (multiset intersection).</param>
/// <param name="FalsePositives">Shingles only in the prediction.</param>
/// <param name="FalseNegatives">Shingles only in the truth.</param>
public readonly record struct PageScore(string Id, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); null when the prediction has no shingles (an empty prediction says nothing about precision).</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); null when the truth has no shingles.</summary>
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);
}
