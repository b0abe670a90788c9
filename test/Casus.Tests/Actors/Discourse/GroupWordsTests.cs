using Casus.Actors.Discourse;

namespace Casus.Tests.Actors.Discourse;

/// <summary>The group heads and title words of data/actors/groups.txt (docs/formats/actors.md, "Groups").</summary>
public class GroupWordsTests
{
    [Theory]
    [InlineData("leaders", "Leader")]
    [InlineData("Presidents", "Leader")]
    [InlineData("MINISTERS", "Minister")]
    [InlineData("counterparts", "Minister")]
    [InlineData("officials", "Official")]   // "the two officials" of a readout: any one person of a government each (GroupTests)
    [InlineData("Advisors", "Adviser")]     // "the two National Security Advisors": persons titled adviser (GroupTests)
    [InlineData("governments", "Government")]
    [InlineData("nations", "Country")]
    [InlineData("delegations", "Side")]
    [InlineData("Parties", "Side")]
    // The kind by name: the enum is internal, and a public test method cannot take it.
    public void The_shipped_list_gives_a_head_its_kind(string word, string kind)
    {
        Assert.Equal(Enum.Parse<GroupKind>(kind), GroupWords.Default.KindOf(word));
    }

    [Theory]
    [InlineData("leader")]      // singular: no group
    [InlineData("official")]    // singular: no group
    [InlineData("foreign")]     // a title, no head
    [InlineData("parties")]     // lower case: a country's political parties, no signatories
    public void Other_words_head_no_group(string word)
    {
        Assert.Null(GroupWords.Default.KindOf(word));
    }

    [Fact]
    public void Title_words_are_data()
    {
        Assert.True(GroupWords.Default.IsTitle("Foreign"));
        Assert.True(GroupWords.Default.IsTitle("prime"));
        Assert.False(GroupWords.Default.IsTitle("military"));
        Assert.False(GroupWords.Default.IsTitle("leaders"));
    }

    [Fact]
    public void Which_minister_heads_take_titles_is_data()
    {
        Assert.True(GroupWords.Default.TakesTitles("Ministers"));
        Assert.True(GroupWords.Default.TakesTitles("secretaries"));
        Assert.False(GroupWords.Default.TakesTitles("counterparts"));   // a minister head without titles
        Assert.False(GroupWords.Default.TakesTitles("leaders"));
    }

    [Fact]
    public void A_titled_minister_head_is_a_minister_head()
    {
        var list = GroupWords.Load(new StringReader("titled-minister | envoys\nminister | aides"), "test.txt", out var errors);
        Assert.Empty(errors);
        Assert.Equal(GroupKind.Minister, list.KindOf("envoys"));
        Assert.Equal(GroupKind.Minister, list.KindOf("aides"));
        Assert.True(list.TakesTitles("envoys"));
        Assert.False(list.TakesTitles("aides"));
    }

    [Fact]
    public void Bad_lines_are_errors_with_file_and_line()
    {
        var text = string.Join('\n',
            "# a comment",
            "leader | leaders",
            "chief | chiefs",                  // 3: unknown kind
            "side | sides | parties",          // 4: three fields
            "country | Nations",               // 5: upper case
            "title | prime minister",          // 6: two words
            "minister | leaders",              // 7: repeats line 2
            "title | foreign",
            "side");                           // 9: one field
        var list = GroupWords.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([3, 4, 5, 6, 7, 9], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Equal("kind", errors[0].Field);
        Assert.Contains("repeats line 2", errors[4].Message, StringComparison.Ordinal);
        Assert.Equal(1, list.HeadCount);
        Assert.Equal(1, list.TitleCount);
        Assert.Equal(GroupKind.Leader, list.KindOf("leaders"));
        Assert.True(list.IsTitle("foreign"));
    }

    // "party" heads count only capitalised: "the Parties" of an agreement, not "both parties" of a country's politics.
    [Fact]
    public void A_party_head_is_a_side_only_when_capitalised()
    {
        var list = GroupWords.Load(new StringReader("party | parties\nside | sides"), "test.txt", out var errors);
        Assert.Empty(errors);
        Assert.Equal(GroupKind.Side, list.KindOf("Parties"));
        Assert.Null(list.KindOf("parties"));
        Assert.True(list.NeedsCapital("Parties"));
        Assert.Equal(GroupKind.Side, list.KindOf("sides"));
        Assert.False(list.NeedsCapital("sides"));
    }
}
