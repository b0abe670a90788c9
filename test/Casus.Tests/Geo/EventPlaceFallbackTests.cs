using Casus.Coding;
using Casus.Document;
using Casus.Geo;
using Casus.Tests.TestKit;

namespace Casus.Tests.Geo;

/// <summary>Places from outside the event's sentence: an earlier event of the same actors in its paragraph or in the
/// article's opening, the country its actors share.</summary>
public class EventPlaceFallbackTests
{
    // Every sentence is "SOURCE VERB TARGET [in PLACE] ." with the verb the second token.
    // With topic, the place is a phrase of the object ("discussed police in Kandahar"), not of the verb.
    private static string Sentence(string verb, string source = "REB", string target = "COP", string? place = null, bool topic = false) => place is null
        ? $"""
          1 Gunmen gunman NOUN NNS 2 nsubj B-{source}
          2 {verb} {verb} VERB VBD 0 root _
          3 police police NOUN NN 2 obj B-{target}
          4 . . PUNCT . 2 punct _
          """
        : $"""
          1 Gunmen gunman NOUN NNS 2 nsubj B-{source}
          2 {verb} {verb} VERB VBD 0 root _
          3 police police NOUN NN 2 obj B-{target}
          4 in in ADP IN 5 case _
          5 {place} {place} PROPN NNP {(topic ? "3 nmod" : "2 obl")} _
          6 . . PUNCT . 2 punct _
          """;

    private const string Blank = "\n";
    private const string Paragraph = "\n¶\n";

    /// <summary>Codes each sentence's verb (its subject and object), places the article, and gives the last event's place.</summary>
    private static Location? PlaceOfLast(params string[] sentences) => PlaceOfLastAfter("190", sentences);

    /// <summary>As <see cref="PlaceOfLast"/>, with the first sentence's event coded <paramref name="firstCode"/>.</summary>
    private static Location? PlaceOfLastAfter(string firstCode, params string[] sentences)
    {
        var article = ParsedArticles.Build(string.Join("\n", sentences));
        for (int s = 0; s < article.SentenceData.Count; s++)
            article.AddEvent(new Event
            {
                Sentence = s,
                Source = article.Mentions[2 * s],
                Target = article.Mentions[2 * s + 1],
                Code = CameoCode.Parse(s == 0 ? firstCode : "190"),
                Goldstein = -10,
                QuadClass = QuadClass.MaterialConflict,
                Trigger = new TokenSpan(article.SentenceData[s].FirstToken + 1, 1),
                Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
            });
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        return article.Events[^1].Location;
    }

    [Fact]
    public void An_event_takes_the_place_of_the_nearest_earlier_event_of_its_paragraph_that_shares_an_actor()
    {
        var l = PlaceOfLast(Sentence("met", place: "Zurich"), Blank, Sentence("attacked", place: "Kandahar"), Blank, Sentence("shot"))!;
        Assert.Equal(("Kandahar", "paragraph", "Kandahar", LocationPrecision.Place), (l.Name, l.Source, l.Text, l.Precision));
        // A place that is the topic of the earlier act, not its setting, carries nothing.
        Assert.Equal("clause", PlaceOfLast(Sentence("discussed", place: "Kandahar", topic: true))!.Source);
        Assert.Null(PlaceOfLast(Sentence("discussed", place: "Kandahar", topic: true), Blank, Sentence("shot")));
        // Other actors: the setting was theirs.
        Assert.Null(PlaceOfLast(Sentence("attacked", place: "Kandahar"), Blank, Sentence("shot", "OPP", "GOV")));
    }

    [Fact]
    public void A_meeting_s_place_carries_from_one_noun_deeper_than_another_act_s()
    {
        // "Gunmen met with the police of the chief in Zurich": Zurich hangs on a noun under a noun under the verb.
        const string deep = """
            1 Gunmen gunman NOUN NNS 2 nsubj B-REB
            2 met meet VERB VBD 0 root _
            3 with with ADP IN 4 case _
            4 police police NOUN NN 2 obl B-COP
            5 of of ADP IN 6 case _
            6 chief chief NOUN NN 4 nmod _
            7 in in ADP IN 8 case _
            8 Zurich Zurich PROPN NNP 6 nmod _
            9 . . PUNCT . 2 punct _
            """;
        Assert.Equal(("Zürich", "paragraph"), Pair(PlaceOfLastAfter("040", deep, Blank, Sentence("shot"))));
        Assert.Equal(("Zürich", "clause"), Pair(PlaceOfLastAfter("190", deep)));
        Assert.Null(PlaceOfLastAfter("190", deep, Blank, Sentence("shot")));
    }

