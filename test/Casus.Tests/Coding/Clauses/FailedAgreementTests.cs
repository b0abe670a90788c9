using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>"failed to reach agreement": negotiating sides that turned down each other's terms (120), both ways for a
/// compound subject, toward the other side where it is named; not when the failure is itself denied or hedged.</summary>
public class FailedAgreementTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void Two_sides_failing_to_reach_agreement_reject_each_other()
    {
        var codes = Code("""
            1 Israel    Israel    PROPN NNP 4 nsubj B-ISR
            2 and       and       CCONJ CC  3 cc    _
            3 Syria     Syria     PROPN NNP 1 conj  B-SYR
            4 failed    fail      VERB  VBD 0 root  _
            5 to        to        PART  TO  6 mark  _
            6 reach     reach     VERB  VB  4 xcomp _
            7 agreement agreement NOUN  NN  6 obj   _
            8 .         .         PUNCT .   4 punct _
            """);
        Assert.Equal(["ISR SYR 120", "SYR ISR 120"], codes.Order(StringComparer.Ordinal));
    }

    // "Iran <aux> failed to reach a deal with the IAEA ." with an optional auxiliary ("may have").
    private static string IranFailed(string aux) => $$"""
        1 Iran      Iran      PROPN NNP 3 nsubj B-IRN
        2 {{aux}}   {{aux}}   AUX   MD  3 aux   _
        3 failed    fail      VERB  VBN 0 root  _
        4 to        to        PART  TO  5 mark  _
        5 reach     reach     VERB  VB  3 xcomp _
        6 a         a         DET   DT  7 det   _
        7 deal      deal      NOUN  NN  5 obj   _
        8 with      with      ADP   IN  9 case  _
        9 IAEA      IAEA      PROPN NNP 7 nmod  B-IGOUNOIAE
        10 .        .         PUNCT .   3 punct _
        """;

    [Fact]
    public void One_side_failing_to_reach_a_deal_with_another_rejects_it()
    {
        Assert.Equal(["IRN IGOUNOIAE 120"], Code(IranFailed("has")));
        Assert.Empty(Code(IranFailed("may"))); // "may have failed": speculation
    }
}
