using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A rally verb with a direct object mobilises others ("rallied the world to stand with Ukraine"): the bare
/// protest entry codes nothing there (Coding/Clauses/RalliedOthers.cs); without an object it is still a demonstration, and
/// the entries with words of their own keep their codes. Sentences written for these tests.</summary>
public class RalliedOthersTests
{
    [Fact]
    public void Rallying_others_is_no_demonstration()
        => Assert.DoesNotContain(ParsedArticles.Code("""
            1 Japan    Japan   PROPN NNP 2 nsubj B-JPN
            2 rallied  rally   VERB  VBD 0 root  _
            3 the      the     DET   DT  4 det   _
            4 world    world   NOUN  NN  2 obj   _
            5 to       to      PART  TO  6 mark  _
            6 stand    stand   VERB  VB  2 xcomp _
            7 together together ADV  RB  6 advmod _
            8 .        .       PUNCT .   2 punct _
            """), e => e.EndsWith(" 141"));

    [Fact]
    public void Rallying_in_a_place_is_a_demonstration()
        => Assert.Contains(ParsedArticles.Code("""
            1 Japanese Japanese ADJ   JJ  2 amod  B-JPNOPP
            2 students student  NOUN  NNS 3 nsubj I-JPNOPP
            3 rallied  rally    VERB  VBD 0 root  _
            4 on       on       ADP   IN  5 case  _
            5 Sunday   Sunday   PROPN NNP 3 obl   _
            6 .        .        PUNCT .   3 punct _
            """), e => e.StartsWith("JPNOPP ") && e.EndsWith(" 141"));

    [Fact]
    public void Rallying_against_an_actor_keeps_its_target()
        => Assert.Contains("JPNOPP JPNGOV 141", ParsedArticles.Code("""
            1 Opposition opposition NOUN NN  2 compound B-JPNOPP
            2 supporters supporter  NOUN NNS 3 nsubj    I-JPNOPP
            3 rallied    rally      VERB VBD 0 root     _
            4 against    against    ADP  IN  6 case     _
            5 the        the        DET  DT  6 det      _
            6 government government NOUN NN  3 obl      B-JPNGOV
            7 .          .          PUNCT .  3 punct    _
            """));
}
