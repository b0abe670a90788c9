using Casus.Coding;
using Casus.Coding.Clauses;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding;

/// <summary>Where the words name a leaf of a CAMEO code, the leaf is coded, not the residual "not specified below"
/// code (PatternChoice.Refines, the reach of compound chains, "security assistance"), and aid given to a thing led by
/// an actor goes to the leader (ClauseReader.LeaderOf). Parses built by hand for sentences written for these tests.</summary>
public class LeafChoiceTests
{
    [Theory]
    [InlineData("073", "070", true)]
    [InlineData("1123", "112", true)]
    [InlineData("0333", "033", true)]
    [InlineData("046", "040", true)]
    [InlineData("070", "073", false)]
    [InlineData("112", "1123", false)]
    [InlineData("0333", "034", false)]
    [InlineData("190", "180", false)]
    [InlineData("1123", "111", false)]
    [InlineData("070", "070", false)]
    public void A_leaf_refines_its_root_s_residual_code_or_its_own_three_digits(string leaf, string residual, bool refines)
        => Assert.Equal(refines, PatternChoice.Refines(CameoCode.Parse(leaf), CameoCode.Parse(residual)));

    [Fact]
    public void A_leaf_word_as_far_from_the_verb_as_the_general_word_wins_the_tie()
    {
        // provide aid|assistance (070) and provide humanitarian (073) both skip the amount: equal scores.
        const string conllu = """
            1  Japan        Japan        PROPN NNP 2  nsubj    B-JPN
            2  provided     provide      VERB  VBD 0  root     _
            3  nearly       nearly       ADV   RB  4  advmod   _
            4  $            $            SYM   $   2  obj      _
            5  144          144          NUM   CD  6  compound _
            6  million      million      NUM   CD  4  nummod   _
            7  in           in           ADP   IN  10 case     _
            8  new          new          ADJ   JJ  10 amod     _
            9  humanitarian humanitarian ADJ   JJ  10 amod     _
            10 assistance   assistance   NOUN  NN  2  obl      _
            11 to           to           ADP   IN  12 case     _
            12 Afghanistan  Afghanistan  PROPN NNP 10 nmod     B-AFG
            13 .            .            PUNCT .   2  punct    _
            """;
        var events = ParsedArticles.Code(conllu);
        Assert.Contains("JPN AFG 073", events);
        Assert.DoesNotContain("JPN AFG 070", events);
    }

    [Fact]
    public void Security_assistance_is_military_aid_not_protection()
    {
        const string conllu = """
            1  Germany    Germany    PROPN NNP 2  nsubj  B-DEU
            2  provided   provide    VERB  VBD 0  root   _
            3  security   security   NOUN  NN  4  compound _
            4  assistance assistance NOUN  NN  2  obj    _
            5  to         to         ADP   IN  6  case   _
            6  Ukraine    Ukraine    PROPN NNP 2  obl    B-UKR
            7  .          .          PUNCT .   2  punct  _
            """;
        var events = ParsedArticles.Code(conllu);
        Assert.Contains("DEU UKR 072", events);
        Assert.DoesNotContain("DEU UKR 074", events);
    }

    [Fact]
    public void A_compound_chain_below_the_reach_is_read_whole()
    {
        // food ← security ← assistance ← $ ← provide: "food" hangs four steps below the verb.
        const string conllu = """
            1  Canada     Canada     PROPN NNP 2  nsubj    B-CAN
            2  provided   provide    VERB  VBD 0  root     _
            3  $          $          SYM   $   2  obj      _
            4  28         28         NUM   CD  5  compound _
            5  million    million    NUM   CD  3  nummod   _
            6  in         in         ADP   IN  9  case     _
            7  food       food       NOUN  NN  8  compound _
            8  security   security   NOUN  NN  9  compound _
            9  assistance assistance NOUN  NN  3  nmod     _
            10 to         to         ADP   IN  11 case     _
            11 Haiti      Haiti      PROPN NNP 9  nmod     B-HTI
            12 .          .          PUNCT .   2  punct    _
            """;
        var events = ParsedArticles.Code(conllu);
        Assert.Contains("CAN HTI 073", events);
        Assert.DoesNotContain("CAN HTI 072", events);
    }

    [Fact]
    public void Aid_to_a_war_an_actor_leads_goes_to_the_leader_not_the_enemy()
    {
        const string conllu = """
            1  Spain      Spain      PROPN NNP 2  nsubj    B-ESP
            2  refused    refuse     VERB  VBD 0  root     _
            3  to         to         PART  TO  4  mark     _
            4  commit     commit     VERB  VB  2  xcomp    _
            5  assistance assistance NOUN  NN  4  obj      _
            6  to         to         ADP   IN  10 case     _
            7  the        the        DET   DT  10 det      _
            8  France     France     PROPN NNP 9  compound B-FRA
            9  -led       led        VERB  VBN 10 amod     _
            10 war        war        NOUN  NN  5  nmod     _
            11 against    against    ADP   IN  12 case     _
            12 Chad       Chad       PROPN NNP 10 nmod     B-TCD
            13 .          .          PUNCT .   2  punct    _
            """;
        var events = ParsedArticles.Code(conllu);
        Assert.Contains(events, e => e.StartsWith("ESP FRA 12", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.StartsWith("ESP TCD", StringComparison.Ordinal));
    }
}
