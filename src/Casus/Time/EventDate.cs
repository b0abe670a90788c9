namespace Casus.Time;

/// <summary>How finely an <see cref="EventDate"/> pins the event down.</summary>
public enum DatePrecision
{
    /// <summary>A single day ("on Wednesday", "yesterday", "15 October").</summary>
    Day,
    /// <summary>A week; the date is its Monday ("last week").</summary>
    Week,
    /// <summary>A month; the date is its first day ("in March", "earlier this month").</summary>
    Month,
    /// <summary>A year; the date is 1 January ("last year", "in 2019").</summary>
    Year,
}

/// <summary>Where an event's date was read.</summary>
public enum DateSource
{
    /// <summary>A time expression that modifies the event's own verb or noun.</summary>
    Clause,
    /// <summary>A time expression elsewhere in the event's sentence.</summary>
    Sentence,
    /// <summary>No expression: the article's publication date stands in.</summary>
    Publication,
    /// <summary>No expression: the date of an event of the sentence before, in the same paragraph and with an actor in
    /// common ("Sullivan met yesterday with X. Mr. Sullivan thanked ...").</summary>
    Paragraph,
}

/// <summary>
/// When an event happened: the first day of the period the text names, how precise that is, where it was read,
/// and the words. Immutable.
/// </summary>
/// <param name="Date">The day, or the first day of the week (Monday), month or year.</param>
/// <param name="Precision">Day, week, month or year.</param>
/// <param name="Source">Clause, sentence, paragraph or publication date.</param>
/// <param name="Expression">The words that gave the date ("on Wednesday"); null for the publication date.</param>
/// <param name="Rule">How the words were read, e.g. "weekday, most recent on or before 2024-03-06".</param>
public sealed record EventDate(DateOnly Date, DatePrecision Precision, DateSource Source, string? Expression, string Rule)
{
    /// <summary>The last day of the period <see cref="Date"/> starts.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Week => Date.AddDays(6),
        DatePrecision.Month => Date.AddMonths(1).AddDays(-1),
        DatePrecision.Year => new DateOnly(Date.Year, 12, 31),
        _ => Date,
    };

    /// <summary>The precision as written in output: "day", "week", "month" or "year".</summary>
    public string PrecisionName => Precision switch
    {
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => "day",
    };

    /// <summary>The source as written in output: "clause", "sentence", "paragraph" or "publication".</summary>
    public string SourceName => Source switch
    {
        DateSource.Clause => "clause",
        DateSource.Sentence => "sentence",
        DateSource.Paragraph => "paragraph",
        _ => "publication",
    };
}
