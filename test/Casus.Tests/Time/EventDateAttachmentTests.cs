using Casus.Coding;
using Casus.Document;
using Casus.Tests.TestKit;
using Casus.Time;

namespace Casus.Tests.Time;

/// <summary>Which time expression belongs to the event: found by the audit of dates on the news run
/// (docs/formats/events-jsonl.md, "Dates").</summary>
public class EventDateAttachmentTests
{
    private static readonly DateOnly Published = new(2024, 5, 23);

    private static EventDate Date(Article article, int first, int count, string code)
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

    // "Abc plans to deploy ships in 2025": the year modifies the inner verb of the trigger phrase.
    private const string PlansToDeploy = """
        1 Abc Abc PROPN NNP 2 nsubj B-ABC
        2 plans plan VERB VBZ 0 root _
        3 to to PART TO 4 mark _
        4 deploy deploy VERB VB 2 xcomp _
        5 ships ship NOUN NNS 4 obj _
        6 in in ADP IN 7 case _
        7 2025 2025 NUM CD 4 obl _
        """;

    [Fact]
    public void An_intent_takes_the_time_of_the_act_named_inside_its_trigger()
    {
        var when = Date(ParsedArticles.Build(PlansToDeploy, Published), 1, 4, "030");
        Assert.Equal(new DateOnly(2025, 1, 1), when.Date);
        Assert.Equal(DatePrecision.Year, when.Precision);
        Assert.Equal(DateSource.Clause, when.Source);
    }

    [Fact]
    public void Another_act_with_the_same_trigger_is_made_now()
    {
        // An appeal ("invited X to visit in June") is made when reported, whatever the time of what it asks.
        var when = Date(ParsedArticles.Build(PlansToDeploy, Published), 1, 4, "026");
        Assert.Equal(DateSource.Publication, when.Source);
        Assert.Equal(Published, when.Date);
    }

    [Fact]
    public void A_phrase_opened_by_since_gives_no_date_even_when_the_parse_hangs_since_from_the_clause()
    {
        // "Since the passage of the act in 2000 , Abc forged ties with Xyz"
        var article = ParsedArticles.Build("""
            1 Since since SCONJ IN 10 mark _
            2 the the DET DT 3 det _
            3 passage passage NOUN NN 10 obl _
            4 of of ADP IN 6 case _
            5 the the DET DT 6 det _
            6 act act NOUN NN 3 nmod _
            7 in in ADP IN 8 case _
            8 2000 2000 NUM CD 3 nmod _
            9 , , PUNCT , 3 punct _
            10 forged forge VERB VBD 0 root _
            11 Abc Abc PROPN NNP 10 nsubj B-ABC
            12 ties tie NOUN NNS 10 obj _
            """, Published);
        Assert.Equal(DateSource.Publication, Date(article, 9, 1, "050").Source);
    }

    [Fact]
    public void A_comparison_baseline_is_no_date()
    {
        // "Compared to last year , Abc exports to Xyz decreased"
        var article = ParsedArticles.Build("""
            1 Compared compare VERB VBN 7 advcl _
            2 to to ADP IN 4 case _
            3 last last ADJ JJ 4 amod _
            4 year year NOUN NN 1 obl _
            5 , , PUNCT , 7 punct _
            6 Abc Abc PROPN NNP 7 nsubj B-ABC
            7 exports export VERB VBZ 1 ccomp _
            8 to to ADP IN 9 case _
            9 Xyz Xyz PROPN NNP 7 obl B-XYZ
            """, Published);
        Assert.Equal(DateSource.Publication, Date(article, 6, 1, "061").Source);
    }

