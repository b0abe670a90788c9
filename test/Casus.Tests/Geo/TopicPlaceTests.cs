using Casus.Coding;
using Casus.Document;
using Casus.Geo;
using Casus.Tests.TestKit;

namespace Casus.Tests.Geo;

/// <summary>A verbal act happens where its speakers are: a place in its topic's phrase is not its place.</summary>
public class TopicPlaceTests
{
    private static Event EventAt(Article article, int first, int count, int source, int? target, string code) => new()
    {
        Sentence = article.Tokens[first].SentenceIndex,
        Source = article.Mentions[source],
        Target = target is int t ? article.Mentions[t] : null,
        Code = CameoCode.Parse(code),
        Goldstein = 0,
        QuadClass = QuadClass.VerbalCooperation,
        Trigger = new TokenSpan(first, count),
        Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
    };

    private static Location? Place(string conllu, int trigger, int source, int? target, string code, int count = 1)
    {
        var article = ParsedArticles.Build(conllu);
        article.AddEvent(EventAt(article, trigger, count, source, target, code));
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        return article.Events[0].Location;
    }

    // "Leaders discussed the war in Kandahar": the place is the war's, under the object.
    private const string Discussed = """
        1 Leaders leader NOUN NNS 2 nsubj B-AFGGOV
        2 discussed discuss VERB VBD 0 root _
        3 the the DET DT 4 det _
        4 {0} {1} NOUN NN 2 obj _
        5 in in ADP IN 6 case _
        6 Kandahar Kandahar PROPN NNP 4 nmod _
        """;

    [Fact]
    public void A_place_of_the_topic_of_a_consultation_or_statement_is_not_its_place()
    {
        Assert.Null(Place(string.Format(Discussed, "war", "war"), 1, 0, null, "040"));
        Assert.Null(Place(string.Format(Discussed, "war", "war"), 1, 0, null, "051"));
        // The same phrase under a material act places it: an attack on a market in Kandahar happened there.
        Assert.Equal("Kandahar", Place(string.Format(Discussed, "market", "market"), 1, 0, null, "190")!.Name);
        // A consultation about a gathering is not held there ("discussed the negotiations in Doha" on a call) ...
        Assert.Null(Place(string.Format(Discussed, "negotiations", "negotiation"), 1, 0, null, "040"));
        // ... but a gathering that is the event's own word is ("had a meeting in Kandahar").
        Assert.Equal("Kandahar", Place(string.Format(Discussed, "meeting", "meeting"), 1, 0, null, "040", count: 3)!.Name);
        // Hosting a gathering holds it where it is.
        Assert.Equal("Kandahar", Place(string.Format(Discussed, "conference", "conference"), 1, 0, null, "043")!.Name);
    }

    // "Police detained protesters over support for Abc in Kandahar": the parse hangs the place on Abc, who takes no part.
    private const string Backing = """
        1 Police police NOUN NNS 2 nsubj B-AFGCOP
        2 detained detain VERB VBD 0 root _
        3 protesters protester NOUN NNS 2 obj B-AFGCVL
        4 over over ADP IN 5 case _
        5 support support NOUN NN 2 obl _
        6 for for ADP IN 7 case _
        7 Abc Abc PROPN NNP 5 nmod B-ABCGOV
        8 in in ADP IN 9 case _
        9 Kandahar Kandahar PROPN NNP 7 nmod _
        """;

    [Fact]
    public void A_place_hung_on_an_actor_outside_a_material_act_is_not_its_place()
    {
        // (The actors' own country may still place it.)
        Assert.NotEqual("Kandahar", Place(Backing, 1, 0, 1, "173")?.Name);
        // On the act's own target the parse may have hung the act's place.
        Assert.Equal("Kandahar", Place(Backing, 1, 0, 2, "173")!.Name);
    }

