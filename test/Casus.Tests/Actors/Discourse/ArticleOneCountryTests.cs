using Casus.Document;
using Casus.Actors;
using static Casus.Tests.Actors.Discourse.DiscourseArticles;

namespace Casus.Tests.Actors.Discourse;

/// <summary>The report's one country (docs/formats/actors.md, "The article's one country"): in a news report whose
/// headline and most mentions name one country, a bare office or a titled name the scores leave open is that
/// country's; on hand-built parsed articles.</summary>
public class ArticleOneCountryTests
{
    private const string SerbiaClosed = "Serbia/PROPN/2/nsubj closed/VERB/0/root the/DET/4/det border/NOUN/2/obj ./PUNCT/2/punct";
    private const string QueenSuspended =
        "the/DET/2/det Queen/PROPN/3/nsubj suspended/VERB/0/root the/DET/5/det session/NOUN/3/obj ./PUNCT/3/punct";
    private const string SenatorResigned =
        "Senator/PROPN/2/compound Dragan/PROPN/3/compound Petrovic/PROPN/4/nsubj resigned/VERB/0/root ./PUNCT/4/punct";
    private const string CompanyApologised = "the/DET/2/det company/NOUN/3/nsubj apologised/VERB/0/root ./PUNCT/3/punct";

    private static IReadOnlyList<Mention> Report(string? url, string title, params string[] sentences)
    {
        var article = BuildTitled(url, title, sentences);
        ActorStage.CreateDefault().Process(article);
        return article.Mentions;
    }

    private static string CodeOf(IReadOnlyList<Mention> mentions, string text) => Assert.Single(mentions, m => m.Text == text).Code.Value;

    [Fact]
    public void An_office_and_a_titled_name_take_the_reports_one_country()
    {
        var mentions = Report("https://en.wikinews.org/wiki/X", "Serbia closes its border",
            SerbiaClosed, SerbiaClosed, SerbiaClosed, SerbiaClosed, SerbiaClosed, QueenSuspended, SenatorResigned);
        var queen = Assert.Single(mentions, m => m.Text == "Queen");
        Assert.Equal("SRBGOV", queen.Code.Value);
        Assert.Contains(queen.Evidence, e => e.Contains("the report's one country: SRB (5 of 5 mentions, headline 'Serbia')", StringComparison.Ordinal));
        Assert.StartsWith("SRB", CodeOf(mentions, "Senator Dragan Petrovic"));
    }

    [Fact]
    public void A_company_stays_open_in_a_one_country_report()
        => Assert.Equal("---BUS", CodeOf(Report("https://en.wikinews.org/wiki/X", "Serbia closes its border",
            SerbiaClosed, SerbiaClosed, SerbiaClosed, SerbiaClosed, SerbiaClosed, CompanyApologised), "company"));

    [Fact]
    public void A_sentence_that_names_another_country_keeps_its_office_open()
    {
        var mentions = Report("https://en.wikinews.org/wiki/X", "Serbia closes its border",
            SerbiaClosed, SerbiaClosed, SerbiaClosed, SerbiaClosed, SerbiaClosed,
            "the/DET/2/det Queen/PROPN/3/nsubj thanked/VERB/0/root Croatia/PROPN/3/obj ./PUNCT/3/punct");
        Assert.Equal("---GOV", CodeOf(mentions, "Queen"));
    }

    [Fact]
    public void Two_countries_of_near_share_make_no_one_country_report()
    {
        const string CroatiaClosed = "Croatia/PROPN/2/nsubj closed/VERB/0/root the/DET/4/det border/NOUN/2/obj ./PUNCT/2/punct";
        var mentions = Report("https://en.wikinews.org/wiki/X", "Serbia closes its border",
            SerbiaClosed, CroatiaClosed, SerbiaClosed, CroatiaClosed, SerbiaClosed, CroatiaClosed, QueenSuspended);
        Assert.Equal("---GOV", CodeOf(mentions, "Queen"));
    }

    [Fact]
    public void A_headline_naming_another_country_makes_no_one_country_report()
        => Assert.Equal("---GOV", CodeOf(Report("https://en.wikinews.org/wiki/X", "Croatian fans stranded",
            SerbiaClosed, SerbiaClosed, SerbiaClosed, SerbiaClosed, SerbiaClosed, QueenSuspended), "Queen"));

    [Fact]
    public void A_governments_own_site_gets_no_one_country()
        => Assert.Equal("---GOV", CodeOf(Report("https://www.whitehouse.gov/briefing-room/x/", "Statement on Serbia",
            SerbiaClosed, SerbiaClosed, SerbiaClosed, SerbiaClosed, SerbiaClosed, QueenSuspended), "Queen"));

    [Fact]
    public void Too_few_mentions_make_no_one_country_report()
        => Assert.Equal("---GOV", CodeOf(Report("https://en.wikinews.org/wiki/X", "Serbia closes its border",
            SerbiaClosed, SerbiaClosed, QueenSuspended), "Queen"));
}
