using Casus.Document;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A declared state of emergency, martial law or curfew (CAMEO 1723, 1724) needs no one named to be coded:
/// where no place is named it falls on the source's own country's people (ParseCoder.OwnPeople.cs). A bare "emergency"
/// is no state of emergency. The shipped pipeline on sentences written for these tests.</summary>
public class DeclaredEmergencyTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("emergency", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void A_state_of_emergency_without_a_place_falls_on_the_countrys_people()
    {
        Assert.Equal(["PER PER 1724"], Code("Peru declared a state of emergency on Monday."));
        Assert.Equal(["PAK PAK 1724"], Code("Pakistan imposed martial law."));
        Assert.Equal(["KEN KEN 1723"], Code("Kenya imposed a curfew after the riots."));
    }

    [Fact]
    public void A_named_place_is_the_target()
    {
        Assert.Equal(["KEN KEN 1723"], Code("Kenya imposed a curfew in Nairobi."));
    }

    [Fact]
    public void A_bare_emergency_is_no_state_of_emergency()
    {
        Assert.DoesNotContain(Code("The United States announced an emergency mission to Haiti."), e => e.EndsWith(" 1724"));
        Assert.Empty(Code("The health ministry declared a public health emergency."));
    }

    [Fact]
    public void A_national_emergency_with_respect_to_a_country_is_no_emergency_rule_over_it()
    {
        // The US sanctions formula: the emergency is declared at home as the legal ground of measures against Iran.
        Assert.DoesNotContain(Code("The President declared a national emergency with respect to Iran."), e => e.EndsWith(" 1724"));
        Assert.DoesNotContain(Code("The governor declared a public health emergency for the State of Ohio."), e => e.EndsWith(" 1724"));
        // An emergency declared in a place still acts on it.
        Assert.Contains(Code("Nigeria declared an emergency in Lagos."), e => e.EndsWith(" 1724"));
    }
}
