using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>
/// A compound subject that acts together on a third party is not paired with itself: a titled partner the parser
/// misread as a with-clause ("met with President-elect X"), the party a joint step acts on ("plan to engage
/// partners"), and two titled names the parser joined into one ("Mr. Smith and President Ali"). On hand-built parses.
/// </summary>
public class ThirdPartyPartnerTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void A_titled_partner_read_as_a_with_clause_is_still_the_partner()
    {
        // "Russia and China met with President-elect Smith": 'with' the mark of a clause whose verb is 'elect'.
        var events = Code("""
            1 Russia    Russia    PROPN NNP 4 nsubj  B-RUS
            2 and       and       CCONJ CC  3 cc     _
            3 China     China     PROPN NNP 1 conj   B-CHN
            4 met       meet      VERB  VBD 0 root   _
            5 with      with      ADP   IN  8 mark   _
            6 President President PROPN NNP 8 nsubj  B-USAGOV
            7 -         -         PUNCT HYPH 6 punct I-USAGOV
            8 elect     elect     VERB  VB  4 advcl  I-USAGOV
            9 Smith     Smith     PROPN NNP 8 obj    I-USAGOV
            10 .        .         PUNCT .   4 punct  _
            """);
        Assert.DoesNotContain("RUS CHN 040", events);
        Assert.DoesNotContain("CHN RUS 040", events);
    }

    [Fact]
    public void An_absolute_with_clause_outside_any_actor_keeps_the_pairing()
    {
        // "Russia and China met, with officials underscoring ...": the clause's verb is no part of an actor's name.
        var events = Code("""
            1 Russia      Russia     PROPN NNP 4 nsubj B-RUS
            2 and         and        CCONJ CC  3 cc    _
            3 China       China      PROPN NNP 1 conj  B-CHN
            4 met         meet       VERB  VBD 0 root  _
            5 ,           ,          PUNCT ,   8 punct _
            6 with        with       ADP   IN  8 mark  _
            7 officials   official   NOUN  NNS 8 nsubj _
            8 underscoring underscore VERB VBG 4 advcl _
            9 ties        tie        NOUN  NNS 8 obj   _
            10 .          .          PUNCT .   4 punct _
            """);
        Assert.Contains("RUS CHN 040", events);
        Assert.Contains("CHN RUS 040", events);
    }

    [Fact]
    public void A_joint_step_on_a_party_noun_does_not_pair_the_members()
    {
        // "Kenya and Uganda plan to convene partners": they act on the partners together.
        Assert.Empty(Code("""
            1 Kenya    Kenya    PROPN NNP 4 nsubj B-KEN
            2 and      and      CCONJ CC  3 cc    _
            3 Uganda   Uganda   PROPN NNP 1 conj  B-UGA
            4 plan     plan     VERB  VBP 0 root  _
            5 to       to       PART  TO  6 mark  _
            6 convene  convene  VERB  VB  4 xcomp _
            7 partners partner  NOUN  NNS 6 obj   _
            8 .        .        PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void A_joint_step_on_an_actor_does_not_pair_the_members()
    {
        // "Kenya and Uganda intend to engage Pacific nations": the object is an actor phrase.
        Assert.Empty(Code("""
            1 Kenya    Kenya    PROPN NNP 4 nsubj B-KEN
            2 and      and      CCONJ CC  3 cc    _
            3 Uganda   Uganda   PROPN NNP 1 conj  B-UGA
            4 intend   intend   VERB  VBP 0 root  _
            5 to       to       PART  TO  6 mark  _
            6 engage   engage   VERB  VB  4 xcomp _
            7 Sudan    Sudan    PROPN NNP 6 obj   B-SDN
            8 .        .        PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void A_body_of_a_members_own_country_set_up_in_a_joint_step_keeps_the_pairing()
    {
        // "Kenya and Uganda plan to establish a Kenyan business council": a body they set up, not a party acted on.
        Assert.Equal(["KEN UGA 030", "UGA KEN 030"], Code("""
            1 Kenya     Kenya     PROPN NNP 4 nsubj B-KEN
            2 and       and       CCONJ CC  3 cc    _
            3 Uganda    Uganda    PROPN NNP 1 conj  B-UGA
            4 plan      plan      VERB  VBP 0 root  _
            5 to        to        PART  TO  6 mark  _
            6 establish establish VERB  VB  4 xcomp _
            7 a         a         DET   DT  10 det  _
            8 Kenyan    Kenyan    ADJ   JJ  10 amod B-KENBUS
            9 business  business  NOUN  NN  10 compound I-KENBUS
            10 council  council   NOUN  NN  6 obj   I-KENBUS
            11 .        .         PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void Members_who_engaged_counterparts_are_not_each_others_partners()
    {
        // "Kenya and Uganda engaged their counterparts": against "engage with <obj>" the object is whom they met, not a
        // topic, when it is a party noun.
        Assert.Empty(Code("""
            1 Kenya       Kenya       PROPN NNP 4 nsubj B-KEN
            2 and         and         CCONJ CC  3 cc    _
            3 Uganda      Uganda      PROPN NNP 1 conj  B-UGA
            4 engaged     engage      VERB  VBD 0 root  _
            5 their       their       PRON  PRP$ 6 nmod:poss _
            6 counterparts counterpart NOUN NNS 4 obj   _
            7 .           .           PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void A_conjunct_verb_shares_the_partner_of_the_verb_it_is_joined_to()
    {
        // "Kenya and Uganda met with partners and discussed trade": the discussion is with the partners too.
        var events = Code("""
            1 Kenya     Kenya     PROPN NNP 4 nsubj B-KEN
            2 and       and       CCONJ CC  3 cc    _
            3 Uganda    Uganda    PROPN NNP 1 conj  B-UGA
            4 met       meet      VERB  VBD 0 root  _
            5 with      with      ADP   IN  6 case  _
            6 partners  partner   NOUN  NNS 4 obl   _
            7 and       and       CCONJ CC  8 cc    _
            8 discussed discuss   VERB  VBD 4 conj  _
            9 trade     trade     NOUN  NN  8 obj   _
            10 .        .         PUNCT .   4 punct _
            """);
        Assert.DoesNotContain("KEN UGA 040", events);
        Assert.DoesNotContain("UGA KEN 040", events);
    }

    [Fact]
    public void Two_titled_names_joined_by_and_are_two_subjects()
    {
        // "Mr. Smith and President Ali agreed to continue collaboration with regional partners": the parser made 'Ali'
        // a flat part of 'Smith'; both act, toward the partners the dictionaries do not know.
        Assert.Equal(["USAGOV - 030", "GUYGOV - 030"], Code("""
            1 Mr.       Mr.       PROPN NNP 2 nmod:desc _
            2 Smith     Smith     PROPN NNP 6 nsubj  B-USAGOV
            3 and       and       CCONJ CC  4 cc     _
            4 President President PROPN NNP 5 nmod:desc B-GUYGOV
            5 Ali       Ali       PROPN NNP 2 flat   I-GUYGOV
            6 agreed    agree     VERB  VBD 0 root   _
            7 to        to        PART  TO  8 mark   _
            8 continue  continue  VERB  VB  6 xcomp  _
            9 collaboration collaboration NOUN NN 8 obj _
            10 with     with      ADP   IN  12 case  _
            11 regional regional  ADJ   JJ  12 amod  _
            12 partners partner   NOUN  NNS 8 obl    _
            13 .        .         PUNCT .   6 punct  _
            """));
    }
}
