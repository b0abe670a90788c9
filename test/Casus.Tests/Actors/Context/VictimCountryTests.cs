using Casus.Actors;
using Casus.Actors.Context;
using Casus.Document;

namespace Casus.Tests.Actors.Context;

/// <summary>A victim of force does not take the attacker's country from context (docs/formats/actors.md, "Country from
/// context"): "Palestinian suicide bombers killed 23 people" says nothing of whose the people were.</summary>
public class VictimCountryTests
{
    private static Mention Actor(string code, string text, params string[] evidence) =>
        new(0, new TokenSpan(0, 1), text, ActorCode.Parse(code), evidence);

    private static readonly Mention Bombers = Actor("PSEUAF", "Palestinian suicide bombers", "actors/countries.txt:1 Palestinian → PSE");

    private static Mention People(string code) =>
        Actor(code, "people", "actors/roles.txt:1 people → CVL", ContextCountry.NotePrefix + "'Palestinian suicide bombers' (same sentence) → " + code);

    [Fact]
    public void People_killed_lose_the_attacker_s_country_taken_from_context()
    {
        var target = ContextCountry.ForVictim(Bombers, People("PSECVL"), 19)!;
        Assert.Equal("---CVL", target.Code.Value);
        Assert.Contains(target.Evidence, e => e.Contains("does not take the attacker's country (PSE)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("PSECVL", 17)] // police arresting people: their own, most often
    [InlineData("PSEMIL", 19)] // rebels killing soldiers of their own country
    [InlineData("ISRCVL", 19)] // the context named another country: the place struck
    public void Other_acts_other_victims_and_other_countries_keep_theirs(string code, int root)
    {
        var people = People(code);
        Assert.Same(people, ContextCountry.ForVictim(Bombers, people, root));
    }

    [Fact]
    public void A_country_of_the_phrase_itself_stays()
    {
        var own = Actor("PSECVL", "Palestinian civilians", "actors/countries.txt:1 Palestinian → PSE");
        Assert.Same(own, ContextCountry.ForVictim(Bombers, own, 19));
    }
}
