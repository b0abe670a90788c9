using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>"X protested that Y …" is X's criticism of Y (111), not a demonstration.</summary>
public class ProtestThatTests
{
    [Fact]
    public void Protested_that_criticises_the_subject_of_the_content_clause()
    {
        Assert.Contains("KEN SOM 111", ParsedArticles.Code("""
            1 Kenya     Kenya     PROPN NNP 2 nsubj B-KEN
            2 protested protest   VERB  VBD 0 root  _
            3 that      that      SCONJ IN  6 mark  _
            4 Somalia   Somalia   PROPN NNP 6 nsubj B-SOM
            5 had       have      AUX   VBD 6 aux   _
            6 violated  violate   VERB  VBN 2 ccomp _
            7 its       its       PRON  PRP$ 8 nmod:poss _
            8 airspace  airspace  NOUN  NN  6 obj   _
            9 .         .         PUNCT .   2 punct _
            """));
    }
}

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
