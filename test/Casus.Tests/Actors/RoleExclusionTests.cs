using Casus.Actors;
using static Casus.Tests.Actors.ActorTestData;

namespace Casus.Tests.Actors;

/// <summary>The "not:" compounds of roles.txt: a role word inside a common compound names no role.</summary>
public class RoleExclusionTests
{
    [Theory]
    [InlineData("The ministry funds research on artificial intelligence.", "ministry=---GOV")]
    [InlineData("Washington welcomed a proposal by General Motors to build a plant.", "Washington=USAGOV")]
    [InlineData("Several think tanks praised the plan.")]
    [InlineData("She spoke at a press conference in Paris.", "Paris=FRAGOV")]
    [InlineData("The Inspector General of the department resigned.")]
    [InlineData("A news helicopter circled over the stadium.")]
    [InlineData("They pledged more military support for the region.")]
    [InlineData("They discussed law enforcement cooperation and terrorist financing.")]
    public void A_role_word_inside_a_not_compound_names_no_role(string sentence, params string[] expected)
        => Assert.Equal(expected, Code(sentence));

    [Theory]
    [InlineData("General Smith attacked the village.", "General Smith=---MIL")]
    [InlineData("Syrian intelligence arrested the man.", "Syrian intelligence=SYRSPY")]
    [InlineData("Army helicopters attacked the village.", "Army helicopters=---MIL")]
    [InlineData("The military supported the coup.", "military=---MIL")]
    [InlineData("Terrorists attacked the village.", "Terrorists=---REB")]
    public void The_same_role_word_outside_the_compound_keeps_its_role(string sentence, string expected)
        => Assert.Contains(expected, Code(sentence));

    [Theory]
    [InlineData("Industry leaders urged restraint.", "Industry leaders=---BUS")]
    [InlineData("Cartel leaders threatened the town.", "Cartel leaders=---CRM")]
    [InlineData("Civil society leaders protested.", "Civil society leaders=---NGO")]
    [InlineData("The industry ministers met on Monday.", "industry ministers=---GOV")]
    public void Leaders_of_a_group_take_the_group_role_not_government(string sentence, string expected)
        => Assert.Contains(expected, Code(sentence));

    [Fact]
    public void Security_advisor_is_an_office_of_government_not_the_police()
        => Assert.Contains("Homeland Security Advisor Jane Doe=---GOV", Code("Homeland Security Advisor Jane Doe met the mayor."));

    // A bare "Korean" is South Korea's; the peninsula and the war that hold it name no state.
    [Theory]
    [InlineData("US ministers met their Korean counterparts.", "US ministers=USAGOV", "Korean counterparts=KORGOV")]
    [InlineData("They urged the denuclearization of the Korean Peninsula.")]
    [InlineData("They urged the denuclearization of the Korean peninsula.")]
    [InlineData("Veterans of the Korean War met.")]
    public void A_country_line_not_compound_hides_its_demonym(string sentence, params string[] expected)
        => Assert.Equal(expected, Code(sentence));

    [Fact]
    public void A_not_compound_on_a_country_line_must_hold_its_name_or_demonym()
    {
        var text = string.Join("\n",
            "KOR | adj: Korean | not: Korean Peninsula",   // 1: fine, holds the demonym
            "JPN | adj: Japanese | not: Korean War");      // 2: holds no word of its line
        ActorDictionary.TryLoad([new ActorSource("actors/test.txt", text)], out _, out var problems);
        var lines = problems.Select(p => p.ToString()).ToArray();
        Assert.Contains(lines, l => l.StartsWith("actors/test.txt:2: ") && l.Contains("holds no head or modifier of JPN"));
        Assert.DoesNotContain(lines, l => l.StartsWith("actors/test.txt:1: "));
    }

    [Fact]
    public void A_not_compound_is_checked_at_load_with_file_and_line()
    {
        var text = string.Join("\n",
            "SPY | head: intelligence | not: artificial intelligence",   // 1: fine
            "MIL | head: troops | not: think tanks",                      // 2: holds no MIL word of its role
            "MED | head: press | not: press",                             // 3: one word is no compound
            "- | filler: senior | not: senior citizens");                 // 4: a '-' line takes fillers only
        var ok = ActorDictionary.TryLoad([new ActorSource("actors/test.txt", text)], out _, out var problems);
        Assert.False(ok);
        var lines = problems.Select(p => p.ToString()).ToArray();
        Assert.Contains(lines, l => l.StartsWith("actors/test.txt:2: ") && l.Contains("holds no head or modifier of MIL"));
        Assert.Contains(lines, l => l.StartsWith("actors/test.txt:3: ") && l.Contains("two or more words"));
        Assert.Contains(lines, l => l.StartsWith("actors/test.txt:4: ") && l.Contains("'-'"));
        Assert.DoesNotContain(lines, l => l.StartsWith("actors/test.txt:1: "));
    }

    [Fact]
    public void Shipped_not_compounds_each_hold_a_word_of_their_role()
    {
        var entries = ActorDictionary.LoadEmbedded().Entries.Where(e => e.Kind == ActorEntryKind.NotRole).ToArray();
        Assert.True(entries.Length >= 40, $"only {entries.Length} not: compounds");
        Assert.All(entries, e => Assert.True(e.Words.Count >= 2, e.Phrase));
    }
}
