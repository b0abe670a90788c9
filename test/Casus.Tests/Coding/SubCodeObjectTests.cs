using Casus.Tests.TestKit;

namespace Casus.Tests.Coding;

/// <summary>A specific CAMEO sub-code is chosen only when the object names what the sub-code is about (a military
/// act for 093, aggression for 1123, a plan to settle a dispute for 127, political reform for 083, computers for 176);
/// any other object keeps the general code of the root. Sentences written for these tests.</summary>
public class SubCodeObjectTests
{
    [Theory]
    // The specific code where the object names its subject matter.
    [InlineData("[The UN|IGO] investigated the shelling of [Homs|SYR] .", "IGO SYR 093")]
    [InlineData("[Kiev|UKR] blamed [Moscow|RUS] for the shelling .", "UKR RUS 1123")]
    [InlineData("[Hamas|HMS] rejected the peace plan of [Egypt|EGY] .", "HMS EGY 127")]
    [InlineData("[The junta|MIL] bowed to the demands of [the students|OPP] for reform .", "MIL OPP 083")]
    [InlineData("[Hackers|UAF] attacked the computer networks of [Estonia|EST] .", "UAF EST 176")]
    // What a rejected request was for, after the requester: loans 1221, aid 122, rights 1233, peacekeepers 1224.
    [InlineData("[Berlin|DEU] rejected the request of [Athens|GRC] for loans .", "DEU GRC 1221")]
    [InlineData("[Washington|USA] rejected the request of [Pakistan|PAK] for aid .", "USA PAK 122")]
    [InlineData("[Tehran|IRN] rejected the demands of [the students|OPP] for rights .", "IRN OPP 1233")]
    [InlineData("[Israel|ISR] rejected the deployment of peacekeepers .", "ISR - 1224")]
    [InlineData("[Hackers|UAF] attacked the websites of [the ministry|GOV] .", "UAF GOV 176")]
    [InlineData("[The regime|GOV] restricted freedom of the press in [Minsk|BLR] .", "GOV BLR 1721")]
    // Concern over what an actor does is disapproval (110); expelling peacekeepers or inspectors is 1661/1662, the
    // expelled named by the object without a from-phrase.
    [InlineData("[China|CHN] expressed concern over the actions of [Japan|JPN] .", "CHN JPN 110")]
    [InlineData("[Mali|MLI] expelled the peacekeepers .", "MLI - 1661")]
    [InlineData("[Iran|IRN] expelled the inspectors .", "IRN - 1662")]
    // The general code where it does not: concern over a situation is pessimism (012); a person expelled is 174; an incident, a crash or a death is not military; an explosion or a crash
    // is not aggression; a proposal need not settle a dispute; pressure need not be for reform.
    [InlineData("[Police|COP] investigated the death of [the journalist|MED] .", "COP MED 090")]
    [InlineData("[The UN|IGO] investigated the incident in [Homs|SYR] .", "IGO SYR 090")]
    [InlineData("[Kiev|UKR] blamed [Moscow|RUS] for the crash .", "UKR RUS 112")]
    [InlineData("[Iran|IRN] rejected the proposal of [the EU|EUR] .", "IRN EUR 120")]
    [InlineData("[The government|GOV] yielded to the demands of [the rebels|REB] .", "GOV REB 080")]
    [InlineData("[The minister|GOV] bowed to pressure from [Washington|USA] .", "GOV USA 080")]
    [InlineData("[Germany|DEU] expressed concern over the economy of [Greece|GRC] .", "DEU GRC 012")]
    [InlineData("[Russia|RUS] expelled [the journalist|MED] .", "RUS MED 174")]
    // Forced out of the country is expelled (166); forced out of any other place stays coercion (170).
    [InlineData("[Jakarta|IDNGOV] forced [the UN agency|IGO] out of the country .", "IDNGOV IGO 166")]
    [InlineData("[The army|MIL] forced [the villagers|CVL] out of their homes .", "MIL CVL 170")]
    public void The_object_decides_the_sub_code(string markup, string expected)
    {
        Assert.Contains(expected, CodingTestKit.Code(markup));
    }

    [Theory]
    [InlineData("[The UN|IGO] investigated the incident in [Homs|SYR] .", " 093")]
    [InlineData("[Kiev|UKR] blamed [Moscow|RUS] for the explosion .", " 1123")]
    [InlineData("[Iran|IRN] dismissed the plan of [the EU|EUR] .", " 127")]
    [InlineData("[The government|GOV] gave in to the demands of [the rebels|REB] .", " 083")]
    // Troops, not computers, attacked: the armed attack stays armed.
    [InlineData("[Troops|MIL] attacked the positions of [the rebels|REB] .", " 176")]
    public void A_general_object_gets_no_specific_code(string markup, string notExpected)
    {
        Assert.DoesNotContain(CodingTestKit.Code(markup), e => e.EndsWith(notExpected));
    }
}
