using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>"ban|bar|prohibit X from doing": the preposition of the entry ("ban &lt;obj&gt; from") heads a gerund
/// clause, not a noun, and is still found (PatternMatcher.GerundAfterOf).</summary>
public class BarredFromDoingTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void Banning_a_country_from_doing_something_is_a_restriction()
    {
        Assert.Equal(["DEU IRN 172"], Code("""
            1 Germany Germany PROPN NNP 2 nsubj B-DEU
            2 banned  ban     VERB  VBD 0 root  _
            3 Iran    Iran    PROPN NNP 2 obj   B-IRN
            4 from    from    SCONJ IN  5 mark  _
            5 flying  fly     VERB  VBG 2 advcl _
            6 .       .       PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Prohibiting_a_country_from_making_payments_is_a_restriction()
    {
        Assert.Equal(["USA RUS 172"], Code("""
            1 Washington Washington PROPN NNP 2 nsubj B-USA
            2 prohibited prohibit   VERB  VBD 0 root  _
            3 Russia     Russia     PROPN NNP 2 obj   B-RUS
            4 from       from       SCONJ IN  5 mark  _
            5 making     make       VERB  VBG 2 advcl _
            6 payments   payment    NOUN  NNS 5 obj   _
            7 .          .          PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Barring_officials_from_entering_takes_the_gerund_too()
    {
        Assert.Equal(["IRQ TURGOV 172"], Code("""
            1 Iraq      Iraq      PROPN NNP 2 nsubj B-IRQ
            2 barred    bar       VERB  VBD 0 root  _
            3 Turkish   Turkish   ADJ   JJ  4 amod  B-TURGOV
            4 officials official  NOUN  NNS 2 obj   I-TURGOV
            5 from      from      SCONJ IN  6 mark  _
            6 entering  enter     VERB  VBG 2 advcl _
            7 the       the       DET   DT  8 det   _
            8 country   country   NOUN  NN  6 obj   _
            9 .         .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Preventing_a_country_from_doing_something_is_no_event()
    {
        // "prevent" has no entry: keeping Iran from a weapon is a goal, not an act on Iran.
        Assert.Empty(Code("""
            1 Germany   Germany   PROPN NNP 2 nsubj B-DEU
            2 prevented prevent   VERB  VBD 0 root  _
            3 Iran      Iran      PROPN NNP 2 obj   B-IRN
            4 from      from      SCONJ IN  5 mark  _
            5 acquiring acquire   VERB  VBG 2 advcl _
            6 weapons   weapon    NOUN  NNS 5 obj   _
            7 .         .         PUNCT .   2 punct _
            """));
    }
}
