using Casus.Coding;
using Casus.Evaluation;

namespace Casus.Tests.Evaluation;

public class EventMatcherTests
{
    private static ScoredEvent Ev(string source, string target, string? code, PloverCategory? plover = null, int origin = 0) =>
        new(source, target, code is null ? null : CameoCode.Parse(code), plover, origin);

    private static GoldEvent Gold(string source, string target, string? code, PloverCategory? plover = null) =>
        new(source, target, code is null ? null : CameoCode.Parse(code), plover);

    [Fact]
    public void Matcher_CodeDyad_ExactMatch()
    {
        Assert.True(EventMatcher.Matches(ScoreLevel.CodeDyad, Ev("SYR", "TUR", "190"), Ev("SYR", "TUR", "190")));
    }

    [Fact]
    public void Matcher_CodeDyad_GoldCodeAcceptsMoreSpecificPrediction()
    {
        Assert.True(EventMatcher.Matches(ScoreLevel.CodeDyad, Ev("SYR", "TUR", "19"), Ev("SYR", "TUR", "193")));
        Assert.True(EventMatcher.Matches(ScoreLevel.CodeDyad, Ev("SYR", "TUR", "193"), Ev("SYR", "TUR", "1931")));
        Assert.False(EventMatcher.Matches(ScoreLevel.CodeDyad, Ev("SYR", "TUR", "193"), Ev("SYR", "TUR", "190")));
        Assert.False(EventMatcher.Matches(ScoreLevel.CodeDyad, Ev("SYR", "TUR", "193"), Ev("SYR", "TUR", "19")));
    }

    [Fact]
    public void Matcher_RootDyad_SameRootDifferentCode()
    {
        Assert.True(EventMatcher.Matches(ScoreLevel.RootDyad, Ev("SYR", "TUR", "193"), Ev("SYR", "TUR", "190")));
        Assert.False(EventMatcher.Matches(ScoreLevel.RootDyad, Ev("SYR", "TUR", "193"), Ev("SYR", "TUR", "180")));
    }

    [Fact]
    public void Matcher_Actors_GoldLettersUpToSix()
    {
        Assert.True(EventMatcher.Matches(ScoreLevel.CodeDyad, Ev("USA", "CHN", "042"), Ev("USAGOV", "CHNGOV", "042")));
        Assert.False(EventMatcher.Matches(ScoreLevel.CodeDyad, Ev("USAGOV", "CHN", "042"), Ev("USAMIL", "CHN", "042")));
        Assert.False(EventMatcher.Matches(ScoreLevel.CodeDyad, Ev("USAGOV", "CHN", "042"), Ev("USA", "CHN", "042")));
        // Only six letters count: a seventh-plus role in the gold is not required.
        Assert.True(EventMatcher.Matches(ScoreLevel.CodeDyad, Ev("USAGOVLEG", "CHN", "042"), Ev("USAGOVMIL", "CHN", "042")));
    }

    [Fact]
    public void Matcher_RootDyad_ActorsAgreeOnThreeLetters()
    {
        Assert.True(EventMatcher.Matches(ScoreLevel.RootDyad, Ev("USAGOV", "CHN", "042"), Ev("USAMIL", "CHNBUS", "043")));
        Assert.False(EventMatcher.Matches(ScoreLevel.RootDyad, Ev("USAGOV", "CHN", "042"), Ev("RUSGOV", "CHN", "042")));
    }

    [Fact]
    public void Matcher_EmptyGoldActor_AcceptsAnyPredictedActor()
    {
        Assert.True(EventMatcher.Matches(ScoreLevel.CodeDyad, Ev("---OPP", "", "141"), Ev("---OPP", "EGYGOV", "141")));
        Assert.True(EventMatcher.Matches(ScoreLevel.CodeDyad, Ev("---OPP", "", "141"), Ev("---OPP", "", "141")));
        Assert.True(EventMatcher.Matches(ScoreLevel.CodeDyad, Ev("", "EGY", "141"), Ev("EGYOPP", "EGYGOV", "141")));
    }

    [Fact]
    public void Matcher_GoldActor_RejectsMissingPredictedActor()
    {
        Assert.False(EventMatcher.Matches(ScoreLevel.CodeDyad, Ev("EGYOPP", "EGYGOV", "141"), Ev("EGYOPP", "", "141")));
        Assert.False(EventMatcher.Matches(ScoreLevel.RootDyad, Ev("EGYOPP", "EGYGOV", "141"), Ev("EGYOPP", "", "141")));
    }

