using Casus.Document;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A step announced with "will" by a compound subject of two countries is their intent to cooperate (030), but
/// not when its subject is a relative pronoun standing for a thing: "signed a treaty, which will help ..." says what
/// the treaty will do. The shipped pipeline on sentences written for these tests.</summary>
public class ThingRelativeStepTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("relative", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void A_joint_step_of_two_countries_is_an_intent_to_cooperate()
    {
        Assert.Contains("CAN MEX 030", Code("Canada and Mexico will help both of our economies grow."));
    }

    [Fact]
    public void What_a_thing_will_do_is_no_intent_of_the_countries_that_made_it()
    {
        var events = Code("Canada and Mexico finalized a treaty, which will help both of our economies grow.");
        Assert.DoesNotContain(events, e => e.EndsWith(" 030", StringComparison.Ordinal));
    }
}
