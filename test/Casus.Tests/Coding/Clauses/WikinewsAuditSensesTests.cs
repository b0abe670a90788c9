using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Readings the Wikinews audit found wrong (docs/formats/verbs.md, "Wikinews audit"): a participle after a
/// preposition tagged as an adverb ("over alleged plots"), a negation hung on the adverb before the verb ("do not all
/// agree"), and agreement with a judgement of the past ("agreed the book may have contained"). Sentences written for
/// these tests, on hand-built parses.</summary>
public class WikinewsAuditSensesTests
{
    [Fact]
    public void A_participle_after_over_tagged_as_an_adverb_is_no_accusation()
    {
        // "The EU sanctioned Iran over alleged Guards plots": the parser made 'alleged' a conjunct verb.
        var events = ParsedArticles.Code("""
            1 The        the        DET   DT  2 det   _
            2 EU         EU         PROPN NNP 3 nsubj B-IGOEUREEC
            3 sanctioned sanction   VERB  VBD 0 root  _
            4 Iran       Iran       PROPN NNP 3 obj   B-IRN
            5 over       over       ADV   RB  6 advmod _
            6 alleged    allege     VERB  VBN 3 conj  _
            7 Guards     Guards     PROPN NNPS 8 compound B-IRNMIL
            8 plots      plot       NOUN  NNS 6 obj   _
            9 .          .          PUNCT .   3 punct _
            """);
        Assert.Contains(events, e => e.EndsWith(" 163", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.EndsWith(" 112", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_after_its_subject_and_over_stays_an_accusation()
    {
        // "Iran alleged plots": a noun, not a preposition, before the verb; the accusation stands.
        var events = ParsedArticles.Code("""
            1 Iran       Iran       PROPN NNP 2 nsubj B-IRN
            2 alleged    allege     VERB  VBD 0 root  _
            3 plots      plot       NOUN  NNS 2 obj   _
            4 by         by         ADP   IN  5 case  _
            5 Israel     Israel     PROPN NNP 3 nmod  B-ISR
            6 .          .          PUNCT .   2 punct _
            """);
        Assert.Contains(events, e => e.Contains(" 11", StringComparison.Ordinal));
    }

    private const string NotAllAgree = """
        1 The        the        DET   DT  2 det   _
        2 ministers  minister   NOUN  NNS 6 nsubj B-GOV
        3 do         do         AUX   VBP 6 aux   _
        4 not        not        PART  RB  5 advmod _
        5 all        all        ADV   RB  6 advmod _
        6 agree      agree      VERB  VB  0 root  _
        7 .          .          PUNCT .   6 punct _
        """;

    [Fact]
    public void A_negation_hung_on_the_adverb_before_the_verb_rules_it_out()
        => Assert.DoesNotContain(ParsedArticles.Code(NotAllAgree), e => e.EndsWith(" 030", StringComparison.Ordinal));

    [Fact]
    public void Without_the_negation_the_agreement_stands()
        => Assert.Contains(ParsedArticles.Code(NotAllAgree.Replace(" not        not        PART  RB  5 advmod", " now        now        ADV   RB  5 advmod")),
            e => e.EndsWith(" 030", StringComparison.Ordinal));

    private const string JudgeAgreed = """
        1 The        the        DET   DT  2 det   _
        2 minister   minister   NOUN  NN  3 nsubj B-GOV
        3 agreed     agree      VERB  VBD 0 root  _
        4 the        the        DET   DT  5 det   _
        5 rebels     rebel      NOUN  NNS 8 nsubj B-REB
        6 may        may        AUX   MD  8 aux   _
        7 have       have       AUX   VB  8 aux   _
        8 attacked   attack     VERB  VBN 3 ccomp _
        9 .          .          PUNCT .   3 punct _
        """;

    [Fact]
    public void Agreeing_the_past_may_have_happened_is_a_view()
        => Assert.DoesNotContain(ParsedArticles.Code(JudgeAgreed), e => e.EndsWith(" 030", StringComparison.Ordinal));

    [Fact]
    public void Agreeing_what_may_be_done_keeps_the_agreement()
        // "agreed the rebels may return": a modal of what is to be done, no perfect.
        => Assert.Contains(ParsedArticles.Code(JudgeAgreed.Replace("7 have       have       AUX   VB  8 aux   _", "7 now        now        ADV   RB  8 advmod _")
            .Replace("attacked   attack     VERB  VBN", "return     return     VERB  VB ")), e => e.EndsWith(" 030", StringComparison.Ordinal));

    [Fact]
    public void Calling_an_election_for_a_candidate_is_no_appeal()
    {
        var events = ParsedArticles.Code("""
            1 The        the        DET   DT  2 det   _
            2 press      press      NOUN  NN  3 nsubj B-MED
            3 called     call       VERB  VBD 0 root  _
            4 the        the        DET   DT  5 det   _
            5 election   election   NOUN  NN  3 obj   _
            6 for        for        ADP   IN  7 case  _
            7 Biden      Biden      PROPN NNP 3 obl   B-USAGOV
            8 .          .          PUNCT .   3 punct _
            """);
        Assert.DoesNotContain(events, e => e.EndsWith(" 020", StringComparison.Ordinal));
    }

    [Fact]
    public void A_race_the_parser_hung_elsewhere_is_still_the_object()
    {
        // "the media called the presidential race for a candidate" with 'race' read as an oblique-less dependent.
        var events = ParsedArticles.Code("""
            1 The        the        DET   DT  2 det   _
            2 media      media      NOUN  NN  3 nsubj B-MED
            3 called     call       VERB  VBD 0 root  _
            4 the        the        DET   DT  6 det   _
            5 presidential presidential ADJ JJ 6 amod  _
            6 race       race       NOUN  NN  3 dep   _
            7 for        for        ADP   IN  9 case  _
            8 a          a          DET   DT  9 det   _
            9 candidate  candidate  NOUN  NN  3 obl   _
            10 .         .          PUNCT .   3 punct _
            """);
        Assert.DoesNotContain(events, e => e.EndsWith(" 020", StringComparison.Ordinal));
    }

    [Fact]
    public void Calling_for_an_inquiry_stays_an_appeal()
    {
        var events = ParsedArticles.Code("""
            1 The        the        DET   DT  2 det   _
            2 press      press      NOUN  NN  3 nsubj B-MED
            3 called     call       VERB  VBD 0 root  _
            4 for        for        ADP   IN  6 case  _
            5 an         a          DET   DT  6 det   _
            6 inquiry    inquiry    NOUN  NN  3 obl   _
            7 .          .          PUNCT .   3 punct _
            """);
        Assert.Contains(events, e => e.EndsWith(" 020", StringComparison.Ordinal));
    }

    private const string MetWith = """
        1 The        the        DET   DT  2 det   _
        2 minister   minister   NOUN  NN  4 nsubj:pass B-RUSGOV
        3 was        be         AUX   VBD 4 aux:pass _
        4 met        meet       VERB  VBN 0 root  _
        5 with       with       ADP   IN  6 case  _
        6 applause   applause   NOUN  NN  4 obl   _
        7 by         by         ADP   IN  8 case  _
        8 journalists journalist NOUN NNS 4 obl   B-RUSMED
        9 .          .          PUNCT .   4 punct _
        """;

    [Fact]
    public void Being_met_with_applause_is_no_meeting()
        => Assert.DoesNotContain(ParsedArticles.Code(MetWith), e => e.EndsWith(" 040", StringComparison.Ordinal));

    [Fact]
    public void Meeting_with_someone_in_the_active_stays_a_meeting()
        => Assert.Contains(ParsedArticles.Code("""
            1 The        the        DET   DT  2 det   _
            2 minister   minister   NOUN  NN  3 nsubj B-RUSGOV
            3 met        meet       VERB  VBD 0 root  _
            4 with       with       ADP   IN  5 case  _
            5 journalists journalist NOUN NNS 3 obl   B-RUSMED
            6 .          .          PUNCT .   3 punct _
            """), e => e.EndsWith(" 040", StringComparison.Ordinal));

    private static string Reported(string negation, string verb, string lemma) => $"""
        1 The        the        DET   DT  2 det   _
        2 ministry   ministry   NOUN  NN  5 nsubj B-GOV
        3 did        do         AUX   VBD 5 aux   _
        4 {negation}
        5 {verb} {lemma} VERB  VB  0 root  _
        6 that       that       SCONJ IN  8 mark  _
        7 Iran       Iran       PROPN NNP 8 nsubj B-IRN
        8 attacked   attack     VERB  VBD 5 ccomp _
        9 Iraqi      Iraqi      ADJ   JJ  10 amod B-IRQMIL
        10 troops    troop      NOUN  NNS 8 obj   I-IRQMIL
        11 .         .          PUNCT .   5 punct _
        """;

    [Fact]
    public void The_content_of_a_negated_report_is_not_asserted()
        => Assert.DoesNotContain(ParsedArticles.Code(Reported("not        not        PART  RB  5 advmod _", "say", "say")),
            e => e.EndsWith(" 190", StringComparison.Ordinal));

    [Fact]
    public void The_content_of_a_report_is_asserted()
        => Assert.Contains(ParsedArticles.Code(Reported("now        now        ADV   RB  5 advmod _", "say", "say")),
            e => e.EndsWith(" 190", StringComparison.Ordinal));

    [Fact]
    public void A_negated_factive_verb_keeps_its_content()
        => Assert.Contains(ParsedArticles.Code(Reported("not        not        PART  RB  5 advmod _", "know", "know")),
            e => e.EndsWith(" 190", StringComparison.Ordinal));
}
