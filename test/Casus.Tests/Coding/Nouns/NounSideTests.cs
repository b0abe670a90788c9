using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Nouns;

/// <summary>Who an event noun's sides are (nouns3): a withdrawal from a treaty pulls no forces back from its author,
/// force falls on actors and not on another act's doer, a conjunct shares the first noun's possessor only for an act
/// of the same kind, and a meeting's of-phrase that lists sides names who met. The shipped pipeline on sentences
/// written for these tests.</summary>
public class NounSideTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("sides", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void A_withdrawal_from_a_treaty_is_no_military_withdrawal()
    {
        // "Turkey's withdrawal from the Council of Europe Convention is disappointing", headed by "Council" as a parser
        // reads it on news.
        var events = ParsedArticles.Code("""
            1 Turkey        Turkey        PROPN NNP 3 nmod:poss B-TUR
            2 's            's            PART  POS 1 case      _
            3 withdrawal    withdrawal    NOUN  NN  11 nsubj    _
            4 from          from          ADP   IN  6 case      _
            5 the           the           DET   DT  6 det       _
            6 Council       Council       PROPN NNP 3 nmod      B-IGOEURCOE
            7 of            of            ADP   IN  9 case      I-IGOEURCOE
            8 Europe        Europe        PROPN NNP 9 compound  I-IGOEURCOE
            9 Convention    Convention    PROPN NNP 6 nmod      _
            10 is           be            AUX   VBZ 11 aux      _
            11 disappointing disappoint   VERB  VBG 0 root      _
            12 .            .             PUNCT .   11 punct    _
            """);
        Assert.DoesNotContain(events, e => e.EndsWith(" 087", StringComparison.Ordinal));
        Assert.Contains("RUS SYR 087", Code("Russia completed the withdrawal of its troops from Syria."));
    }

    [Fact]
    public void Force_does_not_fall_on_the_doer_of_another_act()
    {
        // A parser reads "attacks against [Israel and Russia's war]": Russia is the war's doer, not Hamas' target.
        Assert.DoesNotContain("PSEREBHMS RUS 190", Code("The United States condemned Hamas' attacks against Israel and Russia's war against Ukraine."));
        // A condemnation of an act is one of its doer.
        Assert.Contains(Code("The leaders reiterated their condemnation of Iran's attack on Israel."), e => e.EndsWith(" IRN 111", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conjunct_of_the_other_side_does_not_share_the_possessor()
    {
        Assert.DoesNotContain("RUS UKR 073", Code("Germany condemned Russia's aggression and humanitarian assistance to Ukraine."));
    }

    [Fact]
    public void A_meeting_of_listed_sides_is_a_meeting_between_them()
    {
        var events = Code("The trilateral meeting of Cyprus, Greece and Israel took place on Monday.");
        Assert.Contains("CYP GRC 040", events);
        Assert.Contains("ISR CYP 040", events);
        Assert.DoesNotContain(Code("The meeting of the Cypriot foreign minister took place on Monday."), e => e.EndsWith(" 040", StringComparison.Ordinal));
    }
}
