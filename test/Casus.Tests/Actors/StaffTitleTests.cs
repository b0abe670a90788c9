using static Casus.Tests.Actors.ActorTestData;

namespace Casus.Tests.Actors;

/// <summary>Staff titles of data/actors/roles.txt: a bare "chief of staff" is a leader's aide, the armed forces' own
/// are named so; a "National Security Council|Secretariat" is a government's policy staff, neither the UN Security
/// Council nor police (the "security" modifier). A "People’s Republic of X" names the country X, not people.</summary>
public class StaffTitleTests
{
    [Theory]
    [InlineData("Chief of Staff Laura Sarabia of Colombia met the mayor .", "Chief of Staff Laura Sarabia of Colombia=COLGOV")]
    [InlineData("The Colombian chief of staff resigned .", "Colombian chief of staff=COLGOV")]
    public void A_bare_chief_of_staff_is_an_aide(string sentence, string expected)
        => Assert.Contains(expected, Code(sentence));

    [Theory]
    [InlineData("The Israeli Chief of the General Staff resigned .", "Israeli Chief of the General Staff=ISRMIL")]
    [InlineData("The Pakistani army chief of staff resigned .", "Pakistani army chief of staff=PAKMIL")]
    public void The_armed_forces_chiefs_of_staff_stay_military(string sentence, string expected)
        => Assert.Contains(expected, Code(sentence));

    [Fact]
    public void A_national_security_council_is_no_un_body()
    {
        var codes = Code("The Armenian National Security Council met the mayor .");
        Assert.Contains("Armenian National Security Council=ARMGOV", codes);
        Assert.DoesNotContain(codes, c => c.Contains("IGOUNO", StringComparison.Ordinal));
    }

    [Fact]
    public void A_national_security_secretariat_is_no_police()
        => Assert.Contains("National Security Secretariat Secretary General Akiba Takeo of Japan=JPNGOV",
            Code("National Security Secretariat Secretary General Akiba Takeo of Japan met the mayor ."));

    [Fact]
    public void The_un_security_council_stays_the_un_s()
        => Assert.Contains("UN Security Council=IGOUNO", Code("The UN Security Council met the mayor ."));

    [Fact]
    public void A_people_s_republic_is_its_country_not_people()
    {
        // roles.txt CVL not: "people's republic": a country's formal name whose own entry the dictionary lacks.
        var codes = Code("The People’s Republic of Bangladesh signed the accord .");
        Assert.Contains(codes, c => c.EndsWith("=BGD", StringComparison.Ordinal));
        Assert.DoesNotContain(codes, c => c.Contains("CVL", StringComparison.Ordinal));
    }
}
