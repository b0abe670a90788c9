using Casus.Coding;
using Casus.Document;
using Casus.Tests.TestKit;
using Casus.Time;

namespace Casus.Tests.Time;

public class EventDateStageTests
{
    private static readonly DateOnly Wednesday = new(2024, 3, 6);

    private static Event EventAt(Article article, int sentence, int verb, string code) => new()
    {
        Sentence = sentence,
        Source = article.Mentions[0],
        Target = article.Mentions.Count > 1 ? article.Mentions[1] : null,
        Code = CameoCode.Parse(code),
        Goldstein = 0,
        QuadClass = QuadClass.MaterialConflict,
        Date = article.Metadata.Published,
        Trigger = new TokenSpan(verb, 1),
        Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
    };

    [Fact]
    public void A_weekday_modifying_the_verb_dates_the_event_from_its_clause()
    {
        var article = ParsedArticles.Build("""
            1 Troops troop NOUN NNS 2 nsubj B-XYZMIL
            2 shelled shell VERB VBD 0 root _
            3 the the DET DT 4 det _
            4 port port NOUN NN 2 obj B-ABC
            5 on on ADP IN 6 case _
            6 Monday Monday PROPN NNP 2 obl _
            """, Wednesday);
        article.AddEvent(EventAt(article, 0, 1, "195"));
        new EventDateStage().Process(article);
        var e = article.Events[0];
        Assert.Equal(new DateOnly(2024, 3, 4), e.Date);
        Assert.Equal(DatePrecision.Day, e.When!.Precision);
        Assert.Equal(DateSource.Clause, e.When.Source);
        Assert.Equal("on Monday", e.When.Expression);
        Assert.Contains(e.Evidence.Notes, n => n.StartsWith("date 2024-03-04 day from clause \"on Monday\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_of_the_reporting_verb_above_dates_the_reported_act_at_sentence_level_but_another_branch_does_not()
    {
        // "Officials said yesterday that troops shelled the port , before talks on Friday ."
        var article = ParsedArticles.Build("""
            1 Officials official NOUN NNS 2 nsubj B-ABCGOV
            2 said say VERB VBD 0 root _
            3 yesterday yesterday NOUN NN 2 obl:tmod _
            4 that that SCONJ IN 6 mark _
            5 troops troop NOUN NNS 6 nsubj B-XYZMIL
            6 shelled shell VERB VBD 2 ccomp _
            7 the the DET DT 8 det _
            8 port port NOUN NN 6 obj _
            9 and and CCONJ CC 10 cc _
            10 met meet VERB VBD 6 conj _
            11 on on ADP IN 12 case _
            12 Friday Friday PROPN NNP 10 obl _
            """, Wednesday);
        article.AddEvent(EventAt(article, 0, 5, "195"));
        new EventDateStage().Process(article);
        var when = article.Events[0].When!;
        Assert.Equal(new DateOnly(2024, 3, 5), when.Date);
        Assert.Equal(DateSource.Sentence, when.Source);
    }

    [Theory]
    [InlineData("continued", "continue", 2024, 3, 4)]
    [InlineData("managed", "manage", 2024, 3, 4)]
    [InlineData("planned", "plan", 2024, 3, 11)]
    public void An_infinitive_looks_ahead_only_under_a_verb_of_plan_not_under_an_aspectual_or_implicative_one(
        string form, string lemma, int y, int m, int d)
    {
        // "Abc <form> to back Xyz on Monday", published on a Wednesday.
        var article = ParsedArticles.Build($"""
            1 Abc Abc PROPN NNP 2 nsubj B-ABC
            2 {form} {lemma} VERB VBD 0 root _
            3 to to PART TO 4 mark _
            4 back back VERB VB 2 xcomp _
            5 Xyz Xyz PROPN NNP 4 obj B-XYZ
            6 on on ADP IN 7 case _
            7 Monday Monday PROPN NNP 4 obl _
            """, Wednesday);
        article.AddEvent(EventAt(article, 0, 3, "051"));
        new EventDateStage().Process(article);
        Assert.Equal(new DateOnly(y, m, d), article.Events[0].Date);
    }

    [Fact]
    public void Will_reads_an_open_weekday_forward_and_no_expression_leaves_the_publication_date()
    {
        var article = ParsedArticles.Build("""
            1 Leaders leader NOUN NNS 3 nsubj B-ABCGOV
            2 will will AUX MD 3 aux _
            3 meet meet VERB VB 0 root _
            4 on on ADP IN 5 case _
            5 Friday Friday PROPN NNP 3 obl _

            1 Rebels rebel NOUN NNS 2 nsubj B-ABCREB
            2 attacked attack VERB VBD 0 root _
            3 police police NOUN NN 2 obj B-ABCCOP
            """, Wednesday);
        article.AddEvent(EventAt(article, 0, 2, "036"));
        article.AddEvent(EventAt(article, 1, 6, "190") with { Source = article.Mentions[1], Target = article.Mentions[2] });
        new EventDateStage().Process(article);
        Assert.Equal(new DateOnly(2024, 3, 8), article.Events[0].Date);
        Assert.Equal(DateSource.Publication, article.Events[1].When!.Source);
        Assert.Equal(Wednesday, article.Events[1].Date);
    }

    [Fact]
    public void Without_publication_date_a_relative_expression_gives_no_date()
    {
        var article = ParsedArticles.Build("""
            1 Rebels rebel NOUN NNS 2 nsubj B-ABCREB
            2 attacked attack VERB VBD 0 root _
            3 police police NOUN NN 2 obj B-ABCCOP
            4 yesterday yesterday NOUN NN 2 obl:tmod _
            """);
        article.AddEvent(EventAt(article, 0, 1, "190"));
        new EventDateStage().Process(article);
        Assert.Null(article.Events[0].When);
        Assert.Null(article.Events[0].Date);
    }
}

public class EventDateDirectionTests
{
    [Fact]
    public void A_past_intent_is_read_back_and_an_infinitive_forward()
    {
        var anchor = new DateOnly(2024, 3, 6);
        var article = ParsedArticles.Build("""
            1 Ministers minister NOUN NNS 2 nsubj B-ABCGOV
            2 agreed agree VERB VBD 0 root _
            3 on on ADP IN 4 case _
            4 Monday Monday PROPN NNP 2 obl _

            1 Ministers minister NOUN NNS 2 nsubj B-ABCGOV
            2 agreed agree VERB VBD 0 root _
            3 to to PART TO 4 mark _
            4 meet meet VERB VB 2 xcomp _
            5 on on ADP IN 6 case _
            6 Friday Friday PROPN NNP 4 obl _
            """, anchor);
        foreach (var (sentence, verb) in new[] { (0, 1), (1, 7) })
            article.AddEvent(new Event
            {
                Sentence = sentence, Source = article.Mentions[sentence], Code = Casus.Coding.CameoCode.Parse("030"), Goldstein = 4,
                QuadClass = Casus.Coding.QuadClass.VerbalCooperation, Trigger = new TokenSpan(verb, 1),
                Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
            });
        new EventDateStage().Process(article);
        Assert.Equal(new DateOnly(2024, 3, 4), article.Events[0].Date);
        Assert.Equal(new DateOnly(2024, 3, 8), article.Events[1].Date);
    }
}
