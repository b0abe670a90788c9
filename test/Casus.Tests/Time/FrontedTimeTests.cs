using Casus.Coding;
using Casus.Document;
using Casus.Tests.TestKit;
using Casus.Time;

namespace Casus.Tests.Time;

/// <summary>A time that opens the sentence dates its main clause, whatever the parser made of it (the third audit of
/// dates on the news run; docs/formats/events-jsonl.md, "Dates").</summary>
public class FrontedTimeTests
{
    // Thursday 23 May 2024.
    private static readonly DateOnly Published = new(2024, 5, 23);

    private static EventDate Date(Article article, int first, int count, string code = "040")
    {
        article.AddEvent(new Event
        {
            Sentence = 0,
            Source = article.Mentions[0],
            Code = CameoCode.Parse(code),
            Goldstein = 0,
            QuadClass = QuadClass.VerbalCooperation,
            Trigger = new TokenSpan(first, count),
            Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
        });
        new EventDateStage().Process(article);
        return article.Events[^1].When!;
    }

    [Fact]
    public void A_fronted_weekday_the_parser_made_the_subject_dates_the_clause()
    {
        // "On Monday , the Abc impeached Xyz": the parser hangs "Monday" as the subject of "impeached".
        var article = ParsedArticles.Build("""
            1 On on ADP IN 2 case _
            2 Monday Monday PROPN NNP 6 nsubj _
            3 , , PUNCT , 5 punct _
            4 the the DET DT 5 det _
            5 Abc Abc PROPN NNP 2 conj B-ABC
            6 impeached impeach VERB VBD 0 root _
            7 Xyz Xyz PROPN NNP 6 obj B-XYZ
            """, Published);
        var when = Date(article, 5, 1, "1722");
        Assert.Equal(new DateOnly(2024, 5, 20), when.Date);
        Assert.Equal(DateSource.Clause, when.Source);
        Assert.Equal("On Monday", when.Expression);
    }

    [Fact]
    public void A_bullet_before_the_fronted_month_is_skipped()
    {
        // "-   In March , Abc convened Xyz": the month read as the subject, a list mark before it.
        var article = ParsedArticles.Build("""
            1 - - PUNCT : 3 punct _
            2 In in ADP IN 3 case _
            3 March March PROPN NNP 6 nsubj _
            4 , , PUNCT , 5 punct _
            5 Abc Abc PROPN NNP 6 nsubj B-ABC
            6 convened convene VERB VBD 0 root _
            7 Xyz Xyz PROPN NNP 6 obj B-XYZ
            """, Published);
        var when = Date(article, 5, 1);
        Assert.Equal(new DateOnly(2024, 3, 1), when.Date);
        Assert.Equal(DatePrecision.Month, when.Precision);
    }

    [Fact]
    public void A_fronted_time_inside_the_subject_without_a_comma_counts()
    {
        // "Later on Tuesday Abc met Xyz": "on Tuesday" hung inside the subject.
        var article = ParsedArticles.Build("""
            1 Later later ADV RB 5 advmod _
            2 on on ADP IN 4 case _
            3 Tuesday Tuesday PROPN NNP 4 compound _
            4 Abc Abc PROPN NNP 5 nsubj B-ABC
            5 met meet VERB VBD 0 root _
            6 Xyz Xyz PROPN NNP 5 obj B-XYZ
            """, Published);
        Assert.Equal(new DateOnly(2024, 5, 21), Date(article, 4, 1).Date);
    }

    [Fact]
    public void A_fronted_date_the_parser_made_the_root_dates_a_future_clause_forward()
    {
        // "On June 13 , Abc will meet Xyz": the date is the root and the clause its parataxis.
        var article = ParsedArticles.Build("""
            1 On on ADP IN 3 case _
            2 June June PROPN NNP 3 nmod:unmarked _
            3 13 13 NUM CD 0 root _
            4 , , PUNCT , 7 punct _
            5 Abc Abc PROPN NNP 7 nsubj B-ABC
            6 will will AUX MD 7 aux _
            7 meet meet VERB VB 3 parataxis _
            8 Xyz Xyz PROPN NNP 7 obj B-XYZ
            """, Published);
        var when = Date(article, 6, 1, "036");
        Assert.Equal(new DateOnly(2024, 6, 13), when.Date);
        Assert.Equal(DateSource.Clause, when.Source);
    }

