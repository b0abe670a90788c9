using Casus.Document;

namespace Casus.Evaluation;

/// <summary>How one gold actor phrase fared: the codes found, and whether they equal the expected set.</summary>
/// <param name="Record">The gold record.</param>
/// <param name="Found">The distinct codes of the article's mentions, in order of first mention.</param>
/// <param name="Mentions">The mentions, for error listings.</param>
/// <param name="Correct">True when the found codes equal the expected codes as sets.</param>
public sealed record ActorPhraseScore(ActorPhraseRecord Record, IReadOnlyList<string> Found, IReadOnlyList<Mention> Mentions, bool Correct);

/// <summary>
/// Scores actor phrases: a record is correct when the set of codes of all mentions the pipeline found in its text
/// equals the set of expected codes (order-insensitive, duplicates ignored). Accumulates an accuracy.
/// Not thread-safe; one per run.
/// </summary>
public sealed class ActorPhraseEvaluator
{
    /// <summary>Records scored.</summary>
    public int Total { get; private set; }

    /// <summary>Records whose codes matched exactly.</summary>
    public int Correct { get; private set; }

    /// <summary>Correct / Total (0 when nothing was scored).</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    /// <summary>Expected codes over all records.</summary>
    public int Expected { get; private set; }

    /// <summary>Expected codes that some mention agrees with on the expected code's first six letters (the
    /// code+dyad rule of spec/eval.md: "USA" accepts "USAGOV", "PSEREB" accepts "PSEREBHMS").</summary>
    public int Found6 { get; private set; }

    /// <summary>Expected codes that some mention agrees with on the first three letters (the root+dyad rule).</summary>
    public int Found3 { get; private set; }

    /// <summary>Scores <paramref name="article"/> (the record's text, already processed) against <paramref name="record"/>.</summary>
    public ActorPhraseScore Add(ActorPhraseRecord record, Article article)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(article);
        var found = new List<string>();
        foreach (var m in article.Mentions)
            if (!found.Contains(m.Code.Value)) found.Add(m.Code.Value);
        var expected = new HashSet<string>(record.Expected, StringComparer.Ordinal);
        bool correct = expected.SetEquals(found);
        foreach (var code in expected)
        {
            Expected++;
            if (found.Any(f => EventMatcher.ActorAgrees(code, f, 6))) Found6++;
            if (found.Any(f => EventMatcher.ActorAgrees(code, f, 3))) Found3++;
        }
        Total++;
        if (correct) Correct++;
        return new ActorPhraseScore(record, found, article.Mentions, correct);
    }
}