    [Fact]
    public void An_event_noun_that_is_the_object_of_following_keeps_the_date_hung_on_following()
    {
        // "Following Abc meetings in Dubai on December 2 , Abc directed Xyz ..." with the date hung on "Following".
        var article = ParsedArticles.Build("""
            1 Following follow VERB VBG 10 advcl _
            2 Abc Abc PROPN NNP 3 compound B-ABC
            3 meetings meeting NOUN NNS 1 obj _
            4 in in ADP IN 5 case _
            5 Dubai Dubai PROPN NNP 3 nmod _
            6 on on ADP IN 8 case _
            7 December December PROPN NNP 8 compound _
            8 2 2 NUM CD 1 obl _
            9 , , PUNCT , 1 punct _
            10 directed direct VERB VBD 0 root _
            11 Xyz Xyz PROPN NNP 10 obj B-XYZ
            """, Published);
        Assert.Equal(new DateOnly(2023, 12, 2), Date(article, 2, 1, "040").Date);
    }

    [Theory]
    [InlineData("for", "for", false)]
    [InlineData("during", "during", true)]
    public void A_time_before_a_noun_dates_that_noun_unless_the_act_happens_during_it(string form, string lemma, bool dated)
    {
        // "Abc endorsed Xyz for|during the March 2023 summit"
        var article = ParsedArticles.Build($"""
            1 Abc Abc PROPN NNP 2 nsubj B-ABC
            2 endorsed endorse VERB VBD 0 root _
            3 Xyz Xyz PROPN NNP 2 obj B-XYZ
            4 {form} {lemma} ADP IN 8 case _
            5 the the DET DT 8 det _
            6 March March PROPN NNP 8 compound _
            7 2023 2023 NUM CD 6 nmod:unmarked _
            8 summit summit NOUN NN 2 obl _
            """, Published);
        var when = Date(article, 1, 1, "051");
        Assert.Equal(dated ? new DateOnly(2023, 3, 1) : Published, when.Date);
    }

    [Fact]
    public void A_time_noun_before_its_head_still_counts()
    {
        // "Abc spoke yesterday evening with Xyz"
        var article = ParsedArticles.Build("""
            1 Abc Abc PROPN NNP 2 nsubj B-ABC
            2 spoke speak VERB VBD 0 root _
            3 yesterday yesterday NOUN NN 4 compound _
            4 evening evening NOUN NN 2 obl:tmod _
            5 with with ADP IN 6 case _
            6 Xyz Xyz PROPN NNP 2 obl B-XYZ
            """, Published);
        Assert.Equal(new DateOnly(2024, 5, 22), Date(article, 1, 1, "040").Date);
    }

    [Fact]
    public void An_event_noun_takes_the_date_written_before_it()
    {
        // "Abc remain in detention following the July 11 , 2021 protests"
        var article = ParsedArticles.Build("""
            1 Abc Abc PROPN NNP 2 nsubj B-ABC
            2 remain remain VERB VBP 0 root _
            3 following follow VERB VBG 2 advcl _
            4 the the DET DT 6 det _
            5 July July PROPN NNP 6 compound _
            6 11 11 NUM CD 9 nummod _
            7 , , PUNCT , 6 punct _
            8 2021 2021 NUM CD 6 nmod:unmarked _
            9 protests protest NOUN NNS 3 obj _
            """, Published);
        var when = Date(article, 8, 1, "141");
        Assert.Equal(new DateOnly(2021, 7, 11), when.Date);
        Assert.Equal("July 11 , 2021", when.Expression);
    }

    [Fact]
    public void A_clause_after_a_semicolon_does_not_take_the_time_of_the_clause_before()
    {
        // "Abc spent 1 % in 2018 ; Xyz guidelines call for 2 %"
        var article = ParsedArticles.Build("""
            1 Abc Abc PROPN NNP 2 nsubj B-ABC
            2 spent spend VERB VBD 0 root _
            3 1 1 NUM CD 4 nummod _
            4 % % SYM NN 2 obj _
            5 in in ADP IN 6 case _
            6 2018 2018 NUM CD 2 obl _
            7 ; ; PUNCT : 9 punct _
            8 Xyz Xyz PROPN NNP 9 compound B-XYZ
            9 guidelines guideline NOUN NNS 10 nsubj _
            10 call call VERB VBP 2 ccomp _
            11 for for ADP IN 13 case _
            12 2 2 NUM CD 13 nummod _
            13 % % SYM NN 10 obl _
            """, Published);
        Assert.Equal(DateSource.Publication, Date(article, 9, 1, "020").Source);
        var spent = ParsedArticles.Build("""
            1 Abc Abc PROPN NNP 2 nsubj B-ABC
            2 spent spend VERB VBD 0 root _
            3 in in ADP IN 4 case _
            4 2018 2018 NUM CD 2 obl _
            """, Published);
        Assert.Equal(new DateOnly(2018, 1, 1), Date(spent, 1, 1, "061").Date);
    }

