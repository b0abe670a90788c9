using Casus.Tests.TestKit;

namespace Casus.Tests.Coding;

/// <summary>Infinitives joined by "and" share their frame (ParseCoder.IsPredicate, PatternMatcher.FramedConjunct):
/// under an intent or appeal each is an aim, not a done act, and where the first names no act the dictionary knows, a
/// conjunct with no subject of its own is the framed act. Parses built by hand for sentences written for these tests.</summary>
public class InfinitiveConjunctTests
{
    [Fact]
    public void A_known_conjunct_carries_the_frame_when_the_first_infinitive_names_no_act()
    {
        const string conllu = """
            1  Japan       Japan       PROPN NNP 2  nsubj B-JPN
            2  committed   commit      VERB  VBD 0  root  _
            3  to          to          PART  TO  4  mark  _
            4  broaden     broaden     VERB  VB  2  xcomp _
            5  and         and         CCONJ CC  6  cc    _
            6  deepen      deepen      VERB  VB  4  conj  _
            7  economic    economic    ADJ   JJ  8  amod  _
            8  cooperation cooperation NOUN  NN  6  obj   _
            9  with        with        ADP   IN  10 case  _
            10 India       India       PROPN NNP 8  nmod  B-IND
            11 .           .           PUNCT .   2  punct _
            """;
        var events = ParsedArticles.Code(conllu);
        Assert.Contains("JPN IND 0311", events);
        Assert.DoesNotContain("JPN IND 061", events);
    }

    [Fact]
    public void A_conjunct_of_an_appeal_is_no_act_of_the_one_appealed_to()
    {
        const string conllu = """
            1  The       the       DET   DT  2  det   _
            2  UN        UN        PROPN NNP 3  nsubj B-IGOUNO
            3  urged     urge      VERB  VBD 0  root  _
            4  the       the       DET   DT  5  det   _
            5  junta     junta     NOUN  NN  3  obj   B-MMRMIL
            6  to        to        PART  TO  7  mark  _
            7  resign    resign    VERB  VB  3  xcomp _
            8  and       and       CCONJ CC  9  cc    _
            9  release   release   VERB  VB  7  conj  _
            10 the       the       DET   DT  11 det   _
            11 activists activist  NOUN  NNS 9  obj   B-OPP
            12 .         .         PUNCT .   3  punct _
            """;
        var events = ParsedArticles.Code(conllu);
        Assert.DoesNotContain(events, e => e.StartsWith("MMRMIL", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("IGOUNO MMRMIL 02", StringComparison.Ordinal));
    }

    [Fact]
    public void After_a_verb_of_phase_the_conjunct_is_a_done_act()
    {
        const string conllu = """
            1 Russia    Russia    PROPN NNP 2 nsubj B-RUS
            2 continued continue  VERB  VBD 0 root  _
            3 to        to        PART  TO  4 mark  _
            4 shell     shell     VERB  VB  2 xcomp _
            5 and       and       CCONJ CC  6 cc    _
            6 bomb      bomb      VERB  VB  4 conj  _
            7 Kharkiv   Kharkiv   PROPN NNP 6 obj   B-UKR
            8 .         .         PUNCT .   2 punct _
            """;
        Assert.Contains(ParsedArticles.Code(conllu), e => e.StartsWith("RUS UKR 19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conjunct_with_its_own_auxiliary_is_not_the_framed_act()
    {
        const string conllu = """
            1  Lam        Lam        PROPN NNP 2  nsubj  B-HKGGOV
            2  agreed     agree      VERB  VBD 0  root   _
            3  to         to         PART  TO  4  mark   _
            4  add        add        VERB  VB  2  xcomp  _
            5  two        two        NUM   CD  6  nummod _
            6  members    member     NOUN  NNS 4  obj    _
            7  but        but        CCONJ CC  10 cc     _
            8  did        do         AUX   VBD 10 aux    _
            9  not        not        PART  RB  10 advmod _
            10 accede     accede     VERB  VB  4  conj   _
            11 to         to         ADP   IN  13 case   _
            12 the        the        DET   DT  13 det    _
            13 demands    demand     NOUN  NNS 10 obl    _
            14 of         of         ADP   IN  16 case   _
            15 the        the        DET   DT  16 det    _
            16 protesters protester  NOUN  NNS 13 nmod   B-OPP
            17 .          .          PUNCT .   2  punct  _
            """;
        Assert.DoesNotContain(ParsedArticles.Code(conllu), e => e.StartsWith("HKGGOV OPP 03", StringComparison.Ordinal));
    }
}
