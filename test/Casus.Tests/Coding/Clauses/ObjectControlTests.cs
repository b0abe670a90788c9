using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A gerund after for/of under a verb with an object is the object's act, not the subject's ("thanked
/// Germany for hosting troops": Germany hosts); hand-built parses.</summary>
public class ObjectControlTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void The_one_thanked_for_an_act_does_it()
    {
        var events = Code("""
            1 The         the        DET   DT  2 det   _
            2 president   president  NOUN  NN  4 nsubj B-USAGOV
            3 is          be         AUX   VBZ 4 cop   _
            4 grateful    grateful   ADJ   JJ  0 root  _
            5 to          to         ADP   IN  6 case  _
            6 Germany     Germany    PROPN NNP 4 obl   B-DEU
            7 for         for        SCONJ IN  8 mark  _
            8 hosting     host       VERB  VBG 4 advcl _
            9 American    American   ADJ   JJ  10 amod B-USAMIL
            10 troops     troop      NOUN  NNS 8 obj   I-USAMIL
            11 .          .          PUNCT .   4 punct _
            """);
        Assert.Contains(events, e => e.StartsWith("DEU USAMIL "));
        Assert.DoesNotContain(events, e => e.StartsWith("USAGOV USAMIL "));
    }

    [Fact]
    public void A_clause_under_the_gerund_keeps_the_object_as_its_doer()
    {
        // "Trump attacked Biden for accumulating wealth since leaving office": Biden left office.
        var events = Code("""
            1 Sanders     Sanders    PROPN NNP 2 nsubj B-USALEG
            2 attacked    attack     VERB  VBD 0 root  _
            3 Pelosi      Pelosi     PROPN NNP 2 obj   B-USAGOV
            4 for         for        SCONJ IN  5 mark  _
            5 accumulating accumulate VERB VBG 2 advcl _
            6 wealth      wealth     NOUN  NN  5 obj   _
            7 since       since      SCONJ IN  8 mark  _
            8 leaving     leave      VERB  VBG 5 advcl _
            9 public      public     ADJ   JJ  10 amod _
            10 office     office     NOUN  NN  8 obj   _
            11 .          .          PUNCT .   2 punct _
            """);
        Assert.Contains(events, e => e.StartsWith("USAGOV ") && e.EndsWith(" 0831"));
        Assert.DoesNotContain(events, e => e.StartsWith("USALEG ") && e.EndsWith(" 0831"));
    }

    [Fact]
    public void A_loose_participle_hung_inside_the_gerund_stays_the_main_clause_s()
        // ", accusing ..." after the for-gerund is the main subject's act even where the parser hangs it on the gerund.
        => Assert.Contains("USALEG USAGOV 112", Code("""
            1 Sanders     Sanders    PROPN NNP 2 nsubj B-USALEG
            2 attacked    attack     VERB  VBD 0 root  _
            3 Pelosi      Pelosi     PROPN NNP 2 obj   B-USAGOV
            4 for         for        SCONJ IN  5 mark  _
            5 accumulating accumulate VERB VBG 2 advcl _
            6 wealth      wealth     NOUN  NN  5 obj   _
            7 ,           ,          PUNCT ,   8 punct _
            8 accusing    accuse     VERB  VBG 5 advcl _
            9 the         the        DET   DT  10 det  _
            10 Speaker    speaker    NOUN  NN  8 obj   B-USAGOV
            11 .          .          PUNCT .   2 punct _
            """));

    [Fact]
    public void A_gerund_without_for_or_of_shares_the_subject()
    {
        // "by hosting": the means of the subject's own act.
        var events = Code("""
            1 Poland      Poland     PROPN NNP 2 nsubj B-POL
            2 helped      help       VERB  VBD 0 root  _
            3 Germany     Germany    PROPN NNP 2 obj   B-DEU
            4 by          by         SCONJ IN  5 mark  _
            5 hosting     host       VERB  VBG 2 advcl _
            6 American    American   ADJ   JJ  7 amod  B-USAMIL
            7 troops      troop      NOUN  NNS 5 obj   I-USAMIL
            8 .           .          PUNCT .   2 punct _
            """);
        Assert.Contains(events, e => e.StartsWith("POL USAMIL "));
    }
}
