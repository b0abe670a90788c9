using Casus.Document;

namespace Casus.Evaluation;

/// <summary>How one gold record fared: its pairing at every level, and the coded article (for explaining errors).</summary>
/// <param name="Record">The gold record.</param>
/// <param name="Article">The article the pipeline coded from the record's text.</param>
/// <param name="Levels">The pairing at each level, in <see cref="ScoreLevels.All"/> order.</param>
public sealed record RecordScore(GoldRecord Record, Article Article, IReadOnlyList<LevelMatch> Levels)
{
    /// <summary>The pairing at <paramref name="level"/>.</summary>
    public LevelMatch At(ScoreLevel level) => Levels[(int)level];
}
