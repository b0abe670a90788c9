namespace Casus.Language.Evaluation;

/// <summary>Token-level scores on gold tokenisation, as percentages. <see cref="Uas"/> and <see cref="Las"/> are null without a parser.</summary>
/// <param name="Tokens">Words scored.</param><param name="Upos">UPOS accuracy.</param><param name="Xpos">XPOS accuracy.</param>
/// <param name="Lemma">Lemma accuracy (null without a lemmatizer).</param><param name="Uas">Unlabelled attachment score.</param>
/// <param name="Las">Labelled attachment score (relation subtypes included).</param>
/// <param name="LemmaGoldTags">Lemma accuracy when the lemmatizer is given the gold Penn tags: the share of the lemma
/// errors that follow tag errors is the difference to <paramref name="Lemma"/>.</param>
public sealed record TaggingScores(int Tokens, double Upos, double Xpos, double? Lemma, double? Uas, double? Las, double? LemmaGoldTags = null);

/// <summary>Span-level exact-match scores of named entities (type and boundaries must both match).</summary>
/// <param name="Gold">Gold entities.</param><param name="Predicted">Predicted entities.</param><param name="Correct">Exact matches.</param>
public sealed record EntityScores(int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    /// <summary>Correct / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
