namespace Casus.Time;

/// <summary>Which way an expression with no direction of its own ("on Friday", "in March") is read.</summary>
public enum TimeDirection
{
    /// <summary>News convention: the most recent such day on or before the anchor.</summary>
    Past,
    /// <summary>The clause speaks of the future ("will meet on Friday"): the first such day on or after the anchor.</summary>
    Future,
}

/// <summary>Why a run of words gave no date.</summary>
public enum DateFailure
{
    /// <summary>It resolved.</summary>
    None,
    /// <summary>The words are no time expression.</summary>
    NotATimeExpression,
    /// <summary>A relative expression with no anchor (the article has no publication date).</summary>
    NoAnchor,
    /// <summary>The words name a day that does not exist ("31 February").</summary>
    InvalidDate,
}

/// <summary>One reading of a time expression: the period and the rule that gave it.</summary>
/// <param name="Date">First day of the period.</param>
/// <param name="Precision">Its precision.</param>
/// <param name="Rule">How it was read.</param>
public readonly record struct DateCandidate(DateOnly Date, DatePrecision Precision, string Rule);

/// <summary>
/// The outcome of reading a time expression: never an exception. A resolved expression has one or more
/// <see cref="Candidates"/> (two where the words leave the direction open: "on Friday" is last Friday or next) and
/// the index of the one chosen; a failed one has a <see cref="Failure"/> reason.
/// </summary>
public sealed class DateResolution
{
    private static readonly DateCandidate[] NoCandidates = [];

    private DateResolution(DateFailure failure, IReadOnlyList<DateCandidate> candidates, int chosen, int start, int length)
    {
        Failure = failure;
        Candidates = candidates;
        ChosenIndex = chosen;
        Start = start;
        Length = length;
    }

    /// <summary>Why it failed; <see cref="DateFailure.None"/> when it resolved.</summary>
    public DateFailure Failure { get; }
    /// <summary>True when a date was resolved.</summary>
    public bool Success => Failure == DateFailure.None;
    /// <summary>The readings, in the order past then future where both exist.</summary>
    public IReadOnlyList<DateCandidate> Candidates { get; }
    /// <summary>Index of the chosen reading in <see cref="Candidates"/>; -1 on failure.</summary>
    public int ChosenIndex { get; }
    /// <summary>The chosen reading; throws on failure (check <see cref="Success"/>).</summary>
    public DateCandidate Chosen => Success ? Candidates[ChosenIndex] : throw new InvalidOperationException($"no date: {Failure}");
    /// <summary>True when the words allowed more than one reading.</summary>
    public bool IsAmbiguous => Candidates.Count > 1;
    /// <summary>Index of the expression's first word in the words read.</summary>
    public int Start { get; }
    /// <summary>Number of words the expression covers.</summary>
    public int Length { get; }

    /// <summary>The same readings with <paramref name="rule"/> put before each reading's rule.</summary>
    internal DateResolution WithRule(string rule)
    {
        var candidates = new DateCandidate[Candidates.Count];
        for (int i = 0; i < candidates.Length; i++) candidates[i] = Candidates[i] with { Rule = $"{rule}; {Candidates[i].Rule}" };
        return new(Failure, candidates, ChosenIndex, Start, Length);
    }

    internal static DateResolution Fail(DateFailure failure) => new(failure, NoCandidates, -1, 0, 0);

    internal static DateResolution One(DateCandidate c, int start, int length) => new(DateFailure.None, [c], 0, start, length);

    internal static DateResolution Two(DateCandidate past, DateCandidate future, TimeDirection direction, int start, int length)
        => past == future ? One(past, start, length)
            : new(DateFailure.None, [past, future], direction == TimeDirection.Future ? 1 : 0, start, length);
}
