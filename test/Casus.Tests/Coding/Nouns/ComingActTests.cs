using Casus.Document;

namespace Casus.Tests.Coding.Nouns;

/// <summary>An event noun of an act still to come ("the upcoming visit", "the visit ... later this week") is not coded
/// as done, neither by a verb pattern that takes the noun as one of its words ("welcome visit of &lt;obj&gt;") nor by
/// the noun reading (nouns3). The shipped pipeline on sentences written for these tests.</summary>
public class ComingActTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("coming", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void A_welcomed_visit_that_is_still_to_come_is_not_hosted()
    {
        Assert.DoesNotContain(Code("Japan welcomed the visit of the Chinese foreign minister to Tokyo later this week."), e => e.EndsWith(" 043", StringComparison.Ordinal));
        Assert.DoesNotContain(Code("The President welcomed the upcoming visit by the Iraqi foreign minister to Washington."), e => e.EndsWith(" 043", StringComparison.Ordinal));
        Assert.DoesNotContain(Code("The President welcomed the visit by the Iraqi foreign minister next week."), e => e.EndsWith(" 043", StringComparison.Ordinal));
    }

    [Fact]
    public void A_welcomed_visit_with_no_time_ahead_is_hosted()
    {
        Assert.Contains("JPN CHN 043", Code("Japan welcomed the visit of the Chinese foreign minister to Tokyo."));
    }

    [Fact]
    public void Cancelling_a_planned_visit_is_an_act_done_now()
    {
        // The pattern reports an act on the coming visit (12), not the visit itself.
        Assert.Contains(Code("A French minister has cancelled a planned visit to Haiti."), e => e.EndsWith(" HTI 125", StringComparison.Ordinal));
    }
}
