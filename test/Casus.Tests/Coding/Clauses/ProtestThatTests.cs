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
