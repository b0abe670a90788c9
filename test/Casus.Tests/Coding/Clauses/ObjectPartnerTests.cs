using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>"discuss with &lt;obj&gt;" and the like: a with-phrase below the verb's object names the partner of that
/// object ("discussed their diplomacy with China", "discussed U.S. engagement with Egypt"), not of the act, when the
/// object has an owner or the phrase is an "including with" extension; an ownerless object keeps the reading, since
/// the parser also hangs the verb's own partner there ("discussed the crisis with Egypt"). On hand-built parses.</summary>
public class ObjectPartnerTests
{
    [Fact]
    public void A_partner_of_an_owned_object_is_no_target()
    {
        var events = ParsedArticles.Code("""
            1 Russia     Russia     PROPN NNP 2 nsubj     B-RUS
            2 discussed  discuss    VERB  VBD 0 root      _
            3 its        its        PRON  PRP$ 4 nmod:poss _
            4 diplomacy  diplomacy  NOUN  NN  2 obj       _
            5 with       with       ADP   IN  6 case      _
            6 China      China      PROPN NNP 4 nmod      B-CHN
            7 .          .          PUNCT .   2 punct     _
            """);
        Assert.DoesNotContain("RUS CHN 040", events);
    }

    [Fact]
    public void Co_subjects_discussing_their_own_engagement_with_a_third_are_paired()
    {
        var events = ParsedArticles.Code("""
            1 Russia      Russia      PROPN NNP 4 nsubj     B-RUS
            2 and         and         CCONJ CC  3 cc        _
            3 Iran        Iran        PROPN NNP 1 conj      B-IRN
            4 discussed   discuss     VERB  VBD 0 root      _
            5 their       their       PRON  PRP$ 6 nmod:poss _
            6 engagement  engagement  NOUN  NN  4 obj       _
            7 with        with        ADP   IN  8 case      _
            8 China       China       PROPN NNP 6 nmod      B-CHN
            9 .           .           PUNCT .   4 punct     _
            """);
        Assert.DoesNotContain("RUS CHN 040", events);
        Assert.DoesNotContain("IRN CHN 040", events);
        Assert.Contains("RUS IRN 040", events);
    }

    [Fact]
    public void An_including_with_extension_of_the_object_is_no_target()
    {
        var events = ParsedArticles.Code("""
            1 Russia       Russia       PROPN NNP 2 nsubj B-RUS
            2 discussed    discuss      VERB  VBD 0 root  _
            3 cooperation  cooperation  NOUN  NN  2 obj   _
            4 ,            ,            PUNCT ,   7 punct _
            5 including    include      VERB  VBG 7 case  _
            6 with         with         ADP   IN  7 case  _
            7 China        China        PROPN NNP 3 nmod  B-CHN
            8 .            .            PUNCT .   2 punct _
            """);
        Assert.DoesNotContain("RUS CHN 040", events);
    }

    [Fact]
    public void The_partner_hung_on_an_ownerless_object_stays_the_target()
    {
        var events = ParsedArticles.Code("""
            1 Russia     Russia     PROPN NNP 2 nsubj B-RUS
            2 discussed  discuss    VERB  VBD 0 root  _
            3 the        the        DET   DT  4 det   _
            4 crisis     crisis     NOUN  NN  2 obj   _
            5 with       with       ADP   IN  6 case  _
            6 China      China      PROPN NNP 4 nmod  B-CHN
            7 .          .          PUNCT .   2 punct _
            """);
        Assert.Contains("RUS CHN 040", events);
    }
}
