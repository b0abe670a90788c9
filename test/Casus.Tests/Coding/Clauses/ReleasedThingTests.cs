using Casus.Document;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Bare "release|free X" is the release of persons (0841) only when X is someone: a report, a strategy or a
/// warrant released is no release, and the actor it is about or belongs to is no one set free
/// (ParseCoder.Sense.cs, ReleasesAThing). The shipped pipeline on sentences written for these tests.</summary>
public class ReleasedThingTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("released", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void A_released_document_is_no_release_of_persons()
    {
        Assert.DoesNotContain(Code("The ministry released a report on Russia."), e => e.EndsWith(" 0841"));
        Assert.DoesNotContain(Code("Maduro released arrest warrants against members of the opposition party."), e => e.EndsWith(" 0841"));
        Assert.DoesNotContain(Code("The administration released the Indo-Pacific Strategy of the United States."), e => e.EndsWith(" 0841"));
    }

    [Fact]
    public void Released_persons_stay_a_release()
    {
        Assert.Contains("ISR PSE 0841", Code("Israel released 20 Palestinian prisoners."));
        Assert.Contains("GRC LBY 0841", Code("Greece released the Libyan ambassador."));
        Assert.Contains(Code("Police in Cairo released dozens of protesters."), e => e.EndsWith(" 0841"));
        Assert.Contains(Code("Iran released two of its nationals."), e => e.EndsWith(" 0841"));
    }
}
