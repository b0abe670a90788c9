using Casus.Coding;
using Casus.Document;
using Casus.Geo;
using Casus.Tests.TestKit;

namespace Casus.Tests.Geo;

/// <summary>A meeting of two states placed by its own clause takes the leaf of 04 its venue gives: the target's
/// country 042, the source's 043, neither's 044 (MeetingVenueStage).</summary>
public class MeetingVenueStageTests
{
    private const string Met = """
        1 Biden Biden PROPN NNP 2 nsubj B-USAGOV
        2 met meet VERB VBD 0 root _
        3 Duda Duda PROPN NNP 2 obj B-POLGOV
        4 in in ADP IN 5 case _
        5 Warsaw Warsaw PROPN NNP 2 obl _
        """;

    private static Event Recoded(string venueCountry, string entry = "verbs/04_consult.txt:5 meet (with) <obj>",
        string code = "040", string source = "clause", int src = 0, int tgt = 1)
    {
        var article = ParsedArticles.Build(Met);
        article.AddEvent(new Event
        {
            Sentence = 0,
            Source = article.Mentions[src],
            Target = article.Mentions[tgt],
            Code = CameoCode.Parse(code),
            Goldstein = 1,
            QuadClass = QuadClass.VerbalCooperation,
            Trigger = new TokenSpan(1, 1),
            Location = new Location("Somewhere", venueCountry, 0, 0) { Source = source, Text = "Somewhere" },
            Evidence = new Evidence("test", entry, [], [], []),
        });
        new MeetingVenueStage().Process(article);
        return article.Events[0];
    }

    [Fact]
    public void Meeting_in_the_target_s_country_is_a_visit() => Assert.Equal("042", Recoded("POL").Code.Digits);

    [Fact]
    public void Meeting_in_the_source_s_country_is_hosting_with_the_new_code_s_scores_and_a_note()
    {
        var e = Recoded("USA");
        Assert.Equal("043", e.Code.Digits);
        Assert.Equal(CameoCatalog.Default[e.Code].Goldstein, e.Goldstein);
        Assert.Equal(PloverCategory.CONSULT, e.Plover);
        Assert.Contains(e.Evidence.Notes, n => n.Contains("040 → 043", StringComparison.Ordinal));
    }

    [Fact]
    public void Meeting_in_neither_s_country_is_a_third_location() => Assert.Equal("044", Recoded("ITA").Code.Digits);

    [Fact]
    public void A_place_from_beyond_the_clause_leaves_the_meeting_general()
        => Assert.Equal("040", Recoded("POL", source: "paragraph").Code.Digits);

    [Fact]
    public void Words_that_may_be_a_call_leave_the_meeting_general()
        => Assert.Equal("040", Recoded("POL", entry: "verbs/04_consult.txt:9 discuss with <obj>").Code.Digits);

    [Fact]
    public void A_noun_meeting_is_placed_like_the_verb()
        => Assert.Equal("042", Recoded("POL", entry: "nouns/events.txt:12 meeting with=target between=pair").Code.Digits);

    [Fact]
    public void Only_the_general_consult_code_is_recoded() => Assert.Equal("046", Recoded("POL", code: "046").Code.Digits);

    [Fact]
    public void One_state_meeting_itself_is_left_alone() => Assert.Equal("040", Recoded("POL", tgt: 0).Code.Digits);

    [Fact]
    public void One_of_several_listed_venues_leaves_the_meeting_general()
    {
        // "Biden met Duda in sessions in Warsaw, Rome and Paris": each place was a venue in turn.
        const string sessions = """
            1 Biden Biden PROPN NNP 2 nsubj B-USAGOV
            2 met meet VERB VBD 0 root _
            3 Duda Duda PROPN NNP 2 obj B-POLGOV
            4 in in ADP IN 5 case _
            5 sessions session NOUN NNS 2 obl _
            6 in in ADP IN 7 case _
            7 Warsaw Warsaw PROPN NNP 5 nmod _
            8 , , PUNCT , 9 punct _
            9 Rome Rome PROPN NNP 7 conj _
            10 {0} {0} {1} {2} 11 {3} _
            11 Paris Paris PROPN NNP 7 conj _
            """;
        Assert.Equal("040", Venue(string.Format(sessions, "and", "CCONJ", "CC", "cc"), "Warsaw", "POL"));
        Assert.Equal("040", Venue(string.Format(sessions, "and", "CCONJ", "CC", "cc"), "Paris", "FRA"));
        // "in Warsaw, Rome, Paris" with no "and" reads as one place qualified by others, as in "Washington, D.C.".
        Assert.Equal("042", Venue(string.Format(sessions, ",", "PUNCT", ",", "punct"), "Warsaw", "POL"));
    }

    private static string Venue(string conllu, string place, string country)
    {
        var article = ParsedArticles.Build(conllu);
        article.AddEvent(new Event
        {
            Sentence = 0,
            Source = article.Mentions[0],
            Target = article.Mentions[1],
            Code = CameoCode.Parse("040"),
            Goldstein = 1,
            QuadClass = QuadClass.VerbalCooperation,
            Trigger = new TokenSpan(1, 1),
            Location = new Location(place, country, 0, 0) { Source = "clause", Text = place },
            Evidence = new Evidence("test", "verbs/04_consult.txt:5 meet (with) <obj>", [], [], []),
        });
        new MeetingVenueStage().Process(article);
        return article.Events[0].Code.Digits;
    }
}
