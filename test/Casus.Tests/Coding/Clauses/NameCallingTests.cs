using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Name-calling ("called the president a traitor") is criticism (111); naming in general is no event.</summary>
public class NameCallingTests
{
    [Fact]
    public void Calling_someone_a_traitor_criticises_them()
    {
        Assert.Equal(["VENOPP VENGOV 111"], ParsedArticles.Code("""
            1 Opposition opposition NOUN NN  2 nsubj B-VENOPP
            2 called     call       VERB VBD 0 root  _
            3 Maduro     Maduro     PROPN NNP 2 obj  B-VENGOV
            4 a          a          DET  DT  5 det   _
            5 traitor    traitor    NOUN NN  2 xcomp _
            6 .          .          PUNCT .  2 punct _
            """));
    }

    [Fact]
    public void Calling_a_decision_a_step_forward_is_no_event()
    {
        Assert.Empty(ParsedArticles.Code("""
            1 Opposition opposition NOUN NN  2 nsubj B-VENOPP
            2 called     call       VERB VBD 0 root  _
            3 Maduro     Maduro     PROPN NNP 2 obj  B-VENGOV
            4 a          a          DET  DT  5 det   _
            5 partner    partner    NOUN NN  2 xcomp _
            6 .          .          PUNCT .  2 punct _
            """));
    }
}
