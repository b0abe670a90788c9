using Casus.Actors.Context;

namespace Casus.Tests.Actors.Context;

/// <summary>The office words of data/actors/diplomacy.txt (docs/formats/actors.md, "Country from context").</summary>
public class DiplomacyWordsTests
{
    [Fact]
    public void The_shipped_list_holds_both_kinds()
    {
        var words = DiplomacyWords.Default;
        Assert.True(words.IsDiplomat("Ambassador"));
        Assert.True(words.IsDiplomat("chargé"));
        Assert.False(words.IsDiplomat("ministry"));
        Assert.True(words.IsForeignOffice("Ministry"));
        Assert.False(words.IsForeignOffice("forces"));   // "foreign forces" are no state's own office
        Assert.True(words.IsVisitVerb("Visit"));
        Assert.True(words.IsVisitVerb("meet"));
        Assert.False(words.IsVisitVerb("praise"));
    }

    [Theory]
    [InlineData("Ambassador")]
    [InlineData("AMBASSADOR")]
    [InlineData("chargé")]
    [InlineData("ministry")]
    [InlineData("Ministry")]
    [InlineData("forces")]
    [InlineData("")]
    public void A_token_read_in_place_gets_the_answer_its_string_gets(string word)
    {
        // The passes ask with the token's letters (no string made): the answer must be the string lookup's, any case.
        var words = DiplomacyWords.Default;
        Assert.Equal(words.IsDiplomat(word), words.IsDiplomat(("<" + word + ">").AsSpan(1, word.Length)));
        Assert.Equal(words.IsForeignOffice(word), words.IsForeignOffice(("<" + word + ">").AsSpan(1, word.Length)));
    }

    [Fact]
    public void Bad_lines_are_errors_with_file_and_line()
    {
        var text = string.Join('\n',
            "# a comment",
            "diplomat | envoy",
            "office | ministry",              // 3: unknown kind
            "diplomat | Consul",              // 4: upper case
            "diplomat | envoy",               // 5: repeats line 2
            "foreign-office | foreign ministry", // 6: two words
            "diplomat | attaché",
            "foreign-office");                // 8: one field
        var list = DiplomacyWords.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([3, 4, 5, 6, 8], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Equal("kind", errors[0].Field);
        Assert.Contains("repeats line 2", errors[2].Message, StringComparison.Ordinal);
        Assert.Equal(2, list.Count);
        Assert.True(list.IsDiplomat("ATTACHÉ"));
    }
}
