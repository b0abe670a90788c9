using static Casus.Tests.Actors.ParsedSentence;

namespace Casus.Tests.Actors;

/// <summary>A head with a 'national:' reading in the shipped roles.txt: "bomber" is a military aircraft when a country
/// names it, a person (UAF) otherwise.</summary>
public class NationalHeadTests
{
    [Fact]
    public void A_country_before_the_head_gives_the_national_role()
        => Assert.Equal(["Japanese bomber=JPNMIL"],
            Code("A/DET/3/det Japanese/ADJ/3/amod bomber/NOUN/4/nsubj attacked/VERB/0/root a/DET/6/det vessel/NOUN/4/obj").Where(m => m.Contains("bomber", StringComparison.Ordinal)).ToList());

    [Fact]
    public void The_head_alone_keeps_its_own_role()
        => Assert.Equal(["bomber=---UAF"],
            Code("The/DET/2/det bomber/NOUN/3/nsubj attacked/VERB/0/root a/DET/5/det mosque/NOUN/3/obj").Where(m => m.StartsWith("bomber", StringComparison.Ordinal)).ToList());

    [Fact]
    public void A_head_of_its_own_wins_over_the_national_reading()
        => Assert.Equal(["Palestinian suicide bomber=PSEUAF"],
            Code("A/DET/4/det Palestinian/ADJ/4/amod suicide/NOUN/4/compound bomber/NOUN/5/nsubj attacked/VERB/0/root").Where(m => m.Contains("bomber", StringComparison.Ordinal)).ToList());

    // Aircraft words carry only a national reading: a state or an armed force must own the aircraft for it to be
    // a military actor; an unowned or company-owned one is no actor at all.

    [Fact]
    public void A_country_owns_an_aircraft_word()
        => Assert.Equal(["Russian helicopter=RUSMIL"],
            Code("A/DET/3/det Russian/ADJ/3/amod helicopter/NOUN/4/nsubj fired/VERB/0/root").ToList());

    [Fact]
    public void A_country_noun_owns_a_singular_drone()
        => Assert.Equal(["US drone=USAMIL"],
            Code("A/DET/3/det US/PROPN/3/compound drone/NOUN/4/nsubj struck/VERB/0/root a/DET/6/det car/NOUN/4/obj").ToList());

    [Fact]
    public void An_unowned_aircraft_word_names_no_actor()
        => Assert.Empty(Code("A/DET/2/det helicopter/NOUN/3/nsubj crashed/VERB/0/root"));

    [Fact]
    public void An_unknown_owner_gives_no_military_actor()
        => Assert.Empty(Code("A/DET/3/det Acme/PROPN/3/compound helicopter/NOUN/4/nsubj crashed/VERB/0/root"));

    [Fact]
    public void A_company_owner_keeps_its_own_role()
        => Assert.Equal(["company helicopter=---BUS"],
            Code("A/DET/3/det company/NOUN/3/compound helicopter/NOUN/4/nsubj crashed/VERB/0/root").ToList());

    [Fact]
    public void An_armed_force_head_owns_the_aircraft()
        => Assert.Equal(["Army helicopters=---MIL"],
            Code("Army/NOUN/2/compound helicopters/NOUN/3/nsubj fired/VERB/0/root").ToList());

    [Fact]
    public void An_armed_force_modifier_owns_the_aircraft()
        => Assert.Equal(["Naval helicopters=---MIL"],
            Code("Naval/ADJ/2/amod helicopters/NOUN/3/nsubj landed/VERB/0/root").ToList());

    [Fact]
    public void A_police_owner_is_no_armed_force()
        => Assert.Equal(["Russian police helicopters=RUSCOP"],
            Code("Russian/ADJ/3/amod police/NOUN/3/compound helicopters/NOUN/4/nsubj circled/VERB/0/root").ToList());

    [Theory]
    [InlineData("Fighter/NOUN/2/compound jets/NOUN/3/nsubj bombed/VERB/0/root", "Fighter jets=---MIL")]
    [InlineData("Syrian/ADJ/3/amod fighter/NOUN/3/compound jets/NOUN/4/nsubj bombed/VERB/0/root", "Syrian fighter jets=SYRMIL")]
    public void Fighter_jets_are_military_with_or_without_a_country(string parse, string expected)
        => Assert.Equal([expected], Code(parse).ToList());

    [Fact]
    public void A_civil_compound_hides_the_aircraft_word_even_under_a_country()
        => Assert.Equal(["Russian=RUS"],
            Code("A/DET/4/det Russian/ADJ/4/amod passenger/NOUN/4/compound jet/NOUN/5/nsubj landed/VERB/0/root").ToList());

    // Weapons are the same kind of owned thing: "missiles targeting troops" names no attacker; "Russian missiles" does.
    [Fact]
    public void Unowned_missiles_name_no_actor()
        => Assert.Empty(Code("Missiles/NOUN/2/nsubj struck/VERB/0/root a/DET/4/det base/NOUN/2/obj"));

    [Fact]
    public void A_country_owns_missiles()
        => Assert.Equal(["Russian missiles=RUSMIL"],
            Code("Russian/ADJ/2/amod missiles/NOUN/3/nsubj struck/VERB/0/root a/DET/5/det base/NOUN/3/obj").ToList());
}
