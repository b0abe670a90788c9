using Casus.Tests.TestKit;

namespace Casus.Tests.Coding;

/// <summary>Acts the dictionary codes only under a frame ("to help &lt;obj&gt;" in 07_aid.txt): help named with the
/// actor helped is aid when it is promised, asked for or refused, and nothing on its own. Sentences written for these
/// tests.</summary>
public class FramedActTests
{
    [Theory]
    [InlineData("[Japan|JPN] pledged to help [Nepal|NPL] .", "JPN NPL 033")]
    [InlineData("[The G7|IGO] will commit to help [Kiev|UKR] .", "IGO UKR 033")]
    [InlineData("[Congress|LEG] asked [the president|GOV] to help [Kiev|UKR] .", "LEG GOV 023")]
    [InlineData("[Germany|DEU] refused to help [Greece|GRC] .", "DEU GRC 122")]
    public void Help_under_a_frame_is_aid(string markup, string expected)
    {
        Assert.Contains(expected, CodingTestKit.Code(markup));
    }

    [Theory]
    // Rights, elections and settlements are framed acts too; their target may stay unnamed.
    [InlineData("[The EU|EUR] urged [Minsk|BLR] to respect the rights of protesters .", "EUR BLR 0243")]
    [InlineData("[The junta|MIL] pledged to hold elections .", "MIL - 0344")]
    [InlineData("[The opposition|OPP] demanded that [the government|GOV] hold elections .", "OPP GOV 1044")]
    [InlineData("[Ethiopia|ETH] demanded that [Cairo|EGY] settle the dispute over the dam .", "ETH EGY 107")]
    [InlineData("[Kosovo|XKX] refused to resolve the dispute with [Serbia|SRB] .", "XKX SRB 127")]
    public void Rights_elections_and_settlements_under_a_frame(string markup, string expected)
    {
        Assert.Contains(expected, CodingTestKit.Code(markup));
    }

    [Theory]
    // Cooperating under a frame: the kind named gives the sub-code; bare cooperation is material (060 → 031).
    [InlineData("[France|FRA] pledged to cooperate militarily with [Mali|MLI] .", "FRA MLI 0312")]
    [InlineData("[Japan|JPN] pledged to cooperate with [Seoul|KOR] .", "JPN KOR 031")]
    [InlineData("[India|IND] vowed to work with [Dhaka|BGD] .", "IND BGD 031")]
    [InlineData("[Moscow|RUS] threatened to restrict freedom of the press .", "RUS - 1321")]
    public void Cooperation_and_threats_take_the_named_kind(string markup, string expected)
    {
        Assert.Contains(expected, CodingTestKit.Code(markup));
    }

    [Theory]
    // Done, not framed: respecting rights or holding an election on schedule is no concession.
    [InlineData("[The government|GOV] respected the rights of [minorities|ETH] .")]
    [InlineData("[India|IND] held elections in [Kashmir|IND] .")]
    public void Rights_and_elections_alone_are_no_event(string markup)
    {
        Assert.Empty(CodingTestKit.Code(markup));
    }

    [Theory]
    // On its own help is no event: the news uses are "helped bring together", "helps hold to account".
    [InlineData("[The United States|USA] helped [Ukraine|UKR] .")]
    [InlineData("[The ministry|GOV] helps hold [the banks|BUS] to account .")]
    public void Help_alone_is_no_event(string markup)
    {
        Assert.Empty(CodingTestKit.Code(markup));
    }

    [Theory]
    // Without the actor helped the promise stays the general intent: "help end the war" names no one aided.
    [InlineData("[China|CHN] offered to help end the war .")]
    [InlineData("[The US|USA] urged [Beijing|CHN] to help end the war .")]
    public void Help_without_an_actor_helped_is_no_aid(string markup)
    {
        Assert.DoesNotContain(CodingTestKit.Code(markup), e => e.EndsWith(" 033") || e.EndsWith(" 023"));
    }
}
