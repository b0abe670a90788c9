using Casus.Document;

namespace Casus.Tests.Coding.Clauses;

/// <summary>"Recognize rights" accedes to demands for rights (0833) only when the rights are someone's to be granted;
/// "recognize their rights and obligations" is treaty language for the parties' own standing (ParseCoder.Sense.cs).
/// The shipped pipeline on sentences written for these tests.</summary>
public class MutualRightsTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("rights", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void Rights_and_obligations_under_a_treaty_are_no_concession()
    {
        Assert.DoesNotContain(Code("The Parties recognize their existing rights and obligations with respect to each other under the World Trade Organization."), e => e.EndsWith(" 0833"));
        Assert.DoesNotContain(Code("Chile and Peru recognize their rights and duties under the Organization of American States charter."), e => e.EndsWith(" 0833"));
    }

    [Fact]
    public void Rights_of_a_people_recognized_stay_a_concession()
    {
        Assert.Contains(Code("The Iraqi government recognized the rights of Kurdish refugees."), e => e.EndsWith(" 0833"));
    }
}
