using Casus.Time;

namespace Casus.Tests.Time;

/// <summary>The recency and day words of data/time/recency.txt (docs/formats/word-lists.md, "Recency words").</summary>
public class RecencyWordsTests
{
    [Fact]
    public void The_shipped_list_splits_each_kind_by_shape()
    {
        var words = RecencyWords.Default;
        Assert.Contains("today", words.Day.Words);
        Assert.Contains("morning", words.Day.ThisNouns);
        Assert.Empty(words.Day.SoWords);
        Assert.Contains("just", words.Recent.Words);
        Assert.Contains("week", words.Recent.ThisNouns);
        Assert.Equal(["far"], words.Recent.SoWords);
        // Words of span or habit are no recency words.
        Assert.DoesNotContain("consistently", words.Recent.Words);
        Assert.DoesNotContain("since", words.Recent.Words);
    }

    [Fact]
    public void Bad_lines_are_errors_with_file_and_line()
    {
        var text = string.Join('\n',
            "# a comment",
            "recent | now",
            "soon | today",                   // 3: unknown kind
            "recent | Now",                   // 4: upper case
            "recent | now",                   // 5: repeats line 2
            "day | that morning",             // 6: a modifier the rule does not match
            "recent | so very far",           // 7: three words
            "day | this evening # a comment",
            "recent | so far",
            "day");                           // 10: one field
        var list = RecencyWords.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([3, 4, 5, 6, 7, 10], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Equal("kind", errors[0].Field);
        Assert.Equal("word", errors[1].Field);
        Assert.Contains("repeats line 2", errors[2].Message, StringComparison.Ordinal);
        Assert.Equal(["now"], list.Recent.Words);
        Assert.Equal(["evening"], list.Day.ThisNouns);
        Assert.Equal(["far"], list.Recent.SoWords);
    }
}
