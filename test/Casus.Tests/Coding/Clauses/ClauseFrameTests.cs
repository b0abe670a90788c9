using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Clause frames on hand-built parses: aim frames, scheduled acts, object control, negated intentions as
/// refusals, symmetric acts of compound subjects, and relative clauses that describe their noun.</summary>
public class ClauseFrameTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void Hoping_to_hold_talks_is_an_intent_to_meet()
    {
        Assert.Equal(["PAK IND 036"], Code("""
            1 Pakistan Pakistan PROPN NNP 2 nsubj B-PAK
            2 hopes    hope     VERB  VBZ 0 root  _
            3 to       to       PART  TO  4 mark  _
            4 hold     hold     VERB  VB  2 xcomp _
            5 talks    talk     NOUN  NNS 4 obj   _
            6 with     with     ADP   IN  7 case  _
            7 India    India    PROPN NNP 4 obl   B-IND
            8 .        .        PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Being_scheduled_to_visit_is_coded_as_the_visit()
    {
        // As the gold sets code it: the scheduled act itself, with the passive subject of "scheduled" as its source.
        Assert.Equal(["USAGOV CHN 042"], Code("""
            1 Obama     Obama     PROPN NNP 3 nsubj:pass B-USAGOV
            2 is        be        AUX   VBZ 3 aux:pass   _
            3 scheduled schedule  VERB  VBN 0 root       _
            4 to        to        PART  TO  5 mark       _
            5 visit     visit     VERB  VB  3 xcomp      _
            6 China     China     PROPN NNP 5 obj        B-CHN
            7 .         .         PUNCT .   3 punct      _
            """));
    }

    [Theory]
    [InlineData("schedule")]
    [InlineData("_")]
    public void Scheduled_to_visit_is_the_visit_with_or_without_a_lemma(string lemma)
    {
        // [realising-verbs] of data/frames/frame_words.txt: after one of them the infinitive is the act itself,
        // matched by lemma or, where the tagger gave none, by the written word ("scheduled" = "schedule" + "d"); after
        // a verb off the list and no frame ("rushed to visit") it is no event.
        string Visit(string w, string l) => $$"""
            1 Obama     Obama     PROPN NNP 3 nsubj:pass B-USAGOV
            2 is        be        AUX   VBZ 3 aux:pass   _
            3 {{w}}     {{l}}     VERB  VBN 0 root       _
            4 to        to        PART  TO  5 mark       _
            5 visit     visit     VERB  VB  3 xcomp      _
            6 China     China     PROPN NNP 5 obj        B-CHN
            7 .         .         PUNCT .   3 punct      _
            """;
        Assert.Equal(["USAGOV CHN 042"], Code(Visit("scheduled", lemma)));
        Assert.DoesNotContain("USAGOV CHN 042", Code(Visit("rushed", lemma == "_" ? "_" : "rush")));
    }

    [Fact]
    public void Seeking_to_attack_is_a_threat()
    {
        var codes = Code("""
            1 Russia   Russia   PROPN NNP 2 nsubj B-RUS
            2 seeks    seek     VERB  VBZ 0 root  _
            3 to       to       PART  TO  4 mark  _
            4 attack   attack   VERB  VB  2 xcomp _
            5 Ukraine  Ukraine  PROPN NNP 4 obj   B-UKR
            6 .        .        PUNCT .   2 punct _
            """);
        var c = Assert.Single(codes);
        Assert.StartsWith("RUS UKR 13", c);
    }

    // "Sarkozy heads to Beijing, seeking|pledging to mend ties with China." (a sentence written for these tests) with
    // the participle to vary.
    private static string HeadsTo(string participle, string lemma) => $$"""
        1 Sarkozy   Sarkozy   PROPN NNP 2  nsubj  B-FRAGOV
        2 heads     head      VERB  VBZ 0  root   _
        3 to        to        ADP   IN  4  case   _
        4 Beijing   Beijing   PROPN NNP 2  obl    _
        5 ,         ,         PUNCT ,   6  punct  _
        6 {{participle}} {{lemma}} VERB VBG 2 advcl _
        7 to        to        PART  TO  8  mark   _
        8 mend      mend      VERB  VB  6  xcomp  _
        9 ties      tie       NOUN  NNS 8  obj    _
        10 with     with      ADP   IN  11 case   _
        11 China    China     PROPN NNP 8  obl    B-CHN
        12 .        .         PUNCT .   2  punct  _
        """;

    [Fact]
    public void An_aim_participle_after_another_act_is_its_motive_not_an_intent()
    {
        // The trip's aim as the reporter reads it, like "heads to Beijing to mend ties": no expressed intent (03).
        Assert.Empty(Code(HeadsTo("seeking", "seek")));
    }

    [Fact]
    public void A_participle_of_saying_an_intent_after_another_act_stays_an_intent()
    {
        Assert.Equal(["FRAGOV CHN 032"], Code(HeadsTo("pledging", "pledge")));
    }

    [Fact]
    public void Seeking_as_the_main_verb_stays_an_intent()
    {
        Assert.Equal(["FRAGOV CHN 032"], Code("""
            1 Sarkozy   Sarkozy   PROPN NNP 2 nsubj B-FRAGOV
            2 seeks     seek      VERB  VBZ 0 root  _
            3 to        to        PART  TO  4 mark  _
            4 mend      mend      VERB  VB  2 xcomp _
            5 ties      tie       NOUN  NNS 4 obj   _
            6 with      with      ADP   IN  7 case  _
            7 China     China     PROPN NNP 4 obl   B-CHN
            8 .         .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Swearing_to_retaliate_is_a_threat_as_vowing_is()
    {
        // "swear to" is a frame of promise like "vow to"; announced force is a threat (13x).
        var c = Assert.Single(Code("""
            1 Iran       Iran       PROPN NNP 2 nsubj B-IRN
            2 swore      swear      VERB  VBD 0 root  _
            3 to         to         PART  TO  4 mark  _
            4 retaliate  retaliate  VERB  VB  2 xcomp _
            5 against    against    ADP   IN  6 case  _
            6 Israel     Israel     PROPN NNP 4 obl   B-ISR
            7 .          .          PUNCT .   2 punct _
            """));
        Assert.StartsWith("IRN ISR 13", c);
    }

    [Fact]
    public void Being_sworn_in_is_no_frame()
    {
        Assert.Empty(Code("""
            1 Rouhani    Rouhani    PROPN NNP 3 nsubj:pass B-IRNGOV
            2 was        be         AUX   VBD 3 aux:pass   _
            3 sworn      swear      VERB  VBN 0 root       _
            4 in         in         ADP   RP  3 compound:prt _
            5 .          .          PUNCT .   3 punct      _
            """));
    }

    private const string ObamaWantsPutinTo = """
        1 Obama     Obama     PROPN NNP 2 nsubj B-USAGOV
        2 wants     want      VERB  VBZ 0 root  _
        3 Putin     Putin     PROPN NNP 2 obj   B-RUSGOV
        4 to        to        PART  TO  5 mark  _
        5 {0}
        6 the       the       DET   DT  7 det   _
        7 {1}
        8 .         .         PUNCT .   2 punct _
        """;

    [Fact]
    public void Wanting_someone_to_act_is_an_appeal_to_them_coded_by_the_act()
    {
        Assert.Equal(["USAGOV RUSGOV 0253"], Code(string.Format(ObamaWantsPutinTo,
            "release release VERB VB 2 xcomp _", "prisoners prisoner NOUN NNS 5 obj _")));
    }

    [Fact]
    public void Wanting_someone_to_use_force_is_a_general_appeal_not_the_speakers_threat()
    {
        // CAMEO has no appeal code for force: what Obama wants Putin to do is still asked of Putin, the general appeal
        // (020, as "urged Putin to attack"); the speaker announces nothing of his own ("want to" is no intent frame).
        Assert.Equal(["USAGOV RUSGOV 020"], Code(string.Format(ObamaWantsPutinTo,
            "attack attack VERB VB 2 xcomp _", "town town NOUN NN 5 obj _")));
    }

    private const string GermanySaidItWouldNot = """
        1 Germany  Germany  PROPN NNP 2 nsubj  B-DEU
        2 said     say      VERB  VBD 0 root   _
        3 it       it       PRON  PRP 6 nsubj  _
        4 {0}
        5 not      not      PART  RB  6 advmod _
        6 {1}
        7 {2}
        8 to       to       ADP   IN  9 case   _
        9 Greece   Greece   PROPN NNP 6 obl    B-GRC
        10 .       .        PUNCT .   2 punct  _
        """;

    [Fact]
    public void Would_not_provide_aid_is_a_refusal_of_aid()
    {
        Assert.Equal(["DEU GRC 122"], Code(string.Format(GermanySaidItWouldNot,
            "would would AUX MD 6 aux _", "provide provide VERB VB 2 ccomp _", "aid aid NOUN NN 6 obj _")));
    }

    [Fact]
    public void Will_not_talk_is_a_refusal_to_meet()
    {
        Assert.Equal(["DEU GRC 125"], Code(string.Format(GermanySaidItWouldNot,
            "will will AUX MD 6 aux _", "talk talk VERB VB 2 ccomp _", "directly directly ADV RB 6 advmod _")
            .Replace("8 to       to       ADP   IN  9 case", "8 with     with     ADP   IN  9 case")));
    }

    [Fact]
    public void A_negation_without_will_or_would_is_no_refusal()
    {
        // "did not provide aid": nothing happened, and nothing was refused; "could not": ability, not intent.
        Assert.Empty(Code(string.Format(GermanySaidItWouldNot,
            "did do AUX VBD 6 aux _", "provide provide VERB VB 2 ccomp _", "aid aid NOUN NN 6 obj _")));
        Assert.Empty(Code(string.Format(GermanySaidItWouldNot,
            "could could AUX MD 6 aux _", "provide provide VERB VB 2 ccomp _", "aid aid NOUN NN 6 obj _")));
    }

    [Fact]
    public void Will_not_attack_is_no_event_for_CAMEO_has_no_refusal_of_force()
    {
        Assert.Empty(Code("""
            1 Russia   Russia   PROPN NNP 4 nsubj  B-RUS
            2 will     will     AUX   MD  4 aux    _
            3 not      not      PART  RB  4 advmod _
            4 attack   attack   VERB  VB  0 root   _
            5 Ukraine  Ukraine  PROPN NNP 4 obj    B-UKR
            6 .        .        PUNCT .   4 punct  _
            """));
    }

    [Fact]
    public void A_negated_intent_frame_is_a_refusal_of_the_framed_act()
    {
        Assert.Equal(["IRN USA 125"], Code("""
            1 Iran     Iran     PROPN NNP 4 nsubj  B-IRN
            2 does     do       AUX   VBZ 4 aux    _
            3 not      not      PART  RB  4 advmod _
            4 intend   intend   VERB  VB  0 root   _
            5 to       to       PART  TO  6 mark   _
            6 meet     meet     VERB  VB  4 xcomp  _
            7 Washington Washington PROPN NNP 6 obj B-USA
            8 .        .        PUNCT .   4 punct  _
            """));
    }

    [Fact]
    public void Compound_subject_of_a_symmetric_act_acts_on_each_other()
    {
        Assert.Equal(["RUS CHN 040", "CHN RUS 040"], Code("""
            1 Russia   Russia   PROPN NNP 4 nsubj B-RUS
            2 and      and      CCONJ CC  3 cc    _
            3 China    China    PROPN NNP 1 conj  B-CHN
            4 held     hold     VERB  VBD 0 root  _
            5 talks    talk     NOUN  NNS 4 obj   _
            6 .        .        PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void Compound_subject_of_a_clash_fights_each_other()
    {
        Assert.Equal(["IRQCOP IRQCVL 190", "IRQCVL IRQCOP 190"], Code("""
            1 Police     police     NOUN NNS 4 nsubj B-IRQCOP
            2 and        and        CCONJ CC 3 cc    _
            3 protesters protester  NOUN NNS 1 conj  B-IRQCVL
            4 clashed    clash      VERB VBD 0 root  _
            5 .          .          PUNCT .  4 punct _
            """));
    }

    [Fact]
    public void Compound_subject_of_a_one_sided_act_is_not_made_reciprocal()
    {
        // "pledged to provide aid": each pledges aid; neither pledged it to the other.
        Assert.Equal(["RUS - 033", "CHN - 033"], Code("""
            1 Russia   Russia   PROPN NNP 4 nsubj B-RUS
            2 and      and      CCONJ CC  3 cc    _
            3 China    China    PROPN NNP 1 conj  B-CHN
            4 pledged  pledge   VERB  VBD 0 root  _
            5 to       to       PART  TO  6 mark  _
            6 provide  provide  VERB  VB  4 xcomp _
            7 aid      aid      NOUN  NN  6 obj   _
            8 .        .        PUNCT .   4 punct _
            """));
    }

    private const string CommittedToUpgrade = """
        1 Russia      Russia      PROPN NNP  4 nsubj     B-RUS
        2 and         and         CCONJ CC   3 cc        _
        3 China       China       PROPN NNP  1 conj      B-CHN
        4 committed   commit      VERB  VBD  0 root      _
        5 to          to          PART  TO   6 mark      _
        6 upgrade     upgrade     VERB  VB   4 xcomp     _
        7 their       their       PRON  PRP$ 9 nmod:poss _
        8 {0}
        9 partnership partnership NOUN  NN   6 obj       _
        10 .          .           PUNCT .    4 punct     _
        """;

    [Fact]
    public void A_cooperative_act_that_says_bilateral_or_together_is_reciprocal()
    {
        Assert.Equal(["RUS CHN 030", "CHN RUS 030"], Code(string.Format(CommittedToUpgrade, "bilateral bilateral ADJ JJ 9 amod _")));
        Assert.Equal(["RUS - 030", "CHN - 030"], Code(string.Format(CommittedToUpgrade, "economic economic ADJ JJ 9 amod _")));
    }

    [Fact]
    public void Every_listed_reciprocal_cue_after_the_verb_makes_the_act_reciprocal()
    {
        // [reciprocal-cues] of data/frames/frame_words.txt: each word but "other" and "another" (which count only in
        // "each other" and "one another") pairs the subjects; "other" alone does not.
        var cues = FrameWords.Default.Words(FrameWordList.ReciprocalCues).Where(w => w is not ("other" or "another")).ToList();
        Assert.NotEmpty(cues);
        foreach (var w in cues)
            Assert.Equal(["RUS CHN 030", "CHN RUS 030"], Code(string.Format(CommittedToUpgrade, $"{w} {w} ADJ JJ 9 amod _")));
        Assert.Equal(["RUS - 030", "CHN - 030"], Code(string.Format(CommittedToUpgrade, "other other ADJ JJ 9 amod _")));
    }

    [Fact]
    public void A_relative_clause_under_would_is_no_event()
    {
        Assert.Equal(["TUR RUS 111"], Code("""
            1 Turkey    Turkey    PROPN NNP 7 nsubj     B-TUR
            2 ,         ,         PUNCT ,   5 punct     _
            3 which     which     PRON  WDT 5 nsubj     _
            4 would     would     AUX   MD  5 aux       _
            5 attack    attack    VERB  VB  1 acl:relcl _
            6 Syria     Syria     PROPN NNP 5 obj       B-SYR
            7 denounced denounce  VERB  VBD 0 root      _
            8 Russia    Russia    PROPN NNP 7 obj       B-RUS
            9 .         .         PUNCT .   7 punct     _
            """));
    }

    [Fact]
    public void A_relative_clause_in_the_simple_present_describes_its_noun()
    {
        // "Russia, which backs Assad": a standing attribute, not an act of the article's day.
        Assert.Equal(["RUS UKR 190"], Code("""
            1 Russia   Russia   PROPN NNP 6 nsubj     B-RUS
            2 ,        ,        PUNCT ,   4 punct     _
            3 which    which    PRON  WDT 4 nsubj     _
            4 backs    back     VERB  VBZ 1 acl:relcl _
            5 Assad    Assad    PROPN NNP 4 obj       B-SYRGOV
            6 attacked attack   VERB  VBD 0 root      _
            7 Ukraine  Ukraine  PROPN NNP 6 obj       B-UKR
            8 .        .        PUNCT .   6 punct     _
            """));
    }

    [Fact]
    public void A_relative_clause_in_the_past_is_still_an_event()
    {
        Assert.Equal(["TUR SYR 190", "TUR RUS 111"], Code("""
            1 Turkey    Turkey    PROPN NNP 6 nsubj     B-TUR
            2 ,         ,         PUNCT ,   4 punct     _
            3 which     which     PRON  WDT 4 nsubj     _
            4 attacked  attack    VERB  VBD 1 acl:relcl _
            5 Syria     Syria     PROPN NNP 4 obj       B-SYR
            6 denounced denounce  VERB  VBD 0 root      _
            7 Russia    Russia    PROPN NNP 6 obj       B-RUS
            8 .         .         PUNCT .   6 punct     _
            """));
    }

    [Fact]
    public void A_relative_clause_with_a_subject_of_its_own_is_left_to_the_ordinary_rules()
    {
        // A heading the parser hung a main clause on ("Security: Russia attacks Ukraine"): not a description.
        Assert.Equal(["RUS UKR 190"], Code("""
            1 Security Security PROPN NNP 0 root      _
            2 :        :        PUNCT :   4 punct     _
            3 Russia   Russia   PROPN NNP 4 nsubj     B-RUS
            4 attacks  attack   VERB  VBZ 1 acl:relcl _
            5 Ukraine  Ukraine  PROPN NNP 4 obj       B-UKR
            6 .        .        PUNCT .   1 punct     _
            """));
    }

    private const string RussiaSaidSudanMust = """
        1 Russia   Russia   PROPN NNP 2 nsubj  B-RUS
        2 said     say      VERB  VBD 0 root   _
        3 that     that     SCONJ IN  6 mark   _
        4 {0}
        5 must     must     AUX   MD  6 aux    _
        6 {1}
        7 {2}
        8 .        .        PUNCT .   2 punct  _
        """;

    [Fact]
    public void Y_must_act_under_a_reporting_verb_is_the_speakers_demand_coded_by_the_act()
    {
        // "must withdraw its troops": the demanded act (087 de-escalate) picks 1056 in the demand frame.
        Assert.Equal(["RUS SDN 1056"], Code(string.Format(RussiaSaidSudanMust,
            "Sudan Sudan PROPN NNP 6 nsubj B-SDN", "withdraw withdraw VERB VB 2 ccomp _", "troops troop NOUN NNS 6 obj _")));
        // An act the dictionary does not know is still a demand.
        Assert.Equal(["RUS SDN 100"], Code(string.Format(RussiaSaidSudanMust,
            "Sudan Sudan PROPN NNP 6 nsubj B-SDN", "paint paint VERB VB 2 ccomp _", "walls wall NOUN NNS 6 obj _")));
    }

    [Fact]
    public void A_speakers_own_duty_is_no_demand()
    {
        // "Russia said it must ...", "Russia said Russians must ...": no addressee besides the speaker.
        Assert.Empty(Code(string.Format(RussiaSaidSudanMust,
            "it it PRON PRP 6 nsubj _", "allocate allocate VERB VB 2 ccomp _", "funds fund NOUN NNS 6 obj _")));
        Assert.Empty(Code(string.Format(RussiaSaidSudanMust,
            "Russians Russian PROPN NNPS 6 nsubj B-RUSCVL", "allocate allocate VERB VB 2 ccomp _", "funds fund NOUN NNS 6 obj _")));
        // "Russia said Russia and Sudan must cooperate": a shared duty, not a demand on Sudan.
        Assert.Empty(Code("""
            1 Russia   Russia   PROPN NNP 2 nsubj  B-RUS
            2 said     say      VERB  VBD 0 root   _
            3 Moscow   Moscow   PROPN NNP 7 nsubj  B-RUSGOV
            4 and      and      CCONJ CC  5 cc     _
            5 Sudan    Sudan    PROPN NNP 3 conj   B-SDN
            6 must     must     AUX   MD  7 aux    _
            7 paint    paint    VERB  VB  2 ccomp  _
            8 walls    wall     NOUN  NNS 7 obj    _
            9 .        .        PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void Symmetric_act_list_reports_bad_lines_and_keeps_the_rest()
    {
        var text = "# comment\n040\n99x meet\n057 sign|Seal\n190 clash\n";
        var list = SymmetricActs.Load(new StringReader(text), "test.txt", CameoCatalog.Default, out var errors);
        Assert.Equal(2, list.Count);
        Assert.Equal(["test.txt:3: code", "test.txt:4: lemmas"], errors.Select(e => $"{e.File}:{e.Line}: {e.Field}").ToArray());
        Assert.True(list.IsSymmetric(CameoCode.Parse("040"), "meet"));
        Assert.True(list.IsSymmetric(CameoCode.Parse("190"), "clash"));
        Assert.False(list.IsSymmetric(CameoCode.Parse("190"), "attack"));
    }

    [Fact]
    public void Embedded_symmetric_act_list_loads()
    {
        Assert.True(SymmetricActs.Default.Count > 5);
        Assert.True(SymmetricActs.Default.IsSymmetric(CameoCode.Parse("040"), "meet"));
        Assert.False(SymmetricActs.Default.IsSymmetric(CameoCode.Parse("051"), "praise"));
    }
}
