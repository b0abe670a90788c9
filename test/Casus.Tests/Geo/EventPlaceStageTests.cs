using Casus.Coding;
using Casus.Document;
using Casus.Geo;
using Casus.Tests.TestKit;

namespace Casus.Tests.Geo;

public class EventPlaceStageTests
{
    private static Event EventAt(Article article, int verb, int source, int? target, string code = "190") => new()
    {
        Sentence = article.Tokens[verb].SentenceIndex,
        Source = article.Mentions[source],
        Target = target is int t ? article.Mentions[t] : null,
        Code = CameoCode.Parse(code),
        Goldstein = 0,
        QuadClass = QuadClass.MaterialConflict,
        Trigger = new TokenSpan(verb, 1),
        Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
    };

    private static Article Run(string conllu, int verb, int source, int? target)
    {
        var article = ParsedArticles.Build(conllu);
        article.AddEvent(EventAt(article, verb, source, target));
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        return article;
    }

    [Fact]
    public void A_place_in_the_verb_s_clause_is_the_event_s_with_coordinates_and_evidence()
    {
        var e = Run("""
            1 Gunmen gunman NOUN NNS 2 nsubj B-AFGREB
            2 attacked attack VERB VBD 0 root _
            3 police police NOUN NN 2 obj B-AFGCOP
            4 in in ADP IN 5 case _
            5 Kandahar Kandahar PROPN NNP 2 obl _
            """, 1, 0, 1).Events[0];
        var l = e.Location!;
        Assert.Equal(("Kandahar", "AFG", LocationPrecision.Place, "clause", 3L), (l.Name, l.Country, l.Precision, l.Source, l.GeoNameId!.Value));
        Assert.Equal(31.6133, l.Latitude!.Value, 4);
        Assert.Equal("Kandahar Province", l.Admin1);
        Assert.Contains(e.Evidence.Notes, n => n.StartsWith("location Kandahar (AFG) from clause \"in Kandahar\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_of_several_places_goes_to_the_country_of_an_actor_then_to_population()
    {
        const string text = """
            1 Protesters protester NOUN NNS 2 nsubj B-{0}
            2 marched march VERB VBD 0 root _
            3 in in ADP IN 4 case _
            4 Tripoli Tripoli PROPN NNP 2 obl _
            """;
        Assert.Equal("LBN", Run(string.Format(text, "LBNOPP"), 1, 0, null).Events[0].Location!.Country);
        var byPopulation = Run(string.Format(text, "OPP"), 1, 0, null).Events[0];
        Assert.Equal("LBY", byPopulation.Location!.Country);
        Assert.Contains(byPopulation.Evidence.Notes, n => n.Contains("the most populous of 2 places", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_name_gives_the_country_centre_and_a_region_of_the_country_table_gives_the_place()
    {
        var country = Run("""
            1 Jets jet NOUN NNS 2 nsubj B-ISRMIL
            2 struck strike VERB VBD 0 root _
            3 targets target NOUN NNS 2 obj _
            4 in in ADP IN 5 case _
            5 Syria Syria PROPN NNP 2 obl _
            """, 1, 0, null).Events[0].Location!;
        Assert.Equal(("Syria", "SYR", LocationPrecision.Country, 35.0), (country.Name, country.Country, country.Precision, country.Latitude!.Value));
        var region = Run("""
            1 Jets jet NOUN NNS 2 nsubj B-ISRMIL
            2 struck strike VERB VBD 0 root _
            3 targets target NOUN NNS 2 obj _
            4 in in ADP IN 5 case _
            5 Gaza Gaza PROPN NNP 2 obl _
            """, 1, 0, null).Events[0].Location!;
        Assert.Equal(("Gaza", LocationPrecision.Place), (region.Name, region.Precision));
    }

    [Fact]
    public void A_place_in_another_branch_or_without_a_locative_preposition_is_not_the_event_s()
    {
        // "Rebels attacked police and ministers met in Kandahar": the meeting's place, not the attack's.
        var other = Run("""
            1 Rebels rebel NOUN NNS 2 nsubj B-AFGREB
            2 attacked attack VERB VBD 0 root _
            3 police police NOUN NN 2 obj B-AFGCOP
            4 and and CCONJ CC 6 cc _
            5 ministers minister NOUN NNS 6 nsubj _
            6 met meet VERB VBD 2 conj _
            7 in in ADP IN 8 case _
            8 Kandahar Kandahar PROPN NNP 6 obl _
            """, 1, 0, 1).Events[0];
        // Kandahar is not the attack's place; only the country both actors share (docs: `actors`) is.
        Assert.Equal(("Afghanistan", "actors"), (other.Location?.Name, other.Location?.Source));
        var subject = Run("""
            1 Kandahar Kandahar PROPN NNP 2 nsubj B-AFG
            2 condemned condemn VERB VBD 0 root _
            3 rebels rebel NOUN NNS 2 obj B-AFGREB
            """, 1, 0, 1).Events[0];
        Assert.Equal("actors", subject.Location?.Source);
    }

    [Fact]
    public void A_small_place_with_no_tie_to_the_story_s_countries_is_left_out()
    {
        var e = Run("""
            1 Leaders leader NOUN NNS 2 nsubj B-IGO
            2 met meet VERB VBD 0 root _
            3 in in ADP IN 4 case _
            4 Pacific Pacific PROPN NNP 2 obl _
            """, 1, 0, null).Events[0];
        Assert.Null(e.Location);
    }

    [Fact]
    public void The_dateline_places_an_event_whose_sentence_names_no_place()
    {
        var article = ParsedArticles.Build("""
            1 KANDAHAR Kandahar PROPN NNP 0 root _
            2 — — PUNCT : 1 punct _

            1 Gunmen gunman NOUN NNS 2 nsubj B-AFGREB
            2 attacked attack VERB VBD 0 root _
            3 police police NOUN NN 2 obj B-AFGCOP
            """);
        article.AddEvent(EventAt(article, 3, 0, 1));
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        Assert.Equal(("Kandahar", "dateline"), (article.Events[0].Location!.Name, article.Events[0].Location!.Source));
    }

    [Fact]
    public void A_name_followed_by_of_and_a_capitalised_word_heads_a_longer_name_and_is_no_place()
    {
        // "Officials met at the Summit of the Americas": "Summit" (a town in the USA, the officials' country) heads the name.
        const string text = """
            1 Officials official NOUN NNS 2 nsubj B-USAGOV
            2 met meet VERB VBD 0 root _
            3 at at ADP IN 5 case _
            4 the the DET DT 5 det _
            5 Summit Summit PROPN NNP 2 obl _
            6 of of ADP IN 7 case _
            7 {0} {0} PROPN NNPS 5 nmod _
            """;
        Assert.Null(Run(string.Format(text, "Americas"), 1, 0, null).Events[0].Location);
        // Lower case after "of" ends the name, but "the Summit" is a title-case noun, no small town
        // (The_or_a_possessive_before_a_small_town_s_name_makes_it_a_title_not_the_town).
        Assert.Null(Run(string.Format(text, "leaders"), 1, 0, null).Events[0].Location);
    }

    [Fact]
    public void The_or_a_possessive_before_a_small_town_s_name_makes_it_a_title_not_the_town()
    {
        // "met at {0} Summit": "the Summit" and "the Leaders' Summit" name meetings; bare "in Summit" is the town.
        const string text = """
            1 Officials official NOUN NNS 2 nsubj B-USAGOV
            2 met meet VERB VBD 0 root _
            3 at at ADP IN 6 case _
            4 {0} {1} {2} _ 6 {3} _
            5 {4} {5} {6} _ 6 {7} _
            6 {8} {8} PROPN NNP 2 obl _
            """;
        Assert.Null(Run(string.Format(text, "the", "the", "DET", "det", "Leaders", "leader", "NOUN", "nmod:poss", "Summit"), 1, 0, null).Events[0].Location);
        Assert.Null(Run(string.Format(text, "Leaders", "leader", "NOUN", "nmod:poss", "’", "’", "PART", "case", "Summit"), 1, 0, null).Events[0].Location);
        // A place as owner keeps the place: "in Afghanistan's Kandahar".
        Assert.Equal("Kandahar", Run(string.Format(text, "Afghanistan", "Afghanistan", "PROPN", "nmod:poss", "'s", "'s", "PART", "case", "Kandahar"), 1, 0, null).Events[0].Location?.Name);
        var town = Run("""
            1 Officials official NOUN NNS 2 nsubj B-USAGOV
            2 met meet VERB VBD 0 root _
            3 in in ADP IN 4 case _
            4 Summit Summit PROPN NNP 2 obl _
            """, 1, 0, null).Events[0];
        Assert.Equal(("Summit", "USA"), (town.Location?.Name, town.Location?.Country));
    }

    [Fact]
    public void Name_words_after_a_place_in_one_run_name_something_after_it_unless_they_name_a_country()
    {
        // "met at the Kandahar Summit": a meeting named for Kandahar, not the town of Summit.
        var named = Run("""
            1 Officials official NOUN NNS 2 nsubj B-USAGOV
            2 met meet VERB VBD 0 root _
            3 at at ADP IN 6 case _
            4 the the DET DT 6 det _
            5 Kandahar Kandahar PROPN NNP 6 compound _
            6 Summit Summit PROPN NNP 2 obl _
            """, 1, 0, null).Events[0];
        Assert.NotEqual("Summit", named.Location?.Name);
        // "met in Kandahar Afghanistan" (no comma): the country still counts.
        var country = Run("""
            1 Officials official NOUN NNS 2 nsubj B-USAGOV
            2 met meet VERB VBD 0 root _
            3 in in ADP IN 5 case _
            4 Kandahar Kandahar PROPN NNP 5 compound _
            5 Afghanistan Afghanistan PROPN NNP 2 obl _
            """, 1, 0, null).Events[0];
        Assert.Equal(("Afghanistan", "clause"), (country.Location?.Name, country.Location?.Source));
        // "in Metro Manila", where "Metro" is a town too: a large place after it still counts.
        var large = Run("""
            1 Officials official NOUN NNS 2 nsubj B-USAGOV
            2 met meet VERB VBD 0 root _
            3 in in ADP IN 5 case _
            4 Pacific Pacific PROPN NNP 5 compound _
            5 Kandahar Kandahar PROPN NNP 2 obl _
            """, 1, 0, null).Events[0];
        Assert.Equal(("Kandahar", "clause"), (large.Location?.Name, large.Location?.Source));
    }

    [Theory]
    [InlineData("042", "travelled", "Kandahar", "destination")]
    [InlineData("036", "travel", "Kandahar", "destination")]
    [InlineData("190", "travelled", null, null)] // only a visit happens at its destination
    [InlineData("040", "went", null, null)]
    public void A_visit_happens_at_its_destination(string code, string verb, string? place, string? source)
    {
        var article = ParsedArticles.Build($"""
            1 Envoys envoy NOUN NNS 2 nsubj B-LBNGOV
            2 {verb} {verb} VERB VBD 0 root _
            3 to to ADP IN 4 case _
            4 Kandahar Kandahar PROPN NNP 2 obl _
            """);
        article.AddEvent(EventAt(article, 1, 0, null, code));
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        Assert.Equal((place, source), (article.Events[0].Location?.Name, article.Events[0].Location?.Source));
    }

    [Fact]
    public void A_visited_place_is_the_visit_s_place_and_of_several_destinations_the_target_s_country_wins()
    {
        var visited = ParsedArticles.Build("""
            1 Envoys envoy NOUN NNS 2 nsubj B-LBNGOV
            2 visited visit VERB VBD 0 root _
            3 Kandahar Kandahar PROPN NNP 2 obj _
            """);
        visited.AddEvent(EventAt(visited, 1, 0, null, "042"));
        new EventPlaceStage(GazetteerTests.Small()).Process(visited);
        Assert.Equal(("Kandahar", "destination"), (visited.Events[0].Location?.Name, visited.Events[0].Location?.Source));
        // "will travel to Kandahar and Syria" (to meet the Syrians): Syria.
        var several = ParsedArticles.Build("""
            1 Envoys envoy NOUN NNS 3 nsubj B-LBNGOV
            2 will will AUX MD 3 aux _
            3 travel travel VERB VB 0 root _
            4 to to ADP IN 5 case _
            5 Kandahar Kandahar PROPN NNP 3 obl _
            6 and and CCONJ CC 7 cc _
            7 Syria Syria PROPN NNP 5 conj B-SYRGOV
            """);
        several.AddEvent(EventAt(several, 2, 0, 1, "036"));
        new EventPlaceStage(GazetteerTests.Small()).Process(several);
        Assert.Equal(("Syria", "destination"), (several.Events[0].Location?.Name, several.Events[0].Location?.Source));
    }

    [Fact]
    public void A_famous_place_beats_a_small_namesake_in_an_actor_s_country()
    {
        var g = Gazetteer.Load(new StringReader("""
            1	Genève	Geneve	Geneva	CHE	Geneva	46.2022	6.1457	183981	PPLA
            2	Geneva			USA	Illinois	41.8875	-88.3054	21806	PPLA2
            3	Tripoli		Tarabulus	LBY	Tripoli District	32.8925	13.1800	1150989	PPLC
            4	Tripoli		Trablous	LBN	North Governorate	34.4367	35.8497	229398	PPLA
            5	Birmingham			GBR	England	52.4814	-1.8998	984333	PPLA2
            6	Birmingham			USA	Alabama	33.5207	-86.8025	212237	PPLA2
            """), "p.tsv", new StringReader(GazetteerTests.Countries), "c.tsv", out var errors);
        Assert.Empty(errors);
        string? Country(string name, string actor)
        {
            var article = ParsedArticles.Build($"""
                1 Officials official NOUN NNS 2 nsubj B-{actor}
                2 met meet VERB VBD 0 root _
                3 in in ADP IN 4 case _
                4 {name} {name} PROPN NNP 2 obl _
                """);
            article.AddEvent(EventAt(article, 1, 0, null, "040"));
            new EventPlaceStage(g).Process(article);
            return article.Events[0].Location?.Country;
        }
        Assert.Equal("CHE", Country("Geneva", "USAGOV"));
        // Two seats, or two places of the same rank, leave it to the actors.
        Assert.Equal("LBN", Country("Tripoli", "LBNGOV"));
        Assert.Equal("USA", Country("Birmingham", "USAGOV"));
    }

    [Fact]
    public void A_known_name_inside_a_longer_capitalised_name_is_no_place()
    {
        // "Officials met at the NATO Summit": "Summit" is a town in the gazetteer, but here it ends another name.
        var e = Run("""
            1 Officials official NOUN NNS 2 nsubj B-USAGOV
            2 met meet VERB VBD 0 root _
            3 at at ADP IN 6 case _
            4 the the DET DT 6 det _
            5 NATO NATO PROPN NNP 6 compound _
            6 Summit Summit PROPN NNP 2 obl _
            """, 1, 0, null).Events[0];
        Assert.Null(e.Location);
    }
    [Theory]
    [InlineData("190", "AFGCVL")]
    [InlineData("173", "---CVL")] // an arrest is no attack on a place's people
    public void Victims_without_a_country_are_the_people_of_the_place_struck(string code, string expected)
    {
        var article = ParsedArticles.Build("""
            1 Gunmen gunman NOUN NNS 2 nsubj B-PSEUAF
            2 killed kill VERB VBD 0 root _
            3 people people NOUN NNS 2 obj B----CVL
            4 in in ADP IN 5 case _
            5 Kandahar Kandahar PROPN NNP 2 obl _
            """);
        article.AddEvent(EventAt(article, 1, 0, 1, code));
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        var e = article.Events[0];
        Assert.Equal(expected, e.Target!.Code.Value);
        if (code == "190") Assert.Contains(e.Evidence.TargetEntries, n => n.Contains("the people of the place struck, 'Kandahar'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("east", "Kandahar")]   // "in the east of Kandahar": a part of the place, through its of-phrase
    [InlineData("heart", "Kandahar")]
    [InlineData("leader", null)]       // "with the leader of Kandahar": no part of a place, no locative
    public void A_part_of_a_place_named_through_of_places_the_event_in_it(string noun, string? expected)
    {
        var e = Run($"""
            1 Gunmen gunman NOUN NNS 2 nsubj B-AFGREB
            2 attacked attack VERB VBD 0 root _
            3 police police NOUN NN 2 obj B-AFGCOP
            4 in in ADP IN 6 case _
            5 the the DET DT 6 det _
            6 {noun} {noun} NOUN NN 2 obl _
            7 of of ADP IN 8 case _
            8 Kandahar Kandahar PROPN NNP 6 nmod _
            """, 1, 0, 1).Events[0];
        // The actors' shared country (`actors`) is no place read from the words.
        Assert.Equal(expected, e.Location is { Source: not "actors" } l ? l.Name : null);
    }

    [Fact]
    public void A_victim_with_a_country_of_its_own_keeps_it()
    {
        var article = ParsedArticles.Build("""
            1 Gunmen gunman NOUN NNS 2 nsubj B-PSEUAF
            2 killed kill VERB VBD 0 root _
            3 Americans American PROPN NNPS 2 obj B-USACVL
            4 in in ADP IN 5 case _
            5 Kandahar Kandahar PROPN NNP 2 obl _
            """);
        article.AddEvent(EventAt(article, 1, 0, 1));
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        Assert.Equal("USACVL", article.Events[0].Target!.Code.Value);
    }
}
