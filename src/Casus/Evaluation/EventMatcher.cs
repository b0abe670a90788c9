namespace Casus.Evaluation;

/// <summary>The matching rules of spec/eval.md: when a predicted event matches a gold event at a level, and the
/// one-to-one greedy pairing within a record.</summary>
public static class EventMatcher
{
    /// <summary>True when <paramref name="predicted"/> matches <paramref name="gold"/> at <paramref name="level"/>.</summary>
    public static bool Matches(ScoreLevel level, in ScoredEvent gold, in ScoredEvent predicted) => level switch
    {
        // Events without a category are filtered out before pairing; a null here never matches.
        ScoreLevel.Plover => gold.Plover is not null && gold.Plover == predicted.Plover,
        ScoreLevel.RootDyad => ActionAgrees(gold, predicted, rootOnly: true)
            && ActorAgrees(gold.Source, predicted.Source, 3) && ActorAgrees(gold.Target, predicted.Target, 3),
        _ => ActionAgrees(gold, predicted, rootOnly: false)
            && ActorAgrees(gold.Source, predicted.Source, 6) && ActorAgrees(gold.Target, predicted.Target, 6),
    };

    /// <summary>The gold actor accepts the predicted one when they agree on the gold's letters, up to
    /// <paramref name="letters"/> ("USA" accepts "USAGOV"; "USAGOV" does not accept "USAMIL"). An empty gold actor
    /// names none and accepts anything.</summary>
    public static bool ActorAgrees(string gold, string predicted, int letters)
    {
        if (gold.Length == 0) return true;
        int need = Math.Min(gold.Length, letters);
        return predicted.Length >= need && string.CompareOrdinal(gold, 0, predicted, 0, need) == 0;
    }

    private static bool ActionAgrees(in ScoredEvent gold, in ScoredEvent predicted, bool rootOnly)
    {
        if (gold.Code is { } g)
        {
            if (predicted.Code is not { } p) return false;
            return rootOnly ? g.Root == p.Root : p.MatchesPrefixOf(g);
        }
        // Gold that gives only a PLOVER category is matched on the category.
        return gold.Plover is not null && gold.Plover == predicted.Plover;
    }

    /// <summary>How alike two events are, used to pair the best matches first: agreeing code digits weigh most,
    /// then the PLOVER category, then agreeing actor letters.</summary>
    public static int Similarity(in ScoredEvent gold, in ScoredEvent predicted)
    {
        int score = 0;
        if (gold.Code is { } g && predicted.Code is { } p) score += 100 * CommonPrefix(g.Digits, p.Digits);
        if (gold.Plover is not null && gold.Plover == predicted.Plover) score += 50;
        score += CommonPrefix(gold.Source, predicted.Source) + CommonPrefix(gold.Target, predicted.Target);
        return score;
    }

    private static int CommonPrefix(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length), i = 0;
        while (i < n && a[i] == b[i]) i++;
        return i;
    }

    /// <summary>Pairs gold and predicted events of one record one to one at <paramref name="level"/>: among all
    /// matching pairs, the most similar is taken first, ties going to the earlier gold, then earlier predicted event.
    /// At the plover level, events without a PLOVER category are left out on both sides.</summary>
    public static LevelMatch Match(ScoreLevel level, IReadOnlyList<ScoredEvent> gold, IReadOnlyList<ScoredEvent> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var g = Eligible(level, gold);
        var p = Eligible(level, predicted);
        var candidates = new List<(int Score, int Gold, int Predicted)>();
        for (int i = 0; i < g.Count; i++)
            for (int j = 0; j < p.Count; j++)
                if (Matches(level, g[i], p[j])) candidates.Add((Similarity(g[i], p[j]), i, j));
        candidates.Sort(static (a, b) =>
            a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Predicted.CompareTo(b.Predicted));

        var goldUsed = new bool[g.Count];
        var predictedUsed = new bool[p.Count];
        var pairs = new List<(ScoredEvent Gold, ScoredEvent Predicted)>();
        foreach (var (_, i, j) in candidates)
        {
            if (goldUsed[i] || predictedUsed[j]) continue;
            goldUsed[i] = predictedUsed[j] = true;
            pairs.Add((g[i], p[j]));
        }
        var missed = new List<ScoredEvent>();
        for (int i = 0; i < g.Count; i++) if (!goldUsed[i]) missed.Add(g[i]);
        var spurious = new List<ScoredEvent>();
        for (int j = 0; j < p.Count; j++) if (!predictedUsed[j]) spurious.Add(p[j]);
        return new LevelMatch(level, g.Count, p.Count, pairs, missed, spurious);
    }

    private static IReadOnlyList<ScoredEvent> Eligible(ScoreLevel level, IReadOnlyList<ScoredEvent> events)
    {
        if (level != ScoreLevel.Plover) return events;
        var kept = new List<ScoredEvent>(events.Count);
        foreach (var e in events) if (e.Plover is not null) kept.Add(e);
        return kept;
    }
}

/// <summary>The pairing of one record's events at one level.</summary>
/// <param name="Level">The level.</param>
/// <param name="Gold">Gold events scored (after expansion and, at the plover level, filtering).</param>
/// <param name="Predicted">Predicted events scored.</param>
/// <param name="Pairs">Matched pairs.</param>
/// <param name="Missed">Gold events left unmatched (false negatives).</param>
/// <param name="Spurious">Predicted events left unmatched (false positives).</param>
public sealed record LevelMatch(
    ScoreLevel Level,
    int Gold,
    int Predicted,
    IReadOnlyList<(ScoredEvent Gold, ScoredEvent Predicted)> Pairs,
    IReadOnlyList<ScoredEvent> Missed,
    IReadOnlyList<ScoredEvent> Spurious);
