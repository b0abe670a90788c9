using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>
/// A symmetric entry that names its partner with "with" ("discuss with &lt;obj&gt;") in a clause without "with"
/// whose subject is compound ("Kenya and Uganda discussed trade"): each member is the other's partner (one event per
/// ordered pair); the verb's object is the topic, never the partner; a single subject stays uncoded. A predicate noun
/// whose of/to-phrase names an actor ("are partners of Kenya") pairs each member with that actor instead, and a single
/// subject of such a copular predicate ("France is a partner of Kenya") with that actor.
/// </summary>
public class CoSubjectPartnerTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void Two_members_who_discussed_a_topic_consulted_each_other()
    {
        Assert.Equal(["KEN UGA 040", "UGA KEN 040"], Code("""
            1 Kenya     Kenya    PROPN NNP 4 nsubj B-KEN
            2 and       and      CCONJ CC  3 cc    _
            3 Uganda    Uganda   PROPN NNP 1 conj  B-UGA
            4 discussed discuss  VERB  VBD 0 root  _
            5 trade     trade    NOUN  NN  4 obj   _
            6 .         .        PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void An_actor_named_as_the_topic_is_not_the_partner()
    {
        Assert.Equal(["KEN UGA 040", "UGA KEN 040"], Code("""
            1 Kenya     Kenya    PROPN NNP 4 nsubj B-KEN
            2 and       and      CCONJ CC  3 cc    _
            3 Uganda    Uganda   PROPN NNP 1 conj  B-UGA
            4 discussed discuss  VERB  VBD 0 root  _
            5 Sudan     Sudan    PROPN NNP 4 obj   B-SDN
            6 .         .        PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void One_actor_who_discussed_a_topic_is_no_event()
    {
        Assert.Empty(Code("""
            1 Kenya     Kenya    PROPN NNP 2 nsubj B-KEN
            2 discussed discuss  VERB  VBD 0 root  _
            3 trade     trade    NOUN  NN  2 obj   _
            4 .         .        PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_partner_named_with_with_stays_the_target()
    {
        Assert.Equal(["KEN SDN 040", "UGA SDN 040"], Code("""
            1 Kenya     Kenya    PROPN NNP 4 nsubj B-KEN
            2 and       and      CCONJ CC  3 cc    _
            3 Uganda    Uganda   PROPN NNP 1 conj  B-UGA
            4 discussed discuss  VERB  VBD 0 root  _
            5 trade     trade    NOUN  NN  4 obj   _
            6 with      with     ADP   IN  7 case  _
            7 Sudan     Sudan    PROPN NNP 4 obl   B-SDN
            8 .         .        PUNCT .   4 punct _
            """));
    }
    [Fact]
    public void Members_who_are_partners_of_an_actor_pair_with_it_not_each_other()
    {
        Assert.Equal(["FRA KEN 060", "DEU KEN 060"], Code("""
            1 France   France   PROPN NNP 5 nsubj B-FRA
            2 and      and      CCONJ CC  3 cc    _
            3 Germany  Germany  PROPN NNP 1 conj  B-DEU
            4 are      be       AUX   VBP 5 cop   _
            5 partners partner  NOUN  NNS 0 root  _
            6 of       of       ADP   IN  7 case  _
            7 Kenya    Kenya    PROPN NNP 5 nmod  B-KEN
            8 .        .        PUNCT .   5 punct _
            """));
    }

    [Fact]
    public void Members_who_are_allies_to_an_actor_pair_with_it()
    {
        Assert.Equal(["FRA KEN 050", "DEU KEN 050"], Code("""
            1 France   France   PROPN NNP 5 nsubj B-FRA
            2 and      and      CCONJ CC  3 cc    _
            3 Germany  Germany  PROPN NNP 1 conj  B-DEU
            4 are      be       AUX   VBP 5 cop   _
            5 allies   ally     NOUN  NNS 0 root  _
            6 to       to       ADP   IN  7 case  _
            7 Kenya    Kenya    PROPN NNP 5 nmod  B-KEN
            8 .        .        PUNCT .   5 punct _
            """));
    }

    [Fact]
    public void Members_who_are_partners_without_a_named_partner_stay_paired()
    {
        Assert.Equal(["FRA DEU 060", "DEU FRA 060"], Code("""
            1 France   France   PROPN NNP 5 nsubj B-FRA
            2 and      and      CCONJ CC  3 cc    _
            3 Germany  Germany  PROPN NNP 1 conj  B-DEU
            4 are      be       AUX   VBP 5 cop   _
            5 partners partner  NOUN  NNS 0 root  _
            6 .        .        PUNCT .   5 punct _
            """));
    }

    [Fact]
    public void An_of_phrase_naming_no_actor_leaves_the_members_paired()
    {
        Assert.Equal(["FRA DEU 060", "DEU FRA 060"], Code("""
            1 France   France   PROPN NNP 5 nsubj B-FRA
            2 and      and      CCONJ CC  3 cc    _
            3 Germany  Germany  PROPN NNP 1 conj  B-DEU
            4 are      be       AUX   VBP 5 cop   _
            5 partners partner  NOUN  NNS 0 root  _
            6 of       of       ADP   IN  8 case  _
            7 the      the      DET   DT  8 det   _
            8 project  project  NOUN  NN  5 nmod  _
            9 .        .        PUNCT .   5 punct _
            """));
    }

    [Fact]
    public void One_actor_that_is_a_partner_of_another_pairs_with_it()
    {
        Assert.Equal(["FRA KEN 060"], Code("""
            1 France   France   PROPN NNP 4 nsubj B-FRA
            2 is       be       AUX   VBZ 4 cop   _
            3 a        a        DET   DT  4 det   _
            4 partner  partner  NOUN  NN  0 root  _
            5 of       of       ADP   IN  6 case  _
            6 Kenya    Kenya    PROPN NNP 4 nmod  B-KEN
            7 .        .        PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void One_actor_that_is_an_ally_to_another_pairs_with_it()
    {
        Assert.Equal(["FRA KEN 050"], Code("""
            1 France   France   PROPN NNP 4 nsubj B-FRA
            2 is       be       AUX   VBZ 4 cop   _
            3 an       a        DET   DT  4 det   _
            4 ally     ally     NOUN  NN  0 root  _
            5 to       to       ADP   IN  6 case  _
            6 Kenya    Kenya    PROPN NNP 4 nmod  B-KEN
            7 .        .        PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void One_actor_that_is_a_partner_of_no_actor_is_no_event()
    {
        Assert.Empty(Code("""
            1 France   France   PROPN NNP 4 nsubj B-FRA
            2 is       be       AUX   VBZ 4 cop   _
            3 a        a        DET   DT  4 det   _
            4 partner  partner  NOUN  NN  0 root  _
            5 of       of       ADP   IN  7 case  _
            6 the      the      DET   DT  7 det   _
            7 project  project  NOUN  NN  4 nmod  _
            8 .        .        PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void A_relative_pronoun_subject_is_not_read_as_a_partner()
    {
        // "which" would be resolved to the clause above's subject, not to Saudi Arabia.
        Assert.DoesNotContain(Code("""
            1 He       he       PRON  PRP 2 nsubj B-USAGOV
            2 praised  praise   VERB  VBD 0 root  _
            3 Saudi    Saudi    PROPN NNP 4 compound B-SAU
            4 Arabia   Arabia   PROPN NNP 2 obj   I-SAU
            5 ,        ,        PUNCT ,   4 punct _
            6 which    which    PRON  WDT 9 nsubj _
            7 is       be       AUX   VBZ 9 cop   _
            8 a        a        DET   DT  9 det   _
            9 partner  partner  NOUN  NN  4 acl:relcl _
            10 of      of       ADP   IN  11 case _
            11 Kenya   Kenya    PROPN NNP 9 nmod  B-KEN
            12 .       .        PUNCT .   2 punct _
            """), e => e.EndsWith(" 060"));
    }
}
