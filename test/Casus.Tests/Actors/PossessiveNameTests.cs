namespace Casus.Tests.Actors;

/// <summary>A possessive inside one capitalised name is part of the name (docs/formats/actors.md, "Parties and
/// fronts").</summary>
public class PossessiveNameTests
{
    [Fact]
    public void A_possessive_inside_a_front_name_gives_the_country_and_the_fronts_role()
        => Assert.Equal(["Tigray People 's Liberation Front=ETHPTY"], ParsedSentence.Code(
            "the/DET/5/det Tigray/PROPN/3/compound People/PROPN/5/nmod:poss 's/PART/3/case Liberation/PROPN/5/compound " +
            "Front/PROPN/6/nsubj met/VERB/0/root"));

    [Fact]
    public void A_lower_case_possessor_still_owns_the_role()
        // "the Syrian people's leaders": the people's own, not a name.
        => Assert.Equal(["Syrian people 's leaders=SYRCVL"], ParsedSentence.Code(
            "the/DET/3/det Syrian/ADJ/3/amod people/NOUN/5/nmod:poss 's/PART/3/case leaders/NOUN/6/nsubj met/VERB/0/root"));
}
