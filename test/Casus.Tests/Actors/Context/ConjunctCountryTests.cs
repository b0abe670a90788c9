using static Casus.Tests.Actors.ParsedSentence;

namespace Casus.Tests.Actors.Context;

/// <summary>A titled name without a country listed after a dictionary person who heads the coordination takes that
/// person's country (docs/formats/actors.md, "Named people without a code, second round"); on hand-built parsed
/// sentences with a made-up minister beside Vladimir Putin.</summary>
public class ConjunctCountryTests
{
    [Fact]
    public void A_titled_name_after_the_list_s_head_person_takes_the_person_s_country()
        => Assert.Contains("Foreign Minister Ivan Zorkin=RUSGOV",
            Code("President/PROPN/3/compound Vladimir/PROPN/3/compound Putin/PROPN/9/nsubj and/CCONJ/8/cc Foreign/PROPN/6/compound " +
                 "Minister/PROPN/8/compound Ivan/PROPN/8/compound Zorkin/PROPN/3/conj arrived/VERB/0/root"));

    [Fact]
    public void A_name_that_heads_the_list_takes_nothing_from_a_later_conjunct()
        // "Foreign Minister Ivan Zorkin and President Vladimir Putin": the first conjunct is no one's minister.
        => Assert.Contains("Foreign Minister Ivan Zorkin=---GOV",
            Code("Foreign/PROPN/2/compound Minister/PROPN/4/compound Ivan/PROPN/4/compound Zorkin/PROPN/9/nsubj and/CCONJ/8/cc " +
                 "President/PROPN/8/compound Vladimir/PROPN/8/compound Putin/PROPN/4/conj arrived/VERB/0/root"));

    [Fact]
    public void A_list_with_another_country_gives_nothing()
        // "President Putin, Foreign Minister Zorkin and Turkey's ambassador": two countries' people.
        => Assert.Contains("Foreign Minister Ivan Zorkin=---GOV",
            Code("President/PROPN/3/compound Vladimir/PROPN/3/compound Putin/PROPN/13/nsubj ,/PUNCT/8/punct Foreign/PROPN/6/compound " +
                 "Minister/PROPN/8/compound Ivan/PROPN/8/compound Zorkin/PROPN/3/conj and/CCONJ/12/cc Turkey/PROPN/12/nmod:poss " +
                 "'s/PART/10/case ambassador/NOUN/3/conj arrived/VERB/0/root"));
}
