using Casus.Coding;
using Casus.Document;
using Casus.Geo;
using Casus.Tests.TestKit;

namespace Casus.Tests.Geo;

/// <summary>Places from a where-clause, a venue before "of the", and a country the recogniser calls an organisation.</summary>
public class WhereClausePlaceTests
{
    private static Event EventAt(Article article, int verb, int source, int? target, string code) => new()
    {
        Sentence = article.Tokens[verb].SentenceIndex,
        Source = article.Mentions[source],
        Target = target is int t ? article.Mentions[t] : null,
        Code = CameoCode.Parse(code),
        Goldstein = 0,
        QuadClass = QuadClass.VerbalCooperation,
        Trigger = new TokenSpan(verb, 1),
        Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
    };

    private static Gazetteer WithVenues() => Gazetteer.Load(new StringReader(GazetteerTests.Places), "places.tsv",
        new StringReader(GazetteerTests.Countries + "\nARE\t24.0\t54.0\tUnited Arab Emirates; UAE\n"), "countries.tsv", null, null,
        new StringReader("LBY | Tripoli | Green Palace"), "venues.txt", out _);

    // "Envoys will travel to Tripoli, Libya, where they will meet Libyan leaders": the parse hangs the where-clause
    // on "travel", as it does on real text.
    private const string TravelWhere = """
        1 Envoys envoy NOUN NNS 3 nsubj B-SYRGOV
        2 will will AUX MD 3 aux _
        3 travel travel VERB VB 0 root _
        4 to to ADP IN 5 case _
        5 Tripoli Tripoli PROPN NNP 3 obl _
        6 , , PUNCT , 7 punct _
        7 Libya Libya PROPN NNP 5 appos _
        8 , , PUNCT , 12 punct _
        9 where where ADV WRB 12 advmod _
        10 they they PRON PRP 12 nsubj _
        11 will will AUX MD 12 aux _
        12 meet meet VERB VB 3 advcl _
        13 Libyan Libyan ADJ JJ 14 amod B-LBYGOV
        14 leaders leader NOUN NNS 12 obj I-LBYGOV
        """;

    [Fact]
    public void A_where_clause_s_act_happens_at_the_town_it_follows_not_elsewhere()
    {
        var article = ParsedArticles.Build(TravelWhere);
        article.AddEvent(EventAt(article, 11, 0, 1, "036"));
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        var l = article.Events[0].Location!;
        Assert.Equal(("Tripoli", "LBY", "clause"), (l.Name, l.Country, l.Source));
        Assert.Contains(article.Events[0].Evidence.Notes, n => n.EndsWith("the place its where-clause hangs on", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_where_the_following_clause_takes_no_place_from_the_travel()
    {
        var article = ParsedArticles.Build(TravelWhere.Replace("9 where where ADV WRB 12 advmod _", "9 then then ADV RB 12 advmod _", StringComparison.Ordinal));
        article.AddEvent(EventAt(article, 11, 0, 1, "036"));
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        Assert.NotEqual("clause", article.Events[0].Location?.Source);
    }

    [Fact]
    public void A_place_after_of_before_where_is_a_modifier_not_the_clause_s_place()
    {
        // "met the president of Syria, where leaders condemned ...": the clause is about the meeting, not Syria.
        var article = ParsedArticles.Build("""
            1 Envoys envoy NOUN NNS 2 nsubj B-LBNGOV
            2 met meet VERB VBD 0 root _
            3 the the DET DT 4 det _
            4 president president NOUN NN 2 obj B-SYRGOV
            5 of of ADP IN 6 case _
            6 Syria Syria PROPN NNP 4 nmod _
            7 , , PUNCT , 10 punct _
            8 where where ADV WRB 10 advmod _
            9 they they PRON PRP 10 nsubj _
            10 condemned condemn VERB VBD 2 advcl _
            11 rebels rebel NOUN NNS 10 obj B-AFGREB
            """);
        article.AddEvent(EventAt(article, 9, 0, 2, "111"));
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        Assert.Null(article.Events[0].Location);
    }

    [Fact]
    public void A_listed_venue_before_of_the_keeps_its_place()
    {
        const string text = """
            1 Envoys envoy NOUN NNS 2 nsubj B-LBNGOV
            2 met meet VERB VBD 0 root _
            3 at at ADP IN 6 case _
            4 the the DET DT 6 det _
            5 {0} {0} ADJ JJ 6 amod _
            6 Palace Palace PROPN NNP 2 obl _
            7 of of ADP IN 10 case _
            8 the the DET DT 10 det _
            9 Strategic Strategic PROPN NNP 10 compound _
            10 Group Group PROPN NNP 6 nmod _
            """;
        var venue = ParsedArticles.Build(string.Format(text, "Green"));
        venue.AddEvent(EventAt(venue, 1, 0, null, "040"));
        new EventPlaceStage(WithVenues()).Process(venue);
        Assert.Equal(("Tripoli", "clause", "Green Palace"), (venue.Events[0].Location?.Name, venue.Events[0].Location?.Source, venue.Events[0].Location?.Text));
        // A name that is no venue still heads the longer name and places nothing.
        var other = ParsedArticles.Build(string.Format(text, "Blue"));
        other.AddEvent(EventAt(other, 1, 0, null, "040"));
        new EventPlaceStage(WithVenues()).Process(other);
        Assert.Null(other.Events[0].Location);
    }

    [Theory]
    [InlineData(EntityType.Organization, "United Arab Emirates")]
    [InlineData(EntityType.Location, "United Arab Emirates")]
    public void A_country_the_recogniser_calls_an_organisation_is_a_destination_and_the_target_s_wins(EntityType type, string expected)
    {
        // "will travel to Syria and the UAE" to meet the Emiratis.
        var article = ParsedArticles.Build("""
            1 Envoys envoy NOUN NNS 3 nsubj B-LBNGOV
            2 will will AUX MD 3 aux _
            3 travel travel VERB VB 0 root _
            4 to to ADP IN 5 case _
            5 Syria Syria PROPN NNP 3 obl _
            6 and and CCONJ CC 8 cc _
            7 the the DET DT 8 det _
            8 UAE UAE PROPN NNP 5 conj B-ARE
            """);
        article.SetEntity(7, new EntityTag(type, true));
        article.AddEvent(EventAt(article, 2, 0, 1, "036"));
        new EventPlaceStage(WithVenues()).Process(article);
        Assert.Equal((expected, "destination"), (article.Events[0].Location?.Name, article.Events[0].Location?.Source));
    }

    [Fact]
    public void A_longer_organisation_name_that_starts_with_a_country_is_no_place()
    {
        // "flew to Syria with UAE Airways": no destination in the Emirates.
        var article = ParsedArticles.Build("""
            1 Envoys envoy NOUN NNS 2 nsubj B-LBNGOV
            2 flew fly VERB VBD 0 root _
            3 to to ADP IN 4 case _
            4 Syria Syria PROPN NNP 2 obl _
            5 with with ADP IN 7 case _
            6 UAE UAE PROPN NNP 7 compound B-ARE
            7 Airways Airways PROPN NNP 2 obl _
            """);
        article.SetEntity(5, new EntityTag(EntityType.Organization, true));
        article.SetEntity(6, new EntityTag(EntityType.Organization, false));
        article.AddEvent(EventAt(article, 1, 0, 1, "042"));
        new EventPlaceStage(WithVenues()).Process(article);
        Assert.Equal(("Syria", "destination"), (article.Events[0].Location?.Name, article.Events[0].Location?.Source));
    }
}
