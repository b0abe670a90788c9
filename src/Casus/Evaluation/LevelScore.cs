namespace Casus.Evaluation;

/// <summary>Micro-averaged counts and scores at one level.</summary>
/// <param name="Matched">Matched pairs (each is one matched gold and one matched predicted event).</param>
/// <param name="Predicted">Predicted events scored.</param>
/// <param name="Gold">Gold events scored.</param>
public readonly record struct LevelScore(int Matched, int Predicted, int Gold)
{
    /// <summary>Matched predicted events / predicted events; 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    /// <summary>Matched gold events / gold events; 0 when there are no gold events.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds a record's pairing to the counts.</summary>
    public LevelScore Add(LevelMatch match) => new(Matched + match.Pairs.Count, Predicted + match.Predicted, Gold + match.Gold);
}