    [Fact]
    public void A_possessive_time_is_its_nouns_not_the_clauses()
    {
        // "Yesterday 's attack angered Abc": the time belongs to "attack", the event "angered" is not dated by it here.
        var article = ParsedArticles.Build("""
            1 Yesterday yesterday NOUN NN 3 nmod:poss _
            2 's 's PART POS 1 case _
            3 attack attack NOUN NN 4 nsubj _
            4 angered anger VERB VBD 0 root _
            5 Abc Abc PROPN NNP 4 obj B-ABC
            """, Published);
        Assert.Equal(DateSource.Publication, Date(article, 3, 1, "111").Source);
    }

    [Fact]
    public void A_date_before_a_noun_without_a_preposition_does_not_open_the_clause()
    {
        // "October 7 attacks angered Abc": a noun's own time, no adverbial.
        var article = ParsedArticles.Build("""
            1 October October PROPN NNP 2 compound _
            2 7 7 NUM CD 3 nummod _
            3 attacks attack NOUN NNS 4 nsubj _
            4 angered anger VERB VBD 0 root _
            5 Abc Abc PROPN NNP 4 obj B-ABC
            """, Published);
        Assert.Equal(DateSource.Publication, Date(article, 3, 1, "111").Source);
    }

    [Fact]
    public void A_clause_opened_by_after_keeps_its_own_time()
    {
        // "On Monday , Abc retaliated after Xyz attacked": the attack is another act, before the Monday.
        var article = ParsedArticles.Build("""
            1 On on ADP IN 2 case _
            2 Monday Monday PROPN NNP 5 nsubj _
            3 , , PUNCT , 4 punct _
            4 Abc Abc PROPN NNP 5 nsubj B-ABC
            5 retaliated retaliate VERB VBD 0 root _
            6 after after SCONJ IN 8 mark _
            7 Xyz Xyz PROPN NNP 8 nsubj B-XYZ
            8 attacked attack VERB VBD 5 advcl _
            """, Published);
        Assert.Equal(DateSource.Publication, Date(article, 7, 1, "190").Source);
        Assert.Equal(new DateOnly(2024, 5, 20), Date(article, 4, 1, "190").Date);
    }

    [Fact]
    public void A_preposition_right_before_a_date_inside_a_name_does_not_make_the_act_happen_then()
    {
        // "Abc met Xyz , Chair of the Commission on October 7 Crimes": the date names the crimes.
        var article = ParsedArticles.Build("""
            1 Abc Abc PROPN NNP 2 nsubj B-ABC
            2 met meet VERB VBD 0 root _
            3 Xyz Xyz PROPN NNP 2 obj B-XYZ
            4 , , PUNCT , 5 punct _
            5 Chair chair PROPN NNP 3 appos _
            6 of of ADP IN 8 case _
            7 the the DET DT 8 det _
            8 Commission commission PROPN NNP 5 nmod _
            9 on on ADP IN 12 case _
            10 October October PROPN NNP 11 nmod:unmarked _
            11 7 7 NUM CD 12 compound _
            12 Crimes crime NOUN NNS 2 obl _
            """, Published);
        Assert.Equal(DateSource.Publication, Date(article, 1, 1).Source);
    }

