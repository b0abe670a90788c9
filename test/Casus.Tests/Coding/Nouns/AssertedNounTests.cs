using Casus.Document;

namespace Casus.Tests.Coding.Nouns;

/// <summary>An event noun the sentence asserts by other means than its governing verb: an adjective of aspect ("Argentina's
/// ongoing talks with the IMF"), a verb that rests on it ("built on the cooperation between X and Y"), an announced
/// agreement between its own sides; and the places that stop one (a possible act, a gerund topic). The shipped pipeline
/// on sentences written for these tests.</summary>
public class AssertedNounTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("asserted", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void An_adjective_of_aspect_asserts_the_act_whatever_verb_governs_it()
    {
        Assert.Contains("ARG IGO 040", Code("The leaders discussed Argentina's ongoing talks with the International Monetary Fund."));
        Assert.Contains("IND JPN 060", Code("The leaders discussed the ongoing cooperation between India and Japan."));
        Assert.DoesNotContain(Code("The leaders discussed the cooperation between India and Japan."), e => e.EndsWith(" 060", StringComparison.Ordinal));
    }

    [Fact]
    public void A_recent_agreement_between_two_sides_is_reciprocal()
    {
        var events = Code("Japan noted the recent agreement between India and Pakistan.");
        Assert.Contains("IND PAK 057", events);
        Assert.Contains("PAK IND 057", events);
    }

    [Fact]
    public void A_possible_act_is_no_act()
    {
        Assert.DoesNotContain(Code("Markets fear pressures stemming from a possible Russian invasion of Ukraine."), e => e.EndsWith(" 190", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agreement_that_is_a_view_shared_also_where_the_parser_hangs_the_clause_on_the_verb()
    {
        Assert.DoesNotContain(Code("President Biden and President Lula reiterated their agreement that a nuclear war should never be fought."), e => e.EndsWith(" 057", StringComparison.Ordinal));
    }

    [Fact]
    public void An_occasion_or_a_since_phrase_is_a_time_adverbial()
    {
        Assert.Contains("USA DEU 042", Code("On the occasion of President Biden's visit to Germany, the United States reaffirms its commitment to the alliance."));
        Assert.Contains("IND USA 042", Code("The two governments have signed four agreements since Prime Minister Modi's visit to Washington."));
    }

    [Fact]
    public void What_an_act_builds_on_or_results_from_has_happened()
    {
        var events = Code("The meetings built on the strong cooperation between Guatemala and the United States.");
        Assert.Contains("GTM USA 060", events);
        Assert.Contains("USA GTM 060", events);
        Assert.Contains("CAN MEX 060", Code("This action resulted from the collaboration between Canada and Mexico."));
    }

    [Fact]
    public void An_announced_agreement_is_between_its_own_sides_not_the_announcer()
    {
        var events = Code("The Egyptian government announced additional deals between Israel and Bahrain.");
        Assert.Contains("ISR BHR 057", events);
        Assert.DoesNotContain(events, e => e.EndsWith(" 057", StringComparison.Ordinal) && !(e.StartsWith("ISR", StringComparison.Ordinal) || e.StartsWith("BHR", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_place_compound_is_the_doer_when_the_noun_names_the_one_acted_on()
    {
        Assert.Contains("USA JOR 070", Code("These funds bring the total United States assistance to Jordan to more than $600 million."));
    }

    [Fact]
    public void Increasing_aid_is_giving_it_but_a_gerund_topic_is_not()
    {
        Assert.Contains("USA AGO 072", Code("The United States increased military assistance to Angola."));
        Assert.DoesNotContain(Code("The leaders discussed increasing cooperation with India."), e => e.EndsWith(" 060", StringComparison.Ordinal));
    }

    [Fact]
    public void A_noun_event_leaves_the_word_reading_of_the_sentence_its_verbs()
    {
        var events = Code("President Biden spoke today with Prime Minister Boris Johnson of the United Kingdom about the Prime Minister's recent visit to Ukraine.");
        Assert.Contains(events, e => e.EndsWith(" UKR 042", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("USA", StringComparison.Ordinal) && e.EndsWith(" 040", StringComparison.Ordinal));
    }
}
