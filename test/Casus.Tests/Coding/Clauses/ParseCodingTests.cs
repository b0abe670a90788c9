using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The coder's reading of a hand-built parse: each mechanism on its own, no tagger or parser involved.</summary>
public class ParseCodingTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    private const string RussiaAttackedUkraine = """
        1 Russia   Russia   PROPN NNP 2 nsubj B-RUS
        2 attacked attack   VERB  VBD 0 root  _
        3 Ukraine  Ukraine  PROPN NNP 2 obj   B-UKR
        4 .        .        PUNCT .   2 punct _
        """;

    [Fact]
    public void Subject_verb_object_from_the_parse()
    {
        Assert.Equal(["RUS UKR 190"], Code(RussiaAttackedUkraine));
    }

    [Theory]
    [InlineData("is", true)]
    [InlineData("'s", true)]
    [InlineData("WAS", true)]
    [InlineData("has", false)]
    [InlineData("gets", false)]
    public void A_verb_in_ing_is_a_predicate_only_with_a_form_of_be(string aux, bool act)
    {
        // [be-forms] of data/frames/frame_words.txt, matched on the written auxiliary when the tagger gave no lemma:
        // "Russia 's attacking Ukraine" reports an attack; with any other auxiliary the participle is no predicate.
        var coder = CodingStage.CreateDefault(new CodingOptions { SequenceFallback = SequenceFallback.Never });
        var codes = ParsedArticles.Code($$"""
            1 Russia    Russia    PROPN NNP 3 nsubj B-RUS
            2 {{aux}}   _         AUX   VBZ 3 aux   _
            3 attacking attack    VERB  VBG 0 root  _
            4 Ukraine   Ukraine   PROPN NNP 3 obj   B-UKR
            5 .         .         PUNCT .   3 punct _
            """, coder);
        Assert.Equal(act ? ["RUS UKR 190"] : [], codes);
    }

    [Fact]
    public void Target_is_the_object_of_the_verb_not_the_next_mention()
    {
        // Word order alone would take Kyiv (right after the verb) as the target; the parse says Kyiv is a place.
        Assert.Equal(["RUS UKR 190"], Code("""
            1 Russia   Russia   PROPN NNP 2 nsubj B-RUS
            2 attacked attack   VERB  VBD 0 root  _
            3 in       in       ADP   IN  4 case  _
            4 Kyiv     Kyiv     PROPN NNP 2 obl   B-UKRGOV
            5 Ukraine  Ukraine  PROPN NNP 7 nmod:poss B-UKR
            6 's       's       PART  POS 5 case  _
            7 troops   troop    NOUN  NNS 2 obj   _
            8 .        .        PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Light_verb_object_and_its_preposition_however_far_apart()
    {
        // "imposed new , tough and sweeping sanctions on Iran": more filler words than a word window allows.
        Assert.Equal(["USA IRN 163"], Code("""
            1 Washington Washington PROPN NNP 2 nsubj B-USA
            2 imposed    impose     VERB  VBD 0 root  _
            3 new        new        ADJ   JJ  8 amod  _
            4 ,          ,          PUNCT ,   5 punct _
            5 tough      tough      ADJ   JJ  3 conj  _
            6 and        and        CCONJ CC  7 cc    _
            7 sweeping   sweeping   ADJ   JJ  3 conj  _
            8 sanctions  sanction   NOUN  NNS 2 obj   _
            9 on         on         ADP   IN  10 case _
            10 Iran      Iran       PROPN NNP 8 nmod  B-IRN
            11 .         .          PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Phrasal_verb_particle_and_oblique()
    {
        Assert.Equal(["CHNGOV CHNOPP 175"], Code("""
            1 Beijing    Beijing    PROPN NNP 2 nsubj        B-CHNGOV
            2 cracked    crack      VERB  VBD 0 root         _
            3 down       down       ADP   RP  2 compound:prt _
            4 on         on         ADP   IN  5 case         _
            5 dissidents dissident  NOUN  NNS 2 obl          B-CHNOPP
            6 .          .          PUNCT .   2 punct        _
            """));
    }

    [Fact]
    public void Passive_agent_is_the_source_and_subject_the_target()
    {
        var a = ParsedArticles.Build("""
            1 Ukraine  Ukraine PROPN NNP 3 nsubj:pass B-UKR
            2 was      be      AUX   VBD 3 aux:pass   _
            3 attacked attack  VERB  VBN 0 root       _
            4 by       by      ADP   IN  5 case       _
            5 Russia   Russia  PROPN NNP 3 obl:agent  B-RUS
            6 .        .       PUNCT .   3 punct      _
            """);
        CodingStage.CreateDefault().Process(a);
        var e = Assert.Single(a.Events);
        Assert.Equal("RUS", e.Source.Code.Value);
        Assert.Equal("UKR", e.Target!.Code.Value);
        Assert.Equal("passive-by", e.Evidence.Rule);
    }

    [Fact]
    public void Passive_without_agent_is_not_coded()
    {
        Assert.Empty(Code("""
            1 Ukraine  Ukraine PROPN NNP 3 nsubj:pass B-UKR
            2 was      be      AUX   VBD 3 aux:pass   _
            3 attacked attack  VERB  VBN 0 root       _
            4 .        .       PUNCT .   3 punct      _
            """));
    }

    [Fact]
    public void Coordinated_subjects_and_objects_give_one_event_per_member()
    {
        Assert.Equal(["RUS USA 111", "CHN USA 111"], Code("""
            1 Russia    Russia    PROPN NNP 4 nsubj B-RUS
            2 and       and       CCONJ CC  3 cc    _
            3 China     China     PROPN NNP 1 conj  B-CHN
            4 condemned condemn   VERB  VBD 0 root  _
            5 Washington Washington PROPN NNP 4 obj B-USA
            6 .         .         PUNCT .   4 punct _
            """));
        Assert.Equal(["USA IRN 111", "USA SYR 111"], Code("""
            1 Washington Washington PROPN NNP 2 nsubj B-USA
            2 condemned condemn   VERB  VBD 0 root  _
            3 Iran      Iran      PROPN NNP 2 obj   B-IRN
            4 and       and       CCONJ CC  5 cc    _
            5 Syria     Syria     PROPN NNP 3 conj  B-SYR
            6 .         .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_split_compound_subject_still_counts_every_member()
    {
        // A parser that hangs the last conjunct on the verb as a second nsubj: both are subjects.
        Assert.Equal(["USA CHE 040", "CHE USA 040"], Code("""
            1 The         the         DET   DT  2 det   _
            2 US          US          PROPN NNP 5 nsubj B-USA
            3 and         and         CCONJ CC  4 cc    _
            4 Switzerland Switzerland PROPN NNP 5 nsubj B-CHE
            5 met         meet        VERB  VBD 0 root  _
            6 .           .           PUNCT .   5 punct _
            """));
    }

    [Fact]
    public void Coordinated_verbs_share_the_subject()
    {
        Assert.Equal(["RUS UKR 190", "RUS POL 111"], Code("""
            1 Russia    Russia    PROPN NNP 2 nsubj B-RUS
            2 attacked  attack    VERB  VBD 0 root  _
            3 Ukraine   Ukraine   PROPN NNP 2 obj   B-UKR
            4 and       and       CCONJ CC  5 cc    _
            5 condemned condemn   VERB  VBD 2 conj  _
            6 Poland    Poland    PROPN NNP 5 obj   B-POL
            7 .         .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Relative_clause_gap_is_the_noun_it_modifies()
    {
        // In the past tense: a relative clause in the simple present describes its noun and is no event
        // (ClauseFrameTests.A_relative_clause_in_the_simple_present_describes_its_noun).
        Assert.Equal(["RUS SYRGOV 051", "RUS UKR 190"], Code("""
            1 Russia   Russia   PROPN NNP 6 nsubj     B-RUS
            2 ,        ,        PUNCT ,   4 punct     _
            3 which    which    PRON  WDT 4 nsubj     _
            4 backed   back     VERB  VBD 1 acl:relcl _
            5 Assad    Assad    PROPN NNP 4 obj       B-SYRGOV
            6 attacked attack   VERB  VBD 0 root      _
            7 Ukraine  Ukraine  PROPN NNP 6 obj       B-UKR
            8 .        .        PUNCT .   6 punct     _
            """));
    }

    [Fact]
    public void Participle_modifier_reads_as_a_passive()
    {
        // "Rebels backed by Russia attacked Kyiv": Russia backs the rebels; the rebels attack.
        Assert.Equal(["RUS REB 051", "REB UKRGOV 190"], Code("""
            1 Rebels   rebel    NOUN  NNS 5 nsubj     B-REB
            2 backed   back     VERB  VBN 1 acl       _
            3 by       by       ADP   IN  4 case      _
            4 Russia   Russia   PROPN NNP 2 obl:agent B-RUS
            5 attacked attack   VERB  VBD 0 root      _
            6 Kyiv     Kyiv     PROPN NNP 5 obj       B-UKRGOV
            7 .        .        PUNCT .   5 punct     _
            """));
    }

    [Fact]
    public void Apposition_names_the_actor_of_a_common_noun()
    {
        Assert.Equal(["NOR SAU 042"], Code("""
            1 The      the      DET   DT  2 det   _
            2 member   member   NOUN  NN  4 nsubj _
            3 Norway   Norway   PROPN NNP 2 appos B-NOR
            4 visited  visit    VERB  VBD 0 root  _
            5 Riyadh   Riyadh   PROPN NNP 4 obj   B-SAU
            6 .        .        PUNCT .   4 punct _
            """));
    }

    [Theory]
    [InlineData("not", "PART", "RB", "advmod")]
    [InlineData("never", "ADV", "RB", "advmod")]
    public void Negated_predicates_are_not_coded(string word, string upos, string xpos, string rel)
    {
        Assert.Empty(Code($"""
            1 Russia   Russia   PROPN NNP 3 nsubj B-RUS
            2 {word}   {word}   {upos} {xpos} 3 {rel} _
            3 attacked attack   VERB  VBD 0 root  _
            4 Ukraine  Ukraine  PROPN NNP 3 obj   B-UKR
            5 .        .        PUNCT .   3 punct _
            """));
    }

    [Theory]
    [InlineData("claimed", "claim", false)]
    [InlineData("alleged", "allege", false)]
    [InlineData("denied", "deny", false)]
    [InlineData("said", "say", true)]
    [InlineData("confirmed", "confirm", true)]
    public void Reported_acts_are_coded_only_under_verbs_that_assert_them(string word, string lemma, bool asserted)
    {
        var events = Code($"""
            1 Iraq     Iraq     PROPN NNP 2 nsubj B-IRQ
            2 {word}   {lemma}  VERB  VBD 0 root  _
            3 that     that     SCONJ IN  5 mark  _
            4 Russia   Russia   PROPN NNP 5 nsubj B-RUS
            5 attacked attack   VERB  VBD 2 ccomp _
            6 Ukraine  Ukraine  PROPN NNP 5 obj   B-UKR
            7 .        .        PUNCT .   2 punct _
            """);
        Assert.Equal(asserted, events.Contains("RUS UKR 190"));
    }

    [Fact]
    public void An_infinitive_under_an_unknown_verb_is_not_realised()
    {
        // "failed to attack", "sought to attack": nothing happened.
        Assert.Empty(Code("""
            1 Russia   Russia   PROPN NNP 2 nsubj B-RUS
            2 failed   fail     VERB  VBD 0 root  _
            3 to       to       PART  TO  4 mark  _
            4 attack   attack   VERB  VB  2 xcomp _
            5 Ukraine  Ukraine  PROPN NNP 4 obj   B-UKR
            6 .        .        PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_negated_complement_is_no_announced_act()
    {
        Assert.Empty(Code("""
            1 Israel   Israel   PROPN NNP 2 nsubj  B-ISR
            2 vowed    vow      VERB  VBD 0 root   _
            3 not      not      PART  RB  5 advmod _
            4 to       to       PART  TO  5 mark   _
            5 return   return   VERB  VB  2 xcomp  _
            6 the      the      DET   DT  7 det    _
            7 Golan    Golan    PROPN NNP 2 obj    _
            8 to       to       ADP   IN  9 case   _
            9 Syria    Syria    PROPN NNP 5 obl    B-SYR
            10 .       .        PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void A_clause_under_before_or_until_has_not_happened()
    {
        // "Rebels will talk before they demobilize": nothing demobilized yet.
        Assert.Empty(Code("""
            1 Kigali   Kigali   PROPN NNP 2 nsubj  B-RWAGOV
            2 waited   wait     VERB  VBD 0 root   _
            3 until    until    SCONJ IN  5 mark   _
            4 rebels   rebel    NOUN  NNS 5 nsubj  B-RWAREB
            5 surrendered surrender VERB VBD 2 advcl _
            6 .        .        PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void The_content_of_a_noun_is_not_asserted()
    {
        // "the demand that Israel ease restrictions on Palestinians": a demand, not an easing. (The word reading,
        // which knows no better, is switched off here.) Since demand nouns are read as frames, the demand itself is
        // coded (the speaker's demand on Israel, 10x), and the easing still is not.
        var parseOnly = CodingStage.CreateDefault(new CodingOptions { SequenceFallback = SequenceFallback.Never });
        var codes = ParsedArticles.Code("""
            1 Geneva   Geneva   PROPN NNP 2 nsubj  B-IGOUNO
            2 repeated repeat   VERB  VBD 0 root   _
            3 its      its      PRON  PRP$ 4 nmod:poss _
            4 demand   demand   NOUN  NN  2 obj    _
            5 that     that     SCONJ IN  7 mark   _
            6 Israel   Israel   PROPN NNP 7 nsubj  B-ISR
            7 ease     ease     VERB  VB  4 acl    _
            8 restrictions restriction NOUN NNS 7 obj _
            9 on       on       ADP   IN  10 case  _
            10 Palestinians Palestinian PROPN NNPS 8 nmod B-PSE
            11 .       .        PUNCT .   2 punct  _
            """, parseOnly);
        var c = Assert.Single(codes);
        Assert.StartsWith("IGOUNO ISR 10", c);
    }

    [Fact]
    public void Aspectual_verbs_keep_the_act_with_the_controlled_subject()
    {
        Assert.Equal(["USA PAK 072"], Code("""
            1 Washington Washington PROPN NNP 2 nsubj B-USA
            2 continued continue  VERB  VBD 0 root  _
            3 to        to        PART  TO  4 mark  _
            4 send      send      VERB  VB  2 xcomp _
            5 arms      arm       NOUN  NNS 4 obj   _
            6 to        to        ADP   IN  7 case  _
            7 Pakistan  Pakistan  PROPN NNP 4 obl   B-PAK
            8 .         .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Frames_code_the_controlled_act()
    {
        // intent (03) × send weapons (0 72) → 0332; the subject of "send" is the subject of "pledged".
        Assert.Equal(["DEU UKR 0332"], Code("""
            1 Germany  Germany  PROPN NNP 2 nsubj B-DEU
            2 pledged  pledge   VERB  VBD 0 root  _
            3 to       to       PART  TO  4 mark  _
            4 send     send     VERB  VB  2 xcomp _
            5 weapons  weapon   NOUN  NNS 4 obj   _
            6 to       to       ADP   IN  7 case  _
            7 Ukraine  Ukraine  PROPN NNP 4 obl   B-UKR
            8 .        .        PUNCT .   2 punct _
            """));
        // appeal with an object: "urged Iran to release the sailors" → 0253, Iran the target.
        Assert.Equal(["USA IRN 0253"], Code("""
            1 Washington Washington PROPN NNP 2 nsubj B-USA
            2 urged    urge     VERB  VBD 0 root  _
            3 Iran     Iran     PROPN NNP 2 obj   B-IRN
            4 to       to       PART  TO  5 mark  _
            5 release  release  VERB  VB  2 xcomp _
            6 the      the      DET   DT  7 det   _
            7 sailors  sailor   NOUN  NNS 5 obj   _
            8 .        .        PUNCT .   2 punct _
            """));
        // refusal: 12 × meet (04) → 125.
        Assert.Equal(["ISR PSE 125"], Code("""
            1 Israel   Israel   PROPN NNP 2 nsubj B-ISR
            2 refused  refuse   VERB  VBD 0 root  _
            3 to       to       PART  TO  4 mark  _
            4 meet     meet     VERB  VB  2 xcomp _
            5 Palestinian Palestinian ADJ JJ 6 amod B-PSE
            6 negotiators negotiator NOUN NNS 4 obj I-PSE
            7 .        .        PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Demand_that_reads_the_subject_of_the_complement_clause()
    {
        Assert.Equal(["ILO ISR 1051"], Code("""
            1 The      the      DET   DT  2 det    _
            2 ILO      ILO      PROPN NNP 3 nsubj  B-ILO
            3 demanded demand   VERB  VBD 0 root   _
            4 that     that     SCONJ IN  6 mark   _
            5 Israel   Israel   PROPN NNP 6 nsubj  B-ISR
            6 ease     ease     VERB  VB  3 ccomp  _
            7 restrictions restriction NOUN NNS 6 obj _
            8 .        .        PUNCT .   3 punct  _
            """));
    }

    private const string WillProvideLoans = """
        1 Japan    Japan    PROPN NNP 3 nsubj B-JPN
        2 {0}      {0}      AUX   MD  3 aux   _
        3 provide  provide  VERB  VB  0 root  _
        4 loans    loan     NOUN  NNS 3 obj   _
        5 to       to       ADP   IN  6 case  _
        6 Indonesia Indonesia PROPN NNP 3 obl B-IDN
        7 .        .        PUNCT .   3 punct _
        """;

    [Fact]
    public void Modals_give_intent_or_nothing()
    {
        Assert.Equal(["JPN IDN 0331"], Code(string.Format(WillProvideLoans, "will")));
        Assert.Empty(Code(string.Format(WillProvideLoans, "could")));
        Assert.Empty(Code(string.Format(WillProvideLoans, "may")));
    }

    [Fact]
    public void Conditional_clause_is_not_coded()
    {
        Assert.Empty(Code("""
            1 If       if       SCONJ IN  3 mark  _
            2 Russia   Russia   PROPN NNP 3 nsubj B-RUS
            3 attacks  attack   VERB  VBZ 6 advcl _
            4 Ukraine  Ukraine  PROPN NNP 3 obj   B-UKR
            5 ,        ,        PUNCT ,   3 punct _
            6 follow   follow   VERB  VBP 0 root  _
            7 .        .        PUNCT .   6 punct _
            """));
    }

    [Fact]
    public void Question_is_not_coded()
    {
        Assert.Empty(Code("""
            1 Did      do       AUX   VBD 3 aux   _
            2 Russia   Russia   PROPN NNP 3 nsubj B-RUS
            3 attack   attack   VERB  VB  0 root  _
            4 Ukraine  Ukraine  PROPN NNP 3 obj   B-UKR
            5 ?        ?        PUNCT .   3 punct _
            """));
    }

    [Fact]
    public void A_noun_is_no_act()
    {
        Assert.Empty(Code("""
            1 The      the      DET   DT  2 det        _
            2 attack   attack   NOUN  NN  6 nsubj:pass _
            3 on       on       ADP   IN  4 case       _
            4 Ukraine  Ukraine  PROPN NNP 2 nmod       B-UKR
            5 was      be       AUX   VBD 6 aux:pass   _
            6 reported report   VERB  VBN 0 root       _
            7 .        .        PUNCT .   6 punct      _
            """));
    }

    private const string MinistrySaidJetsBombed = """
        1 The      the      DET   DT  2 det   _
        2 ministry ministry NOUN  NN  3 nsubj B-SYRGOV
        3 said     say      VERB  VBD 0 root  _
        4 Syrian   Syrian   ADJ   JJ  5 amod  B-SYRMIL
        5 jets     jet      NOUN  NNS 6 nsubj I-SYRMIL
        6 shelled  shell    VERB  VBD 3 ccomp _
        7 rebels   rebel    NOUN  NNS 6 obj   B-REB
        8 .        .        PUNCT .   3 punct _
        """;

    [Fact]
    public void Reported_speech_codes_the_reported_act()
    {
        Assert.Equal(["SYRMIL REB 194"], Code(MinistrySaidJetsBombed));
    }

    [Fact]
    public void Reported_speech_statement_is_an_option()
    {
        var coder = CodingStage.CreateDefault(new CodingOptions { CodeStatements = true });
        Assert.Equal(["SYRGOV SYRMIL 010", "SYRMIL REB 194"], ParsedArticles.Code(MinistrySaidJetsBombed, coder));
    }

    [Theory]
    [InlineData("declared", "declare", true)]
    [InlineData("declared", "_", true)]
    [InlineData("told", "tell", true)]
    [InlineData("stressed", "stress", false)]
    [InlineData("stressed", "_", false)]
    public void Only_a_listed_statement_verb_is_a_statement(string word, string lemma, bool statement)
    {
        // [statement-verbs] of data/frames/frame_words.txt, matched by lemma or, without one, by the written word;
        // "stress" reports a demand ([reporting-verbs]) but is no statement. The reported act is coded either way.
        var coder = CodingStage.CreateDefault(new CodingOptions { CodeStatements = true });
        var codes = ParsedArticles.Code(MinistrySaidJetsBombed.Replace("said     say ", $"{word,-8} {lemma,-4}"), coder);
        Assert.Contains("SYRMIL REB 194", codes);
        Assert.Equal(statement, codes.Contains("SYRGOV SYRMIL 010"));
    }

    [Fact]
    public void Pronoun_subject_of_a_reported_clause_is_the_speaker()
    {
        Assert.Equal(["PRK KOR 1384"], Code("""
            1 Pyongyang Pyongyang PROPN NNP 2 nsubj B-PRK
            2 said     say      VERB  VBD 0 root  _
            3 it       it       PRON  PRP 5 nsubj _
            4 would    would    AUX   MD  5 aux   _
            5 attack   attack   VERB  VB  2 ccomp _
            6 Seoul    Seoul    PROPN NNP 5 obj   B-KOR
            7 .        .        PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Evidence_records_the_parse_path_and_the_rule()
    {
        var a = ParsedArticles.Build("""
            1 Israel   Israel   PROPN NNP 2 nsubj B-ISR
            2 launched launch   VERB  VBD 0 root  _
            3 an       a        DET   DT  4 det   _
            4 attack   attack   NOUN  NN  2 obj   _
            5 on       on       ADP   IN  6 case  _
            6 Gaza     Gaza     PROPN NNP 4 nmod  B-PSE
            7 .        .        PUNCT .   2 punct _
            """);
        CodingStage.CreateDefault().Process(a);
        var e = Assert.Single(a.Events);
        Assert.Equal("190", e.Code.Digits);
        Assert.Equal("subject-verb-object", e.Evidence.Rule);
        Assert.Contains("launch attack", e.Evidence.VerbEntry);
        Assert.Contains("source path: launched —nsubj→ Israel", e.Evidence.Notes);
        Assert.Contains("target path: launched —obj→ attack —nmod→ Gaza", e.Evidence.Notes);
        Assert.Equal(new Casus.Document.TokenSpan(1, 5), e.Trigger);
    }

    [Fact]
    public void Path_climbs_to_the_shared_subject_of_a_conjunct()
    {
        var a = ParsedArticles.Build("""
            1 Russia    Russia    PROPN NNP 2 nsubj B-RUS
            2 attacked  attack    VERB  VBD 0 root  _
            3 Ukraine   Ukraine   PROPN NNP 2 obj   B-UKR
            4 and       and       CCONJ CC  5 cc    _
            5 shelled   shell     VERB  VBD 2 conj  _
            6 Kharkiv   Kharkiv   PROPN NNP 5 obj   B-UKRGOV
            7 .         .         PUNCT .   2 punct _
            """);
        CodingStage.CreateDefault().Process(a);
        Assert.Equal(2, a.Events.Count);
        Assert.Contains("source path: shelled ←conj— attacked —nsubj→ Russia", a.Events[1].Evidence.Notes);
    }
}

public class ParseCodingExplainTests
{
    [Fact]
    public void Explanation_shows_rule_entry_and_parse_paths()
    {
        var a = ParsedArticles.Build("""
            1 Ukraine  Ukraine PROPN NNP 3 nsubj:pass B-UKR
            2 was      be      AUX   VBD 3 aux:pass   _
            3 shelled  shell   VERB  VBN 0 root       _
            4 by       by      ADP   IN  5 case       _
            5 Russia   Russia  PROPN NNP 3 obl:agent  B-RUS
            6 .        .       PUNCT .   3 punct      _
            """);
        CodingStage.CreateDefault().Process(a);
        var text = new System.Text.StringBuilder();
        Casus.Output.ExplainEventWriter.Explain(a, Assert.Single(a.Events), 0, text);
        var s = text.ToString();
        Assert.Contains("rule     passive-by", s);
        Assert.Contains("shell <obj>", s);
        Assert.Contains("note     source path: shelled —obl:agent→ Russia", s);
        Assert.Contains("note     target path: shelled —nsubj:pass→ Ukraine", s);
    }
}
