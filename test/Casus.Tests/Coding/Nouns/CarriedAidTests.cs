using Casus.Document;

namespace Casus.Tests.Coding.Nouns;

/// <summary>Aid named by the noun that hands it over ("Denmark's provision of security assistance to Ukraine", "the
/// DPRK's transfer of missiles to Russia"): the aid noun, or a thing given as aid, stands where the carrier stands, and
/// the carrier names the giver and the receiver. The shipped pipeline on sentences written for these tests.</summary>
public class CarriedAidTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("carried", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void A_provision_of_aid_welcomed_is_aid_given_by_its_possessor()
    {
        Assert.Contains("DNK UKR 072", Code("President Biden welcomed Denmark's provision of significant security assistance to Ukraine."));
    }

    [Fact]
    public void A_transfer_of_weapons_condemned_is_military_aid()
    {
        Assert.Contains("IRN RUS 072", Code("The ministers condemned Iran's transfer of ballistic missiles to Russia."));
    }

    [Fact]
    public void A_carrier_that_is_planned_or_carries_no_aid_gives_nothing()
    {
        Assert.DoesNotContain(Code("The ministers condemned Iran's planned transfer of ballistic missiles to Russia."), e => e.EndsWith(" 072", StringComparison.Ordinal));
        Assert.DoesNotContain(Code("The ministers condemned Iran's transfer of prisoners to Russia."), e => e.StartsWith("IRN RUS 07", StringComparison.Ordinal));
    }
}
