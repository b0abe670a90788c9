using static Casus.Tests.Actors.ActorTestData;

namespace Casus.Tests.Actors;

/// <summary>"Crown Prince Sheikh Mishal", "Prime Minister Sheikh Mohammed" (docs/formats/actors.md, "Titles and
/// honorifics"): an honorific of data/actors/titles.txt that follows an office title says nothing of office, so the
/// title's role stays; a bare honorific keeps its own role.</summary>
public class HonorificAfterTitleTests
{
    [Theory]
    [InlineData("Kuwaiti Crown Prince Sheikh Tomas Vell met the police .")]
    [InlineData("Kuwaiti Prime Minister Sheikh Tomas Vell met the police .")]
    public void An_office_title_keeps_its_role_before_an_honorific(string sentence)
    {
        var shown = Code(sentence);
        Assert.Contains(shown, s => s.EndsWith("=KWTGOV", StringComparison.Ordinal));
        Assert.DoesNotContain(shown, s => s.EndsWith("=KWTELI", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_honorific_keeps_its_role()
        => Assert.Contains(Code("Kuwaiti Sheikh Tomas Vell met the police ."), s => s.EndsWith("=KWTELI", StringComparison.Ordinal));

    [Fact]
    public void A_past_office_before_the_honorific_is_still_an_elite()
        => Assert.Contains(Code("Former Kuwaiti Prime Minister Sheikh Tomas Vell met the police ."),
            s => s.EndsWith("=KWTELI", StringComparison.Ordinal));
}
