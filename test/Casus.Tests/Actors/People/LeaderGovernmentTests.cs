using static Casus.Tests.Actors.ActorTestData;

namespace Casus.Tests.Actors.People;

/// <summary>Governments named for their leader (docs/formats/actors.md, "Governments named for their leader").</summary>
public class LeaderGovernmentTests
{
    private static readonly DateOnly Date2021 = new(2021, 6, 1);

    private static string[] CodeOn(DateOnly date, params string[] sentences) => Show(Mentions(date, sentences));

    [Theory]
    // The surname alone, in a transliteration the directory does not write (Lukashenka = Lukashenko).
    [InlineData("The United States will hold the Lukashenka regime in Belarus to account.", "Lukashenka regime=BLRGOV")]
    [InlineData("Officials condemned the Lukashenko government on Monday. Belarus protested.", "Lukashenko government=BLRGOV")]
    // Two leaders joined by a hyphen.
    [InlineData("Sanctions hit the Ortega-Murillo regime in Nicaragua again.", "Ortega-Murillo regime=NICGOV")]
    public void A_leader_s_surname_before_a_government_noun_names_that_government(string sentence, string expected)
        => Assert.Contains(expected, CodeOn(Date2021, sentence));

    [Fact]
    public void A_leader_in_office_named_by_short_form_makes_one_mention()
        => Assert.Contains("Biden administration=USAGOV", CodeOn(Date2021, "The Biden administration imposed sanctions on Iran."));

    [Fact]
    public void A_former_leader_still_names_his_country_s_government()
        => Assert.Contains("Yeltsin government=RUSGOV", CodeOn(Date2021, "Critics recalled the Yeltsin government on Monday."));

    [Theory]
    // A word no leader bears, and an office noun that is no government body.
    [InlineData("Officials criticised the Smithson government on Monday.", "government=---GOV")]
    [InlineData("The Lukashenka spokesman spoke on Monday.", "spokesman=---GOV")]
    // A surname not written in the people files needs the article to name the leader's country.
    [InlineData("The United States will hold the Lukashenka regime to account.", "regime=---GOV")]
    // A capitalised word before the name: an institution's name, not a leader's.
    [InlineData("Officials of the International Lukashenka Administration spoke.", "Administration=---GOV")]
    public void Other_words_leave_the_phrase_as_it_was(string sentence, string expected)
        => Assert.Contains(expected, CodeOn(Date2021, sentence));
}
