using Casus.Document;

namespace Casus.Evaluation;

/// <summary>
/// Adds up record scores into an <see cref="EvaluationReport"/>: micro-averaged precision, recall and F1 per level,
/// and the share of no-event records where nothing was coded. One evaluator per run; not thread-safe.
/// </summary>
public sealed class Evaluator
{
    private readonly LevelScore[] _levels = new LevelScore[ScoreLevels.All.Count];
    private int _records;
    private int _noEventRecords;
    private int _noEventUncoded;

    /// <summary>Scores <paramref name="article"/>'s events against <paramref name="record"/> and adds them to the totals.</summary>
    public RecordScore Add(GoldRecord record, Article article)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(article);
        var gold = ScoredEvent.FromGold(record.Events);
        var predicted = ScoredEvent.FromPredicted(article.Events);
        var matches = new LevelMatch[ScoreLevels.All.Count];
        foreach (var level in ScoreLevels.All)
        {
            var match = EventMatcher.Match(level, gold, predicted);
            matches[(int)level] = match;
            _levels[(int)level] = _levels[(int)level].Add(match);
        }
        _records++;
        if (record.Events.Count == 0)
        {
            _noEventRecords++;
            if (article.Events.Count == 0) _noEventUncoded++;
        }
        return new RecordScore(record, article, matches);
    }

    /// <summary>The totals so far.</summary>
    public EvaluationReport Report() => new(_records, (LevelScore[])_levels.Clone(), _noEventRecords, _noEventUncoded);
}

/// <summary>The outcome of scoring a gold set.</summary>
/// <param name="Records">Records scored.</param>
/// <param name="Levels">Scores per level, in <see cref="ScoreLevels.All"/> order.</param>
/// <param name="NoEventRecords">Records whose gold holds no event.</param>
/// <param name="NoEventUncoded">Of those, the records where nothing was coded.</param>
public sealed record EvaluationReport(int Records, IReadOnlyList<LevelScore> Levels, int NoEventRecords, int NoEventUncoded)
{
    /// <summary>The score at <paramref name="level"/>.</summary>
    public LevelScore At(ScoreLevel level) => Levels[(int)level];

    /// <summary>Share of no-event records where nothing was coded; null when the set has no such record.</summary>
    public double? NoEventUncodedShare => NoEventRecords == 0 ? null : (double)NoEventUncoded / NoEventRecords;
}