    [Fact]
    public void Past_its_paragraph_an_event_takes_only_the_opening_s_place()
    {
        Assert.Equal(("Zürich", "opening"), Pair(PlaceOfLast(Sentence("met", place: "Zurich"), Paragraph, Sentence("shot"))));
        // The nearest placed event is in another paragraph and not the opening: the story has moved, nothing is knowable.
        Assert.Null(PlaceOfLast(Sentence("met", place: "Zurich"), Paragraph, Sentence("attacked", place: "Kandahar"), Paragraph, Sentence("shot")));
        // A paragraph's place reaches four sentences back; beyond, only the opening's (the first sentence here) holds.
        var far = new List<string> { Sentence("met", place: "Zurich") };
        for (int i = 0; i < EarlierPlace.MaxParagraphReach; i++) far.AddRange([Blank, Sentence("shot")]);
        Assert.Equal("paragraph", PlaceOfLast([.. far])!.Source);
        far.AddRange([Blank, Sentence("shot")]);
        Assert.Equal("opening", PlaceOfLast([.. far])!.Source);
    }

    [Fact]
    public void The_opening_s_place_does_not_reach_past_the_first_twelve_sentences()
    {
        var sentences = new List<string> { Sentence("met", place: "Zurich") };
        for (int i = 0; i < EarlierPlace.MaxOpeningReach; i++) sentences.AddRange([Paragraph, Sentence("shot")]);
        Assert.Equal("opening", PlaceOfLast([.. sentences])!.Source);
        sentences.AddRange([Paragraph, Sentence("shot")]);
        Assert.Null(PlaceOfLast([.. sentences]));
    }

    /// <summary>As <see cref="PlaceOfLast"/>, with each sentence's event coded by <paramref name="codes"/> and dated
    /// by <paramref name="dates"/> (null: no date).</summary>
    private static Location? PlaceOfLastCoded(string[] codes, DateOnly?[]? dates, params string[] sentences)
        => PlaceOfLastTitled(null, codes, dates, sentences);

    /// <summary>As <see cref="PlaceOfLastCoded"/>, for an article with the headline <paramref name="title"/>.</summary>
    private static Location? PlaceOfLastTitled(string? title, string[] codes, DateOnly?[]? dates, params string[] sentences)
    {
        var article = ParsedArticles.Build(string.Join("\n", sentences), title: title);
        for (int s = 0; s < article.SentenceData.Count; s++)
            article.AddEvent(new Event
            {
                Sentence = s,
                Source = article.Mentions[2 * s],
                Target = article.Mentions[2 * s + 1],
                Code = CameoCode.Parse(codes[s]),
                Goldstein = 0,
                QuadClass = QuadClass.VerbalCooperation,
                Trigger = new TokenSpan(article.SentenceData[s].FirstToken + 1, 1),
                When = dates?[s] is { } d ? new Casus.Time.EventDate(d, Casus.Time.DatePrecision.Day, Casus.Time.DateSource.Clause, "on a day", "test") : null,
                Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
            });
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        return article.Events[^1].Location;
    }

    [Fact]
    public void A_phone_call_s_readout_carries_no_place_to_its_other_sentences()
    {
        // "Gunmen phoned police. They discussed the attack in Kandahar. They agreed ...": nothing of the call was there.
        Assert.Equal(("Kandahar", "paragraph"), Pair(PlaceOfLast(Sentence("met"), Blank, Sentence("attacked", place: "Kandahar"), Blank, Sentence("shot"))));
        Assert.Null(PlaceOfLast(Sentence("phoned"), Blank, Sentence("attacked", place: "Kandahar"), Blank, Sentence("shot")));
        Assert.Null(PlaceOfLast(Sentence("met", place: "Kandahar").Replace("Gunmen gunman", "Telephone telephone", StringComparison.Ordinal), Paragraph, Sentence("shot")));
    }

    [Fact]
    public void A_trip_s_opening_visit_places_the_visitor_s_later_meetings_across_paragraphs_until_another_place()
    {
        // "Gunmen visited police in Kandahar." and fourteen paragraphs of meetings: past the opening's reach, a
        // meeting of the visitor is still on the trip; another act is not.
        var sentences = new List<string> { Sentence("visited", place: "Kandahar") };
        var codes = new List<string> { "042" };
        for (int i = 0; i <= EarlierPlace.MaxOpeningReach; i++) { sentences.AddRange([Paragraph, Sentence("met")]); codes.Add("040"); }
        Assert.Equal(("Kandahar", "opening"), Pair(PlaceOfLastCoded([.. codes], null, [.. sentences])));
        codes[^1] = "190";
        Assert.Null(PlaceOfLastCoded([.. codes], null, [.. sentences]));
        codes[^1] = "040";
        // Another visitor's meeting is not on this trip.
        sentences[^1] = Sentence("met", "OPP", "GOV");
        Assert.Null(PlaceOfLastCoded([.. codes], null, [.. sentences]));
        sentences[^1] = Sentence("met");
        // A meeting placed elsewhere on the way ends the trip's reach.
        sentences[4] = Sentence("met", place: "Zurich");
        Assert.Null(PlaceOfLastCoded([.. codes], null, [.. sentences]));
    }

