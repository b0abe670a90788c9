using Casus.Document;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Two yields (CAMEO 08) that need the words that make them one: "quit" a post is a resignation (0831), "quit"
/// a country is leaving it; "give in" yields only "to" someone, else its "in" is a place ("remarks he gave in Accra").
/// The shipped pipeline on sentences written for these tests.</summary>
public class QuitAndGiveInTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("yield", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void Quitting_a_country_is_no_resignation()
    {
        Assert.DoesNotContain(Code("Hundreds of foreign companies have quit Russia."), e => e.EndsWith(" 0831"));
        Assert.Contains(Code("The Iraqi defence minister quit on Monday."), e => e.EndsWith(" 0831"));
    }

    [Fact]
    public void Give_in_needs_to()
    {
        Assert.Empty(Code("The speech that President Obama gave in Accra was praised."));
        Assert.Contains(Code("The Kenyan government gave in to the rebels."), e => e.EndsWith(" 080"));
    }
}
