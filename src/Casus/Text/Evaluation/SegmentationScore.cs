namespace Casus.Text.Evaluation;

/// <summary>Precision, recall and F1 of one kind of unit, from counts of exact span matches.</summary>
/// <param name="Gold">Units in the gold standard.</param>
/// <param name="Predicted">Units produced.</param>
/// <param name="Correct">Produced units whose span equals a gold span.</param>
public readonly record struct PrfScore(int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / Predicted (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;
    /// <summary>Correct / Gold (1 when there is no gold).</summary>
    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;
    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Sums two scores.</summary>
    public static PrfScore operator +(PrfScore a, PrfScore b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);
}

/// <summary>Segmentation quality against a treebank.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Characters">Characters of rebuilt text.</param>
/// <param name="Words">Syntactic words: multi-word tokens must be split as the treebank splits them.</param>
/// <param name="SurfaceTokens">Surface tokens: the parts of a split word ("do" + "n't") count as one token.</param>
/// <param name="Sentences">Sentences as character spans (start and end must both match).</param>
/// <param name="SentenceBoundaries">Sentence starts, leaving out the first sentence of each document (which is free).</param>
/// <param name="SkippedSentences">Gold sentences left out because the file was malformed there.</param>
/// <param name="Errors">The reasons for those, naming file and line.</param>
public sealed record SegmentationScore(int Documents, long Characters, PrfScore Words, PrfScore SurfaceTokens, PrfScore Sentences,
    PrfScore SentenceBoundaries, int SkippedSentences, IReadOnlyList<string> Errors);
