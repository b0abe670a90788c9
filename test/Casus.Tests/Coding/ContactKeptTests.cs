using Casus.Tests.TestKit;

namespace Casus.Tests.Coding;

/// <summary>Staying in contact is consulting kept up (data/verbs/04_consult.txt): done, it is a consultation (040);
/// under an intent frame, an intent to meet or talk (036). Sentences written for these tests.</summary>
public class ContactKeptTests
{
    [Theory]
    [InlineData("[France|FRA] remained in close contact with [Germany|DEU] .", "FRA DEU 040")]
    [InlineData("[France|FRA] stayed in touch with [Germany|DEU] .", "FRA DEU 040")]
    [InlineData("[France|FRA] agreed to stay in close touch with [Germany|DEU] .", "FRA DEU 036")]
    public void Staying_in_contact_is_consulting(string markup, string expected)
    {
        Assert.Contains(expected, CodingTestKit.Code(markup));
    }

    [Fact]
    public void Remaining_somewhere_else_is_no_consultation()
    {
        Assert.DoesNotContain(CodingTestKit.Code("[The president|GOV] remained in office with [Germany|DEU] watching ."),
            e => e.EndsWith(" 040", StringComparison.Ordinal));
    }
}
