using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Praise or endorsement (051) of a thing is for whose the thing is, not for the actor the thing is aimed at
/// ("support for an approach to Iran" praises no Iran); the other side of a relation ("cooperation with Poland") and
/// the recipient of the pattern's own noun ("support to Poland") stay the target. The word reading reads no actor
/// behind a purpose infinitive of a non-armed act as the one acted on. On hand-built parses.</summary>
public class EndorsedOwnerTests
{
    [Fact]
    public void Support_for_a_thing_aimed_at_an_actor_is_not_for_that_actor()
    {
        var events = ParsedArticles.Code("""
            1 Germany    Germany    PROPN NNP 2 nsubj B-DEU
            2 expressed  express    VERB  VBD 0 root  _
            3 support    support    NOUN  NN  2 obj   _
            4 for        for        ADP   IN  6 case  _
            5 an         a          DET   DT  6 det   _
            6 approach   approach   NOUN  NN  2 obl   _
            7 to         to         ADP   IN  8 case  _
            8 Iran       Iran       PROPN NNP 6 nmod  B-IRN
            9 .          .          PUNCT .   2 punct _
            """);
        Assert.DoesNotContain("DEU IRN 051", events);
    }

    [Fact]
    public void Support_for_an_actor_s_own_thing_is_for_its_owner()
    {
        var events = ParsedArticles.Code("""
            1 Germany    Germany    PROPN NNP  2 nsubj     B-DEU
            2 expressed  express    VERB  VBD  0 root      _
            3 support    support    NOUN  NN   2 obj       _
            4 for        for        ADP   IN   7 case      _
            5 Iran       Iran       PROPN NNP  7 nmod:poss B-IRN
            6 's         's         PART  POS  5 case      _
            7 approach   approach   NOUN  NN   2 obl       _
            8 .          .          PUNCT .    2 punct     _
            """);
        Assert.Contains("DEU IRN 051", events);
    }

    [Fact]
    public void Praise_of_a_relation_is_for_its_other_side()
    {
        var events = ParsedArticles.Code("""
            1 Germany      Germany      PROPN NNP  2 nsubj     B-DEU
            2 welcomed     welcome      VERB  VBD  0 root      _
            3 its          its          PRON  PRP$ 4 nmod:poss _
            4 cooperation  cooperation  NOUN  NN   2 obj       _
            5 with         with         ADP   IN   6 case      _
            6 Poland       Poland       PROPN NNP  4 nmod      B-POL
            7 .            .            PUNCT .    2 punct     _
            """);
        Assert.Contains("DEU POL 051", events);
    }

    [Fact]
    public void Praise_of_another_thing_is_not_for_the_actor_it_is_for()
    {
        // A plan is no relation: the one it is for is not praised by applauding it ("applauded the plan for Poland").
        var events = ParsedArticles.Code("""
            1 Germany   Germany   PROPN NNP  2 nsubj     B-DEU
            2 applauded applaud   VERB  VBD  0 root      _
            3 the       the       DET   DT   4 det       _
            4 plan      plan      NOUN  NN   2 obj       _
            5 for       for       ADP   IN   6 case      _
            6 Poland    Poland    PROPN NNP  4 nmod      B-POL
            7 .         .         PUNCT .    2 punct     _
            """);
        Assert.DoesNotContain("DEU POL 051", events);
    }

    [Fact]
    public void The_pattern_s_own_noun_keeps_its_recipient()
    {
        var events = ParsedArticles.Code("""
            1 Germany     Germany     PROPN NNP  2 nsubj     B-DEU
            2 reaffirmed  reaffirm    VERB  VBD  0 root      _
            3 its         its         PRON  PRP$ 4 nmod:poss _
            4 support     support     NOUN  NN   2 obj       _
            5 to          to          ADP   IN   6 case      _
            6 Poland      Poland      PROPN NNP  4 nmod      B-POL
            7 .           .           PUNCT .    2 punct     _
            """);
        Assert.Contains("DEU POL 051", events);
    }

    [Fact]
    public void A_material_act_still_goes_to_the_actor_behind_its_thing()
    {
        // Control: the restriction is praise's; aid offered goes to whom it is offered.
        var events = ParsedArticles.Code("""
            1 Germany   Germany   PROPN NNP  2 nsubj B-DEU
            2 offered   offer     VERB  VBD  0 root  _
            3 troops    troop     NOUN  NNS  2 obj   _
            4 to        to        ADP   IN   5 case  _
            5 Lebanon   Lebanon   PROPN NNP  3 nmod  B-LBN
            6 .         .         PUNCT .    2 punct _
            """);
        Assert.Contains(events, e => e.StartsWith("DEU LBN 03", StringComparison.Ordinal));
    }

    [Fact]
    public void The_word_reading_takes_no_target_from_a_purpose_infinitive()
    {
        // "worked with partners to strengthen Iran": Iran is what the work is for, not whom Germany worked with.
        var events = ParsedArticles.Code("""
            1 Germany     Germany     PROPN NNP 2 nsubj B-DEU
            2 worked      work        VERB  VBD 0 root  _
            3 with        with        ADP   IN  4 case  _
            4 partners    partner     NOUN  NNS 2 obl   _
            5 to          to          PART  TO  6 mark  _
            6 strengthen  strengthen  VERB  VB  2 advcl _
            7 Iran        Iran        PROPN NNP 6 obj   B-IRN
            8 .           .           PUNCT .   2 punct _
            """);
        Assert.DoesNotContain(events, e => e.StartsWith("DEU IRN", StringComparison.Ordinal));
    }

    [Fact]
    public void Support_of_an_armed_force_is_no_praise()
    {
        // "companies directly support the PRC's military": backing, not praise or endorsement.
        var events = ParsedArticles.Code("""
            1 Germany   Germany   PROPN NNP 2 nsubj B-DEU
            2 supports  support   VERB  VBZ 0 root  _
            3 the       the       DET   DT  5 det   _
            4 Chinese   Chinese   ADJ   JJ  5 amod  B-CHNMIL
            5 military  military  NOUN  NN  2 obj   I-CHNMIL
            6 .         .         PUNCT .   2 punct _
            """);
        Assert.DoesNotContain("DEU CHNMIL 051", events);
    }

    [Fact]
    public void Support_of_a_government_is_praise()
    {
        // Control: the same words for a government stay 051.
        var events = ParsedArticles.Code("""
            1 Germany     Germany     PROPN NNP 2 nsubj B-DEU
            2 supports    support     VERB  VBZ 0 root  _
            3 the         the         DET   DT  5 det   _
            4 Chinese     Chinese     ADJ   JJ  5 amod  B-CHNGOV
            5 government  government  NOUN  NN  2 obj   I-CHNGOV
            6 .           .           PUNCT .   2 punct _
            """);
        Assert.Contains("DEU CHNGOV 051", events);
    }
}
