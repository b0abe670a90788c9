using Casus.Document;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Two idioms whose words a disapproval or inquiry entry can reach across filler words: "critical to|for"
/// (important) is not "critical of" (111), and "look forward to ... into" is not "look into" (090)
/// (ParseCoder.Sense.cs). The shipped pipeline on sentences written for these tests.</summary>
public class ImportantNotCriticalTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("idioms", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void Critical_to_is_important_not_critical_of()
    {
        Assert.DoesNotContain(Code("The alliance with Japan is critical to the security of the Philippines."), e => e.EndsWith(" 111"));
        Assert.DoesNotContain(Code("Iraqi forces were critical for the defeat of ISIS."), e => e.EndsWith(" 111"));
        Assert.Contains("DEU RUS 111", Code("Germany was critical of Russia."));
    }

    [Fact]
    public void Looking_forward_is_no_inquiry()
    {
        Assert.DoesNotContain(Code("The United States looks forward to the integration of Finland into NATO."), e => e.EndsWith(" 090"));
        Assert.Contains(Code("The United Nations looked into the conduct of Israeli troops."), e => e.EndsWith(" 090"));
    }
}
