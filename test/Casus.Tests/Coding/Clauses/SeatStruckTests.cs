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
}
