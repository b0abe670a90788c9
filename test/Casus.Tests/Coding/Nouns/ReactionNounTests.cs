using Casus.Document;

namespace Casus.Tests.Coding.Nouns;

/// <summary>An event noun as the object of a verb of reaction ("condemned Russia's invasion of Ukraine") is an act
/// the reaction presupposes: coded with the doer the noun names, and only when it names one. The shipped pipeline on
/// sentences written for these tests.</summary>
public class ReactionNounTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("reaction", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void The_act_condemned_is_coded_with_the_doer_the_noun_names()
    {
        var events = Code("Canada condemned Russia's invasion of Ukraine.");
        Assert.Contains("RUS UKR 190", events);
        Assert.Contains("CAN RUS 111", events);
    }

    [Fact]
    public void A_meeting_welcomed_between_two_sides_is_reciprocal()
    {
        var events = Code("Japan welcomed the talks between India and Pakistan.");
        Assert.Contains("IND PAK 040", events);
        Assert.Contains("PAK IND 040", events);
    }

    [Fact]
    public void A_noun_that_names_no_doer_gives_no_act_of_the_one_who_reacts()
    {
        // The one who condemns is no attacker.
        Assert.DoesNotContain(Code("Canada condemned the invasion of Ukraine."), e => e.EndsWith(" 190", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reaction_not_asserted_vouches_for_nothing()
    {
        Assert.DoesNotContain(Code("Canada did not condemn Russia's invasion of Ukraine."), e => e.EndsWith(" 190", StringComparison.Ordinal));
        Assert.DoesNotContain(Code("Canada may condemn Russia's invasion of Ukraine."), e => e.EndsWith(" 190", StringComparison.Ordinal));
    }

    [Fact]
    public void An_act_named_as_a_point_in_time_is_coded_with_its_own_doer()
    {
        Assert.Contains("RUS UKR 190", Code("The sanctions follow Russia's invasion of Ukraine."));
    }

    [Fact]
    public void A_point_in_time_with_only_a_between_pair_is_not_read()
    {
        // Lists of past meetings mix places and dates into the sides; only a reaction's pair is read.
        Assert.DoesNotContain(Code("The visit follows talks between India and Pakistan."), e => e.EndsWith(" 040", StringComparison.Ordinal));
    }
}
