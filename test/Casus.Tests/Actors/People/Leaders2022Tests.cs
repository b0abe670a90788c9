using Casus.Actors;

namespace Casus.Tests.Actors.People;

/// <summary>
/// The shipped people-leaders-2022.txt (heads of state and government who took office from 2022-07-01 on):
/// hand-written sentences with article dates inside and outside the terms the file states.
/// </summary>
public class Leaders2022Tests
{
    private static string CodeOf(DateOnly date, string sentence, string mention)
    {
        var mentions = ActorTestData.Mentions(date, sentence);
        var m = mentions.FirstOrDefault(x => x.Text == mention) ?? throw new Xunit.Sdk.XunitException(
            $"no mention '{mention}' in: {string.Join(", ", ActorTestData.Show(mentions))}");
        return m.Code.Value;
    }

    [Fact]
    public void The_file_is_shipped_and_read()
        => Assert.Contains("actors/people-leaders-2022.txt", ActorSource.EmbeddedNames);

    [Theory]
    [InlineData(2023, 6, "Giorgia Meloni", "ITAGOV")]   // prime minister from 2022-10-22
    [InlineData(2024, 3, "Bola Tinubu", "NGAGOV")]      // president from 2023-05-29
    [InlineData(2020, 3, "Bola Tinubu", "NGA")]         // before the term (a party leader): the country alone
    [InlineData(2025, 6, "Javier Milei", "ARGGOV")]     // president from 2023-12-10
    [InlineData(2021, 6, "Javier Milei", "ARG")]        // an economist then
    public void A_leader_codes_as_the_government_inside_the_term_only(int year, int month, string name, string code)
        => Assert.Equal(code, CodeOf(new DateOnly(year, month, 1), name + " met the delegation.", name));

    [Fact]
    public void A_surname_first_name_resolves_inside_the_term()
    {
        // White House readouts write Japanese names surname first: "Prime Minister Ishiba Shigeru".
        Assert.Equal("JPNGOV", CodeOf(new DateOnly(2025, 2, 7), "Ishiba Shigeru met the delegation.", "Ishiba Shigeru"));
        Assert.Equal("HUNGOV", CodeOf(new DateOnly(2024, 5, 1), "Sulyok Tamás met the delegation.", "Sulyok Tamás"));
    }

    [Fact]
    public void A_term_that_ended_no_longer_codes_the_government()
    {
        // Paetongtarn Shinawatra was removed from office on 2025-08-29; Ishiba Shigeru left it on 2025-10-21.
        // Within 366 days of a term the nearest affiliation still holds ("Dates"), so the checks lie beyond it.
        Assert.Equal("THAGOV", CodeOf(new DateOnly(2025, 3, 1), "Paetongtarn Shinawatra met the delegation.", "Paetongtarn Shinawatra"));
        Assert.Equal("THA", CodeOf(new DateOnly(2026, 10, 1), "Paetongtarn Shinawatra met the delegation.", "Paetongtarn Shinawatra"));
        Assert.Equal("JPN", CodeOf(new DateOnly(2026, 11, 1), "Ishiba Shigeru met the delegation.", "Ishiba Shigeru"));
    }
}
