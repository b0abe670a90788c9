using Casus.Tests.TestKit;

namespace Casus.Tests.Coding;

/// <summary>"announce|declare support for X" (data/verbs/05_diplomatic_cooperation.txt, 051): making one's support
/// public is what "expressed support for" says.</summary>
public class AnnouncedSupportTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void Announcing_ones_own_support_for_a_candidate_is_an_endorsement()
    {
        Assert.Equal(["USAELI USAGOV 051"], Code("""
            1 Obama     Obama     PROPN NNP 2 nsubj    B-USAELI
            2 announced announce  VERB  VBD 0 root     _
            3 his       his       PRON  PRP$ 5 nmod:poss _
            4 own       own       ADJ   JJ  5 amod     _
            5 support   support   NOUN  NN  2 obj      _
            6 for       for       ADP   IN  7 case     _
            7 Biden     Biden     PROPN NNP 5 nmod     B-USAGOV
            8 .         .         PUNCT .   2 punct    _
            """));
    }

    [Fact]
    public void Declaring_backing_for_a_country_is_an_endorsement()
    {
        Assert.Equal(["JPN PHL 051"], Code("""
            1 Japan     Japan     PROPN NNP 2 nsubj    B-JPN
            2 declared  declare   VERB  VBD 0 root     _
            3 its       its       PRON  PRP$ 5 nmod:poss _
            4 full      full      ADJ   JJ  5 amod     _
            5 backing   backing   NOUN  NN  2 obj      _
            6 for       for       ADP   IN  7 case     _
            7 Manila    Manila    PROPN NNP 5 nmod     B-PHL
            8 .         .         PUNCT .   2 punct    _
            """));
    }

    [Fact]
    public void Announcing_a_plan_for_a_country_is_no_endorsement()
    {
        // Only support, backing or endorsement is announced for someone.
        Assert.Empty(Code("""
            1 Japan     Japan     PROPN NNP 2 nsubj    B-JPN
            2 announced announce  VERB  VBD 0 root     _
            3 a         a         DET   DT  4 det      _
            4 plan      plan      NOUN  NN  2 obj      _
            5 for       for       ADP   IN  6 case     _
            6 Manila    Manila    PROPN NNP 4 nmod     B-PHL
            7 .         .         PUNCT .   2 punct    _
            """));
    }

    [Fact]
    public void Announcing_money_to_support_someone_is_no_endorsement()
    {
        // The news run's wrong reading of a first version: "support" here is the verb of a purpose, with no "for".
        Assert.Empty(Code("""
            1 USAID     USAID     PROPN NNP 2 nsubj    B-USAGOV
            2 announced announce  VERB  VBD 0 root     _
            3 $         $         SYM   $   2 obj      _
            4 300,000   300,000   NUM   CD  3 nummod   _
            5 to        to        PART  TO  6 mark     _
            6 support   support   VERB  VB  2 advcl    _
            7 women     woman     NOUN  NNS 6 obj      B-KENCVL
            8 .         .         PUNCT .   2 punct    _
            """));
    }

    [Fact]
    public void An_announced_package_of_support_is_aid_to_come()
    {
        // "announce package of support for" (03_intent.txt, 033) outscores "announce support for" (051).
        Assert.Equal(["NZL UKR 033"], Code("""
            1 Zealand   Zealand   PROPN NNP 2 nsubj    B-NZL
            2 announced announce  VERB  VBD 0 root     _
            3 a         a         DET   DT  5 det      _
            4 new       new       ADJ   JJ  5 amod     _
            5 package   package   NOUN  NN  2 obj      _
            6 of        of        ADP   IN  7 case     _
            7 support   support   NOUN  NN  5 nmod     _
            8 for       for       ADP   IN  9 case     _
            9 Ukraine   Ukraine   PROPN NNP 7 nmod     B-UKR
            10 .        .         PUNCT .   2 punct    _
            """));
    }
}
