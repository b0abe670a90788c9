using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>
/// Verb senses of the fifth news recall round (docs/news-recall-audit.md): committing again is committing
/// ("recommitted to supporting X"), giving ties new life strengthens them ("X and Y reinvigorated their cooperation",
/// each the other's partner), so does launching a partnership, standing on someone's side is standing with them, and putting a tariff rate into force
/// is imposing it; applying a rate (trade-agreement language for a lowered one) is not. Hand-built parses.
/// </summary>
public class RenewedTiesTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu).Order().ToList();

    [Fact]
    public void Recommitting_to_support_an_actor_is_the_intent_of_that_support()
    {
        Assert.Equal(["KEN ARE 032"], Code("""
            1 Kenya        Kenya      PROPN NNP 2 nsubj B-KEN
            2 recommitted  recommit   VERB  VBD 0 root  _
            3 to           to         SCONJ IN  4 mark  _
            4 supporting   support    VERB  VBG 2 advcl _
            5 the          the        DET   DT  6 det   _
            6 UAE          UAE        PROPN NNP 4 obj   B-ARE
            7 .            .          PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_compound_subject_reinvigorating_its_cooperation_strengthens_ties_with_each_other()
    {
        Assert.Equal(["JPN KEN 050", "KEN JPN 050"], Code("""
            1 Kenya          Kenya        PROPN NNP  4 nsubj  B-KEN
            2 and            and          CCONJ CC   3 cc     _
            3 Japan          Japan        PROPN NNP  1 conj   B-JPN
            4 reinvigorated  reinvigorate VERB  VBD  0 root   _
            5 their          their        PRON  PRP$ 6 nmod:poss _
            6 cooperation    cooperation  NOUN  NN   4 obj    _
            7 .              .            PUNCT .    4 punct  _
            """));
    }

    [Fact]
    public void Reinvigorating_something_else_than_ties_is_no_event()
    {
        Assert.Empty(Code("""
            1 Kenya          Kenya        PROPN NNP  4 nsubj  B-KEN
            2 and            and          CCONJ CC   3 cc     _
            3 Japan          Japan        PROPN NNP  1 conj   B-JPN
            4 reinvigorated  reinvigorate VERB  VBD  0 root   _
            5 their          their        PRON  PRP$ 6 nmod:poss _
            6 economies      economy      NOUN  NNS  4 obj    _
            7 .              .            PUNCT .    4 punct  _
            """));
    }

    [Fact]
    public void A_compound_subject_launching_a_partnership_forges_ties_with_each_other()
    {
        Assert.Equal(["JPN KEN 050", "KEN JPN 050"], Code("""
            1 Kenya     Kenya       PROPN NNP 4 nsubj  B-KEN
            2 and       and         CCONJ CC  3 cc     _
            3 Japan     Japan       PROPN NNP 1 conj   B-JPN
            4 launched  launch      VERB  VBD 0 root   _
            5 a         a           DET   DT  7 det    _
            6 new       new         ADJ   JJ  7 amod   _
            7 partnership partnership NOUN NN 4 obj    _
            8 .         .           PUNCT .   4 punct  _
            """));
    }

    [Fact]
    public void Launching_something_else_than_a_partnership_together_is_no_event()
    {
        Assert.Empty(Code("""
            1 Kenya     Kenya       PROPN NNP 4 nsubj  B-KEN
            2 and       and         CCONJ CC  3 cc     _
            3 Japan     Japan       PROPN NNP 1 conj   B-JPN
            4 launched  launch      VERB  VBD 0 root   _
            5 a         a           DET   DT  7 det    _
            6 new       new         ADJ   JJ  7 amod   _
            7 website   website     NOUN  NN  4 obj    _
            8 .         .           PUNCT .   4 punct  _
            """));
    }

    [Fact]
    public void Standing_on_the_side_of_an_actor_is_standing_with_it()
    {
        Assert.Equal(["KEN VEN 050"], Code("""
            1 Kenya      Kenya      PROPN NNP 2 nsubj B-KEN
            2 stands     stand      VERB  VBZ 0 root  _
            3 on         on         ADP   IN  5 case  _
            4 the        the        DET   DT  5 det   _
            5 side       side       NOUN  NN  2 obl   _
            6 of         of         ADP   IN  7 case  _
            7 Venezuela  Venezuela  PROPN NNP 5 nmod  B-VEN
            8 .          .          PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Implementing_a_tariff_rate_on_an_actors_products_imposes_it()
    {
        Assert.Equal(["KEN RUS 163"], Code("""
            1 Kenya        Kenya      PROPN NNP 2 nsubj    B-KEN
            2 implemented  implement  VERB  VBD 0 root     _
            3 a            a          DET   DT  6 det      _
            4 higher       high       ADJ   JJR 6 amod     _
            5 tariff       tariff     NOUN  NN  6 compound _
            6 rate         rate       NOUN  NN  2 obj      _
            7 on           on         ADP   IN  9 case     _
            8 Russian      Russian    ADJ   JJ  9 amod     B-RUS
            9 products     product    NOUN  NNS 6 nmod     _
            10 .           .          PUNCT .   2 punct    _
            """));
    }

    [Fact]
    public void Applying_a_tariff_rate_on_an_actors_goods_is_no_sanction()
    {
        // "shall apply a revised reciprocal tariff rate on originating goods of Malaysia": the rate an agreement sets.
        Assert.DoesNotContain(Code("""
            1 Kenya        Kenya      PROPN NNP 2 nsubj    B-KEN
            2 applied      apply      VERB  VBD 0 root     _
            3 a            a          DET   DT  6 det      _
            4 revised      revise     VERB  VBN 6 amod     _
            5 tariff       tariff     NOUN  NN  6 compound _
            6 rate         rate       NOUN  NN  2 obj      _
            7 on           on         ADP   IN  9 case     _
            8 Russian      Russian    ADJ   JJ  9 amod     B-RUS
            9 products     product    NOUN  NNS 6 nmod     _
            10 .           .          PUNCT .   2 punct    _
            """), e => e.EndsWith(" 163", StringComparison.Ordinal));
    }
}
