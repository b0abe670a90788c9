using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>An agentless passive done in a document has the document's issuer for its source: "was condemned in a
/// statement by Egypt" (ParseCoder.DocumentAgents).</summary>
public class DocumentAgentTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void Condemned_in_a_statement_by_a_country_is_condemned_by_it()
    {
        Assert.Equal(["EGY TUR 111", "GRC TUR 111"], Code("""
            1 Turkey    Turkey    PROPN NNP 3 nsubj:pass B-TUR
            2 was       be        AUX   VBD 3 aux:pass   _
            3 condemned condemn   VERB  VBN 0 root       _
            4 in        in        ADP   IN  7 case       _
            5 a         a         DET   DT  7 det        _
            6 joint     joint     ADJ   JJ  7 amod       _
            7 statement statement NOUN  NN  3 obl        _
            8 by        by        ADP   IN  9 case       _
            9 Egypt     Egypt     PROPN NNP 7 nmod       B-EGY
            10 and      and       CCONJ CC  11 cc        _
            11 Greece   Greece    PROPN NNP 9 conj       B-GRC
            12 .        .         PUNCT .   3 punct      _
            """));
    }

    [Fact]
    public void Criticised_in_a_countrys_statement_is_criticised_by_it()
    {
        Assert.Equal(["EGY ISR 111"], Code("""
            1 Israel     Israel     PROPN NNP 3 nsubj:pass B-ISR
            2 was        be         AUX   VBD 3 aux:pass   _
            3 criticised criticise  VERB  VBN 0 root       _
            4 in         in         ADP   IN  7 case       _
            5 Egypt      Egypt      PROPN NNP 7 nmod:poss  B-EGY
            6 's         's         PART  POS 5 case       _
            7 statement  statement  NOUN  NN  3 obl        _
            8 .          .          PUNCT .   3 punct      _
            """));
    }

    [Fact]
    public void A_statement_with_no_issuer_names_no_source()
    {
        Assert.Empty(Code("""
            1 Turkey    Turkey    PROPN NNP 3 nsubj:pass B-TUR
            2 was       be        AUX   VBD 3 aux:pass   _
            3 condemned condemn   VERB  VBN 0 root       _
            4 in        in        ADP   IN  6 case       _
            5 a         a         DET   DT  6 det        _
            6 statement statement NOUN  NN  3 obl        _
            7 .         .         PUNCT .   3 punct      _
            """));
    }

    [Fact]
    public void A_by_phrase_on_a_place_is_no_issuer()
    {
        // "in a village by the border": only a document speaks for whoever issued it.
        Assert.Empty(Code("""
            1 Turkey    Turkey    PROPN NNP 3 nsubj:pass B-TUR
            2 was       be        AUX   VBD 3 aux:pass   _
            3 condemned condemn   VERB  VBN 0 root       _
            4 in        in        ADP   IN  6 case       _
            5 a         a         DET   DT  6 det        _
            6 village   village   NOUN  NN  3 obl        _
            7 by        by        ADP   IN  8 case       _
            8 Syria     Syria     PROPN NNP 6 nmod       B-SYR
            9 .         .         PUNCT .   3 punct      _
            """));
    }
}