    [Fact]
    public void A_country_s_phrase_that_names_its_town_gives_the_town()
    {
        // "Gunmen attacked a market in the Afghanistan city of Kandahar": the country name is a modifier of "city".
        const string conllu = """
            1 Gunmen gunman NOUN NNS 2 nsubj B-AFGREB
            2 attacked attack VERB VBD 0 root _
            3 a a DET DT 4 det _
            4 market market NOUN NN 2 obj _
            5 in in ADP IN 8 case _
            6 the the DET DT 8 det _
            7 Afghanistan Afghanistan PROPN NNP 8 compound _
            8 city city NOUN NN 2 obl _
            9 of of ADP IN 10 case _
            10 Kandahar Kandahar PROPN NNP 8 nmod _
            """;
        Assert.Equal("Kandahar", Place(conllu, 1, 0, null, "190")!.Name);
        // Without the town the country stays.
        var country = string.Join("\n", conllu.Split('\n').Where(l => !l.Contains(" of ") && !l.Contains("Kandahar")));
        Assert.Equal("Afghanistan", Place(country, 1, 0, null, "190")!.Name);
    }

    [Fact]
    public void A_place_hung_on_the_partner_of_a_meeting_is_where_they_met_but_not_on_the_target_of_a_rebuke()
    {
        const string met = """
            1 Biden Biden PROPN NNP 2 nsubj B-USAGOV
            2 {0} {1} VERB VBD 0 root _
            3 Prime prime PROPN NNP 4 compound B-AFGGOV
            4 Minister minister PROPN NNP 2 obj I-AFGGOV
            5 today today NOUN NN 2 obl:tmod _
            6 in in ADP IN 7 case _
            7 Kandahar Kandahar PROPN NNP 4 nmod _
            """;
        var l = Place(string.Format(met, "met", "meet"), 1, 0, 1, "040")!;
        Assert.Equal(("Kandahar", "clause"), (l.Name, l.Source));
        Assert.Null(Place(string.Format(met, "condemned", "condemn"), 1, 0, 1, "111"));
    }

    [Fact]
    public void A_place_in_a_topic_phrase_or_a_destination_s_description_is_no_setting()
    {
        // "Leaders expressed concern about the build-up in Kandahar": "about" makes the phrase a topic.
        const string concern = """
            1 Leaders leader NOUN NNS 2 nsubj B-AFGGOV
            2 expressed express VERB VBD 0 root _
            3 concern concern NOUN NN 2 obj _
            4 {0} {0} ADP IN 6 case _
            5 the the DET DT 6 det _
            6 build-up build-up NOUN NN 2 obl _
            7 in in ADP IN 8 case _
            8 Kandahar Kandahar PROPN NNP 6 nmod _
            """;
        Assert.Null(Place(string.Format(concern, "about"), 1, 0, null, "012"));
        Assert.Null(Place(string.Format(concern, "on"), 1, 0, null, "012"));
        // "On Wednesday, in Kandahar": a date is no topic.
        Assert.Equal("Kandahar", Place(string.Format(concern, "on").Replace("build-up build-up NOUN", "Wednesday Wednesday PROPN", StringComparison.Ordinal), 1, 0, null, "012")!.Name);
        // "at the summit in Kandahar": the phrase is where the act was.
        Assert.Equal("Kandahar", Place(string.Format(concern, "at"), 1, 0, null, "012")!.Name);
    }

    [Fact]
    public void An_event_after_a_where_clause_takes_the_clause_s_place_when_it_shares_an_actor()
    {
        var article = ParsedArticles.Build("""
            1 Envoys envoy NOUN NNS 3 nsubj B-SYRGOV
            2 will will AUX MD 3 aux _
            3 travel travel VERB VB 0 root _
            4 to to ADP IN 5 case _
            5 Tripoli Tripoli PROPN NNP 3 obl _
            6 , , PUNCT , 10 punct _
            7 where where ADV WRB 10 advmod _
            8 they they PRON PRP 10 nsubj _
            9 will will AUX MD 10 aux _
            10 meet meet VERB VB 3 advcl _
            11 Libyan Libyan ADJ JJ 12 amod B-LBYGOV
            12 leaders leader NOUN NNS 10 obj I-LBYGOV

            1 They they PRON PRP 2 nsubj B-SYRGOV
            2 discussed discuss VERB VBD 0 root _
            3 trade trade NOUN NN 2 obj _
            """);
        article.AddEvent(EventAt(article, 9, 1, 0, 1, "036"));
        article.AddEvent(EventAt(article, 13, 1, 2, null, "040"));
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        Assert.Equal(("Tripoli", "clause"), (article.Events[0].Location!.Name, article.Events[0].Location!.Source));
        var carried = article.Events[1].Location!;
        Assert.Equal(("Tripoli", "paragraph"), (carried.Name, carried.Source));
    }
}

