using Casus.Coding.Clauses;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The nouns of data/clauses/slot-nouns.txt (docs/formats/word-lists.md, "Slot nouns").</summary>
public class SlotNounsTests
{
    [Fact]
    public void The_shipped_list_holds_its_kinds()
    {
        var nouns = SlotNouns.Default;
        Assert.Contains("embargoes", nouns.OnTarget.ToArray());
        Assert.Contains("attack", nouns.OnTarget.ToArray());
        Assert.DoesNotContain("views", nouns.OnTarget.ToArray());
        Assert.True(nouns.IsNoPlace("Response"));
        Assert.True(nouns.IsNoPlace("behalf"));
        Assert.False(nouns.IsNoPlace("Damascus"));
        Assert.Contains("negotiations", nouns.Talks.ToArray());
        Assert.DoesNotContain("clashes", nouns.Talks.ToArray());
    }

    [Fact]
    public void Bad_lines_are_errors_with_file_and_line()
    {
        var text = string.Join('\n',
            "# a comment",
            "on-target | embargo",
            "topic | views",                  // 3: unknown kind
            "no-place | Response",            // 4: upper case
            "on-target | embargo",            // 5: repeats line 2
            "no-place | in response",         // 6: two words
            "no-place | embargo",             // another kind: no repeat
            "on-target");                     // 8: one field
        var list = SlotNouns.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([3, 4, 5, 6, 8], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Equal("kind", errors[0].Field);
        Assert.Contains("repeats line 2", errors[2].Message, StringComparison.Ordinal);
        Assert.Equal(["embargo"], list.OnTarget.ToArray());
        Assert.True(list.IsNoPlace("EMBARGO"));
    }
}
