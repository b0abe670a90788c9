using Casus.Coding;

namespace Casus.Tests.Coding.Clauses;

/// <summary>"forces are prepared to deploy to the region if required": readiness under an open condition is no threat
/// (ConditionedReadiness); a condition with a clause of its own is conditional harm and stays one. Sentences written
/// for these tests.</summary>
public class ConditionedReadinessTests
{
    private static List<string> Code(string conll)
    {
        var article = Casus.Tests.TestKit.ParsedArticles.Build(conll);
        CodingStage.CreateDefault().Process(article);
        return article.Events.Select(e => e.Code.Digits).ToList();
    }

    private static string Prepared(string tail) => $"""
        1 Russia    Russia    PROPN NNP 3 nsubj:pass B-RUS
        2 is        be        AUX   VBZ 3 aux:pass _
        3 prepared  prepare   VERB  VBN 0 root  _
        4 to        to        PART  TO  5 mark  _
        5 deploy    deploy    VERB  VB  3 xcomp _
        6 troops    troop     NOUN  NNS 5 obj   _
        7 to        to        ADP   IN  8 case  _
        8 Syria     Syria     PROPN NNP 5 obl   B-SYR
        {tail}
        """;

    [Fact]
    public void Readiness_without_a_condition_keeps_its_threat()
        => Assert.Contains(Code(Prepared("9 . . PUNCT . 3 punct _")), c => c.StartsWith("13", StringComparison.Ordinal));

    [Fact]
    public void Readiness_if_required_is_no_threat()
        => Assert.DoesNotContain(Code(Prepared("""
            9 if        if        SCONJ IN  10 mark _
            10 required require   VERB  VBN 5 advcl _
            11 .        .         PUNCT .   3 punct _
            """)), c => c.StartsWith("13", StringComparison.Ordinal));

    [Fact]
    public void A_condition_with_its_own_subject_keeps_the_threat()
        => Assert.Contains(Code(Prepared("""
            9 if        if        SCONJ IN  11 mark _
            10 Turkey   Turkey    PROPN NNP 11 nsubj B-TUR
            11 attacks  attack    VERB  VBZ 5 advcl _
            12 .        .         PUNCT .   3 punct _
            """)), c => c.StartsWith("13", StringComparison.Ordinal));

    private static string PreparedToPlace(string tail) => $"""
        1 Russia    Russia    PROPN NNP 3 nsubj:pass B-RUS
        2 is        be        AUX   VBZ 3 aux:pass _
        3 prepared  prepare   VERB  VBN 0 root  _
        4 to        to        PART  TO  5 mark  _
        5 deploy    deploy    VERB  VB  3 xcomp _
        6 to        to        ADP   IN  7 case  _
        7 Kharkiv   Kharkiv   PROPN NNP 5 obl   _
        {tail}
        """;

    [Fact]
    public void Readiness_toward_a_place_without_a_condition_keeps_its_threat()
        => Assert.Contains(Code(PreparedToPlace("8 . . PUNCT . 3 punct _")), c => c.StartsWith("13", StringComparison.Ordinal));

    [Fact]
    public void Readiness_toward_a_place_if_required_is_no_threat()
        // The place route (a target found as a place, no actor) reads the mood with the framed act too.
        => Assert.DoesNotContain(Code(PreparedToPlace("""
            8 if        if        SCONJ IN  9 mark _
            9 required  require   VERB  VBN 5 advcl _
            10 .        .         PUNCT .   3 punct _
            """)), c => c.StartsWith("13", StringComparison.Ordinal));
}
