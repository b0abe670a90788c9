using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Nouns;

/// <summary>An event noun joined to another noun stands where the first conjunct stands ("condemned the coup and
/// Russia's attacks on Ukraine"), and shares the phrases the parser hangs on the first conjunct ("the removal and
/// arrest of X"). Hand-built parses (no tagger or parser).</summary>
public class ConjoinedNounTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void A_conjunct_of_a_reaction_object_is_the_act_reacted_to()
    {
        // "Canada condemned the coup and Russia's attacks on Ukraine."
        var events = Code("""
            1 Canada    Canada    PROPN NNP 2 nsubj     B-CAN
            2 condemned condemn   VERB  VBD 0 root      _
            3 the       the       DET   DT  4 det       _
            4 coup      coup      NOUN  NN  2 obj       _
            5 and       and       CCONJ CC  8 cc        _
            6 Russia    Russia    PROPN NNP 8 nmod:poss B-RUS
            7 's        's        PART  POS 6 case      _
            8 attacks   attack    NOUN  NNS 4 conj      _
            9 on        on        ADP   IN  10 case     _
            10 Ukraine  Ukraine   PROPN NNP 8 nmod      B-UKR
            11 .        .         PUNCT .   2 punct     _
            """);
        Assert.Contains("RUS UKR 190", events);
    }

    [Fact]
    public void A_conjunct_shares_the_phrase_hung_on_the_first_conjunct()
    {
        // "Britain condemned Belarus's removal and arrest of the journalist."
        var events = Code("""
            1 Britain    Britain    PROPN NNP 2 nsubj     B-GBR
            2 condemned  condemn    VERB  VBD 0 root      _
            3 Belarus    Belarus    PROPN NNP 5 nmod:poss B-BLR
            4 's         's         PART  POS 3 case      _
            5 removal    removal    NOUN  NN  2 obj       _
            6 and        and        CCONJ CC  7 cc        _
            7 arrest     arrest     NOUN  NN  5 conj      _
            8 of         of         ADP   IN  10 case     _
            9 the        the        DET   DT  10 det      _
            10 journalist journalist NOUN NN  5 nmod      B----MED
            11 .         .          PUNCT .   2 punct     _
            """);
        Assert.Contains("BLR ---MED 173", events);
    }

    [Fact]
    public void A_conjunct_with_its_own_determiner_keeps_its_own_doer()
    {
        // "Britain condemned Belarus's crackdown and the arrest of the journalist": who arrested is not said.
        var events = Code("""
            1 Britain    Britain    PROPN NNP 2 nsubj     B-GBR
            2 condemned  condemn    VERB  VBD 0 root      _
            3 Belarus    Belarus    PROPN NNP 5 nmod:poss B-BLR
            4 's         's         PART  POS 3 case      _
            5 crackdown  crackdown  NOUN  NN  2 obj       _
            6 and        and        CCONJ CC  8 cc        _
            7 the        the        DET   DT  8 det       _
            8 arrest     arrest     NOUN  NN  5 conj      _
            9 of         of         ADP   IN  11 case     _
            10 the       the        DET   DT  11 det      _
            11 journalist journalist NOUN NN  8 nmod      B----MED
            12 .         .          PUNCT .   2 punct     _
            """);
        Assert.DoesNotContain(events, e => e.EndsWith(" 173", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conjunct_of_an_unasserted_object_is_no_act()
    {
        // "Canada may condemn the coup and Russia's attacks on Ukraine."
        var events = Code("""
            1 Canada    Canada    PROPN NNP 3 nsubj     B-CAN
            2 may       may       AUX   MD  3 aux       _
            3 condemn   condemn   VERB  VB  0 root      _
            4 the       the       DET   DT  5 det       _
            5 coup      coup      NOUN  NN  3 obj       _
            6 and       and       CCONJ CC  9 cc        _
            7 Russia    Russia    PROPN NNP 9 nmod:poss B-RUS
            8 's        's        PART  POS 7 case      _
            9 attacks   attack    NOUN  NNS 5 conj      _
            10 on       on        ADP   IN  11 case     _
            11 Ukraine  Ukraine   PROPN NNP 9 nmod      B-UKR
            12 .        .         PUNCT .   3 punct     _
            """);
        Assert.DoesNotContain("RUS UKR 190", events);
    }

    [Fact]
    public void A_noun_joined_to_a_verb_is_not_read_through_it()
    {
        // "Canada condemned the coup and demanded Russia's withdrawal from Ukraine": the demand is no withdrawal.
        var events = Code("""
            1 Canada     Canada     PROPN NNP 2 nsubj     B-CAN
            2 condemned  condemn    VERB  VBD 0 root      _
            3 the        the        DET   DT  4 det       _
            4 coup       coup       NOUN  NN  2 obj       _
            5 and        and        CCONJ CC  6 cc        _
            6 demanded   demand     VERB  VBD 2 conj      _
            7 Russia     Russia     PROPN NNP 9 nmod:poss B-RUS
            8 's         's         PART  POS 7 case      _
            9 withdrawal withdrawal NOUN  NN  6 obj       _
            10 from      from       ADP   IN  11 case     _
            11 Ukraine   Ukraine    PROPN NNP 9 nmod      B-UKR
            12 .         .          PUNCT .   2 punct     _
            """);
        Assert.DoesNotContain("RUS UKR 087", events);
    }
}
