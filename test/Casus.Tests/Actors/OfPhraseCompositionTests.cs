using static Casus.Tests.Actors.ParsedSentence;

namespace Casus.Tests.Actors;

/// <summary>Of-phrases whose head names the people of the actor after "of" (docs/formats/actors.md, "Composition from
/// the parse"): one actor, not a role plus a partner.</summary>
public class OfPhraseCompositionTests
{
    [Fact]
    public void A_phrase_the_parser_split_at_of_is_one_actor()
    {
        // "Leaders of the Azadliq (Freedom) opposition coalition agreed": the parser hangs "coalition" on the verb as
        // a second subject; the two are one noun phrase, the coalition's leaders.
        var m = Assert.Single(Mentions(
            "Leaders/NOUN/10/nsubj of/ADP/4/case the/DET/4/det Azadliq/PROPN/1/nmod (/PUNCT/6/punct Freedom/PROPN/4/appos )/PUNCT/6/punct opposition/NOUN/9/compound coalition/NOUN/10/nsubj agreed/VERB/0/root"));
        Assert.Equal(("Leaders of the Azadliq ( Freedom ) opposition coalition", "---OPP"), (m.Text, m.Code.Value));
        Assert.Contains(m.Evidence, e => e.StartsWith("the parse split the phrase:"));
    }

    [Fact]
    public void Two_subjects_joined_by_and_are_not_one_phrase()
        => Assert.Equal(["Leaders=---GOV", "opposition coalition=---OPP"],
            Code("Leaders/NOUN/7/nsubj of/ADP/3/case Azadliq/PROPN/1/nmod and/CCONJ/6/cc the/DET/6/det opposition/NOUN/6/compound coalition/NOUN/7/nsubj agreed/VERB/0/root"));

    [Fact]
    public void Members_of_an_actor_are_that_actor()
    {
        var m = Assert.Single(Mentions(
            "30/NUM/2/nummod members/NOUN/6/nsubj of/ADP/5/case his/PRON/5/nmod:poss government/NOUN/2/nmod resigned/VERB/0/root"));
        Assert.Equal(("members of his government", "---GOV"), (m.Text, m.Code.Value));
        Assert.Contains(m.Evidence, e => e.StartsWith("parse rule members-of:"));
    }

    [Fact]
    public void Troops_of_a_government_are_its_military()
        => Assert.Equal(["troops of the Syrian government=SYRMIL"],
            Code("troops/NOUN/6/nsubj of/ADP/5/case the/DET/5/det Syrian/ADJ/5/amod government/NOUN/1/nmod attacked/VERB/0/root"));

    // Workers, civilians and refugees are people of the owner's country, not its business or office.
    [Fact]
    public void Workers_of_a_company_are_labour_of_its_country()
        => Assert.Equal(["workers of the Iranian company=IRNLAB"],
            Code("workers/NOUN/6/nsubj of/ADP/5/case the/DET/5/det Iranian/ADJ/5/amod company/NOUN/1/nmod struck/VERB/0/root"));

    [Fact]
    public void Families_of_soldiers_are_civilians()
        => Assert.Equal(["families of the Syrian soldiers=SYRCVL"],
            Code("families/NOUN/6/nsubj of/ADP/5/case the/DET/5/det Syrian/ADJ/5/amod soldiers/NOUN/1/nmod protested/VERB/0/root"));

    // An office noun still belongs to the owner: "leaders of the Syrian army" lead the army.
    [Fact]
    public void Leaders_of_an_army_are_the_army()
        => Assert.Equal(["leaders of the Syrian army=SYRMIL"],
            Code("leaders/NOUN/6/nsubj of/ADP/5/case the/DET/5/det Syrian/ADJ/5/amod army/NOUN/1/nmod met/VERB/0/root"));

    [Fact]
    public void Leaders_of_a_movement_are_the_movement()
        => Assert.Equal(["leaders of the rebels=---REB"],
            Code("leaders/NOUN/5/nsubj of/ADP/4/case the/DET/4/det rebels/NOUN/1/nmod met/VERB/0/root"));
}
