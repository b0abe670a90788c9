using Casus.Coding;

namespace Casus.Tests.Coding;

/// <summary>The state-act list (data/verbs/state_acts.txt): lookup by code and lemma, and errors with file and line.</summary>
public class StateActsTests
{
    private static StateActs Load(string text, out List<DataFileError> errors)
        => StateActs.Load(new StringReader(text), "test.txt", CameoCatalog.Default, out errors);

    [Fact]
    public void The_embedded_list_loads_and_knows_an_arrest()
    {
        var found = StateActs.Default.Find(CameoCode.Parse("173"), "arrest");
        Assert.NotNull(found);
        Assert.Equal("COP", found.Value.Role);
    }

    [Fact]
    public void A_lemma_is_found_only_under_its_code()
    {
        var list = Load("173 JUD charge\n", out var errors);
        Assert.Empty(errors);
        Assert.Equal("JUD", list.Find(CameoCode.Parse("173"), "charge")!.Value.Role);
        Assert.Null(list.Find(CameoCode.Parse("112"), "charge")); // "charged that ...": an accusation, anyone's
        Assert.Null(list.Find(CameoCode.Parse("173"), "kidnap"));
    }

    // "put+arrest": "put <obj> under arrest|house" is the police's, "put <obj> on trial" is not under that line.
    [Fact]
    public void A_lemma_with_a_word_is_found_only_in_a_pattern_with_that_word()
    {
        var list = Load("173 COP put+arrest\n", out var errors);
        Assert.Empty(errors);
        var verbs = Casus.Coding.Verbs.VerbDictionary.LoadDefault();
        var arrest = verbs.Patterns.First(p => p.Lemma == "put" && p.PatternText.Contains("arrest", StringComparison.Ordinal));
        var trial = verbs.Patterns.First(p => p.Lemma == "put" && p.PatternText.Contains("trial", StringComparison.Ordinal));
        Assert.Equal("put+arrest", list.Find(arrest)!.Value.Entry);
        Assert.Null(list.Find(trial));
    }

    [Theory]
    [InlineData("173 XYZ arrest\n", "role")]
    [InlineData("999 COP arrest\n", "code")]
    [InlineData("173 COP Arrest\n", "lemmas")]
    [InlineData("173 COP\n", "line")]
    [InlineData("173 COP put+\n", "lemmas")]
    [InlineData("173 COP arrest\n173 JUD arrest\n", "lemmas")]
    public void A_bad_line_is_an_error_with_its_line(string text, string field)
    {
        Load(text, out var errors);
        var e = Assert.Single(errors);
        Assert.Equal(field, e.Field);
        Assert.Equal("test.txt", e.File);
        Assert.Equal(text.Count(c => c == '\n'), e.Line);
    }
}
