using Casus.Document;

namespace Casus.Tests.Coding.Clauses;

/// <summary>"grant" with the thing granted names the aid (07_aid.txt): funding and loans are economic aid (071), aid
/// and assistance aid (070). The shipped pipeline on sentences written for these tests.</summary>
public class GrantAidTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("grant", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void Granted_funding_is_economic_aid()
    {
        Assert.Equal(["JPN LAO 071"], Code("Japan granted new funding to Laos."));
    }

    [Fact]
    public void Granted_aid_is_aid()
    {
        Assert.Equal(["CAN TCD 070"], Code("Canada granted aid to Chad."));
    }
}
