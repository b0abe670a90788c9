using Casus.Coding;

namespace Casus.Tests.Coding.Clauses;

/// <summary>"the leaders agreed that energy security is fundamental": agreeing with a proposition is no agreement to
/// act (AgreedPropositions); a clause about what is to be done keeps 030. Sentences written for these tests.</summary>
public class AgreedPropositionsTests
{
    private static List<string> Code(string conll)
    {
        var article = Casus.Tests.TestKit.ParsedArticles.Build(conll);
        CodingStage.CreateDefault().Process(article);
        return article.Events.Select(e => e.Code.Digits).ToList();
    }

    private const string Head = """
        1 France    France    PROPN NNP 4 nsubj B-FRA
        2 and       and       CCONJ CC  3 cc    _
        3 Germany   Germany   PROPN NNP 1 conj  B-DEU
        4 agreed    agree     VERB  VBD 0 root  _
        5 that      that      SCONJ IN  9 mark  _
        """;

    [Fact]
    public void A_shared_view_is_no_agreement()
        => Assert.DoesNotContain("030", Code(Head + """

            6 the       the       DET   DT  7 det   _
            7 alliance  alliance  NOUN  NN  9 nsubj _
            8 is        be        AUX   VBZ 9 cop   _
            9 essential essential ADJ   JJ  4 ccomp _
            10 .        .         PUNCT .   4 punct _
            """));

    [Fact]
    public void A_clause_of_what_is_to_be_done_keeps_the_agreement()
        => Assert.Contains("030", Code(Head + """

            6 the       the       DET   DT  7 det   _
            7 talks     talk      NOUN  NNS 9 nsubj _
            8 should    should    AUX   MD  9 aux   _
            9 continue  continue  VERB  VB  4 ccomp _
            10 .        .         PUNCT .   4 punct _
            """));

    [Fact]
    public void A_subjunctive_clause_keeps_the_agreement()
        => Assert.Contains("030", Code(Head + """

            6 the       the       DET   DT  7 det   _
            7 summit    summit    NOUN  NN  9 nsubj:pass _
            8 be        be        AUX   VB  9 aux:pass _
            9 held      hold      VERB  VBN 4 ccomp _
            10 .        .         PUNCT .   4 punct _
            """));
}
