using Casus.Actors;
using Casus.Document;
using Casus.Tests.TestKit;
using static Casus.Tests.Actors.ActorTestData;

namespace Casus.Tests.Actors;

/// <summary>Titles of another's office (docs/formats/actors.md, "Titles of another's office"): "Assistant to the
/// President for National Security Affairs Jake Sullivan" is one mention of the named person; the office served is no
/// actor of its own.</summary>
public class OfficeTitleTests
{
    [Fact]
    public void An_assistant_to_the_president_with_a_portfolio_and_a_name_is_one_mention()
        => Assert.Equal(["Assistant to the President for National Security Affairs Jake Sullivan=---GOV", "Israeli officials=ISRGOV"],
            Code("Assistant to the President for National Security Affairs Jake Sullivan hosted Israeli officials ."));

    [Fact]
    public void The_country_of_the_office_served_is_the_country_of_the_person()
        => Assert.Equal(["Adviser to the Prime Minister of India Amit Khare=INDGOV", "Chinese ambassador=CHNGOV"],
            Code("Adviser to the Prime Minister of India Amit Khare met the Chinese ambassador ."));

    [Fact]
    public void A_country_in_the_portfolio_is_the_subject_of_the_post_not_the_actor()
    {
        // A name no people file holds, so that only the title speaks (Geir Pedersen himself is IGOUNO in people-nonstate.txt).
        var m = Mentions("Special Envoy to the Secretary-General for Syria Lars Exempelsen met Iranian officials .");
        Assert.Equal(["Special Envoy to the Secretary-General for Syria Lars Exempelsen=---GOV", "Iranian officials=IRNGOV"], Show(m));
        Assert.Contains(m[0].Evidence, e => e.Contains("'Secretary-General' is the office served, not an actor", StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_person_under_such_a_title_takes_the_person_s_code()
        => Assert.Equal(["Special Envoy to the Secretary-General for Syria Geir Pedersen=IGOUNO", "Iranian officials=IRNGOV"],
            Code("Special Envoy to the Secretary-General for Syria Geir Pedersen met Iranian officials ."));

    [Fact]
    public void Capitalised_words_before_the_office_join_it()
        => Assert.Equal(["Chinese ambassador=CHNGOV", "Deputy Assistant to the President Liz Sherwood-Randall=---GOV"],
            Code("The Chinese ambassador met Deputy Assistant to the President Liz Sherwood-Randall ."));

    [Fact]
    public void A_second_title_joined_by_and_is_the_same_person_s()
    {
        Assert.Equal(["Assistant to the President and Director of the Gender Policy Council Jennifer Klein=---GOV", "Israeli officials=ISRGOV"],
            Code("Assistant to the President and Director of the Gender Policy Council Jennifer Klein met Israeli officials ."));
        // A country after "and" is another actor, not a second title.
        Assert.Contains("Russia=RUS", Code("An Adviser to the President and Russia signed the deal ."));
    }

    // "to the" + a lower-case word, or + a country: a posting or a destination, not an office served.
    [Fact]
    public void A_posting_or_a_destination_is_no_office_title()
    {
        Assert.Equal(["Syria's ambassador to the United States=SYRGOV"], Code("Syria's ambassador to the United States left ."));
        Assert.Contains("president=---GOV", Code("Aides went to the president today ."), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_office_served_qualifies_the_title_rather_than_adding_one()
    {
        var a = SimpleTokens.Article("Senior Advisor to the President of Turkey Ibrahim Kalin spoke .");
        Assert.Equal(["advisor to the president"], PersonTitlesIn(a, 0, 11));
        Assert.Equal(["advisor"], PersonTitlesIn(a, 0, 2));
    }

    [Fact]
    public void Titles_added_to_a_list_in_use_leave_its_earlier_entries_as_they_were()
    {
        // The publisher pass reuses one list for every mention's titles: the office served qualifies only the titles
        // of this phrase, not what the list held before.
        var a = SimpleTokens.Article("Senior Advisor to the President of Turkey Ibrahim Kalin spoke .");
        var titles = new List<string> { "ambassador" };
        Casus.Actors.People.PersonTitles.AddTitlesIn(a, new TokenSpan(0, 11), titles);
        Assert.Equal(["ambassador", "advisor to the president"], titles);
    }

    private static string[] PersonTitlesIn(Article a, int first, int end)
        => Casus.Actors.People.PersonTitles.TitlesIn(a, new TokenSpan(first, end - first)).ToArray();
}
