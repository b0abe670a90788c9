using Casus.Actors.People;

namespace Casus.Tests.Actors.People;

/// <summary>The title words of data/actors/titles.txt (docs/formats/actors.md, "Titles and honorifics").</summary>
public class PersonTitleWordsTests
{
    [Fact]
    public void The_shipped_list_holds_each_kind()
    {
        var words = PersonTitleWords.Default;
        Assert.True(words.IsHonorific("Mr."));
        Assert.True(words.IsHonorific("sheikh"));
        Assert.False(words.IsHonorific("president"));
        Assert.True(words.IsTitle("President"));
        Assert.True(words.IsTitle("gen."));
        Assert.False(words.IsTitle("prime"));       // only the pair is a title
        Assert.True(words.IsTitlePair("Prime Minister"));
        Assert.False(words.IsTitlePair("prime"));
        Assert.Equal('m', words.GenderOf("King"));
        Assert.Equal('f', words.GenderOf("mrs."));
        Assert.Equal('\0', words.GenderOf("president"));
    }

    [Fact]
    public void Pairs_and_titles_are_read_from_spans_in_lower_case()
    {
        var words = PersonTitleWords.Default;
        Assert.True(words.IsTitlePair("Prime", "Minister"));
        Assert.False(words.IsTitlePair("Prime", "Ministers"));
        Assert.Equal("prime minister", words.LowerPair("PRIME", "Minister"));
        Assert.Null(words.LowerPair("prime", "time"));
        Assert.Equal("president", words.LowerTitle("President"));
        Assert.Null(words.LowerTitle("prime"));
        // The list's own string is handed out, not a new one per token.
        Assert.Same(words.LowerTitle("President"), words.LowerTitle("PRESIDENT"));
        Assert.Same(words.LowerPair("Prime", "Minister"), words.LowerPair("prime", "minister"));
    }

    [Fact]
    public void Bad_lines_are_errors_with_file_and_line()
    {
        var text = string.Join('\n',
            "# a comment",
            "honorific | mr.",
            "rank | colonel",                 // 3: unknown kind
            "title | President",              // 4: upper case
            "title-pair | minister",          // 5: one word for a pair
            "title | prime minister",         // 6: two words for a title
            "honorific | mr.",                // 7: repeats line 2
            "title | sheikh",
            "honorific | sheikh",             // another kind: no repeat
            "female | first lady",
            "male",                           // 11: one field
            "title-pair | crown prince");
        var list = PersonTitleWords.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([3, 4, 5, 6, 7, 11], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Equal("kind", errors[0].Field);
        Assert.Contains("repeats line 2", errors[4].Message, StringComparison.Ordinal);
        Assert.Equal(5, list.Count);
        Assert.True(list.IsTitle("Sheikh"));
        Assert.True(list.IsHonorific("SHEIKH"));
        Assert.True(list.IsTitlePair("Crown Prince"));
        Assert.Equal('f', list.GenderOf("first lady"));
    }

    [Fact]
    public void Cabinet_offices_are_one_or_two_words_in_any_case()
    {
        var words = PersonTitleWords.Default;
        Assert.True(words.IsCabinetTitle("minister"));
        Assert.True(words.IsCabinetTitle("Secretary"));
        Assert.True(words.IsCabinetTitle("DEPUTY MINISTER"));
        // A department's own officers are no members of the government.
        Assert.False(words.IsCabinetTitle("director"));
        Assert.False(words.IsCabinetTitle("spokesman"));
        Assert.False(words.IsCabinetTitle("deputy"));
    }

    [Fact]
    public void A_bad_cabinet_line_is_an_error_with_file_and_line()
    {
        var text = string.Join('\n',
            "cabinet | minister",
            "cabinet | Secretary",                 // 2: upper case
            "cabinet | deputy foreign minister",   // 3: three words
            "cabinet | deputy minister",
            "cabinet | minister");                 // 5: repeats line 1
        var list = PersonTitleWords.Load(new StringReader(text), "titles.txt", out var errors);
        Assert.Equal([2, 3, 5], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("titles.txt", e.File));
        Assert.Equal("word", errors[0].Field);
        Assert.Contains("repeats line 1", errors[2].Message, StringComparison.Ordinal);
        Assert.True(list.IsCabinetTitle("Deputy Minister"));
        Assert.False(list.IsCabinetTitle("secretary"));
        Assert.False(list.IsTitle("minister"));
    }
}
