using Casus.Time;

namespace Casus.Tests.Time;

/// <summary>The month and weekday names of data/time/calendar.txt (docs/formats/word-lists.md, "Calendar words").</summary>
public class CalendarWordsTests
{
    [Fact]
    public void The_shipped_list_holds_the_months_and_weekdays()
    {
        var words = CalendarWords.Default;
        Assert.Equal(19, words.Count);
        Assert.True(words.Contains("March"));
        Assert.True(words.Contains("SUNDAY"));
        Assert.False(words.Contains("Mar"));
        Assert.True(words.ContainsAsWritten("Monday"));
        Assert.False(words.ContainsAsWritten("monday"));
        Assert.False(words.ContainsAsWritten("MONDAY"));
        Assert.True(words.IsWeekday("friday"));
        Assert.False(words.IsWeekday("May"));
    }

    [Fact]
    public void Bad_lines_are_errors_with_file_and_line()
    {
        var text = string.Join('\n',
            "# a comment",
            "month | may",
            "day | monday",                   // 3: unknown kind
            "weekday | Monday",               // 4: upper case
            "month | may",                    // 5: repeats line 2
            "weekday | week-end",             // 6: not letters only
            "weekday | tuesday # a comment",
            "month");                         // 8: one field
        var list = CalendarWords.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([3, 4, 5, 6, 8], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Equal("kind", errors[0].Field);
        Assert.Contains("repeats line 2", errors[2].Message, StringComparison.Ordinal);
        Assert.Equal(2, list.Count);
        Assert.True(list.ContainsAsWritten("Tuesday"));
    }
}
