using Casus.Actors.People;

namespace Casus.Tests.Actors.People;

/// <summary>The government body nouns of data/actors/government-bodies.txt (docs/formats/actors.md, "Governments
/// named for their leader").</summary>
public class GovernmentBodiesTests
{
    [Theory]
    [InlineData("regime", true)]
    [InlineData("Administration", true)]
    [InlineData("JUNTA", true)]
    [InlineData("spokesman", false)]   // an office, not a body
    [InlineData("regimes", false)]
    public void The_shipped_list_holds_body_nouns(string word, bool body)
    {
        Assert.Equal(body, GovernmentBodies.Default.Contains(word));
    }

    [Fact]
    public void Bad_lines_are_errors_with_file_and_line()
    {
        var text = string.Join('\n',
            "# a comment",
            "regime",
            "Cabinet",          // 3: upper case
            "military junta",   // 4: two words
            "regime  # again",  // 5: repeats line 2
            "",
            "junta");
        var list = GovernmentBodies.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([3, 4, 5], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Contains("repeats line 2", errors[2].Message, StringComparison.Ordinal);
        Assert.Equal(2, list.Count);
        Assert.True(list.Contains("Junta"));
    }
}
