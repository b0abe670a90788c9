using Casus.Actors.Discourse;

namespace Casus.Tests.Actors.Discourse;

/// <summary>The counterpart offices of data/actors/offices.txt (docs/formats/actors.md, "Groups").</summary>
public class CounterpartOfficesTests
{
    [Theory]
    [InlineData("Foreign Minister Wang Yi", "Foreign")]
    [InlineData("Secretary of State Blinken", "Foreign")]
    [InlineData("Defense Secretary Austin", "Defence")]
    [InlineData("National Security Advisor Jake Sullivan", "SecurityAdviser")]
    [InlineData("Prime Minister Kishida", "Leader")]
    [InlineData("President Biden", "Leader")]
    [InlineData("Vice President Harris", "None")]   // before "president"
    [InlineData("Trade Minister Tai", "None")]      // "minister" after "prime minister"
    [InlineData("officials", "None")]
    // The office by name: the enum is internal, and a public test method cannot take it.
    public void The_first_matching_line_gives_the_office(string phrase, string office)
    {
        Assert.Equal(Enum.Parse<CounterpartOffice>(office), CounterpartOffices.Default.OfficeOf(phrase));
    }

    [Fact]
    public void Order_decides_between_lines_that_both_match()
    {
        var list = CounterpartOffices.Load(new StringReader("none | vice president\nleader | president"), "a.txt", out var errors);
        Assert.Empty(errors);
        Assert.Equal(CounterpartOffice.None, list.OfficeOf("Vice President Harris"));
        var swapped = CounterpartOffices.Load(new StringReader("leader | president\nnone | vice president"), "b.txt", out errors);
        Assert.Empty(errors);
        Assert.Equal(CounterpartOffice.Leader, swapped.OfficeOf("Vice President Harris"));
    }

    [Fact]
    public void Bad_lines_are_errors_with_file_and_line()
    {
        var text = string.Join('\n',
            "foreign | foreign minister",
            "envoy | special envoy",           // 2: unknown office
            "leader | President",              // 3: upper case never matches lower-cased text
            "defence | defence minister | x",  // 4: three fields
            "leader | foreign minister",       // 5: repeats line 1
            "none |",                          // 6: no words
            "leader | premier");
        var list = CounterpartOffices.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([2, 3, 4, 5, 6], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Equal("office", errors[0].Field);
        Assert.Contains("repeats line 1", errors[3].Message, StringComparison.Ordinal);
        Assert.Equal(2, list.Count);
    }
}
