using Casus.Document;

namespace Casus.Tests.Coding.Nouns;

/// <summary>An act that a frame presupposes has happened: "in the face of", "in response to", "the impact of", "defend X
/// against" (data/nouns/governors.txt, [presuppose]); read only with the noun's own doer, and only where the clause of the
/// frame asserts. The shipped pipeline on sentences written for these tests.</summary>
public class PresupposedNounTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("presupposed", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void An_act_a_frame_noun_presupposes_is_coded_with_its_own_doer()
    {
        Assert.Contains("RUS UKR 195", Code("They have stood resolute and strong in the face of Russia's missile attacks on Ukraine."));
        Assert.Contains("RUS UKR 190", Code("The two presidents discussed the impact of Russia's attacks on Ukraine on food security in Africa."));
    }

    [Fact]
    public void A_standing_war_a_frame_presupposes_is_background_not_an_act_reported()
    {
        // nouns3: a campaign noun ([campaign]: war, invasion, aggression ...) in a frame names the background of the
        // statement, repeated story after story; a GDELT user counting force wants the blows a story reports.
        Assert.DoesNotContain(Code("They have stood resolute and strong in the face of Russia's full scale invasion of Ukraine."), e => e.EndsWith(" 190", StringComparison.Ordinal));
        Assert.DoesNotContain(Code("The two presidents discussed the impact of Russia's war against Ukraine on food security in Africa."), e => e.EndsWith(" 190", StringComparison.Ordinal));
        Assert.DoesNotContain(Code("They have stood strong in the face of Russia's brutal war in Ukraine."), e => e.EndsWith(" 190", StringComparison.Ordinal));
    }

    [Fact]
    public void An_act_that_sets_off_a_war_is_not_who_wages_it()
    {
        Assert.DoesNotContain(Code("Hamas's terrorist attack on October 7 launched a war in Gaza."), e => e.EndsWith(" 190", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_its_own_doer_or_in_a_clause_that_does_not_assert_nothing_is_read()
    {
        Assert.DoesNotContain(Code("The two presidents discussed the impact of the war against Ukraine on food security in Africa."), e => e.EndsWith(" 190", StringComparison.Ordinal));
        Assert.DoesNotContain(Code("The two presidents discussed the impact of the war in Ukraine on food security in Africa."), e => e.EndsWith(" 190", StringComparison.Ordinal));
        Assert.DoesNotContain(Code("The allies would impose severe costs in response to Russia's invasion of Ukraine."), e => e.EndsWith(" 190", StringComparison.Ordinal));
    }
}
