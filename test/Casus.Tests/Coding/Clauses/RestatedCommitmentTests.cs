using Casus.Document;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Restating a commitment is reaffirming it (data/verbs/03_intent.txt): "reiterated|restated|renewed|affirmed
/// its commitment to X" → 032 as "reaffirmed its commitment to X"; with a verb after it, the verb's act in the intent
/// frame. The verbs of emphasis are not among them. The shipped pipeline on sentences written for these tests.</summary>
public class RestatedCommitmentTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("commitment", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void Reiterating_a_commitment_to_an_actor_is_an_intent_of_support()
    {
        Assert.Equal(["CAN UKR 032"], Code("Canada reiterated its commitment to Ukraine."));
        Assert.Equal(["CAN UKR 032"], Code("Canada restated its unwavering commitment to Ukraine."));
    }

    [Fact]
    public void A_commitment_to_an_act_is_the_intent_of_that_act()
    {
        Assert.Equal(["CAN UKR 033"], Code("Canada affirmed its commitment to provide aid to Ukraine."));
    }

    [Fact]
    public void A_verb_of_emphasis_is_not_a_restatement()
    {
        Assert.DoesNotContain("CAN UKR 032", Code("Canada highlighted its commitment to Ukraine."));
    }
}
