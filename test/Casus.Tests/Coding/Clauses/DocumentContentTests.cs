using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A participle or relative clause on a document noun says what the document says: an act only when the
/// document was adopted or issued ("adopted a resolution condemning X", "issued a statement condemning X"), none when it
/// was vetoed, blocked or never adopted ("vetoed a resolution censuring X"). On hand-built parses.</summary>
public class DocumentContentTests
{
    // "Russia {verb} a UN resolution condemning Syria ." with the participle under 'resolution'.
    private static List<string> Resolution(string verb, string lemma, string noun = "resolution") => ParsedArticles.Code($"""
        1 Russia     Russia     PROPN NNP 2 nsubj    B-RUS
        2 {verb}     {lemma}    VERB  VBD 0 root     _
        3 a          a          DET   DT  5 det      _
        4 UN         UN         PROPN NNP 5 compound B-IGOUNO
        5 {noun}     {noun}     NOUN  NN  2 obj      _
        6 condemning condemn    VERB  VBG 5 acl      _
        7 Syria      Syria      PROPN NNP 6 obj      B-SYR
        8 .          .          PUNCT .   2 punct    _
        """);

    [Fact]
    public void A_vetoed_resolution_condemns_no_one()
    {
        var events = Resolution("vetoed", "veto");
        Assert.DoesNotContain(events, e => e.EndsWith(" SYR 111", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("RUS ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_draft_under_any_other_verb_condemns_no_one()
    {
        Assert.DoesNotContain(Resolution("discussed", "discuss", "draft"), e => e.EndsWith(" SYR 111", StringComparison.Ordinal));
    }

    [Fact]
    public void An_adopted_resolution_is_the_condemnation_of_the_body_it_is_named_for()
    {
        Assert.Contains("IGOUNO SYR 111", Resolution("adopted", "adopt"));
    }

    [Fact]
    public void A_relative_clause_on_a_blocked_resolution_is_not_coded()
    {
        var events = ParsedArticles.Code("""
            1 Russia    Russia     PROPN NNP 2 nsubj    B-RUS
            2 blocked   block      VERB  VBD 0 root     _
            3 a         a          DET   DT  5 det      _
            4 UN        UN         PROPN NNP 5 compound B-IGOUNO
            5 resolution resolution NOUN NN  2 obj      _
            6 that      that       PRON  WDT 7 nsubj    _
            7 condemned condemn    VERB  VBD 5 acl:relcl _
            8 Syria     Syria      PROPN NNP 7 obj      B-SYR
            9 .         .          PUNCT .   2 punct    _
            """);
        Assert.DoesNotContain(events, e => e.EndsWith(" SYR 111", StringComparison.Ordinal));
    }

    // "Germany {verb} a statement condemning Israel ." with the participle under 'statement'.
    private static List<string> Statement(string verb, string lemma) => ParsedArticles.Code($"""
        1 Germany    Germany    PROPN NNP 2 nsubj B-DEU
        2 {verb}     {lemma}    VERB  VBD 0 root  _
        3 a          a          DET   DT  4 det   _
        4 statement  statement  NOUN  NN  2 obj   _
        5 condemning condemn    VERB  VBG 4 acl   _
        6 Israel     Israel     PROPN NNP 5 obj   B-ISR
        7 .          .          PUNCT .   2 punct _
        """);

    [Fact]
    public void An_issued_statement_speaks_for_its_issuer()
    {
        Assert.Contains("DEU ISR 111", Statement("issued", "issue"));
    }

    [Fact]
    public void A_welcomed_statement_is_not_the_welcomers_own()
    {
        Assert.DoesNotContain("DEU ISR 111", Statement("welcomed", "welcome"));
    }

    [Fact]
    public void A_blocked_statement_condemns_no_one()
    {
        Assert.DoesNotContain(Statement("blocked", "block"), e => e.EndsWith(" ISR 111", StringComparison.Ordinal));
    }
}
