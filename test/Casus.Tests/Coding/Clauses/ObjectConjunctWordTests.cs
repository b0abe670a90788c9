using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Pattern words found in a conjunct of the verb's object ("providing photographs and military intelligence
/// to X"); on hand-built parses.</summary>
public class ObjectConjunctWordTests
{
    [Fact]
    public void A_pattern_word_in_a_conjunct_of_the_object_codes_the_act()
    {
        // provide weapon|arms|military (to|for) <obj> → 072, "military" on the second object.
        Assert.Equal(["USA MKD 072"], ParsedArticles.Code("""
            1 Washington   Washington   PROPN NNP 2 nsubj B-USA
            2 provided     provide      VERB  VBD 0 root  _
            3 photographs  photograph   NOUN  NNS 2 obj   _
            4 and          and          CCONJ CC  6 cc    _
            5 military     military     ADJ   JJ  6 amod  _
            6 intelligence intelligence NOUN  NN  3 conj  _
            7 to           to           ADP   IN  8 case  _
            8 Macedonia    Macedonia    PROPN NNP 2 obl   B-MKD
            9 .            .            PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_word_in_a_conjunct_of_an_oblique_is_no_pattern_word()
    {
        // "provided photographs to Macedonia and military ...": only the object's conjuncts are the things given.
        var events = ParsedArticles.Code("""
            1 Washington   Washington   PROPN NNP 2 nsubj B-USA
            2 provided     provide      VERB  VBD 0 root  _
            3 photographs  photograph   NOUN  NNS 2 obj   _
            4 to           to           ADP   IN  5 case  _
            5 Macedonia    Macedonia    PROPN NNP 2 obl   B-MKD
            6 and          and          CCONJ CC  8 cc    _
            7 military     military     ADJ   JJ  8 amod  _
            8 schools      school       NOUN  NNS 5 conj  _
            9 .            .            PUNCT .   2 punct _
            """);
        Assert.DoesNotContain("USA MKD 072", events);
    }
}
