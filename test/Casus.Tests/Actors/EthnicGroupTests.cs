using static Casus.Tests.Actors.ActorTestData;

namespace Casus.Tests.Actors;

/// <summary>Ethnic groups named by a demonym: the demonym is the people's ethnicity, not their state
/// (docs/formats/actors.md, "Ethnic groups").</summary>
public class EthnicGroupTests
{
    [Theory]
    // No state named: the country stays unknown, the ethnicity is kept in the third place.
    [InlineData("Hundreds of ethnic Armenians fled overnight.", "ethnic Armenians=---CVLARM")]
    // A role noun after the demonym is the group's role.
    [InlineData("Ethnic Hungarian militants attacked a checkpoint.", "Ethnic Hungarian militants=---REBHUN")]
    // "of" + another state: the state the people live in.
    [InlineData("The Hungarians of northern Serbia voted.", "Hungarians of northern Serbia=SRBCVLHUN")]
    public void The_demonym_of_an_ethnic_group_is_no_state(string sentence, string expected)
        => Assert.Equal([expected], Code(sentence));

    [Fact]
    public void The_state_they_live_in_comes_from_the_sentence()
        => Assert.Equal(["ethnic Russians=UKRCVLRUS", "Ukraine=UKR"], Code("Thousands of ethnic Russians marched in Ukraine."));

    [Theory]
    // Without "ethnic" a demonym is its state's people, and an adjective its state's actor.
    [InlineData("Hungarian militants attacked a checkpoint.", "Hungarian militants=HUNREB")]
    [InlineData("Armenians voted on Sunday.", "Armenians=ARMCVL")]
    // "of" after a role is the role's country, not a residence.
    [InlineData("The president of Serbia spoke.", "president of Serbia=SRBGOV")]
    public void Other_demonyms_keep_their_state(string sentence, string expected)
        => Assert.Equal([expected], Code(sentence));

    [Theory]
    // A plural demonym on its own names the country's people (CVL); a name, an adjective before a role, and a
    // possessive keep the country or the role.
    [InlineData("Soldiers deported 168 Liberians.", "Liberians=LBRCVL")]
    [InlineData("The Philippines protested.", "The Philippines=PHL")]
    [InlineData("Palestinian leaders met.", "Palestinian leaders=PSEGOV")]
    public void A_plural_demonym_alone_is_its_country_s_civilians(string sentence, string expected)
        => Assert.Contains(expected, Code(sentence));
}
