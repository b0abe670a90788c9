using Casus.Actors;
using Casus.Coding;
using Casus.Tests.Actors.Discourse;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A seat of government struck by force is the city, its civilians (docs/formats/verbs.md, "A place struck
/// is its civilians"); on hand-built parses run through the shipped actor stage and coder.</summary>
public class SeatStruckTests
{
    private static List<string> Code(string sentence) => DiscourseArticles.CodeDyads(sentence);

    // The rebels take Afghanistan from the sentence (country from context); the seat is the target.
    [Fact]
    public void A_seat_shelled_is_its_civilians()
        => Assert.Equal(["AFGREB AFGCVL 19"], Code("rebels/NOUN/2/nsubj shelled/VERB/0/root Kabul/PROPN/2/obj ./PUNCT/2/punct"));

    [Fact]
    public void A_seat_criticised_stays_the_government()
        => Assert.Equal(["AFGREB AFGGOV 11"], Code("rebels/NOUN/2/nsubj criticised/VERB/0/root Kabul/PROPN/2/obj ./PUNCT/2/punct"));

    // A seat named as where a curfew falls is the city's people, as a town the fallback finds is; the officeholder
    // takes the country from the city, and no longer meets himself as its government.
    [Fact]
    public void A_seat_put_under_curfew_is_its_civilians()
        => Assert.Equal(["CIVGOV CIVCVL 17"],
            Code("President/PROPN/2/compound Laurent/PROPN/4/nsubj Gbagbo/PROPN/2/flat extended/VERB/0/root the/DET/6/det curfew/NOUN/4/obj in/ADP/8/case Abidjan/PROPN/6/nmod ./PUNCT/4/punct"));

    // Restrictions on a seat by name, not a place where they fall ("imposed restrictions on Kabul"), are on its
    // government.
    [Fact]
    public void A_seat_restricted_by_name_stays_the_government()
        => Assert.Equal(["PAK AFGGOV 17"],
            Code("Pakistan/PROPN/2/nsubj imposed/VERB/0/root restrictions/NOUN/2/obj on/ADP/5/case Kabul/PROPN/3/nmod ./PUNCT/2/punct"));
}
