using Casus.Time;

namespace Casus.Tests.Time;

public class TimeExpressionsTests
{
    // Anchor: Wednesday 6 March 2024 (a leap year).
    private static readonly DateOnly Wednesday = new(2024, 3, 6);

    [Theory]
    [InlineData("on Wednesday", "2024-03-06", DatePrecision.Day)]
    [InlineData("on Monday", "2024-03-04", DatePrecision.Day)]
    [InlineData("on Thursday", "2024-02-29", DatePrecision.Day)]
    [InlineData("on Sunday night", "2024-03-03", DatePrecision.Day)]
    [InlineData("last Wednesday", "2024-02-28", DatePrecision.Day)]
    [InlineData("yesterday", "2024-03-05", DatePrecision.Day)]
    [InlineData("today", "2024-03-06", DatePrecision.Day)]
    [InlineData("last night", "2024-03-05", DatePrecision.Day)]
    [InlineData("overnight", "2024-03-05", DatePrecision.Day)]
    [InlineData("this morning", "2024-03-06", DatePrecision.Day)]
    [InlineData("two days ago", "2024-03-04", DatePrecision.Day)]
    [InlineData("3 days ago", "2024-03-03", DatePrecision.Day)]
    [InlineData("a week ago", "2024-02-26", DatePrecision.Week)]
    [InlineData("last week", "2024-02-26", DatePrecision.Week)]
    [InlineData("next week", "2024-03-11", DatePrecision.Week)]
    [InlineData("last month", "2024-02-01", DatePrecision.Month)]
    [InlineData("earlier this month", "2024-03-01", DatePrecision.Month)]
    [InlineData("late last year", "2023-01-01", DatePrecision.Year)]
    [InlineData("two years ago", "2022-01-01", DatePrecision.Year)]
    [InlineData("on 15 October", "2023-10-15", DatePrecision.Day)]
    [InlineData("October 15", "2023-10-15", DatePrecision.Day)]
    [InlineData("on 2 March", "2024-03-02", DatePrecision.Day)]
    [InlineData("Oct. 15 , 2019", "2019-10-15", DatePrecision.Day)]
    [InlineData("15th October 2019", "2019-10-15", DatePrecision.Day)]
    [InlineData("in March", "2024-03-01", DatePrecision.Month)]
    [InlineData("in April", "2023-04-01", DatePrecision.Month)]
    [InlineData("in early April", "2023-04-01", DatePrecision.Month)]
    [InlineData("in March 2019", "2019-03-01", DatePrecision.Month)]
    [InlineData("in 2019", "2019-01-01", DatePrecision.Year)]
    [InlineData("over the weekend", "2024-03-02", DatePrecision.Week)]
    [InlineData("said the previous day", "2024-03-05", DatePrecision.Day)]
    [InlineData("met the day before .", "2024-03-05", DatePrecision.Day)]
    [InlineData("returned the following day", "2024-03-07", DatePrecision.Day)]
    [InlineData("fled the day after", "2024-03-07", DatePrecision.Day)]
    [InlineData("a day earlier", "2024-03-05", DatePrecision.Day)]
    [InlineData("two days later", "2024-03-08", DatePrecision.Day)]
    [InlineData("talks from 3 to 5 March", "2024-03-03", DatePrecision.Day)]
    [InlineData("between 1 and 4 March 2019", "2019-03-01", DatePrecision.Day)]
    [InlineData("on 3-5 March", "2024-03-03", DatePrecision.Day)]
    [InlineData("from 12 to 14 Oct. 2019", "2019-10-12", DatePrecision.Day)]
    [InlineData("between Monday and Wednesday", "2024-03-04", DatePrecision.Day)]
    [InlineData("travelled January 8-10", "2024-01-08", DatePrecision.Day)]
    [InlineData("hosting allies July 9 - 11 , 2024", "2024-07-09", DatePrecision.Day)]
    [InlineData("in early 2024", "2024-01-01", DatePrecision.Year)]
    [InlineData("met on March 7", "2024-03-07", DatePrecision.Day)]
    [InlineData("met on March 8", "2023-03-08", DatePrecision.Day)]
    [InlineData("on Monday , March 4", "2024-03-04", DatePrecision.Day)]
    [InlineData("on Friday , March 8", "2024-03-08", DatePrecision.Day)]
    public void Resolves_past_readings_against_the_anchor(string text, string expected, DatePrecision precision)
    {
        var r = TimeExpressions.Find(text.Split(' '), Wednesday);
        Assert.True(r.Success, $"{text}: {r.Failure}");
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), r.Chosen.Date);
        Assert.Equal(precision, r.Chosen.Precision);
    }

    [Theory]
    [InlineData("on Friday", "2024-03-08")]
    [InlineData("on Wednesday", "2024-03-06")]
    [InlineData("in April", "2024-04-01")]
    [InlineData("on 1 February", "2025-02-01")]
    [InlineData("tomorrow", "2024-03-07")]
    public void Future_direction_takes_the_first_on_or_after_the_anchor(string text, string expected)
    {
        var r = TimeExpressions.Find(text.Split(' '), Wednesday, TimeDirection.Future);
        Assert.True(r.Success);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), r.Chosen.Date);
    }

    [Fact]
    public void An_open_weekday_returns_both_readings_and_the_choice()
    {
        var r = TimeExpressions.Find(["on", "Friday"], Wednesday);
        Assert.True(r.IsAmbiguous);
        Assert.Equal([new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 8)], r.Candidates.Select(c => c.Date));
        Assert.Equal(0, r.ChosenIndex);
        Assert.Equal(0, r.Start);
        Assert.Equal(2, r.Length);
    }

    [Theory]
    [InlineData("officials may meet")]          // the modal is no month
    [InlineData("the last meeting")]
    [InlineData("since 2014")]                   // the start of a state, not the day of an act
    [InlineData("until Friday")]
    [InlineData("by next year")]
    [InlineData("March forward")]
    [InlineData("")]
    public void Words_that_are_no_event_date_fail(string text)
    {
        var r = TimeExpressions.Find(text.Split(' ', StringSplitOptions.RemoveEmptyEntries), Wednesday);
        Assert.False(r.Success);
        Assert.Equal(DateFailure.NotATimeExpression, r.Failure);
        Assert.Throws<InvalidOperationException>(() => r.Chosen);
    }

    [Fact]
    public void A_relative_expression_without_anchor_fails_with_a_reason_and_an_absolute_one_resolves()
    {
        Assert.Equal(DateFailure.NoAnchor, TimeExpressions.Find(["yesterday"], null).Failure);
        Assert.Equal(new DateOnly(2019, 10, 15), TimeExpressions.Find(["October", "15", ",", "2019"], null).Chosen.Date);
    }

    [Fact]
    public void A_day_that_does_not_exist_is_invalid_and_the_month_still_reads()
    {
        Assert.Equal(DateFailure.InvalidDate, TimeExpressions.At(["on", "31", "February", "2023"], 0, Wednesday).Failure);
        var month = TimeExpressions.Find(["on", "31", "February", "2023"], Wednesday);
        Assert.Equal((new DateOnly(2023, 2, 1), DatePrecision.Month), (month.Chosen.Date, month.Chosen.Precision));
    }

    [Fact]
    public void Leap_day_without_year_is_the_most_recent_leap_year_s()
    {
        var r = TimeExpressions.Find(["on", "29", "February"], new DateOnly(2025, 6, 1));
        Assert.Equal(new DateOnly(2024, 2, 29), r.Chosen.Date);
    }

    [Fact]
    public void Never_throws_on_odd_input()
    {
        string[][] inputs = [["", " ", "-"], ["99", "Octember"], ["0", "days", "ago"], ["999", "years", "ago"], ["on", "Wednesday", "night", "night"], ["31", "April"], ["Sept.", "31"]];
        foreach (var words in inputs)
        {
            var r = TimeExpressions.Find(words, new DateOnly(1, 1, 1));
            _ = r.Failure;
        }
        Assert.False(TimeExpressions.Find(null, Wednesday).Success);
        Assert.False(TimeExpressions.At(["today"], 5, Wednesday).Success);
    }

    [Fact]
    public void Event_date_periods_end_where_their_precision_says()
    {
        Assert.Equal(new DateOnly(2024, 3, 31), new EventDate(new DateOnly(2024, 3, 1), DatePrecision.Month, DateSource.Clause, "in March", "r").End);
        Assert.Equal(new DateOnly(2024, 3, 10), new EventDate(new DateOnly(2024, 3, 4), DatePrecision.Week, DateSource.Clause, "last week", "r").End);
        Assert.Equal(new DateOnly(2024, 12, 31), new EventDate(new DateOnly(2024, 1, 1), DatePrecision.Year, DateSource.Clause, "this year", "r").End);
    }

    [Theory]
    [InlineData("the day before the vote")]
    [InlineData("the day after polls closed")]
    [InlineData("from 5 to 3 March x")]
    public void A_day_named_by_another_event_or_a_backward_range_is_not_read_as_a_range_or_neighbour_day(string text)
    {
        var r = TimeExpressions.Find(text.Split(' '), Wednesday);
        Assert.False(r.Success && r.Start == 0, $"{text}: read as {(r.Success ? r.Chosen.Rule : "")}");
    }

    [Theory]
    [InlineData("over the past year")]
    [InlineData("in the past week")]
    [InlineData("over the next year")]
    [InlineData("for the past month")]
    [InlineData("throughout the last year")]
    public void A_span_to_or_from_now_is_no_calendar_period(string text)
        => Assert.False(TimeExpressions.Find(text.Split(' '), Wednesday).Success, text);

    [Theory]
    [InlineData("past week", "2024-02-26")]
    [InlineData("next year", "2025-01-01")]
    public void The_calendar_period_without_the_is_still_read(string text, string expected)
        => Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            TimeExpressions.Find(text.Split(' '), Wednesday).Chosen.Date);
}
