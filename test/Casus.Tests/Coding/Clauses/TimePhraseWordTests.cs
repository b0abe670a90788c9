using Casus.Document;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A pattern's word is not read inside a phrase of time ("after the protests", "during her visit"): those
/// words say when the act happened, not what it is. The shipped pipeline on sentences written for these tests.</summary>
public class TimePhraseWordTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("time", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void Protests_after_the_act_are_not_its_object()
    {
        // Before: `hold protests` read "hold new elections after the protests", and the intent frame made it a threat (133).
        Assert.DoesNotContain(Code("Peru agreed to hold new elections after the protests."), e => e.EndsWith(" 133"));
    }

    [Fact]
    public void The_object_itself_still_reads()
    {
        Assert.Contains(Code("Peru agreed to hold talks with Chile after the protests."), e => e.StartsWith("PER CHL 03"));
    }
}
