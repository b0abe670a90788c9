using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Nouns;

/// <summary>Events carried by nouns, read from hand-built parses (no tagger or parser involved).</summary>
public class NounEventCodingTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    private static List<string> CodeWithoutNouns(string conllu) =>
        ParsedArticles.Code(conllu, CodingStage.CreateDefault(new CodingOptions { NounEvents = false }));

    private const string KilledInIsraeliShelling = """
        1 Four     four     NUM   CD  2 nummod    _
        2 children child    NOUN  NNS 4 nsubj:pass B-PSECVL
        3 were     be       AUX   VBD 4 aux:pass  _
        4 killed   kill     VERB  VBN 0 root      _
        5 in       in       ADP   IN  8 case      _
        6 Israeli  Israeli  ADJ   JJ  8 amod      B-ISR
        7 tank     tank     NOUN  NN  8 compound  _
        8 shelling shelling NOUN  NN  4 obl       _
        9 .        .        PUNCT .   4 punct     _
        """;

    [Fact]
    public void Agentless_passive_takes_its_source_from_the_nominal_that_caused_it()
    {
        Assert.Equal(["ISR PSECVL 194"], Code(KilledInIsraeliShelling));
        Assert.Empty(CodeWithoutNouns(KilledInIsraeliShelling));
    }

    [Fact]
    public void By_phrase_of_the_nominal_is_the_source()
    {
        Assert.Equal(["SYRGOV ---CVL 195"], Code("""
            1 Eight  eight  NUM   CD  2 nummod     _
            2 people people NOUN  NNS 4 nsubj:pass B----CVL
            3 were   be     AUX   VBD 4 aux:pass   _
            4 killed kill   VERB  VBN 0 root       _
            5 in     in     ADP   IN  8 case       _
            6 an     a      DET   DT  8 det        _
            7 air    air    NOUN  NN  8 compound   _
            8 strike strike NOUN  NN  4 obl        _
            9 by     by     ADP   IN  11 case      _
            10 government government NOUN NN 11 compound B-SYRGOV
            11 forces force NOUN  NNS 8 nmod       I-SYRGOV
            12 .     .      PUNCT .   4 punct      _
            """));
    }

    [Fact]
    public void A_role_adjective_is_no_source()
    {
        // "a terrorist attack" says what kind of attack, not who made it.
        Assert.Empty(Code("""
            1 Civilians civilian NOUN NNS 3 nsubj:pass B----CVL
            2 were      be       AUX  VBD 3 aux:pass   _
            3 killed    kill     VERB VBN 0 root       _
            4 in        in       ADP  IN  7 case       _
            5 a         a        DET  DT  7 det        _
            6 terrorist terrorist ADJ JJ  7 amod       B----REB
            7 attack    attack   NOUN NN  3 obl        _
            8 .         .        PUNCT .  3 punct      _
            """));
    }

    private const string TalksBetween = """
        1 Talks    talk     NOUN  NNS 6 nsubj _
        2 between  between  ADP   IN  3 case  _
        3 India    India    PROPN NNP 1 nmod  B-IND
        4 and      and      CCONJ CC  5 cc    _
        5 Pakistan Pakistan PROPN NNP 3 conj  B-PAK
        6 ended    end      VERB  VBD 0 root  _
        7 .        .        PUNCT .   6 punct _
        """;

    [Fact]
    public void Talks_between_two_sides_are_reciprocal()
    {
        Assert.Equal(["IND PAK 040", "PAK IND 040"], Code(TalksBetween));
    }

    [Fact]
    public void Only_asserted_nominals_are_coded()
    {
        // "Talks between India and Pakistan could end": speculative.
        Assert.Empty(Code("""
            1 Talks    talk     NOUN  NNS 7 nsubj _
            2 between  between  ADP   IN  3 case  _
            3 India    India    PROPN NNP 1 nmod  B-IND
            4 and      and      CCONJ CC  5 cc    _
            5 Pakistan Pakistan PROPN NNP 3 conj  B-PAK
            6 could    could    AUX   MD  7 aux   _
            7 end      end      VERB  VB  0 root  _
            8 .        .        PUNCT .   7 punct _
            """));
        // "Russia called for talks with Ukraine": a call, not talks (the verb dictionary codes the appeal).
        Assert.DoesNotContain(Code("""
            1 Russia  Russia  PROPN NNP 2 nsubj B-RUS
            2 called  call    VERB  VBD 0 root  _
            3 for     for     ADP   IN  4 case  _
            4 talks   talk    NOUN  NNS 2 obl   _
            5 with    with    ADP   IN  6 case  _
            6 Ukraine Ukraine PROPN NNP 4 nmod  B-UKR
            7 .       .       PUNCT .   2 punct _
            """), e => e.EndsWith(" 040", StringComparison.Ordinal));
        // "the threat of an attack on Israel by Iran": the attack is the content of a threat.
        Assert.DoesNotContain(Code("""
            1 The     the     DET   DT  2 det   _
            2 threat  threat  NOUN  NN  8 nsubj _
            3 of      of      ADP   IN  5 case  _
            4 an      a       DET   DT  5 det   _
            5 attack  attack  NOUN  NN  2 nmod  _
            6 on      on      ADP   IN  7 case  _
            7 Israel  Israel  PROPN NNP 5 nmod  B-ISR
            8 worried worry   VERB  VBD 0 root  _
            9 officials official NOUN NNS 8 obj B----GOV
            10 .      .       PUNCT .   8 punct _
            """), e => e.EndsWith(" 190", StringComparison.Ordinal));
    }

    [Fact]
    public void Negated_light_verb_gives_nothing()
    {
        Assert.Empty(Code("""
            1 Egypt  Egypt  PROPN NNP 4 nsubj B-EGY
            2 did    do     AUX   VBD 4 aux   _
            3 not    not    PART  RB  4 advmod _
            4 stage  stage  VERB  VB  0 root  _
            5 an     a      DET   DT  7 det   _
            6 air    air    NOUN  NN  7 compound _
            7 raid   raid   NOUN  NN  4 obj   _
            8 on     on     ADP   IN  9 case  _
            9 Libya  Libya  PROPN NNP 7 nmod  B-LBY
            10 .     .      PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void Light_verb_gives_its_subject_as_source()
    {
        Assert.Equal(["EGY LBY 195"], Code("""
            1 Egypt  Egypt  PROPN NNP 2 nsubj B-EGY
            2 staged stage  VERB  VBD 0 root  _
            3 an     a      DET   DT  5 det   _
            4 air    air    NOUN  NN  5 compound _
            5 raid   raid   NOUN  NN  2 obj   _
            6 on     on     ADP   IN  7 case  _
            7 Libya  Libya  PROPN NNP 5 nmod  B-LBY
            8 .      .      PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Received_things_reverse_the_frame()
    {
        // "Egypt received weapons from the United States": the giver is the source, with the phrase on the verb.
        Assert.Equal(["USA EGY 072"], Code("""
            1 Egypt    Egypt    PROPN NNP 2 nsubj B-EGY
            2 received receive  VERB  VBD 0 root  _
            3 weapons  weapon   NOUN  NNS 2 obj   _
            4 from     from     ADP   IN  6 case  _
            5 the      the      DET   DT  6 det   _
            6 US       US       PROPN NNP 2 obl   B-USA
            7 .        .        PUNCT .   2 punct _
            """));
        // "Turkey faced criticism from the EU".
        Assert.Equal(["IGOEUR TUR 111"], Code("""
            1 Turkey    Turkey    PROPN NNP 2 nsubj B-TUR
            2 faced     face      VERB  VBD 0 root  _
            3 criticism criticism NOUN  NN  2 obj   _
            4 from      from      ADP   IN  6 case  _
            5 the       the       DET   DT  6 det   _
            6 EU        EU        PROPN NNP 3 nmod  B-IGOEUR
            7 .         .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_visit_in_an_adverbial_is_made_by_the_clause_subject()
    {
        Assert.Equal(["USAGOV LBN 042"], Code("""
            1 Rice     Rice     PROPN NNP 2 nsubj B-USAGOV
            2 spoke    speak    VERB  VBD 0 root  _
            3 during   during   ADP   IN  5 case  _
            4 a        a        DET   DT  5 det   _
            5 visit    visit    NOUN  NN  2 obl   _
            6 to       to       ADP   IN  7 case  _
            7 Beirut   Beirut   PROPN NNP 5 nmod  B-LBN
            8 .        .        PUNCT .   2 punct _
            """));
        // "before a visit": not yet made.
        Assert.Empty(Code("""
            1 Rice     Rice     PROPN NNP 2 nsubj B-USAGOV
            2 spoke    speak    VERB  VBD 0 root  _
            3 before   before   ADP   IN  5 case  _
            4 a        a        DET   DT  5 det   _
            5 visit    visit    NOUN  NN  2 obl   _
            6 to       to       ADP   IN  7 case  _
            7 Beirut   Beirut   PROPN NNP 5 nmod  B-LBN
            8 .        .        PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Subject_noun_of_a_harm_verb_acts_on_its_object()
    {
        // "The attack on the embassy by Hamas killed three": a by-phrase the parser hung on the target still counts.
        Assert.Equal(["PSEHMS USAGOV 190"], Code("""
            1 The     the     DET   DT  2 det   _
            2 attack  attack  NOUN  NN  8 nsubj _
            3 on      on      ADP   IN  5 case  _
            4 the     the     DET   DT  5 det   _
            5 embassy embassy NOUN  NN  2 nmod  B-USAGOV
            6 by      by      ADP   IN  7 case  _
            7 Hamas   Hamas   PROPN NNP 5 nmod  B-PSEHMS
            8 killed  kill    VERB  VBD 0 root  _
            9 three   three   NUM   CD  8 obj   _
            10 .      .       PUNCT .   8 punct _
            """));
    }

    [Fact]
    public void Target_phrase_hung_on_the_by_phrase_still_names_the_target()
    {
        // "The raid by Israel on the camp killed three": the mirror of the case above, the on-phrase hung on the agent.
        Assert.Equal(["ISR PSE 190"], Code("""
            1 The     the     DET   DT  2 det   _
            2 raid    raid    NOUN  NN  8 nsubj _
            3 by      by      ADP   IN  4 case  _
            4 Israel  Israel  PROPN NNP 2 nmod  B-ISR
            5 on      on      ADP   IN  7 case  _
            6 the     the     DET   DT  7 det   _
            7 camp    camp    NOUN  NN  4 nmod  B-PSE
            8 killed  kill    VERB  VBD 0 root  _
            9 three   three   NUM   CD  8 obj   _
            10 .      .       PUNCT .   8 punct _
            """));
    }

    [Fact]
    public void Target_phrase_hung_on_the_of_phrase_of_a_noun_without_an_of_slot_still_names_the_target()
    {
        // "The US accelerated the withdrawal of its forces from Panama": 'from Panama' hung on 'forces'.
        Assert.Contains("USA PAN 087", Code("""
            1 The        the        DET   DT  2 det      _
            2 US         US         PROPN NNP 3 nsubj    B-USA
            3 accelerated accelerate VERB VBD 0 root     _
            4 the        the        DET   DT  5 det      _
            5 withdrawal withdrawal NOUN  NN  3 obj      _
            6 of         of         ADP   IN  8 case     _
            7 its        its        PRON  PRP$ 8 nmod:poss _
            8 forces     force      NOUN  NNS 5 nmod     _
            9 from       from       ADP   IN  10 case    _
            10 Panama    Panama     PROPN NNP 8 nmod     B-PAN
            11 .         .          PUNCT .   3 punct    _
            """));
    }

    [Fact]
    public void Agentless_passive_of_force_takes_the_place_it_came_from_as_source()
    {
        // "Rockets were fired at Israel from the Gaza Strip".
        const string Fired = """
            1 Rockets rocket  NOUN  NNS 3 nsubj:pass _
            2 were    be      AUX   VBD 3 aux:pass   _
            3 fired   fire    VERB  VBN 0 root       _
            4 at      at      ADP   IN  5 case       _
            5 Israel  Israel  PROPN NNP 3 obl        B-ISR
            6 from    from    ADP   IN  9 case       _
            7 the     the     DET   DT  9 det        _
            8 Gaza    Gaza    PROPN NNP 9 compound   B-PSE
            9 Strip   Strip   PROPN NNP 3 obl        I-PSE
            10 .      .       PUNCT .   3 punct      _
            """;
        Assert.Equal(["PSE ISR 193"], Code(Fired));
        // Not for acts other than force: "aid was sent to Turkey from Syria" names a route, not who sent it.
        Assert.DoesNotContain(Code("""
            1 Aid     aid     NOUN  NN  3 nsubj:pass _
            2 was     be      AUX   VBD 3 aux:pass   _
            3 sent    send    VERB  VBN 0 root       _
            4 to      to      ADP   IN  5 case       _
            5 Turkey  Turkey  PROPN NNP 3 obl        B-TUR
            6 from    from    ADP   IN  7 case       _
            7 Syria   Syria   PROPN NNP 3 obl        B-SYR
            8 .       .       PUNCT .   3 punct      _
            """), e => e.StartsWith("SYR ", StringComparison.Ordinal));
    }

    [Fact]
    public void Force_on_an_abstract_thing_is_a_figure_of_speech()
    {
        const string Assault = """
            1 China     China     PROPN NNP 2 nsubj     B-CHN
            2 continued continue  VERB  VBD 0 root      _
            3 its       its       PRON  PRP$ 4 nmod:poss _
            4 assault   assault   NOUN  NN  2 obj       _
            5 on        on        ADP   IN  8 case      _
            6 Hong      Hong      PROPN NNP 8 nmod:poss B-HKG
            7 Kong      Kong      PROPN NNP 6 flat      I-HKG
            8 autonomy  autonomy  NOUN  NN  4 nmod      _
            9 .         .         PUNCT .   2 punct     _
            """;
        Assert.Empty(Code(Assault));
        Assert.Equal(["CHN HKG 190"], Code(Assault.Replace("autonomy  autonomy", "harbour   harbour ")));
    }

    [Fact]
    public void A_measure_noun_passes_the_light_verb_to_the_event_it_measures()
    {
        // "Police conducted a series of arrests of activists".
        Assert.Equal(["EGYCOP EGYOPP 173"], Code("""
            1 Police    police    NOUN  NN  2 nsubj  B-EGYCOP
            2 conducted conduct   VERB  VBD 0 root   _
            3 a         a         DET   DT  4 det    _
            4 series    series    NOUN  NN  2 obj    _
            5 of        of        ADP   IN  6 case   _
            6 arrests   arrest    NOUN  NNS 4 nmod   _
            7 of        of        ADP   IN  8 case   _
            8 activists activist  NOUN  NNS 6 nmod   B-EGYOPP
            9 .         .         PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void A_compound_names_the_actor_only_when_it_is_a_group_or_an_acronym()
    {
        const string HamasAttacks = """
            1 Hamas    Hamas    PROPN NNP 2 compound B-PSEREBHMS
            2 attacks  attack   NOUN  NNS 3 nsubj    _
            3 killed   kill     VERB  VBD 0 root     _
            4 20       20       NUM   CD  5 nummod   _
            5 soldiers soldier  NOUN  NNS 3 obj      B-ISRMIL
            6 .        .        PUNCT .   3 punct    _
            """;
        Assert.Equal(["PSEREBHMS ISRMIL 190"], Code(HamasAttacks));
        var us = ParsedArticles.Build(HamasAttacks.Replace("1 Hamas    Hamas    PROPN NNP 2 compound B-PSEREBHMS", "1 US       US       PROPN NNP 2 compound B-USA"));
        CodingStage.CreateDefault().Process(us);
        var e = Assert.Single(us.Events);
        Assert.Equal("USA ISRMIL 190", $"{e.Source.Code} {e.Target!.Code} {e.Code}");
        // The verb reading codes it since pattern choice takes "kill <obj>" over "kill soldiers (of) <obj>" with nothing
        // behind "of" (PatternChoice); before, that pattern dropped the act and the noun reading made the same event.
        Assert.Equal("subject-verb-object", e.Evidence.Rule);
        // "Gaza attacks": a place may as well be where the attacks fell; the noun reading adds nothing to what the
        // verb reading makes of "killed".
        var gaza = HamasAttacks.Replace("1 Hamas    Hamas    PROPN NNP 2 compound B-PSEREBHMS", "1 Gaza     Gaza     PROPN NNP 2 compound B-PSE");
        Assert.Equal(CodeWithoutNouns(gaza), Code(gaza));
    }

    [Fact]
    public void Talks_held_in_the_passive_take_the_noun_own_actors()
    {
        // "Talks between Iran and Iraq were held in Geneva".
        Assert.Equal(["IRN IRQ 040", "IRQ IRN 040"], Code("""
            1 Talks   talk    NOUN  NNS 7 nsubj:pass _
            2 between between ADP   IN  3 case       _
            3 Iran    Iran    PROPN NNP 1 nmod       B-IRN
            4 and     and     CCONJ CC  5 cc         _
            5 Iraq    Iraq    PROPN NNP 3 conj       B-IRQ
            6 were    be      AUX   VBD 7 aux:pass   _
            7 held    hold    VERB  VBN 0 root       _
            8 in      in      ADP   IN  9 case       _
            9 Geneva  Geneva  PROPN NNP 7 obl        _
            10 .      .       PUNCT .   7 punct      _
            """));
    }

    [Fact]
    public void Engaged_the_object_in_an_event_noun_acts_on_the_object()
    {
        Assert.Equal(["SYRREB PHLMIL 193"], Code("""
            1 Rebels       rebel       NOUN  NNS 2 nsubj B-SYRREB
            2 engaged      engage      VERB  VBD 0 root  _
            3 peacekeepers peacekeeper NOUN  NNS 2 obj   B-PHLMIL
            4 in           in          ADP   IN  6 case  _
            5 a            a           DET   DT  6 det   _
            6 firefight    firefight   NOUN  NN  2 obl   _
            7 .            .           PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_noun_a_verb_pattern_matched_without_actors_is_read_with_its_own_slots()
    {
        // "order investigation|probe|inquiry|review (into|of) <obj>" matches but finds no target behind "against".
        Assert.Equal(["CHLJUD CHLGOV 090"], Code("""
            1 The           the           DET   DT  2 det   _
            2 court         court         NOUN  NN  3 nsubj B-CHLJUD
            3 ordered       order         VERB  VBD 0 root  _
            4 an            a             DET   DT  5 det   _
            5 investigation investigation NOUN  NN  3 obj   _
            6 against       against       ADP   IN  7 case  _
            7 officials     official      NOUN  NNS 5 nmod  B-CHLGOV
            8 .             .             PUNCT .   3 punct _
            """));
    }

    // "Kenya sped up the withdrawal of its troops from Somalia."
    private const string SpedUpWithdrawal = """
        1 Kenya      Kenya      PROPN NNP 2 nsubj     B-KEN
        2 sped       speed      VERB  VBD 0 root      _
        3 up         up         ADP   RP  2 compound:prt _
        4 the        the        DET   DT  5 det       _
        5 withdrawal withdrawal NOUN  NN  2 obj       _
        6 of         of         ADP   IN  8 case      _
        7 its        its        PRON  PRP$ 8 nmod:poss _
        8 troops     troop      NOUN  NNS 5 nmod      _
        9 from       from       ADP   IN  10 case     _
        10 Somalia   Somalia    PROPN NNP 5 nmod      B-SOM
        11 .         .          PUNCT .   2 punct     _
        """;

    [Fact]
    public void A_withdrawal_sped_up_is_a_withdrawal_from_the_place_named()
    {
        Assert.Equal(["KEN SOM 087"], Code(SpedUpWithdrawal));
    }

    [Fact]
    public void A_condemnation_reiterated_is_a_condemnation()
    {
        // "Norway reiterated its condemnation of the junta."
        Assert.Equal(["NOR MMRMIL 111"], Code("""
            1 Norway       Norway       PROPN NNP 2 nsubj     B-NOR
            2 reiterated   reiterate    VERB  VBD 0 root      _
            3 its          its          PRON  PRP$ 4 nmod:poss _
            4 condemnation condemnation NOUN  NN  2 obj       _
            5 of           of           ADP   IN  7 case      _
            6 the          the          DET   DT  7 det       _
            7 junta        junta        NOUN  NN  4 nmod      B-MMRMIL
            8 .            .            PUNCT .   2 punct     _
            """));
    }
}