    // "On Wednesday , Abc denounced the deal in which Xyz agreed on borders": published Thursday 2024-05-23.
    private const string DealInWhich = """
        1 On on ADP IN 2 case _
        2 Wednesday Wednesday PROPN NNP 5 obl _
        3 , , PUNCT , 5 punct _
        4 Abc Abc PROPN NNP 5 nsubj B-ABC
        5 denounced denounce VERB VBD 0 root _
        6 the the DET DT 7 det _
        7 deal deal NOUN NN 5 obj _
        8 in in ADP IN 9 case _
        9 which which PRON WDT 11 obl _
        10 Xyz Xyz PROPN NNP 11 nsubj B-XYZ
        11 agreed agree VERB VBD 7 acl:relcl _
        12 on on ADP IN 13 case _
        13 borders border NOUN NNS 11 obl _
        """;

    [Fact]
    public void A_relative_clause_does_not_take_the_time_of_the_clause_above_its_noun()
    {
        Assert.Equal(DateSource.Publication, Date(ParsedArticles.Build(DealInWhich, Published), 10, 1, "030").Source);
        // The main clause keeps its own time.
        var denounced = Date(ParsedArticles.Build(DealInWhich, Published), 4, 1, "111");
        Assert.Equal(new DateOnly(2024, 5, 22), denounced.Date);
    }

    [Fact]
    public void A_relative_clause_does_not_take_a_fronted_time_either()
    {
        // "On Wednesday Abc denounced the deal which Xyz signed": the parse hangs the fronted time nowhere visible.
        var article = ParsedArticles.Build("""
            1 On on ADP IN 2 case _
            2 Wednesday Wednesday PROPN NNP 3 nsubj _
            3 Abc Abc PROPN NNP 4 nsubj B-ABC
            4 denounced denounce VERB VBD 0 root _
            5 the the DET DT 6 det _
            6 deal deal NOUN NN 4 obj _
            7 which which PRON WDT 9 obj _
            8 Xyz Xyz PROPN NNP 9 nsubj B-XYZ
            9 signed sign VERB VBD 6 acl:relcl _
            """, Published);
        Assert.Equal(DateSource.Publication, Date(article, 8, 1, "057").Source);
    }

    [Fact]
    public void The_noun_a_relative_clause_describes_still_dates_it()
    {
        // "Abc recalled the November 2019 summit where Xyz signed": the summit's own time is the signing's.
        var article = ParsedArticles.Build("""
            1 Abc Abc PROPN NNP 2 nsubj B-ABC
            2 recalled recall VERB VBD 0 root _
            3 the the DET DT 6 det _
            4 November November PROPN NNP 6 compound _
            5 2019 2019 NUM CD 4 nummod _
            6 summit summit NOUN NN 2 obj _
            7 where where ADV WRB 9 advmod _
            8 Xyz Xyz PROPN NNP 9 nsubj B-XYZ
            9 signed sign VERB VBD 6 acl:relcl _
            """, Published);
        Assert.Equal(new DateOnly(2019, 11, 1), Date(article, 8, 1, "057").Date);
        // "Abc announced a plan in 2019 , which aims ...": a past time does not date a present-tense clause.
        var plan = ParsedArticles.Build("""
            1 Abc Abc PROPN NNP 2 nsubj B-ABC
            2 announced announce VERB VBD 0 root _
            3 a a DET DT 4 det _
            4 plan plan NOUN NN 2 obj _
            5 in in ADP IN 6 case _
            6 2019 2019 NUM CD 2 obl _
            7 , , PUNCT , 9 punct _
            8 which which PRON WDT 9 nsubj _
            9 aims aim VERB VBZ 4 acl:relcl _
            """, Published);
        Assert.Equal(DateSource.Publication, Date(plan, 8, 1, "030").Source);
    }

