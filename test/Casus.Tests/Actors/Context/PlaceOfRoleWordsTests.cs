using Casus.Actors.Context;

namespace Casus.Tests.Actors.Context;

/// <summary>The word lists of data/actors/place-of-role.txt (docs/formats/actors.md, "Country from the place of a
/// role").</summary>
public class PlaceOfRoleWordsTests
{
    [Fact]
    public void The_shipped_list_holds_the_three_kinds()
    {
        var words = PlaceOfRoleWords.Default;
        Assert.True(words.IsPlaceNoun("city"));
        Assert.True(words.IsPlaceNoun("Province"));
        Assert.False(words.IsPlaceNoun("Republic"));
        Assert.True(words.IsStateWord("Republic"));
        Assert.False(words.IsStateWord("city"));
        Assert.True(words.IsLocalRole("REB"));
        Assert.True(words.IsLocalRole("CVL"));
        Assert.False(words.IsLocalRole("MIL"));   // troops in a town often serve abroad
        Assert.False(words.IsLocalRole("reb"));   // codes are upper case
        Assert.True(words.IsClauseRole("MIL"));   // ... but soldiers acting in a town are mostly its own
        Assert.False(words.IsClauseRole("CVL"));
        Assert.True(words.IsSubjectRole("UAF"));
        Assert.False(words.IsSubjectRole("CVL"));
        Assert.True(words.IsAwayVerb("Deploy"));
        Assert.False(words.IsAwayVerb("protest"));
        Assert.True(words.IsForeignWord("Peacekeepers"));
        Assert.False(words.IsForeignWord("soldiers"));
    }

    [Fact]
    public void Bad_lines_are_errors_with_file_and_line()
    {
        var text = string.Join('\n',
            "# a comment",
            "place-noun | city",
            "place | town",                   // 3: unknown kind
            "state-word | Republic",          // 4: upper case
            "local-role | REBEL",             // 5: not a three-letter code
            "local-role | cvl",               // 6: lower case code
            "place-noun | city",              // 7: repeats line 2
            "state-word | city",              // another kind: no repeat
            "local-role | REB",
            "place-noun | west bank",         // 10: two words
            "state-word",                     // 11: one field
            "clause-role | mil");             // 12: lower case code
        var list = PlaceOfRoleWords.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([3, 4, 5, 6, 7, 10, 11, 12], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Equal("kind", errors[0].Field);
        Assert.Contains("repeats line 2", errors[4].Message, StringComparison.Ordinal);
        Assert.Equal(3, list.Count);
        Assert.True(list.IsStateWord("City"));
        Assert.True(list.IsLocalRole("REB"));
    }
}
