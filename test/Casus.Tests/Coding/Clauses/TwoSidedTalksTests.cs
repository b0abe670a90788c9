using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Talks held with a partner are held by both sides ("X held talks with Y": Y talks with X too, one event each
/// way; Coding/Clauses/ParseCoder.TwoSidedTalks.cs); a meeting, planned talks and a countryless group stay one-sided.
/// Sentences written for these tests.</summary>
public class TwoSidedTalksTests
{
    [Fact]
    public void Talks_held_with_a_partner_go_both_ways()
    {
        var events = ParsedArticles.Code("""
            1 Japan Japan PROPN NNP 2 nsubj B-JPN
            2 held  hold  VERB  VBD 0 root  _
            3 talks talk  NOUN  NNS 2 obj   _
            4 with  with  ADP   IN  5 case  _
            5 China China PROPN NNP 2 obl   B-CHN
            6 .     .     PUNCT .   2 punct _
            """);
        Assert.Contains("JPN CHN 040", events);
        Assert.Contains("CHN JPN 040", events);
    }

    [Fact]
    public void A_round_of_negotiations_goes_both_ways()
    {
        var events = ParsedArticles.Code("""
            1 Japan        Japan       PROPN NNP 2 nsubj B-JPN
            2 held         hold        VERB  VBD 0 root  _
            3 a            a           DET   DT  4 det   _
            4 round        round       NOUN  NN  2 obj   _
            5 of           of          ADP   IN  6 case  _
            6 negotiations negotiation NOUN  NNS 4 nmod  _
            7 with         with        ADP   IN  8 case  _
            8 China        China       PROPN NNP 2 obl   B-CHN
            9 .            .           PUNCT .   2 punct _
            """);
        Assert.Contains(events, e => e.StartsWith("JPN CHN 04"));
        Assert.Contains(events, e => e.StartsWith("CHN JPN 04"));
    }

    [Fact]
    public void A_meeting_stays_the_subjects_act()
    {
        var events = ParsedArticles.Code("""
            1 Japan Japan PROPN NNP 2 nsubj B-JPN
            2 met   meet  VERB  VBD 0 root  _
            3 with  with  ADP   IN  4 case  _
            4 China China PROPN NNP 2 obl   B-CHN
            5 .     .     PUNCT .   2 punct _
            """);
        Assert.Contains("JPN CHN 040", events);
        Assert.DoesNotContain(events, e => e.StartsWith("CHN JPN"));
    }

    [Fact]
    public void Planned_talks_are_only_the_subjects_intent()
    {
        var events = ParsedArticles.Code("""
            1 Japan Japan PROPN NNP 3 nsubj B-JPN
            2 will  will  AUX   MD  3 aux   _
            3 hold  hold  VERB  VB  0 root  _
            4 talks talk  NOUN  NNS 3 obj   _
            5 with  with  ADP   IN  6 case  _
            6 China China PROPN NNP 3 obl   B-CHN
            7 .     .     PUNCT .   3 punct _
            """);
        Assert.Contains(events, e => e.StartsWith("JPN CHN 03"));
        Assert.DoesNotContain(events, e => e.StartsWith("CHN JPN"));
    }

    [Fact]
    public void A_countryless_group_is_no_side_talked_to()
    {
        var events = ParsedArticles.Code("""
            1 Officials official NOUN  NNS 2 nsubj B----GOV
            2 held      hold     VERB  VBD 0 root  _
            3 talks     talk     NOUN  NNS 2 obj   _
            4 with      with     ADP   IN  5 case  _
            5 China     China    PROPN NNP 2 obl   B-CHN
            6 .         .        PUNCT .   2 punct _
            """);
        Assert.DoesNotContain(events, e => e.StartsWith("CHN "));
    }
}
