using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The place of an adjunct fronted before the clause ("In Colombia, Singh met ...", "Today in Kabul, a bomb
/// killed ...") is never the clause's subject, nor a conjunct of it; when the real subject names no actor, the
/// act has no source. Sentences written for these tests.</summary>
public class FrontedPlaceTests
{
    // "PREP Colombia, Singh met with President Petro." — Singh is no actor, so the only actor before the verb is the place.
    private static string MetIn(string lead) => $$"""
        1 {{lead}}    {{lead}}   ADP   IN  2 case   _
        2 Colombia    Colombia   PROPN NNP 5 obl    B-COL
        3 ,           ,          PUNCT ,   2 punct  _
        4 Singh       Singh      PROPN NNP 5 nsubj  _
        5 met         meet       VERB  VBD 0 root   _
        6 with        with       ADP   IN  8 case   _
        7 President   president  PROPN NNP 8 compound B-COLGOV
        8 Petro       Petro      PROPN NNP 5 obl    I-COLGOV
        9 .           .          PUNCT .   5 punct  _
        """;

    [Fact]
    public void The_fronted_place_is_not_the_source()
    {
        Assert.DoesNotContain(ParsedArticles.Code(MetIn("In")), e => e.StartsWith("COL "));
    }

    [Fact]
    public void A_fronted_place_after_a_subordinator_is_not_the_source()
    {
        var events = ParsedArticles.Code("""
            1 While       while      SCONJ IN  3 mark   _
            2 in          in         ADP   IN  3 case   _
            3 Colombia    Colombia   PROPN NNP 6 obl    B-COL
            4 ,           ,          PUNCT ,   3 punct  _
            5 Finer       Finer      PROPN NNP 6 nsubj  _
            6 met         meet       VERB  VBD 0 root   _
            7 with        with       ADP   IN  9 case   _
            8 President   president  PROPN NNP 9 compound B-COLGOV
            9 Petro       Petro      PROPN NNP 6 obl    I-COLGOV
            10 .          .          PUNCT .   6 punct  _
            """);
        Assert.DoesNotContain(events, e => e.StartsWith("COL "));
    }

    [Fact]
    public void A_place_inside_the_clause_still_yields_to_the_named_subject()
    {
        // "In Baghdad, Iraqi police arrested protesters": the subject is an actor and stays the source.
        Assert.Contains("IRQCOP CVL 173", ParsedArticles.Code("""
            1 In          in         ADP   IN  2 case   _
            2 Baghdad     Baghdad    PROPN NNP 6 obl    B-IRQ
            3 ,           ,          PUNCT ,   2 punct  _
            4 Iraqi       Iraqi      ADJ   JJ  5 amod   B-IRQCOP
            5 police      police     NOUN  NN  6 nsubj  I-IRQCOP
            6 arrested    arrest     VERB  VBD 0 root   _
            7 protesters  protester  NOUN  NNS 6 obj    B-CVL
            8 .           .          PUNCT .   6 punct  _
            """).Select(e => e.Replace("1731", "173")).ToList());
    }

    [Fact]
    public void The_fronted_place_is_no_conjunct_of_a_named_subject()
    {
        // "Today in Jerusalem, Sullivan met with Netanyahu": Jerusalem is not a second subject (a guard: the parse
        // reading already keeps it out; the word reading must not add it back).
        var events = ParsedArticles.Code("""
            1 Today       today      NOUN  NN  6 obl:tmod _
            2 in          in         ADP   IN  3 case   _
            3 Jerusalem   Jerusalem  PROPN NNP 6 obl    B-ISRGOV
            4 ,           ,          PUNCT ,   3 punct  _
            5 Sullivan    Sullivan   PROPN NNP 6 nsubj  B-USAGOV
            6 met         meet       VERB  VBD 0 root   _
            7 with        with       ADP   IN  8 case   _
            8 Netanyahu   Netanyahu  PROPN NNP 6 obl    B-ISRGOV
            9 .           .          PUNCT .   6 punct  _
            """);
        Assert.Contains(events, e => e.StartsWith("USAGOV ISRGOV 04"));
        Assert.DoesNotContain(events, e => e.StartsWith("ISRGOV "));
    }

    [Fact]
    public void A_coordinated_verb_shares_the_unnamed_subject()
    {
        // "In Colombia, Singh met with President Petro and met with ministers": the second meeting is Singh's too,
        // not the nearest actor's (Petro).
        var events = ParsedArticles.Code("""
            1 In          in         ADP   IN  2 case   _
            2 Colombia    Colombia   PROPN NNP 5 obl    B-COL
            3 ,           ,          PUNCT ,   2 punct  _
            4 Singh       Singh      PROPN NNP 5 nsubj  _
            5 met         meet       VERB  VBD 0 root   _
            6 with        with       ADP   IN  8 case   _
            7 President   president  PROPN NNP 8 compound B-COLGOV
            8 Petro       Petro      PROPN NNP 5 obl    I-COLGOV
            9 and         and        CCONJ CC  10 cc    _
            10 met        meet       VERB  VBD 5 conj   _
            11 with       with       ADP   IN  12 case  _
            12 ministers  minister   NOUN  NNS 10 obl   B-COLGOV
            13 .          .          PUNCT .   5 punct  _
            """);
        Assert.DoesNotContain(events, e => e.StartsWith("COL ") || e.StartsWith("COLGOV "));
    }

    [Fact]
    public void A_parenthetical_partner_is_not_the_source()
    {
        // "Canada, in coordination with the EU, imposed sanctions on Belarus": the EU is the partner, Canada the doer.
        // The subject is left unattached (dep), as a parser that loses it across the commas does: the word reading decides.
        var events = ParsedArticles.Code("""
            1 Canada       Canada       PROPN NNP 9 dep    B-CAN
            2 ,            ,            PUNCT ,   5 punct  _
            3 in           in           ADP   IN  4 case   _
            4 coordination coordination NOUN  NN  9 obl    _
            5 with         with         ADP   IN  7 case   _
            6 the          the          DET   DT  7 det    _
            7 EU           EU           PROPN NNP 4 nmod   B-IGOEUREEC
            8 ,            ,            PUNCT ,   7 punct  _
            9 imposed      impose       VERB  VBD 0 root   _
            10 sanctions   sanction     NOUN  NNS 9 obj    _
            11 on          on           ADP   IN  12 case  _
            12 Belarus     Belarus      PROPN NNP 9 obl    B-BLR
            13 .           .            PUNCT .   9 punct  _
            """);
        Assert.Contains(events, e => e.StartsWith("CAN BLR 16"));
        Assert.DoesNotContain(events, e => e.StartsWith("IGOEUREEC "));
    }

    [Fact]
    public void The_partner_of_a_fronted_meeting_is_no_conjunct_of_the_subject()
    {
        // "Following the meeting with Salman, Biden and Bennett then met": Salman is the earlier meeting's partner.
        // The subject is left unattached (dep), as a parser that loses it does: the word reading decides.
        var events = ParsedArticles.Code("""
            1 Following  following  VERB  VBG 4 case   _
            2 the        the        DET   DT  3 det    _
            3 meeting    meeting    NOUN  NN  11 obl   _
            4 with       with       ADP   IN  5 case   _
            5 Salman     Salman     PROPN NNP 3 nmod   B-SAUGOV
            6 ,          ,          PUNCT ,   5 punct  _
            7 Biden      Biden      PROPN NNP 11 dep   B-USAGOV
            8 and        and        CCONJ CC  9 cc     _
            9 Bennett    Bennett    PROPN NNP 7 conj   B-ISRGOV
            10 then      then       ADV   RB  11 advmod _
            11 met       meet       VERB  VBD 0 root   _
            12 .         .          PUNCT .   11 punct _
            """);
        Assert.Contains(events, e => e.StartsWith("USAGOV ISRGOV 04"));
        Assert.DoesNotContain(events, e => e.StartsWith("SAUGOV ") || e.Contains(" SAUGOV "));
    }
}
