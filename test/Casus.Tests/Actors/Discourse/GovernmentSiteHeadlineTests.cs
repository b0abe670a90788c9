using Casus.Actors;
using Casus.Actors.Discourse;
using static Casus.Tests.Actors.Discourse.DiscourseArticles;

namespace Casus.Tests.Actors.Discourse;

/// <summary>On a government's own site, a statement whose headline names one country as its topic or scene ("...
/// on Syria", "... in Chile") gives that country to bare civilians, refugees and media (docs/formats/actors.md,
/// "Country from the headline on a government's site"); readouts and possessors give nothing.</summary>
public class GovernmentSiteHeadlineTests
{
    private const string WhiteHouse = "https://www.whitehouse.gov/briefing-room/statements-releases/2024/11/30/statement/";

    [Theory]
    [InlineData("Statement by NSC Spokesperson Sean Savett on Syria", "Syria", true)]
    [InlineData("Statement from President Joe Biden on the Wildfires in Chile", "Chile", true)]
    [InlineData("Statement by President Biden on Russia’s Missile Strikes", "Russia", false)]
    [InlineData("Readout of President Biden’s Call with President Sisi of Egypt", "Egypt", false)]
    [InlineData("Fact Sheet: President Biden’s Trip to Angola", "Angola", false)]
    [InlineData("A Letter on the National Emergency With Respect to Zimbabwe", "Zimbabwe", false)]
    public void Only_a_statement_s_topic_or_scene(string headline, string word, bool expected)
        => Assert.Equal(expected, ArticleCountryPass.IsTopicOfStatement(headline, word));

    private static string CodeOf(string title, string head)
    {
        var article = BuildTitled(WhiteHouse, title,
            "The/DET/2/det fighting/NOUN/3/nsubj continued/VERB/0/root ./PUNCT/3/punct",
            "Civilians/NOUN/2/nsubj fled/VERB/0/root ./PUNCT/2/punct",
            "The/DET/2/det army/NOUN/3/nsubj advanced/VERB/0/root ./PUNCT/3/punct",
            "Aid/NOUN/2/nsubj arrived/VERB/0/root ./PUNCT/2/punct");
        ActorStage.CreateDefault().Process(article);
        return Assert.Single(article.Mentions, m => m.Text == head).Code.Value;
    }

    [Fact]
    public void Bare_civilians_take_the_statement_s_country_and_the_army_does_not()
    {
        Assert.Equal("SYRCVL", CodeOf("Statement by NSC Spokesperson Sean Savett on Syria", "Civilians"));
        // A state role on a government's site is the publisher pass's: never the headline's country.
        Assert.NotEqual("SYRMIL", CodeOf("Statement by NSC Spokesperson Sean Savett on Syria", "army"));
        Assert.Equal("---CVL", CodeOf("Readout of President Biden’s Call with President Sisi of Egypt", "Civilians"));
    }
}