    [Theory]
    [InlineData("later", false)]
    [InlineData("subsequently", false)]
    [InlineData("then", true)]
    [InlineData("quickly", true)]
    public void A_conjunct_with_a_word_of_sequence_does_not_take_the_time_of_the_conjunct_before(string adverb, bool dated)
    {
        // "Abc declared an emergency on May 15 and <adverb> banned gatherings"
        var article = ParsedArticles.Build($"""
            1 Abc Abc PROPN NNP 2 nsubj B-ABC
            2 declared declare VERB VBD 0 root _
            3 an a DET DT 4 det _
            4 emergency emergency NOUN NN 2 obj _
            5 on on ADP IN 6 case _
            6 May May PROPN NNP 2 obl _
            7 15 15 NUM CD 6 nummod _
            8 and and CCONJ CC 10 cc _
            9 {adverb} {adverb} ADV RB 10 advmod _
            10 banned ban VERB VBD 2 conj _
            11 gatherings gathering NOUN NNS 10 obj _
            """, Published);
        var when = Date(article, 9, 1, "172");
        Assert.Equal(dated, when.Source != DateSource.Publication);
        if (dated) Assert.Equal(new DateOnly(2024, 5, 15), when.Date);
    }

    [Theory]
    [InlineData("have", "VBP", "collaborated", "VBN", false)]
    [InlineData("_", "_", "collaborate", "VBP", false)]
    [InlineData("had", "VBD", "collaborated", "VBN", true)]
    [InlineData("_", "_", "collaborated", "VBD", true)]
    public void A_present_conjunct_with_its_own_subject_does_not_take_the_time_of_a_past_conjunct(string aux, string auxTag, string verb, string tag, bool dated)
    {
        // "Abc joined the group on May 15, and the countries <have collaborated|collaborate|had collaborated|collaborated>"
        var lines = $"""
            1 Abc Abc PROPN NNP 2 nsubj B-ABC
            2 joined join VERB VBD 0 root _
            3 the the DET DT 4 det _
            4 group group NOUN NN 2 obj _
            5 on on ADP IN 6 case _
            6 May May PROPN NNP 2 obl _
            7 15 15 NUM CD 6 nummod _
            8 , , PUNCT , 13 punct _
            9 and and CCONJ CC 13 cc _
            10 the the DET DT 11 det _
            11 countries country NOUN NNS 13 nsubj _
            12 {aux} have AUX {auxTag} 13 aux _
            13 {verb} collaborate VERB {tag} 2 conj _
            """;
        // With no auxiliary the line goes: the token numbering stays, the word is an empty punctuation mark.
        if (aux == "_") lines = lines.Replace("12 _ have AUX _ 13 aux _", "12 - - PUNCT : 13 punct _", StringComparison.Ordinal);
        var when = Date(ParsedArticles.Build(lines, Published), 12, 1, "060");
        Assert.Equal(dated, when.Source != DateSource.Publication);
        if (dated) Assert.Equal(new DateOnly(2024, 5, 15), when.Date);
    }

    [Theory]
    [InlineData("welcomes", "VBZ", "last", false)]
    [InlineData("welcomed", "VBD", "last", true)]
    [InlineData("welcomes", "VBZ", "this", true)]
    public void A_present_tense_act_takes_no_time_written_as_past(string verb, string tag, string which, bool dated)
    {
        // "Abc welcomes the plan last week", a parse that hangs the plan's time on the verb: a present act is not
        // over before publication; a past one, or this week, is dated by it.
        var article = ParsedArticles.Build($"""
            1 Abc Abc PROPN NNP 2 nsubj B-ABC
            2 {verb} welcome VERB {tag} 0 root _
            3 the the DET DT 4 det _
            4 plan plan NOUN NN 2 obj _
            5 {which} {which} DET JJ 6 amod _
            6 week week NOUN NN 2 obl:tmod _
            """, Published);
        var when = Date(article, 1, 1, "051");
        Assert.Equal(dated, when.Source != DateSource.Publication);
        if (dated) Assert.Equal(DatePrecision.Week, when.Precision);
    }

