using Casus.Coding;

namespace Casus.Tests.Coding;

/// <summary>The frame table: an act said under an intent, appeal, demand, rejection or threat takes the code of that
/// frame for the act's kind (CAMEO 1.1b3's roots 02, 03, 10 and 12 run parallel code by code).</summary>
public class ComplementFramesTests
{
    private static string? Apply(int root, string framed) => ComplementFrames.Apply(root, CameoCode.Parse(framed))?.Digits;

    [Fact]
    public void Material_acts_take_the_parallel_code_of_each_frame()
    {
        Assert.Equal("0353", Apply(3, "0841")); // pledged to release
        Assert.Equal("0253", Apply(2, "0841")); // urged to release
        Assert.Equal("1053", Apply(10, "0841")); // demanded to release
        Assert.Equal("1243", Apply(12, "0841")); // refused to release
        Assert.Equal("1384", Apply(3, "190")); // announced force is a threat
    }

    [Fact]
    public void An_intent_under_an_intent_frame_keeps_its_own_code()
    {
        // "Sudan agreed to accept mediation": accepting mediation (038) is already the intent; not the general 030.
        Assert.Equal("038", Apply(3, "038"));
        Assert.Equal("0331", Apply(3, "0331")); // "will offer economic aid"
        Assert.Equal("032", Apply(3, "032")); // "will reaffirm its commitment to the partnership"
    }

    [Fact]
    public void An_intent_under_another_frame_takes_that_frames_parallel_code()
    {
        Assert.Equal("028", Apply(2, "038")); // urged to accept mediation
        Assert.Equal("108", Apply(10, "038")); // demanded that it accept mediation
        Assert.Equal("126", Apply(12, "038")); // refused to accept mediation
        Assert.Equal("0231", Apply(2, "0331")); // urged to offer economic aid
        Assert.Equal("1056", Apply(10, "0356")); // demanded that it agree to de-escalate
        Assert.Equal("125", Apply(12, "036")); // refused to offer talks
        Assert.Equal("121", Apply(12, "0313")); // CAMEO has no "reject judicial cooperation": material cooperation
    }

    [Fact]
    public void Codes_without_a_parallel_give_no_framed_code()
    {
        Assert.Null(Apply(2, "11")); // no appeal to disapprove
        Assert.Null(Apply(3, "112")); // no intent to accuse
    }
}
