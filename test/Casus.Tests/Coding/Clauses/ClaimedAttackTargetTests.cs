using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A claim of responsibility (015) is toward whom the claimed act struck: the target is searched from the act
/// noun of "responsibility for ...", however deep the noun phrase runs, and from an on-phrase the parser hung on the
/// verb right after that noun.</summary>
public class ClaimedAttackTargetTests
{
    [Fact]
    public void Target_deep_in_the_claimed_attack_phrase()
    {
        // "Rebels claimed responsibility for an attack targeting shoppers at a mall in Kenya's capital."
        Assert.Equal(["SOMREB KEN 015"], ParsedArticles.Code("""
            1 Rebels      rebel       NOUN  NNS 2 nsubj     B-SOMREB
            2 claimed     claim       VERB  VBD 0 root      _
            3 responsibility responsibility NOUN NN 2 obj   _
            4 for         for         ADP   IN  6 case      _
            5 an          a           DET   DT  6 det       _
            6 attack      attack      NOUN  NN  3 nmod      _
            7 targeting   target      VERB  VBG 6 acl       _
            8 shoppers    shopper     NOUN  NNS 7 obj       _
            9 at          at          ADP   IN  11 case     _
            10 a          a           DET   DT  11 det      _
            11 mall       mall        NOUN  NN  7 obl       _
            12 in         in          ADP   IN  15 case     _
            13 Kenya      Kenya       PROPN NNP 15 nmod:poss B-KEN
            14 's         's          PART  POS 13 case     _
            15 capital    capital     NOUN  NN  11 nmod     _
            16 .          .           PUNCT .   2 punct     _
            """));
    }

    [Fact]
    public void A_claim_of_credit_is_toward_whom_the_attack_struck_and_a_claim_of_anything_else_is_not()
    {
        // [responsibility-nouns] of data/frames/frame_words.txt: "credit" is one; "success" is none, so its for-phrase
        // is no claimed act.
        static string Claimed(string noun) => $"""
            1 The         the         DET   DT  2 det       _
            2 Taliban     Taliban     PROPN NNP 3 nsubj     B-AFGREB
            3 claimed     claim       VERB  VBD 0 root      _
            4 {noun}      {noun}      NOUN  NN  3 obj       _
            5 for         for         ADP   IN  7 case      _
            6 the         the         DET   DT  7 det       _
            7 attack      attack      NOUN  NN  4 nmod      _
            8 on          on          ADP   IN  11 case     _
            9 the         the         DET   DT  11 det      _
            10 Indian     Indian      ADJ   JJ  11 amod     B-INDGOV
            11 embassy    embassy     NOUN  NN  3 obl       I-INDGOV
            12 .          .           PUNCT .   3 punct     _
            """;
        Assert.Equal(["AFGREB INDGOV 015"], ParsedArticles.Code(Claimed("credit")));
        Assert.DoesNotContain("AFGREB INDGOV 015", ParsedArticles.Code(Claimed("success")));
    }

    [Fact]
    public void On_phrase_hung_on_the_verb_right_after_the_attack()
    {
        // "The Taliban claimed responsibility for the attack on the Indian embassy."
        Assert.Equal(["AFGREB INDGOV 015"], ParsedArticles.Code("""
            1 The         the         DET   DT  2 det       _
            2 Taliban     Taliban     PROPN NNP 3 nsubj     B-AFGREB
            3 claimed     claim       VERB  VBD 0 root      _
            4 responsibility responsibility NOUN NN 3 obj   _
            5 for         for         ADP   IN  7 case      _
            6 the         the         DET   DT  7 det       _
            7 attack      attack      NOUN  NN  4 nmod      _
            8 on          on          ADP   IN  11 case     _
            9 the         the         DET   DT  11 det      _
            10 Indian     Indian      ADJ   JJ  11 amod     B-INDGOV
            11 embassy    embassy     NOUN  NN  3 obl       I-INDGOV
            12 .          .           PUNCT .   3 punct     _
            """));
    }

    [Fact]
    public void On_phrase_away_from_the_attack_is_not_its_target()
    {
        // "The Taliban claimed responsibility for the attack in a statement.": a phrase on the verb other than an
        // on|against-phrase right after the attack is no part of the attack.
        Assert.Equal(["AFGREB - 015"], ParsedArticles.Code("""
            1 The         the         DET   DT  2 det       _
            2 Taliban     Taliban     PROPN NNP 3 nsubj     B-AFGREB
            3 claimed     claim       VERB  VBD 0 root      _
            4 responsibility responsibility NOUN NN 3 obj   _
            5 for         for         ADP   IN  7 case      _
            6 the         the         DET   DT  7 det       _
            7 attack      attack      NOUN  NN  4 nmod      _
            8 in          in          ADP   IN  10 case     _
            9 a           a           DET   DT  10 det      _
            10 statement  statement   NOUN  NN  3 obl       _
            11 .          .           PUNCT .   3 punct     _
            """));
    }
}
