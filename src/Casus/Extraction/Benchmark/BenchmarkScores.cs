namespace Casus.Extraction.Benchmark;

/// <summary>Scores of an extractor over a benchmark set.</summary>
/// <param name="Pages">Pages scored.</param>
/// <param name="EmptyPredictions">Pages where the extractor returned no text (left out of the precision average).</param>
/// <param name="Precision">Mean per-page precision over pages with a prediction.</param>
/// <param name="Recall">Mean per-page recall over pages with a truth.</param>
/// <param name="F1">F1 of <paramref name="Precision"/> and <paramref name="Recall"/>.</param>
/// <param name="PrecisionStd">Bootstrap standard deviation of the precision (0 when not computed).</param>
/// <param name="RecallStd">Bootstrap standard deviation of the recall.</param>
/// <param name="F1Std">Bootstrap standard deviation of the F1.</param>
public sealed record BenchmarkScores(
    int Pages, int EmptyPredictions, double Precision, double Recall, double F1, double PrecisionStd, double RecallStd, double F1Std);
