using static Casus.Tests.Actors.ParsedSentence;

namespace Casus.Tests.Actors.Context;

/// <summary>A seat's namesake (docs/formats/actors.md, "A seat's namesake"): a seat of government read as a city of
/// the same name in the one other country its article names; on hand-built parsed sentences through the shipped
/// actor stage and gazetteer.</summary>
public class SeatNamesakeTests
{
    // "fighting between militias in Tripoli, the Lebanese port": Lebanon's Tripoli, and the militias are Lebanon's.
    [Fact]
    public void A_seat_in_a_story_about_another_country_of_its_name_is_that_city()
        => Assert.Equal(["militias=LBNREB", "Tripoli=LBN", "Lebanese=LBN"],
            Code("militias/NOUN/2/nsubj fought/VERB/0/root in/ADP/4/case Tripoli/PROPN/2/obl ,/PUNCT/8/punct the/DET/8/det "
                + "Lebanese/ADJ/8/amod port/NOUN/4/appos ./PUNCT/2/punct"));

    // The seat's own country named in the article: the seat stays its government.
    [Fact]
    public void A_seat_whose_country_the_article_names_stays_the_government()
        => Assert.Contains("Tripoli=LBYGOV",
            Code("Lebanese/ADJ/2/amod militias/NOUN/3/nsubj fought/VERB/0/root in/ADP/5/case Tripoli/PROPN/3/obl ,/PUNCT/9/punct "
                + "Libyan/ADJ/8/amod officials/NOUN/9/nsubj said/VERB/3/parataxis ./PUNCT/3/punct"));

    // No place of the seat's name in the country named: the seat stays its government.
    [Fact]
    public void A_seat_without_a_namesake_in_the_country_named_stays_the_government()
        => Assert.Contains("Tripoli=LBYGOV",
            Code("French/ADJ/2/amod troops/NOUN/3/nsubj landed/VERB/0/root in/ADP/5/case Tripoli/PROPN/3/obl ./PUNCT/3/punct"));

    // "Georgetown University" in a story that names the United States and never Guyana: the university of the
    // American Georgetown, with its role; a seat's university in its own country's story keeps the seat's country.
    [Fact]
    public void An_institution_named_for_a_seat_s_namesake_is_in_the_namesake_s_country()
    {
        Assert.Contains("Georgetown University=USAEDU",
            Code("American/ADJ/2/amod officials/NOUN/3/nsubj praised/VERB/0/root Georgetown/PROPN/5/compound University/PROPN/3/obj ./PUNCT/3/punct"));
        Assert.Contains("Kabul University=AFGEDU",
            Code("American/ADJ/2/amod officials/NOUN/3/nsubj praised/VERB/0/root Kabul/PROPN/5/compound University/PROPN/3/obj ./PUNCT/3/punct"));
    }
}
