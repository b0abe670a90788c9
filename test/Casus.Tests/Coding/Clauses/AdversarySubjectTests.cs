using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A subject noun of those who stand against someone ("critics of the government", "Putin's opponents") names
/// the one opposed in its modifiers, never the doer (list <c>[adversary-nouns]</c>; ClauseReader.ActorsAt); other
/// heads still pass their of-phrase up ("leaders of Rwanda"). Sentences written for these tests.</summary>
public class AdversarySubjectTests
{
    [Fact]
    public void Critics_of_a_government_are_not_the_government()
        => Assert.DoesNotContain(ParsedArticles.Code("""
            1 Critics    critic     NOUN  NNS 5 nsubj _
            2 of         of         ADP   IN  4 case  _
            3 the        the        DET   DT  4 det   _
            4 government government NOUN  NN  1 nmod  B-RWAGOV
            5 protested  protest    VERB  VBD 0 root  _
            6 in         in         ADP   IN  7 case  _
            7 Kigali     Kigali     PROPN NNP 5 obl   B-RWA
            8 .          .          PUNCT .   5 punct _
            """), e => e.StartsWith("RWAGOV "));

    [Fact]
    public void An_owners_opponents_are_not_the_owner()
        => Assert.DoesNotContain(ParsedArticles.Code("""
            1 Japan     Japan    PROPN NNP 3 nmod:poss B-JPN
            2 's        's       PART  POS 1 case      _
            3 enemies   enemy    NOUN  NNS 4 nsubj     _
            4 attacked  attack   VERB  VBD 0 root      _
            5 China     China    PROPN NNP 4 obj       B-CHN
            6 .         .        PUNCT .   4 punct     _
            """), e => e.StartsWith("JPN "));

    [Fact]
    public void Leaders_of_a_country_still_act_for_it()
        => Assert.Contains(ParsedArticles.Code("""
            1 Leaders   leader   NOUN  NNS 4 nsubj _
            2 of        of       ADP   IN  3 case  _
            3 Japan     Japan    PROPN NNP 1 nmod  B-JPN
            4 attacked  attack   VERB  VBD 0 root  _
            5 China     China    PROPN NNP 4 obj   B-CHN
            6 .         .        PUNCT .   4 punct _
            """), e => e.StartsWith("JPN CHN 19"));

    [Fact]
    public void An_opponent_named_in_apposition_is_the_doer()
        => Assert.Contains("JPNGOV CHNGOV 112", ParsedArticles.Code("""
            1 His       his      PRON  PRP$ 2 nmod:poss _
            2 opponent  opponent NOUN  NN   7 nsubj     _
            3 ,         ,        PUNCT ,    4 punct     _
            4 Kishida   Kishida  PROPN NNP  2 appos     B-JPNGOV
            5 ,         ,        PUNCT ,    4 punct     _
            6 publicly  publicly ADV   RB   7 advmod    _
            7 accused   accuse   VERB  VBD  0 root      _
            8 Xi        Xi       PROPN NNP  7 obj       B-CHNGOV
            9 .         .        PUNCT .    7 punct     _
            """));
}