    [Theory]
    [InlineData("later", "VBD", false)]
    [InlineData("early", "VBD", true)]
    public void A_past_act_does_not_take_the_later_time_of_what_it_names(string word, string tag, bool dated)
    {
        // "Abc welcomed the summit later this week": the welcoming is over, the summit is to come.
        var article = ParsedArticles.Build($"""
            1 Abc Abc PROPN NNP 2 nsubj B-ABC
            2 welcomed welcome VERB {tag} 0 root _
            3 the the DET DT 4 det _
            4 summit summit NOUN NN 2 obj _
            5 {word} {word} ADV RB 7 advmod _
            6 this this DET DT 7 det _
            7 week week NOUN NN 2 obl:tmod _
            """, Published);
        var when = Date(article, 1, 1, "051");
        Assert.True(dated == (when.Source != DateSource.Publication), $"{when.Source} {when.Expression} {when.Rule}");
    }

    [Fact]
    public void A_timeline_s_label_dates_its_present_tense_entry()
    {
        // "May 15 : Abc welcomes the plan", a timeline entry in the historical present.
        var article = ParsedArticles.Build("""
            1 May May PROPN NNP 5 obl:tmod _
            2 15 15 NUM CD 1 nummod _
            3 : : PUNCT : 1 punct _
            4 Abc Abc PROPN NNP 5 nsubj B-ABC
            5 welcomes welcome VERB VBZ 0 root _
            6 the the DET DT 7 det _
            7 plan plan NOUN NN 5 obj _
            """, Published);
        Assert.Equal(new DateOnly(2024, 5, 15), Date(article, 4, 1, "051").Date);
    }

    [Theory]
    [InlineData("where", "advmod", true)]
    [InlineData("who", "nsubj", false)]
    public void A_where_clause_happens_at_the_time_of_the_clause_above(string relative, string relation, bool dated)
    {
        // "In March 2021 , Abc toured Paris where Abc met Xyz" against "..., Abc toured Paris who met Xyz" (the
        // relative's own act). Without "where" the tour's time is another act's.
        var article = ParsedArticles.Build($"""
            1 In in ADP IN 2 case _
            2 March March PROPN NNP 6 obl _
            3 2021 2021 NUM CD 2 nummod _
            4 , , PUNCT , 6 punct _
            5 Abc Abc PROPN NNP 6 nsubj B-ABC
            6 toured tour VERB VBD 0 root _
            7 Paris Paris PROPN NNP 6 obj _
            8 {relative} {relative} ADV WRB 10 {relation} _
            9 Abc Abc PROPN NNP 10 nsubj B-ABC
            10 met meet VERB VBD 7 acl:relcl _
            11 Xyz Xyz PROPN NNP 10 obj B-XYZ
            """, Published);
        var when = Date(article, 9, 1, "040");
        Assert.Equal(dated, when.Source != DateSource.Publication);
        if (dated) Assert.Equal(new DateOnly(2021, 3, 1), when.Date);
    }

    [Fact]
    public void A_clause_the_parse_hangs_from_an_opening_time_word_is_no_relative_clause()
    {
        // "This morning Abc spoke with Xyz", parsed with "spoke" a relative clause of "morning".
        var article = ParsedArticles.Build("""
            1 This this DET DT 2 det _
            2 morning morning NOUN NN 0 root _
            3 Abc Abc PROPN NNP 4 nsubj B-ABC
            4 spoke speak VERB VBD 2 acl:relcl _
            5 with with ADP IN 6 case _
            6 Xyz Xyz PROPN NNP 4 obl B-XYZ
            """, Published);
        Assert.Equal(DateSource.Clause, Date(article, 3, 1, "040").Source);
    }
}
