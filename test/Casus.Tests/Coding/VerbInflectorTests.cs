using Casus.Coding;
using Casus.Coding.Verbs;

namespace Casus.Tests.Coding;

public class VerbInflectorTests
{
    private static string[] Forms(string lemma, VerbForm form) =>
        VerbInflector.Default.Inflect(lemma).Where(f => (f.Form & form) != 0).Select(f => f.Word).ToArray();

    [Theory]
    [InlineData("stop", "stopped", "stopping", "stops")]
    [InlineData("try", "tried", "trying", "tries")]
    [InlineData("host", "hosted", "hosting", "hosts")]
    [InlineData("free", "freed", "freeing", "frees")]
    [InlineData("visit", "visited", "visiting", "visits")]
    [InlineData("threaten", "threatened", "threatening", "threatens")]
    [InlineData("push", "pushed", "pushing", "pushes")]
    [InlineData("die", "died", "dying", "dies")]
    [InlineData("ban", "banned", "banning", "bans")]
    [InlineData("expel", "expelled", "expelling", "expels")]
    [InlineData("veto", "vetoed", "vetoing", "vetoes")]
    [InlineData("quit", "quit", "quitting", "quits")]
    public void Regular_and_table_forms(string lemma, string past, string gerund, string third)
    {
        Assert.Contains(past, Forms(lemma, VerbForm.Past));
        Assert.Contains(gerund, Forms(lemma, VerbForm.Gerund));
        Assert.Contains(third, Forms(lemma, VerbForm.ThirdPerson));
    }

    [Theory]
    [InlineData("hold", "held", "held")]
    [InlineData("meet", "met", "met")]
    [InlineData("take", "took", "taken")]
    [InlineData("withdraw", "withdrew", "withdrawn")]
    [InlineData("shoot", "shot", "shot")]
    public void Irregular_forms(string lemma, string past, string participle)
    {
        Assert.Contains(past, Forms(lemma, VerbForm.Past));
        Assert.Contains(participle, Forms(lemma, VerbForm.Participle));
        Assert.DoesNotContain(lemma + "ed", Forms(lemma, VerbForm.Past));
    }

    [Fact]
    public void British_and_American_doubling_of_final_l()
    {
        var past = Forms("cancel", VerbForm.Past);
        Assert.Contains("canceled", past);
        Assert.Contains("cancelled", past);
    }

    [Fact]
    public void Bad_irregular_lines_are_reported()
    {
        VerbInflector.Load(new StringReader("# x\nhold held held\nmeet met\nGo Went Gone\n"), "verbs/irregular.txt", out var errors);
        Assert.Equal(new[] { 3, 4 }, errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("verbs/irregular.txt", e.File));
    }
}