    [Fact]
    public void Matcher_PloverOnlyGold_MatchesOnCategoryAtEveryLevel()
    {
        var gold = Ev("HUNGOV", "ROUGOV", null, PloverCategory.AGREE);
        Assert.True(EventMatcher.Matches(ScoreLevel.CodeDyad, gold, Ev("HUNGOV", "ROUGOV", "030", PloverCategory.AGREE)));
        Assert.True(EventMatcher.Matches(ScoreLevel.RootDyad, gold, Ev("HUNMIL", "ROU", "031", PloverCategory.AGREE)));
        Assert.False(EventMatcher.Matches(ScoreLevel.CodeDyad, gold, Ev("HUNGOV", "ROUGOV", "040", PloverCategory.CONSULT)));
    }

    [Fact]
    public void Matcher_PloverLevel_IgnoresActors()
    {
        Assert.True(EventMatcher.Matches(ScoreLevel.Plover, Ev("SYR", "TUR", "190", PloverCategory.ASSAULT), Ev("IRQ", "", "183", PloverCategory.ASSAULT)));
        Assert.False(EventMatcher.Matches(ScoreLevel.Plover, Ev("SYR", "TUR", "190", PloverCategory.ASSAULT), Ev("SYR", "TUR", "173", PloverCategory.COERCE)));
    }

    [Fact]
    public void Match_PloverLevel_LeavesOutEventsWithoutCategoryOnBothSides()
    {
        var gold = new[] { Ev("USA", "CHN", "010"), Ev("SYR", "TUR", "190", PloverCategory.ASSAULT) };
        var predicted = new[] { Ev("SYR", "TUR", "190", PloverCategory.ASSAULT), Ev("USA", "CHN", "020") };
        var m = EventMatcher.Match(ScoreLevel.Plover, gold, predicted);
        Assert.Equal(1, m.Gold);
        Assert.Equal(1, m.Predicted);
        Assert.Single(m.Pairs);
        // At code+dyad the 01 and 02 events count, and do not match each other.
        var c = EventMatcher.Match(ScoreLevel.CodeDyad, gold, predicted);
        Assert.Equal(2, c.Gold);
        Assert.Equal(2, c.Predicted);
        Assert.Single(c.Pairs);
    }

    [Fact]
    public void Match_IsOneToOne()
    {
        var gold = new[] { Ev("SYR", "TUR", "190") };
        var predicted = new[] { Ev("SYR", "TUR", "190", origin: 0), Ev("SYR", "TUR", "190", origin: 1) };
        var m = EventMatcher.Match(ScoreLevel.CodeDyad, gold, predicted);
        Assert.Single(m.Pairs);
        Assert.Empty(m.Missed);
        Assert.Single(m.Spurious);
        Assert.Equal(1, m.Spurious[0].Origin);
    }

    [Fact]
    public void Match_PairsBestMatchFirst()
    {
        // First-fit would give gold "19" the prediction "190" and leave gold "190" unmatched; best-first pairs
        // the exact "190" first and gives "19" the "193".
        var gold = new[] { Ev("SYR", "TUR", "19"), Ev("SYR", "TUR", "190") };
        var predicted = new[] { Ev("SYR", "TUR", "190", origin: 0), Ev("SYR", "TUR", "193", origin: 1) };
        var m = EventMatcher.Match(ScoreLevel.CodeDyad, gold, predicted);
        Assert.Equal(2, m.Pairs.Count);
        Assert.Contains(m.Pairs, p => p.Gold.Code!.Value.Digits == "190" && p.Predicted.Code!.Value.Digits == "190");
    }

    [Fact]
    public void Expand_CompoundActors_OneEventPerMemberOnBothSides()
    {
        var expanded = ScoredEvent.FromGold([Gold("HUNGOV+ROUGOV", "USA+FRA", "030")]);
        Assert.Equal(4, expanded.Count);
        Assert.Contains(expanded, e => e.Source == "ROUGOV" && e.Target == "FRA");
        Assert.All(expanded, e => Assert.Equal(0, e.Origin));
    }

    [Fact]
    public void Expand_CompoundGold_EachMemberMustBeFound()
    {
        var gold = ScoredEvent.FromGold([Gold("HUNGOV+ROUGOV", "", "030")]);
        var predicted = new[] { Ev("HUNGOV", "ROUGOV", "030") };
        var m = EventMatcher.Match(ScoreLevel.CodeDyad, gold, predicted);
        Assert.Single(m.Pairs);
        Assert.Single(m.Missed);
        Assert.Equal("ROUGOV", m.Missed[0].Source);
    }

    [Fact]
    public void LevelScore_PrecisionRecallF1()
    {
        var s = new LevelScore(Matched: 3, Predicted: 4, Gold: 6);
        Assert.Equal(0.75, s.Precision, 6);
        Assert.Equal(0.5, s.Recall, 6);
        Assert.Equal(0.6, s.F1, 6);
        Assert.Equal(0, new LevelScore(0, 0, 5).F1);
    }
}
