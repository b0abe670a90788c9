using static Casus.Tests.Actors.ParsedSentence;

namespace Casus.Tests.Actors.Context;

/// <summary>Country from the place of a role (docs/formats/actors.md): a role without a country takes the country of
/// the province or town it is of, read from the gazetteer; each on a hand-built parsed sentence.</summary>
public class PlaceOfRoleTests
{
    [Fact]
    public void The_mayor_of_a_town_is_of_its_country()
        => Assert.Equal(["mayor=PAKGOV"],
            Code("the/DET/2/det mayor/NOUN/5/nsubj:pass of/ADP/4/case Karachi/PROPN/2/nmod was/AUX/5/aux:pass arrested/VERB/0/root"));

    [Fact]
    public void A_place_noun_names_its_place_by_the_proper_noun_it_holds()
        => Assert.Equal(["government=PAKGOV", "police=PAKCOP"],
            Code("the/DET/2/det government/NOUN/6/nsubj of/ADP/5/case Sindh/PROPN/5/compound province/NOUN/2/nmod ordered/VERB/0/root patrols/NOUN/6/obj by/ADP/9/case police/NOUN/7/nmod"));

    [Fact]
    public void The_city_of_a_name_is_that_place()
        => Assert.Equal(["governor=PAKGOV"],
            Code("the/DET/2/det governor/NOUN/8/nsubj of/ADP/5/case the/DET/5/det city/NOUN/2/nmod of/ADP/7/case Karachi/PROPN/5/nmod resigned/VERB/0/root"));

    [Fact]
    public void Local_people_in_a_town_are_of_its_country_but_troops_there_are_not()
    {
        Assert.Equal(["police=PAKCOP"],
            Code("police/NOUN/4/nsubj in/ADP/3/case Karachi/PROPN/1/nmod arrested/VERB/0/root suspects/NOUN/4/obj"));
        Assert.Equal(["troops=---MIL"],
            Code("troops/NOUN/4/nsubj in/ADP/3/case Karachi/PROPN/1/nmod arrested/VERB/0/root suspects/NOUN/4/obj"));
    }

    [Fact]
    public void Local_people_acting_in_a_town_are_of_its_country_but_troops_there_are_not()
    {
        // "Residents protested in Karachi": the subject's own clause says where people who act where they live are.
        Assert.Equal(["residents=PAKCVL"],
            Code("residents/NOUN/2/nsubj protested/VERB/0/root in/ADP/4/case Karachi/PROPN/2/obl"));
        Assert.Equal(["troops=---MIL"],
            Code("troops/NOUN/2/nsubj gathered/VERB/0/root in/ADP/4/case Karachi/PROPN/2/obl"));
        // Only "in" says where: "near Karachi" may be across a border.
        Assert.Equal(["residents=---CVL"],
            Code("residents/NOUN/2/nsubj protested/VERB/0/root near/ADP/4/case Karachi/PROPN/2/obl"));
    }

    [Fact]
    public void A_place_before_the_role_says_whose_it_is()
    {
        // "Karachi police", "Sindh Governor Imran Ismail": the place modifier works as "of" does.
        Assert.Equal(["police=PAKCOP"],
            Code("Karachi/PROPN/2/compound police/NOUN/3/nsubj arrested/VERB/0/root suspects/NOUN/3/obj"));
        Assert.Equal(["Governor Imran Ismail=PAKGOV"],
            Code("Sindh/PROPN/4/compound Governor/PROPN/4/compound Imran/PROPN/4/compound Ismail/PROPN/5/nsubj resigned/VERB/0/root"));
        // An unknown name before the role gives nothing.
        Assert.Equal(["police=---COP"],
            Code("Xanadu/PROPN/2/compound police/NOUN/3/nsubj arrested/VERB/0/root suspects/NOUN/3/obj"));
    }

    [Fact]
    public void The_evidence_names_the_place()
    {
        var mayor = Mentions("the/DET/2/det mayor/NOUN/5/nsubj:pass of/ADP/4/case Karachi/PROPN/2/nmod was/AUX/5/aux:pass arrested/VERB/0/root")[0];
        Assert.Contains(mayor.Evidence, e => e.StartsWith("country from the place of the role: 'Karachi' (gazetteer/", StringComparison.Ordinal) && e.EndsWith("→ PAKGOV", StringComparison.Ordinal));
    }

    [Fact]
    public void A_month_or_an_unknown_name_gives_no_country()
    {
        Assert.Equal(["officials=---GOV"],
            Code("officials/NOUN/5/nsubj of/ADP/3/case March/PROPN/1/nmod have/AUX/5/aux resigned/VERB/0/root"));
        Assert.Equal(["officials=---GOV"],
            Code("officials/NOUN/5/nsubj of/ADP/3/case Zzyzzxland/PROPN/1/nmod have/AUX/5/aux resigned/VERB/0/root"));
    }

    [Fact]
    public void A_state_named_under_the_role_is_left_to_the_country_it_names()
        // "Republic" is also a town in Missouri: the formal name of a state is no place of the gazetteer.
        => Assert.Equal(["Government=YEMGOV", "Yemen=YEM"],
            Code("the/DET/2/det Government/PROPN/0/root of/ADP/5/case the/DET/5/det Republic/PROPN/2/nmod of/ADP/7/case Yemen/PROPN/5/nmod"));

    [Fact]
    public void A_country_under_the_role_that_agrees_with_the_place_confirms_it()
        => Assert.Equal(["mayor=PAKGOV", "Pakistani=PAK"],
            Code("the/DET/2/det mayor/NOUN/8/nsubj:pass of/ADP/6/case the/DET/6/det Pakistani/ADJ/6/amod city/NOUN/2/nmod of/ADP/8/case Karachi/PROPN/6/nmod resigned/VERB/0/root"));
}
