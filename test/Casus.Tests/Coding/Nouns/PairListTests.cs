using Casus.Document;

namespace Casus.Tests.Coding.Nouns;

/// <summary>"between X and Y and between Z and W" names two pairs: only the sides of one between-phrase act on each
/// other (a parser joins the second phrase to the first side as a conjunct). The shipped pipeline on sentences written
/// for these tests.</summary>
public class PairListTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("pairs", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void Two_between_phrases_give_only_their_own_pairs()
    {
        var events = Code("Japan welcomed the growing defense cooperation between Australia and the Philippines and between Canada and the Republic of Korea.");
        Assert.Contains("AUS PHL 062", events);
        Assert.Contains("CAN KOR 062", events);
        Assert.DoesNotContain(events, e => e.EndsWith(" 062", StringComparison.Ordinal) && e.Contains("AUS", StringComparison.Ordinal) && e.Contains("KOR", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.EndsWith(" 062", StringComparison.Ordinal) && e.Contains("PHL", StringComparison.Ordinal) && e.Contains("CAN", StringComparison.Ordinal));
    }
}