    [Fact]
    public void A_trip_s_visit_in_the_second_sentence_places_later_meetings_only_when_the_headline_names_its_place()
    {
        // "Gunmen shot police. Gunmen visited police in Kandahar." and fourteen paragraphs of meetings: a readout
        // whose first sentence is a preamble names the trip in its second, which counts when the headline says so.
        var sentences = new List<string> { Sentence("shot"), Blank, Sentence("visited", place: "Kandahar") };
        var codes = new List<string> { "190", "042" };
        for (int i = 0; i <= EarlierPlace.MaxOpeningReach; i++) { sentences.AddRange([Paragraph, Sentence("met")]); codes.Add("040"); }
        Assert.Equal(("Kandahar", "opening"), Pair(PlaceOfLastTitled("Readout of the Gunmen's Trip to Kandahar", [.. codes], null, [.. sentences])));
        Assert.Null(PlaceOfLastTitled("Readout of the Gunmen's Trip", [.. codes], null, [.. sentences]));
        Assert.Null(PlaceOfLastTitled(null, [.. codes], null, [.. sentences]));
    }

    [Fact]
    public void Events_dated_months_apart_do_not_share_a_place()
    {
        var may = new DateOnly(2022, 5, 12);
        string[] codes = ["040", "040"];
        // "Gunmen met police in Kandahar on May 12. Gunmen met police in October 2021": the earlier meeting was elsewhere.
        Assert.Null(PlaceOfLastCoded(codes, [may, new DateOnly(2021, 10, 1)], Sentence("met", place: "Kandahar"), Blank, Sentence("met")));
        Assert.Equal(("Kandahar", "paragraph"), Pair(PlaceOfLastCoded(codes, [may, may.AddDays(1)], Sentence("met", place: "Kandahar"), Blank, Sentence("met"))));
        // An event with no date of its own passes.
        Assert.Equal(("Kandahar", "paragraph"), Pair(PlaceOfLastCoded(codes, [may, null], Sentence("met", place: "Kandahar"), Blank, Sentence("met"))));
    }

    [Fact]
    public void Source_and_target_of_one_country_place_a_domestic_act_in_that_country_at_country_precision()
    {
        var l = PlaceOfLast(Sentence("shot", "AFGREB", "AFGCOP"))!;
        Assert.Equal(("Afghanistan", "AFG", LocationPrecision.Country, "actors", 34.5), (l.Name, l.Country, l.Precision, l.Source, l.Latitude!.Value));
        Assert.Null(PlaceOfLast(Sentence("shot", "AFGREB", "LBNCOP")));
        Assert.Null(PlaceOfLast(Sentence("shot", "AFGREB")));
        // Words that name a place come first.
        Assert.Equal("paragraph", PlaceOfLast(Sentence("met", "AFGREB", place: "Zurich"), Blank, Sentence("shot", "AFGREB", "AFGCOP"))!.Source);
    }

    [Fact]
    public void An_actor_of_another_country_in_the_sentence_leaves_a_shared_country_unplaced()
    {
        var article = ParsedArticles.Build("""
            1 Officials official NOUN NNS 2 nsubj B-AFGGOV
            2 met meet VERB VBD 0 root _
            3 police police NOUN NN 2 obj B-AFGCOP
            4 with with ADP IN 5 case _
            5 Lebanese Lebanese ADJ JJ 2 obl B-LBN
            """);
        article.AddEvent(new Event
        {
            Sentence = 0,
            Source = article.Mentions[0],
            Target = article.Mentions[1],
            Code = CameoCode.Parse("040"),
            Goldstein = 1,
            QuadClass = QuadClass.VerbalCooperation,
            Trigger = new TokenSpan(1, 1),
            Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
        });
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        Assert.Null(article.Events[0].Location);
    }

    [Fact]
    public void An_international_organisation_in_the_sentence_leaves_a_shared_country_unplaced()
    {
        var article = ParsedArticles.Build("""
            1 Allies ally NOUN NNS 4 nsubj B-IGOWSTNAT
            2 and and CCONJ CC 3 cc _
            3 officials official NOUN NNS 1 conj B-AFGGOV
            4 supported support VERB VBD 0 root _
            5 police police NOUN NN 4 obj B-AFGCOP
            """);
        article.AddEvent(new Event
        {
            Sentence = 0,
            Source = article.Mentions[1],
            Target = article.Mentions[2],
            Code = CameoCode.Parse("051"),
            Goldstein = 3,
            QuadClass = QuadClass.VerbalCooperation,
            Trigger = new TokenSpan(3, 1),
            Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
        });
        new EventPlaceStage(GazetteerTests.Small()).Process(article);
        Assert.Null(article.Events[0].Location);
    }

    private static (string, string?) Pair(Location? l) => (l!.Name, l.Source);
}
