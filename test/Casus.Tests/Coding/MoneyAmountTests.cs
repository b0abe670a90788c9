using Casus.Tests.TestKit;

namespace Casus.Tests.Coding;

/// <summary>A sum of money as the object (PatternMatcher.IsBareMoney): the parser makes the currency sign the object
/// and hangs the scale word on it as a number; the entries' word (provide million|billion (to) &lt;obj&gt;) is read
/// there, unless the sum names what the money is. Parses built by hand for sentences written for these tests.</summary>
public class MoneyAmountTests
{
    [Fact]
    public void A_bare_sum_given_to_a_country_is_economic_aid()
    {
        const string conllu = """
            1  Japan      Japan      PROPN NNP 2  nsubj    B-JPN
            2  provided   provide    VERB  VBD 0  root     _
            3  more       more       ADJ   JJR 5  advmod   _
            4  than       than       ADP   IN  3  fixed    _
            5  $          $          SYM   $   2  obj      _
            6  7.5        7.5        NUM   CD  7  compound _
            7  million    million    NUM   CD  5  nummod   _
            8  to         to         ADP   IN  9  case     _
            9  Indonesia  Indonesia  PROPN NNP 2  obl      B-IDN
            10 .          .          PUNCT .   2  punct    _
            """;
        Assert.Contains("JPN IDN 071", ParsedArticles.Code(conllu));
    }

    [Fact]
    public void A_sum_that_names_its_aid_keeps_the_aid_noun_code()
    {
        const string conllu = """
            1  Japan        Japan        PROPN NNP 2  nsubj  B-JPN
            2  provided     provide      VERB  VBD 0  root   _
            3  $            $            SYM   $   2  obj    _
            4  million      million      NUM   CD  3  nummod _
            5  in           in           ADP   IN  7  case   _
            6  humanitarian humanitarian ADJ   JJ  7  amod   _
            7  assistance   assistance   NOUN  NN  2  obl    _
            8  to           to           ADP   IN  9  case   _
            9  Indonesia    Indonesia    PROPN NNP 7  nmod   B-IDN
            10 .            .            PUNCT .   2  punct  _
            """;
        var events = ParsedArticles.Code(conllu);
        Assert.DoesNotContain("JPN IDN 071", events);
    }
}
