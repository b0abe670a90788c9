using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>An act of force or pressure under may/might/could with an if/unless condition is a warning of what the
/// actor will do: a threat (CAMEO 13), as "will ... if" is (ParseCoder.ThreatCondition.cs). Hand-built parses of a
/// sentence written for these tests.</summary>
public class ConditionalThreatTests
{
    // "France may impose sanctions on Iran if Tehran continues enrichment." with the modal and the mark to vary.
    private static string MayImpose(string modal, string mark) => $$"""
        1 France     France     PROPN NNP 3 nsubj B-FRA
        2 {{modal}}  {{modal}}  AUX   MD  3 aux   _
        3 impose     impose     VERB  VB  0 root  _
        4 sanctions  sanction   NOUN  NNS 3 obj   _
        5 on         on         ADP   IN  6 case  _
        6 Iran       Iran       PROPN NNP 3 obl   B-IRN
        7 {{mark}}   {{mark}}   SCONJ IN  9 mark  _
        8 Tehran     Tehran     PROPN NNP 9 nsubj B-IRN
        9 continues  continue   VERB  VBZ 3 advcl _
        10 enrichment enrichment NOUN NN  9 obj   _
        11 .         .          PUNCT .   3 punct _
        """;

    [Theory]
    [InlineData("may", "if")]
    [InlineData("could", "unless")]
    [InlineData("might", "if")]
    public void A_speculative_sanction_under_a_condition_is_a_threat(string modal, string mark)
    {
        Assert.Equal(["FRA IRN 1312"], ParsedArticles.Code(MayImpose(modal, mark)));
    }

    [Fact]
    public void Without_a_condition_a_speculative_sanction_is_no_event()
    {
        // "as Tehran continues": a time or reason clause binds no one; "may impose" stays speculation.
        Assert.Empty(ParsedArticles.Code(MayImpose("may", "as")));
    }

    [Fact]
    public void Advice_under_a_condition_is_no_threat()
    {
        // "should" is advice or expectation, not what the actor warns it will do.
        Assert.Empty(ParsedArticles.Code(MayImpose("should", "if")));
    }
}
