using Casus.Tests.TestKit;

namespace Casus.Tests.Coding;

/// <summary>A sample of the verb entries added for the weakest CAMEO roots (investigate, force posture, coerce) load
/// from the shipped dictionaries and code hand-built parses.</summary>
public class LexiconEntryTests
{
    [Fact]
    public void Preventing_a_demonstration_restricts_political_freedoms()
    {
        const string conllu = """
            1 Egyptian      Egyptian      ADJ   JJ  2 amod   B-EGYCOP
            2 police        police        NOUN  NNS 3 nsubj  I-EGYCOP
            3 prevented     prevent       VERB  VBD 0 root   _
            4 a             a             DET   DT  5 det    _
            5 demonstration demonstration NOUN  NN  3 obj    _
            6 by            by            ADP   IN  8 case   _
            7 opposition    opposition    NOUN  NN  8 compound B-EGYOPP
            8 supporters    supporter     NOUN  NNS 5 nmod   I-EGYOPP
            9 .             .             PUNCT .   3 punct  _
            """;
        Assert.Equal(["EGYCOP EGYOPP 1721"], ParsedArticles.Code(conllu));
    }

    [Fact]
    public void An_investigation_into_crimes_by_an_actor_investigates_crime()
    {
        const string conllu = """
            1 Kenyan        Kenyan        ADJ   JJ  2 amod     B-KENJUD
            2 prosecutors   prosecutor    NOUN  NNS 3 nsubj    I-KENJUD
            3 launched      launch        VERB  VBD 0 root     _
            4 an            a             DET   DT  5 det      _
            5 investigation investigation NOUN  NN  3 obj      _
            6 into          into          ADP   IN  7 case     _
            7 crimes        crime         NOUN  NNS 5 nmod     _
            8 by            by            ADP   IN  10 case    _
            9 Somali        Somali        ADJ   JJ  10 amod    B-SOMREB
            10 militants    militant      NOUN  NNS 7 nmod     I-SOMREB
            11 .            .             PUNCT .   3 punct    _
            """;
        Assert.Equal(["KENJUD SOMREB 091"], ParsedArticles.Code(conllu));
    }

    [Fact]
    public void A_hearing_into_an_actor_is_an_inquiry()
    {
        const string conllu = """
            1 The       the       DET   DT  3 det      _
            2 Kenyan    Kenyan    ADJ   JJ  3 amod     B-KENJUD
            3 court     court     NOUN  NN  4 nsubj    I-KENJUD
            4 opened    open      VERB  VBD 0 root     _
            5 a         a         DET   DT  6 det      _
            6 hearing   hearing   NOUN  NN  4 obj      _
            7 into      into      ADP   IN  9 case     _
            8 the       the       DET   DT  9 det      _
            9 ministry  ministry  NOUN  NN  6 nmod     B-KENGOV
            10 .        .         PUNCT .   4 punct    _
            """;
        Assert.Equal(["KENJUD KENGOV 090"], ParsedArticles.Code(conllu));
    }

    [Theory]
    [InlineData("strengthened", "strengthen", "forces", "force", "in", "154")]
    [InlineData("moved", "move", "warships", "warship", "to", "154")]
    public void Moving_or_strengthening_forces_toward_an_actor_mobilises(string word, string lemma, string noun, string nounLemma, string prep, string code)
    {
        var conllu = $$"""
            1 Russia  Russia  PROPN NNP 2 nsubj     B-RUS
            2 {{word}} {{lemma}} VERB VBD 0 root    _
            3 its     its     PRON  PRP$ 4 nmod:poss _
            4 {{noun}} {{nounLemma}} NOUN NNS 2 obj _
            5 {{prep}} {{prep}} ADP  IN  6 case     _
            6 Ukraine Ukraine PROPN NNP 2 obl       B-UKR
            7 .       .       PUNCT .   2 punct     _
            """;
        Assert.Equal([$"RUS UKR {code}"], ParsedArticles.Code(conllu));
    }

    [Fact]
    public void Defacing_an_actor_s_websites_is_a_cyber_attack()
    {
        const string conllu = """
            1 Hackers   hacker   NOUN  NNS 2 nsubj  B-IRN
            2 defaced   deface   VERB  VBD 0 root   _
            3 the       the      DET   DT  4 det    _
            4 websites  website  NOUN  NNS 2 obj    _
            5 of        of       ADP   IN  7 case   _
            6 Danish    Danish   ADJ   JJ  7 amod   B-DNKMED
            7 newspapers newspaper NOUN NNS 4 nmod  I-DNKMED
            8 .         .        PUNCT .   2 punct  _
            """;
        Assert.Equal(["IRN DNKMED 176"], ParsedArticles.Code(conllu));
    }
}
