using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>
/// A step the dictionary does not code, planned together by a compound subject ("Kenya and Uganda plan to develop a
/// training program"), is the sides' intent to cooperate with each other (030 both ways); alone, negated, under a frame
/// the list does not name, or with a step the dictionary knows, it is read as before.
/// </summary>
public class JointStepTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void A_compound_subject_planning_an_unknown_step_intends_to_cooperate_with_each_other()
    {
        Assert.Equal(["KEN UGA 030", "UGA KEN 030"], Code("""
            1 Kenya    Kenya    PROPN NNP 4 nsubj B-KEN
            2 and      and      CCONJ CC  3 cc    _
            3 Uganda   Uganda   PROPN NNP 1 conj  B-UGA
            4 plan     plan     VERB  VBP 0 root  _
            5 to       to       PART  TO  6 mark  _
            6 develop  develop  VERB  VB  4 xcomp _
            7 a        a        DET   DT  9 det   _
            8 training training NOUN  NN  9 compound _
            9 program  program  NOUN  NN  6 obj   _
            10 .       .        PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void One_actor_planning_an_unknown_step_is_no_event()
    {
        // An aim at an act the dictionary does not know says too little to code (data/verbs/03_intent.txt).
        Assert.Empty(Code("""
            1 Kenya    Kenya    PROPN NNP 2 nsubj B-KEN
            2 plans    plan     VERB  VBZ 0 root  _
            3 to       to       PART  TO  4 mark  _
            4 develop  develop  VERB  VB  2 xcomp _
            5 a        a        DET   DT  7 det   _
            6 training training NOUN  NN  7 compound _
            7 program  program  NOUN  NN  4 obj   _
            8 .        .        PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_negated_joint_plan_is_no_event()
    {
        Assert.Empty(Code("""
            1 Kenya    Kenya    PROPN NNP 6 nsubj B-KEN
            2 and      and      CCONJ CC  3 cc    _
            3 Uganda   Uganda   PROPN NNP 1 conj  B-UGA
            4 do       do       AUX   VBP 6 aux   _
            5 not      not      PART  RB  6 advmod _
            6 plan     plan     VERB  VB  0 root  _
            7 to       to       PART  TO  8 mark  _
            8 develop  develop  VERB  VB  6 xcomp _
            9 a        a        DET   DT  10 det  _
            10 program program  NOUN  NN  8 obj   _
            11 .       .        PUNCT .   6 punct _
            """));
    }

    [Fact]
    public void A_joint_step_takes_no_target_from_an_actor_named_in_the_step()
    {
        // "Kenya and Uganda resolved to limit Sudan's influence": the sides resolve together; Sudan is named in what
        // they mean to do, not acted on by an intent to cooperate.
        Assert.Equal(["KEN UGA 030", "UGA KEN 030"], Code("""
            1 Kenya     Kenya     PROPN NNP 4 nsubj B-KEN
            2 and       and       CCONJ CC  3 cc    _
            3 Uganda    Uganda    PROPN NNP 1 conj  B-UGA
            4 resolved  resolve   VERB  VBD 0 root  _
            5 to        to        PART  TO  6 mark  _
            6 limit     limit     VERB  VB  4 xcomp _
            7 Sudan     Sudan     PROPN NNP 9 nmod:poss B-SDN
            8 's        's        PART  POS 7 case  _
            9 influence influence NOUN  NN  6 obj   _
            10 .        .         PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void A_frame_the_list_does_not_name_stays_uncoded()
    {
        // "hope to" is an aim, not a plan: the symmetric list names plan, intend, decide, resolve and undertake only.
        Assert.Empty(Code("""
            1 Kenya    Kenya    PROPN NNP 4 nsubj B-KEN
            2 and      and      CCONJ CC  3 cc    _
            3 Uganda   Uganda   PROPN NNP 1 conj  B-UGA
            4 hope     hope     VERB  VBP 0 root  _
            5 to       to       PART  TO  6 mark  _
            6 develop  develop  VERB  VB  4 xcomp _
            7 a        a        DET   DT  8 det   _
            8 program  program  NOUN  NN  6 obj   _
            9 .        .        PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void A_known_step_keeps_its_own_framed_code()
    {
        Assert.Equal(["KEN UGA 036", "UGA KEN 036"], Code("""
            1 Kenya    Kenya    PROPN NNP 4 nsubj B-KEN
            2 and      and      CCONJ CC  3 cc    _
            3 Uganda   Uganda   PROPN NNP 1 conj  B-UGA
            4 plan     plan     VERB  VBP 0 root  _
            5 to       to       PART  TO  6 mark  _
            6 hold     hold     VERB  VB  4 xcomp _
            7 talks    talk     NOUN  NNS 6 obj   _
            8 .        .        PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void A_step_missing_only_its_with_partner_is_that_act_planned_with_each_other()
    {
        // "discuss with <obj>" (040) without a with-phrase: the partner is the other member, the intent is 036.
        Assert.Equal(["KEN UGA 036", "UGA KEN 036"], Code("""
            1 Kenya    Kenya    PROPN NNP 4 nsubj B-KEN
            2 and      and      CCONJ CC  3 cc    _
            3 Uganda   Uganda   PROPN NNP 1 conj  B-UGA
            4 plan     plan     VERB  VBP 0 root  _
            5 to       to       PART  TO  6 mark  _
            6 discuss  discuss  VERB  VB  4 xcomp _
            7 tariffs  tariff   NOUN  NNS 6 obj   _
            8 .        .        PUNCT .   4 punct _
            """));
    }
}
