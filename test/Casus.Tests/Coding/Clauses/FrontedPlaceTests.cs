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
}