/// <summary>Force against a country named as such happened in that country.</summary>
public class StruckCountryPlaceTests
{
    private static Location? Place(string conllu, int trigger, string code)
    {
        var article = ParsedArticles.Build(conllu);
        article.AddEvent(new Event
        {
            Sentence = 0,
            Source = article.Mentions[0],
            Target = article.Mentions[1],
            Code = CameoCode.Parse(code),
            Goldstein = 0,
            QuadClass = QuadClass.MaterialConflict,
            Trigger = new TokenSpan(trigger, 1),
            Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
        });
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        return article.Events[0].Location;
    }

    private const string Attack = """
        1 Syria Syria PROPN NNP 2 nsubj B-SYR
        2 launched launch VERB VBD 0 root _
        3 an a DET DT 4 det _
        4 attack attack NOUN NN 2 obj _
        5 {0} {0} ADP IN 6 case _
        6 {1} {1} PROPN NNP 4 nmod B-{2}
        """;

    [Fact]
    public void An_attack_against_or_on_a_country_is_placed_in_it_at_country_precision()
    {
        var l = Place(string.Format(Attack, "against", "Lebanon", "LBN"), 3, "190")!;
        Assert.Equal(("Lebanon", "LBN", LocationPrecision.Country, "target"), (l.Name, l.Country, l.Precision, l.Source));
        Assert.Equal("LBN", Place(string.Format(Attack, "on", "Lebanon", "LBN"), 3, "190")!.Country);
    }

    [Fact]
    public void Force_at_sea_or_dated_long_before_the_article_is_not_placed_in_the_country_struck()
    {
        // "Syria launched submarine attacks against Lebanon": struck at sea.
        const string naval = """
            1 Syria Syria PROPN NNP 2 nsubj B-SYR
            2 launched launch VERB VBD 0 root _
            3 {0} {0} NOUN NN 4 compound _
            4 attacks attack NOUN NNS 2 obj _
            5 against against ADP IN 6 case _
            6 Lebanon Lebanon PROPN NNP 4 nmod B-LBN
            """;
        Assert.Null(Place(string.Format(naval, "submarine"), 3, "190"));
        Assert.Equal("LBN", Place(string.Format(naval, "missile"), 3, "190")!.Country);
        // The same attack told in an article a century later is history; two years later it is news.
        var published = new DateOnly(2025, 11, 11);
        Assert.Null(PlaceDated(string.Format(naval, "missile"), new DateOnly(1917, 1, 1), published));
        Assert.Equal("LBN", PlaceDated(string.Format(naval, "missile"), new DateOnly(2022, 2, 24), published)!.Country);
    }

    private static Location? PlaceDated(string conllu, DateOnly date, DateOnly published)
    {
        var article = ParsedArticles.Build(conllu, published);
        article.AddEvent(new Event
        {
            Sentence = 0,
            Source = article.Mentions[0],
            Target = article.Mentions[1],
            Code = CameoCode.Parse("190"),
            Goldstein = -10,
            QuadClass = QuadClass.MaterialConflict,
            Trigger = new TokenSpan(3, 1),
            When = new Casus.Time.EventDate(date, Casus.Time.DatePrecision.Year, Casus.Time.DateSource.Sentence, "in 1917", "test"),
            Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
        });
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        return article.Events[0].Location;
    }

    [Fact]
    public void A_verbal_act_a_country_s_forces_or_a_verb_s_object_give_no_place()
    {
        // A threat is no force; "Lebanese forces" may be anywhere; "with Lebanon" is no direction of force.
        Assert.Null(Place(string.Format(Attack, "against", "Lebanon", "LBN"), 3, "138"));
        Assert.Null(Place(string.Format(Attack, "against", "Lebanese", "LBNMIL"), 3, "190"));
        Assert.Null(Place(string.Format(Attack, "with", "Lebanon", "LBN"), 3, "190"));
        // "Syria fought Lebanon": the object of a verb is no place struck (a defender fights its invader at home).
        Assert.Null(Place("""
            1 Syria Syria PROPN NNP 2 nsubj B-SYR
            2 fought fight VERB VBD 0 root _
            3 Lebanon Lebanon PROPN NNP 2 obj B-LBN
            """, 1, "190"));
    }
}
