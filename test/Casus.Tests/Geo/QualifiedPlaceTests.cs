using Casus.Coding;
using Casus.Document;
using Casus.Geo;
using Casus.Tests.TestKit;

namespace Casus.Tests.Geo;

/// <summary>A place written with its country or division after a comma is the place of that name there.</summary>
public class QualifiedPlaceTests
{
    private static Gazetteer WithOhio()
    {
        var g = Gazetteer.Load(new StringReader(GazetteerTests.Places + """

            0	Ohio			USA	Ohio	40.4384	-82.8105	8361360	ADM1
            8	Lebanon			USA	Ohio	39.4353	-84.2030	20623	PPLA2
            9	Dayton			USA	Ohio	39.7589	-84.1916	137644	PPLA2
            0	East			CMR	East	4.0	14.0	800000	ADM1
            """), "places.tsv", new StringReader(GazetteerTests.Countries), "countries.tsv", out var errors);
        Assert.Empty(errors);
        return g;
    }

    // "Protesters marched in PLACE, QUALIFIER": the parse hangs the qualifier on the place in apposition.
    private static Location? Place(string place, string qualifier, string actor, string tail = "") => Place($"""
            1 Protesters protester NOUN NNS 2 nsubj B-{actor}
            2 marched march VERB VBD 0 root _
            3 in in ADP IN 4 case _
            4 {place} {place} PROPN NNP 2 obl _
            5 , , PUNCT , 6 punct _
            6 {qualifier} {qualifier} PROPN NNP 4 appos _
            {tail}
            """);

    private static Location? Place(string conllu)
    {
        var article = ParsedArticles.Build(conllu);
        article.AddEvent(new Event
        {
            Sentence = 0,
            Source = article.Mentions[0],
            Code = CameoCode.Parse("141"),
            Goldstein = 0,
            QuadClass = QuadClass.VerbalConflict,
            Trigger = new TokenSpan(1, 1),
            Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
        });
        new EventPlaceStage(WithOhio()).Process(article);
        return article.Events[0].Location;
    }

    [Fact]
    public void The_country_after_the_comma_decides_the_place_over_the_actors_country()
    {
        var libya = Place("Tripoli", "Libya", "LBNOPP")!;
        Assert.Equal(("Tripoli", "LBY", LocationPrecision.Place), (libya.Name, libya.Country, libya.Precision));
        Assert.Equal("LBN", Place("Tripoli", "Lebanon", "OPP")!.Country);
        // Without the qualifier the actors' country decides, as before.
        Assert.Equal("LBN", Place("Tripoli", "and", "LBNOPP")!.Country);
    }

    [Fact]
    public void A_country_name_before_a_division_of_another_country_is_a_town_there_or_gives_way_to_the_division()
    {
        var lebanon = Place("Lebanon", "Ohio", "LBNOPP")!;
        Assert.Equal(("Lebanon", "USA", LocationPrecision.Place), (lebanon.Name, lebanon.Country, lebanon.Precision));
        // No town of the name in Ohio: the division, not the country Palestine.
        var palestine = Place("Palestine", "Ohio", "OPP")!;
        Assert.Equal(("Ohio", "USA", LocationPrecision.Region), (palestine.Name, palestine.Country, palestine.Precision));
        // The first word of the unknown name is no place of its own ("East", a division of Cameroon).
        var east = Place("""
            1 Protesters protester NOUN NNS 2 nsubj B-OPP
            2 marched march VERB VBD 0 root _
            3 in in ADP IN 4 case _
            4 East East PROPN NNP 2 obl _
            5 Palestine Palestine PROPN NNP 4 flat _
            6 , , PUNCT , 7 punct _
            7 Ohio Ohio PROPN NNP 4 appos _
            """)!;
        Assert.Equal(("Ohio", "USA"), (east.Name, east.Country));
        // A town in a division keeps its place.
        Assert.Equal("Dayton", Place("Dayton", "Ohio", "OPP")!.Name);
    }

    [Fact]
    public void Two_divisions_or_countries_in_a_list_qualify_nothing()
    {
        // "in Lebanon, Libya and ...": two countries, the first stays the country.
        var l = Place("Lebanon", "Libya", "OPP", "7 and and CCONJ CC 8 cc _\n8 Syria Syria PROPN NNP 4 conj _")!;
        Assert.Equal(("Lebanon", LocationPrecision.Country), (l.Name, l.Precision));
    }
}
