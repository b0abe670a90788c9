using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A compound subject that acts with a third party behind 'with' ("X and Y met with Z") is not paired
/// reciprocally, even where Z is no known actor; "each other", 'together' and a fronted with-phrase keep the pairing.
/// On hand-built parses.</summary>
public class OtherPartnerTests
{
    [Fact]
    public void Members_meeting_an_unknown_third_party_are_not_paired()
    {
        var events = ParsedArticles.Code("""
            1 Russia   Russia   PROPN NNP 4 nsubj B-RUS
            2 and      and      CCONJ CC  3 cc    _
            3 China    China    PROPN NNP 1 conj  B-CHN
            4 met      meet     VERB  VBD 0 root  _
            5 with     with     ADP   IN  6 case  _
            6 others   other    NOUN  NNS 4 obl   _
            7 .        .        PUNCT .   4 punct _
            """);
        Assert.DoesNotContain("RUS CHN 040", events);
        Assert.DoesNotContain("CHN RUS 040", events);
    }

    [Fact]
    public void Members_meeting_each_other_are_paired()
    {
        var events = ParsedArticles.Code("""
            1 Russia   Russia   PROPN NNP 4 nsubj B-RUS
            2 and      and      CCONJ CC  3 cc    _
            3 China    China    PROPN NNP 1 conj  B-CHN
            4 met      meet     VERB  VBD 0 root  _
            5 in       in       ADP   IN  6 case  _
            6 Beijing  Beijing  PROPN NNP 4 obl   _
            7 .        .        PUNCT .   4 punct _
            """);
        Assert.Contains("RUS CHN 040", events);
        Assert.Contains("CHN RUS 040", events);
    }

    [Fact]
    public void A_with_phrase_that_is_no_one_keeps_the_pairing()
    {
        // "consult with a view to ...": a singular with 'a' names no partner.
        var events = ParsedArticles.Code("""
            1 Russia   Russia   PROPN NNP 4 nsubj B-RUS
            2 and      and      CCONJ CC  3 cc    _
            3 China    China    PROPN NNP 1 conj  B-CHN
            4 met      meet     VERB  VBD 0 root  _
            5 with     with     ADP   IN  7 case  _
            6 a        a        DET   DT  7 det   _
            7 view     view     NOUN  NN  4 obl   _
            8 to       to       ADP   IN  9 case  _
            9 peace    peace    NOUN  NN  7 nmod  _
            10 .       .        PUNCT .   4 punct _
            """);
        Assert.Contains("RUS CHN 040", events);
    }

    [Fact]
    public void A_partner_of_the_complement_verb_stops_the_pairing_too()
    {
        // "agreed to work with partners": the intent is toward the partners, not between the members.
        var events = ParsedArticles.Code("""
            1 Russia   Russia   PROPN NNP 4 nsubj B-RUS
            2 and      and      CCONJ CC  3 cc    _
            3 China    China    PROPN NNP 1 conj  B-CHN
            4 agreed   agree    VERB  VBD 0 root  _
            5 to       to       PART  TO  6 mark  _
            6 work     work     VERB  VB  4 xcomp _
            7 with     with     ADP   IN  8 case  _
            8 partners partner  NOUN  NNS 6 obl   _
            9 .        .        PUNCT .   4 punct _
            """);
        Assert.DoesNotContain(events, e => e.StartsWith("RUS CHN", StringComparison.Ordinal) || e.StartsWith("CHN RUS", StringComparison.Ordinal));
    }

    [Fact]
    public void A_partner_behind_with_on_the_entrys_own_noun_stops_the_pairing()
    {
        // "held talks with their partners": the parser hangs the with-phrase on "talks", a word of the entry
        // "hold talk (with) <obj>"; the partner is the members' counterpart all the same.
        var events = ParsedArticles.Code("""
            1 Russia   Russia   PROPN NNP 4 nsubj B-RUS
            2 and      and      CCONJ CC  3 cc    _
            3 China    China    PROPN NNP 1 conj  B-CHN
            4 held     hold     VERB  VBD 0 root  _
            5 talks    talk     NOUN  NNS 4 obj   _
            6 with     with     ADP   IN  8 case  _
            7 their    their    PRON  PRP$ 8 nmod:poss _
            8 partners partner  NOUN  NNS 5 nmod  _
            9 .        .        PUNCT .   4 punct _
            """);
        Assert.DoesNotContain(events, e => e.StartsWith("RUS CHN", StringComparison.Ordinal) || e.StartsWith("CHN RUS", StringComparison.Ordinal));
    }

    [Fact]
    public void Talks_with_each_other_on_the_entrys_noun_keep_the_pairing()
    {
        var events = ParsedArticles.Code("""
            1 Russia   Russia   PROPN NNP 4 nsubj B-RUS
            2 and      and      CCONJ CC  3 cc    _
            3 China    China    PROPN NNP 1 conj  B-CHN
            4 held     hold     VERB  VBD 0 root  _
            5 talks    talk     NOUN  NNS 4 obj   _
            6 with     with     ADP   IN  7 case  _
            7 each     each     DET   DT  5 nmod  _
            8 other    other    ADJ   JJ  7 fixed _
            9 .        .        PUNCT .   4 punct _
            """);
        Assert.Contains("RUS CHN 040", events);
        Assert.Contains("CHN RUS 040", events);
    }
}
