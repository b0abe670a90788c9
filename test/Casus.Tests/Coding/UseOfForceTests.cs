using Casus.Tests.TestKit;

namespace Casus.Tests.Coding;

/// <summary>"use force|violence against X" (data/verbs/17_coerce.txt, 175) and "use military|armed force against X"
/// (19_fight.txt, 190): plain force on people is repression, an army's force is named as such.</summary>
public class UseOfForceTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void Police_using_force_against_protesters_is_repression()
    {
        Assert.Equal(["HKGCOP HKGOPP 175"], Code("""
            1 Police     police     NOUN  NNS 3 nsubj B-HKGCOP
            2 have       have       AUX   VBP 3 aux   _
            3 used       use        VERB  VBN 0 root  _
            4 force      force      NOUN  NN  3 obj   _
            5 against    against    ADP   IN  6 case  _
            6 protesters protester  NOUN  NNS 3 obl   B-HKGOPP
            7 .          .          PUNCT .   3 punct _
            """));
    }

    [Fact]
    public void Violence_used_on_a_crowd_is_repression_too()
    {
        Assert.Equal(["EGYCOP EGYCVL 175"], Code("""
            1 Troopers   trooper    NOUN  NNS 2 nsubj B-EGYCOP
            2 used       use        VERB  VBD 0 root  _
            3 violence   violence   NOUN  NN  2 obj   _
            4 on         on         ADP   IN  6 case  _
            5 the        the        DET   DT  6 det   _
            6 villagers  villager   NOUN  NNS 2 obl   B-EGYCVL
            7 .          .          PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Military_force_against_rebels_is_conventional_force()
    {
        Assert.Equal(["TUR IRQREB 190"], Code("""
            1 Turkey     Turkey     PROPN NNP 2 nsubj B-TUR
            2 used       use        VERB  VBD 0 root  _
            3 military   military   ADJ   JJ  4 amod  _
            4 force      force      NOUN  NN  2 obj   _
            5 against    against    ADP   IN  6 case  _
            6 rebels     rebel      NOUN  NNS 2 obl   B-IRQREB
            7 .          .          PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Using_a_forum_against_a_country_is_no_event()
    {
        // Only force or violence is used on someone; "use" alone has no entry.
        Assert.Empty(Code("""
            1 Russia     Russia     PROPN NNP 2 nsubj B-RUS
            2 used       use        VERB  VBD 0 root  _
            3 the        the        DET   DT  4 det   _
            4 forum      forum      NOUN  NN  2 obj   _
            5 against    against    ADP   IN  6 case  _
            6 Ukraine    Ukraine    PROPN NNP 2 obl   B-UKR
            7 .          .          PUNCT .   2 punct _
            """));
    }
}
