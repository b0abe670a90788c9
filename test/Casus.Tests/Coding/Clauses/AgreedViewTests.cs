using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>"X and Y agreed on the importance of ..." (data/verbs/01_statement.txt, 019): a shared view, expressed
/// by each to the other, not an intent to cooperate (030, which wants a step agreed on: "agreed on a plan").
/// On hand-built parses.</summary>
public class AgreedViewTests
{
    [Fact]
    public void Agreeing_on_the_importance_of_something_is_accord_with_each_other()
    {
        var events = ParsedArticles.Code("""
            1 Russia      Russia      PROPN NNP 4 nsubj B-RUS
            2 and         and         CCONJ CC  3 cc    _
            3 China       China       PROPN NNP 1 conj  B-CHN
            4 agreed      agree       VERB  VBD 0 root  _
            5 on          on          ADP   IN  7 case  _
            6 the         the         DET   DT  7 det   _
            7 importance  importance  NOUN  NN  4 obl   _
            8 of          of          ADP   IN  9 case  _
            9 stability   stability   NOUN  NN  7 nmod  _
            10 .          .           PUNCT .   4 punct _
            """);
        Assert.Contains("RUS CHN 019", events);
        Assert.Contains("CHN RUS 019", events);
        Assert.DoesNotContain("RUS CHN 030", events);
    }

    [Fact]
    public void Agreeing_on_a_plan_stays_an_intent()
    {
        var events = ParsedArticles.Code("""
            1 Russia  Russia  PROPN NNP 4 nsubj B-RUS
            2 and     and     CCONJ CC  3 cc    _
            3 China   China   PROPN NNP 1 conj  B-CHN
            4 agreed  agree   VERB  VBD 0 root  _
            5 on      on      ADP   IN  7 case  _
            6 a       a       DET   DT  7 det   _
            7 plan    plan    NOUN  NN  4 obl   _
            8 .       .       PUNCT .   4 punct _
            """);
        Assert.Contains("RUS CHN 030", events);
        Assert.DoesNotContain("RUS CHN 019", events);
    }
}