    // "Abc welcomed the meeting in August 2023 , under which Xyz {will} engage(d)".
    private static Article WelcomedMeeting(bool future) => ParsedArticles.Build($"""
        1 Abc Abc PROPN NNP 2 nsubj B-ABC
        2 welcomed welcome VERB VBD 0 root _
        3 the the DET DT 4 det _
        4 meeting meeting NOUN NN 2 obj _
        5 in in ADP IN 7 case _
        6 August August PROPN NNP 7 compound _
        7 2023 2023 NUM CD 2 obl _
        8 , , PUNCT , 13 punct _
        9 under under ADP IN 10 case _
        10 which which PRON WDT 13 obl _
        11 Xyz Xyz PROPN NNP 13 nsubj B-XYZ
        12 {(future ? "will will AUX MD 13 aux _" : "then then ADV RB 13 advmod _")}
        13 {(future ? "engage" : "engaged")} engage VERB VB 4 acl:relcl _
        """, Published);

    [Fact]
    public void A_future_act_does_not_take_a_past_time_from_above_it()
    {
        Assert.Equal(DateSource.Publication, Date(WelcomedMeeting(future: true), 12, 1, "036").Source);
        // The same clause in the past keeps the time of the predicate above it.
        Assert.Equal(new DateOnly(2023, 8, 1), Date(WelcomedMeeting(future: false), 12, 1, "036").Date);
    }

    [Fact]
    public void A_reported_future_act_keeps_the_time_of_its_statement()
    {
        // "Yesterday , Abc announced Abc will comply": "will comply" is a ccomp of the statement.
        var article = ParsedArticles.Build("""
            1 Yesterday yesterday NOUN NN 4 obl:tmod _
            2 , , PUNCT , 1 punct _
            3 Abc Abc PROPN NNP 4 nsubj B-ABC
            4 announced announce VERB VBD 0 root _
            5 Abc Abc PROPN NNP 7 nsubj B-ABC
            6 will will AUX MD 7 aux _
            7 comply comply VERB VB 4 ccomp _
            """, Published);
        Assert.Equal(new DateOnly(2024, 5, 22), Date(article, 6, 1, "035").Date);
    }

    [Fact]
    public void A_time_of_an_example_after_including_is_the_examples()
    {
        // "Abc reinforced its commitment to Xyz , including the launch on October 3"
        var article = ParsedArticles.Build("""
            1 Abc Abc PROPN NNP 2 nsubj B-ABC
            2 reinforced reinforce VERB VBD 0 root _
            3 its its PRON PRP$ 4 nmod:poss _
            4 commitment commitment NOUN NN 2 obj _
            5 to to ADP IN 6 case _
            6 Xyz Xyz PROPN NNP 4 nmod B-XYZ
            7 , , PUNCT , 10 punct _
            8 including include VERB VBG 10 case _
            9 the the DET DT 10 det _
            10 launch launch NOUN NN 2 obl _
            11 on on ADP IN 13 case _
            12 October October PROPN NNP 13 compound _
            13 3 3 NUM CD 10 nmod _
            """, Published);
        Assert.Equal(DateSource.Publication, Date(article, 1, 1, "051").Source);
    }

    [Fact]
    public void A_fronted_weekday_reads_the_way_of_the_main_clause_not_of_a_reported_future_act()
    {
        // "On Monday , Abc said Abc will visit Xyz": "Monday" hung as the subject of "said"; the visit is dated by the
        // statement, the Monday before publication, not the one after.
        var article = ParsedArticles.Build("""
            1 On on ADP IN 2 case _
            2 Monday Monday PROPN NNP 5 nsubj _
            3 , , PUNCT , 4 punct _
            4 Abc Abc PROPN NNP 5 nsubj B-ABC
            5 said say VERB VBD 0 root _
            6 Abc Abc PROPN NNP 8 nsubj B-ABC
            7 will will AUX MD 8 aux _
            8 visit visit VERB VB 5 ccomp _
            9 Xyz Xyz PROPN NNP 8 obj B-XYZ
            """, Published);
        var when = Date(article, 7, 1, "036");
        Assert.Equal(new DateOnly(2024, 5, 20), when.Date);
        Assert.Equal(DateSource.Sentence, when.Source);
    }
}
