using Casus.Time;

namespace Casus.Tests.Time;

/// <summary>The deictics and time nouns of data/time/time-words.txt (docs/formats/word-lists.md, "Time words").</summary>
public class TimeWordsTests
{
    [Fact]
    public void The_shipped_list_holds_deictics_and_time_nouns_in_any_case()
    {
        var words = TimeWords.Default;
        Assert.Contains("yesterday", words.Deictics);
        Assert.Contains("weekend", words.Nouns);
        Assert.True(words.Contains("Today"));
        Assert.True(words.Contains("NIGHT"));
        // Weekday names are calendar words, not repeated here; a prefix is no word of the list.
        Assert.False(words.Contains("Monday"));
        Assert.False(words.Contains("week's"));
        Assert.False(words.Contains("tod"));
    }

    [Fact]
    public void Bad_lines_are_errors_with_file_and_line()
    {
        var text = string.Join('\n',
            "# a comment",
            "deictic | now",
            "span | decade",                  // 3: unknown kind
            "noun | Week",                    // 4: upper case
            "deictic | now",                  // 5: repeats line 2
            "noun | this week",               // 6: two words
            "noun | month # a comment",
            "deictic | tonight",
            "noun");                          // 9: one field
        var list = TimeWords.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([3, 4, 5, 6, 9], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Equal("kind", errors[0].Field);
        Assert.Equal("word", errors[1].Field);
        Assert.Contains("repeats line 2", errors[2].Message, StringComparison.Ordinal);
        Assert.Equal(["now", "tonight"], list.Deictics);
        Assert.Equal(["month"], list.Nouns);
        Assert.True(list.Contains("Month"));
        Assert.False(list.Contains("week"));
    }

    [Fact]
    public void Words_that_point_ahead_and_sequence_adverbs_are_kinds_of_their_own()
    {
        var words = TimeWords.Default;
        Assert.True(words.IsAhead("Tomorrow"));
        Assert.True(words.IsAheadModifier("next"));
        Assert.True(words.IsAheadModifier("COMING"));
        Assert.True(words.IsAheadAdverb("later"));
        Assert.False(words.IsAhead("yesterday"));
        Assert.False(words.IsAheadModifier("last"));
        foreach (var adverb in new[] { "later", "Subsequently", "since", "thereafter", "eventually", "earlier", "previously" })
            Assert.True(words.IsSequenceAdverb(adverb), adverb);
        // "then" and "afterwards" mostly keep the same day ("met X on Monday and then flew to Y").
        Assert.False(words.IsSequenceAdverb("then"));
        Assert.False(words.IsSequenceAdverb("afterwards"));
        foreach (var past in new[] { "last", "AGO", "yesterday", "earlier", "previous", "past" })
            Assert.True(words.SaysPast(past), past);
        Assert.False(words.SaysPast("next"));
        Assert.False(words.SaysPast("today"));
        // The new kinds are no time words of a clause's dependents: "later" or "next" is no participant test.
        Assert.False(words.Contains("later"));
        Assert.False(words.Contains("next"));
    }

    [Fact]
    public void A_bad_line_of_the_new_kinds_is_an_error_with_file_and_line()
    {
        var text = string.Join('\n',
            "ahead | tomorrow",
            "ahead-modifier | Next",        // 2: upper case
            "sequence | later on",          // 3: two words
            "sequence | later",
            "ahead-adverb | later",         // another kind: no repeat
            "sequence | later",             // 6: repeats line 4
            "sequel | then",                // 7: unknown kind
            "past | ago",
            "past | two days");             // 9: two words
        var list = TimeWords.Load(new StringReader(text), "time-words.txt", out var errors);
        Assert.Equal([2, 3, 6, 7, 9], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("time-words.txt", e.File));
        Assert.Equal("kind", errors[3].Field);
        Assert.Contains("repeats line 4", errors[2].Message, StringComparison.Ordinal);
        Assert.True(list.IsAhead("tomorrow"));
        Assert.False(list.IsAheadModifier("next"));
        Assert.True(list.IsSequenceAdverb("Later"));
        Assert.True(list.IsAheadAdverb("later"));
        Assert.True(list.SaysPast("Ago"));
        Assert.False(list.SaysPast("last"));
        Assert.Empty(list.Deictics);
    }
}
