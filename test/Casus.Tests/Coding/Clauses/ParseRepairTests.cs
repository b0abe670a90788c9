using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Parse repairs (ParseRepairs): a past tense the tagger read as a participle or adjective in a sentence with
/// no finite verb, and an infinitive read as a noun or adjective after "to", on hand-built parses that carry the
/// tagger's and parser's mistakes.</summary>
public class ParseRepairTests
{
    // The parse reading alone: the word-sequence reading would find some of these verbs on its own.
    private static readonly CodingStage ParseOnly = CodingStage.CreateDefault(new CodingOptions { SequenceFallback = SequenceFallback.Never });

    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu, ParseOnly);

    [Fact]
    public void A_past_tense_read_as_a_participle_on_the_subject_before_an_infinitive_root_is_the_verb()
    {
        // "The Arab League called on Syria to stop": "called" as a reduced relative on "League", "stop" as the root.
        Assert.Equal(["IGOARBARL SYR 020"], Code("""
            1 The      the      DET   DT  3 det    _
            2 Arab     Arab     ADJ   NNP 3 amod   B-IGOARBARL
            3 League   League   PROPN NNP 8 nsubj  I-IGOARBARL
            4 called   call     VERB  VBN 3 acl    _
            5 on       on       ADP   IN  6 case   _
            6 Syria    Syria    PROPN NNP 4 obl    B-SYR
            7 to       to       PART  TO  8 mark   _
            8 stop     stop     VERB  VB  0 root   _
            9 .        .        PUNCT .   8 punct  _
            """));
    }

    [Fact]
    public void A_passive_participle_on_the_subject_is_left_alone()
    {
        // "Troops backed by Syria to ..." has an agent: the participle stays a passive modifier.
        Assert.DoesNotContain(Code("""
            1 Rebels   rebel    NOUN  NNS 7 nsubj  B----REB
            2 called   call     VERB  VBN 1 acl    _
            3 by       by       ADP   IN  4 case   _
            4 Syria    Syria    PROPN NNP 2 obl    B-SYR
            5 on       on       ADP   IN  6 case   _
            6 Monday   Monday   PROPN NNP 2 obl    _
            7 to       to       PART  TO  8 mark   _
            8 stop     stop     VERB  VB  0 root   _
            9 .        .        PUNCT .   8 punct  _
            """), e => e.EndsWith(" 020", StringComparison.Ordinal));
    }

    [Fact]
    public void A_past_tense_read_as_an_adjective_on_the_object_root_is_the_verb()
    {
        // "Farmers blocked highways": "blocked" as an adjective on "highways", which the parser made the root.
        Assert.Equal(["---AGR - 144"], Code("""
            1 Farmers  farmer   NOUN  NNS 3 nsubj  B----AGR
            2 blocked  block    VERB  VBN 3 amod   _
            3 highways highway  NOUN  NNS 0 root   _
            4 .        .        PUNCT .   3 punct  _
            """));
    }

    [Fact]
    public void A_past_tense_read_as_an_adjective_on_an_apposition_of_the_subject_root_is_the_verb()
    {
        // "Japan cut aid to Myanmar": "cut" an adjective on "aid", "aid" an apposition of the root "Japan".
        Assert.Equal(["JPN MMR 162"], Code("""
            1 Japan    Japan    PROPN NNP 0 root   B-JPN
            2 cut      cut      ADJ   JJ  3 amod   _
            3 aid      aid      NOUN  NN  1 appos  _
            4 to       to       ADP   IN  5 case   _
            5 Myanmar  Myanmar  PROPN NNP 3 nmod   B-MMR
            6 .        .        PUNCT .   1 punct  _
            """));
    }

    [Fact]
    public void A_participle_after_a_possessor_modifies_its_noun()
    {
        // "Japan: the minister's blocked roads ..." — a possessor before the word says it modifies the noun.
        Assert.Empty(Code("""
            1 Japan    Japan    PROPN NNP 0 root       B-JPN
            2 :        :        PUNCT :   1 punct      _
            3 Kishida  Kishida  PROPN NNP 6 nmod:poss  _
            4 's       's       PART  POS 3 case       _
            5 blocked  block    VERB  VBN 6 amod       _
            6 roads    road     NOUN  NNS 1 appos      _
            7 .        .        PUNCT .   1 punct      _
            """));
    }

    [Fact]
    public void An_infinitive_read_as_an_adjective_after_to_is_the_verb()
    {
        // "urged Iran to free the sailors": "free" an adjective in an oblique "to free", "sailors" hung on "urged".
        Assert.Equal(["FRA IRN 0253"], Code("""
            1 France   France   PROPN NNP 2 nsubj  B-FRA
            2 urged    urge     VERB  VBD 0 root   _
            3 Iran     Iran     PROPN NNP 2 obj    B-IRN
            4 to       to       ADP   IN  5 case   _
            5 free     free     ADJ   JJ  2 obl    _
            6 the      the      DET   DT  7 det    _
            7 sailors  sailor   NOUN  NNS 2 obl    _
            8 .        .        PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void An_infinitive_read_as_a_noun_before_a_particle_is_the_verb_with_its_particle()
    {
        // "offered to hand over the prisoners": "hand" a noun behind "to", "over" the case of "prisoners".
        var events = Code("""
            1 Rebels   rebel    NOUN  NNS 2 nsubj  B----REB
            2 offered  offer    VERB  VBD 0 root   _
            3 to       to       ADP   IN  4 case   _
            4 hand     hand     NOUN  NN  2 obl    _
            5 over     over     ADP   IN  7 case   _
            6 the      the      DET   DT  7 det    _
            7 prisoners prisoner NOUN NNS 2 obl    B----CVL
            8 .        .        PUNCT .   2 punct  _
            """);
        Assert.Equal(["---REB ---CVL 0313"], events);
    }

    [Fact]
    public void A_past_tense_read_as_a_passive_with_an_object_and_no_auxiliary_is_active()
    {
        // "Soldiers attacked the village": "attacked" a VBN root with "Soldiers" as nsubj:pass but an object of its own.
        Assert.Equal(["---MIL ---CVL 190"], Code("""
            1 Soldiers  soldier   NOUN  NNS 2 nsubj:pass B----MIL
            2 attacked  attack    VERB  VBN 0 root       _
            3 the       the       DET   DT  4 det        _
            4 villagers villager  NOUN  NNS 2 obj        B----CVL
            5 .         .         PUNCT .   2 punct      _
            """));
    }

    [Fact]
    public void A_passive_with_its_auxiliary_stays_passive()
    {
        Assert.DoesNotContain(Code("""
            1 Soldiers  soldier   NOUN  NNS 3 nsubj:pass B----MIL
            2 were      be        AUX   VBD 3 aux:pass   _
            3 denied    deny      VERB  VBN 0 root       _
            4 access    access    NOUN  NN  3 obj        _
            5 .         .         PUNCT .   3 punct      _
            """), e => e.StartsWith("---MIL ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_on_a_root_subject_in_a_sentence_with_no_finite_verb_is_the_verb()
    {
        // "The ministers met and called for talks with Iran": "met" an acl on the root "ministers", "called" its
        // conjunct (read alone, a second participle with no auxiliary would be passive). No finite verb anywhere.
        Assert.Equal(["---GOV IRN 026"], Code("""
            1 The       the      DET   DT  2 det    _
            2 ministers minister NOUN  NNS 0 root   B----GOV
            3 met       meet     VERB  VBN 2 acl    _
            4 and       and      CCONJ CC  5 cc     _
            5 called    call     VERB  VBN 3 conj   _
            6 for       for      ADP   IN  7 case   _
            7 talks     talk     NOUN  NNS 5 obl    _
            8 with      with     ADP   IN  9 case   _
            9 Iran      Iran     PROPN NNP 7 nmod   B-IRN
            10 .        .        PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void An_adjective_inside_the_object_does_not_govern_the_infinitive()
    {
        // "The EU called on the Syrian government to free all prisoners": "Syrian" (amod) stands nearest before "to";
        // the infinitive belongs to "called".
        Assert.Equal(["IGOEUREEC SYRGOV 0253"], Code("""
            1 The        the        DET   DT  2 det    _
            2 EU         EU         PROPN NNP 3 nsubj  B-IGOEUREEC
            3 called     call       VERB  VBD 0 root   _
            4 on         on         ADP   IN  7 case   _
            5 the        the        DET   DT  7 det    _
            6 Syrian     Syrian     ADJ   JJ  7 amod   B-SYRGOV
            7 government government NOUN  NN  3 obl    I-SYRGOV
            8 to         to         ADP   IN  9 case   _
            9 free       free       ADJ   JJ  3 obl    _
            10 all       all        DET   DT  11 det   _
            11 prisoners prisoner   NOUN  NNS 3 obl    _
            12 .         .          PUNCT .   3 punct  _
            """));
    }

    private static string ToFreeBarePlural(string governor, string lemma, bool addressee) => $"""
        1 Iran       Iran       PROPN NNP 2 nsubj  B-IRN
        2 {governor} {lemma}    VERB  VBD 0 root   _
        3 {(addressee ? "Hamas" : "today")} {(addressee ? "Hamas" : "today")} {(addressee ? "PROPN NNP 2 obj    B-PSEREBHMS" : "NOUN  NN  2 obl:tmod _")}
        4 to         to         ADP   IN  6 case   _
        5 free       free       ADJ   JJ  6 amod   _
        6 hostages   hostage    NOUN  NNS 2 obl    B----CVL
        7 .          .          PUNCT .   2 punct  _
        """;

    [Fact]
    public void A_bare_plural_after_to_free_is_its_object_when_the_verb_asks_someone_by_name()
    {
        // "Iran urged Hamas to free hostages": "urge <obj> to <any>" takes an infinitive, and Hamas is named between.
        Assert.Equal(["IRN PSEREBHMS 0253"], Code(ToFreeBarePlural("urged", "urge", addressee: true)));
    }

    [Fact]
    public void A_bare_plural_after_to_free_with_no_one_named_between_stays_a_noun_phrase()
    {
        // "Iran committed today to free hostages" reads like "committed to free elections": no repair.
        Assert.DoesNotContain(Code(ToFreeBarePlural("committed", "commit", addressee: false)), e => e.EndsWith(" 0353", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_on_a_noun_inside_the_root_subject_phrase_is_the_verb()
    {
        // "The ministers of two states met and called for talks with Iran": "met" an acl on "states", inside the
        // root's phrase. No finite verb anywhere.
        Assert.Equal(["---GOV IRN 026"], Code("""
            1 The       the      DET   DT  2 det    _
            2 ministers minister NOUN  NNS 0 root   B----GOV
            3 of        of       ADP   IN  5 case   _
            4 two       two      NUM   CD  5 nummod _
            5 states    state    NOUN  NNS 2 nmod   _
            6 met       meet     VERB  VBN 5 acl    _
            7 and       and      CCONJ CC  8 cc     _
            8 called    call     VERB  VBN 6 conj   _
            9 for       for      ADP   IN  10 case  _
            10 talks    talk     NOUN  NNS 8 obl    _
            11 with     with     ADP   IN  12 case  _
            12 Iran     Iran     PROPN NNP 10 nmod  B-IRN
            13 .        .        PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void A_frame_verb_read_as_a_noun_conjunct_after_two_joined_names_is_the_verb()
    {
        // "Ukraine and the United States plan to hold talks": "plan" a noun conjunct of "Ukraine", "States" its compound.
        Assert.Equal(["UKR USA 036", "USA UKR 036"], Code("""
            1 Ukraine  Ukraine  PROPN NNP 0 root     B-UKR
            2 and      and      CCONJ CC  6 cc       _
            3 the      the      DET   DT  6 det      _
            4 United   United   PROPN NNP 5 compound B-USA
            5 States   States   PROPN NNP 6 compound I-USA
            6 plan     plan     NOUN  NN  1 conj     _
            7 to       to       PART  TO  8 mark     _
            8 hold     hold     VERB  VB  6 acl      _
            9 talks    talk     NOUN  NNS 8 obj      _
            10 .       .        PUNCT .   1 punct    _
            """));
    }

    [Fact]
    public void A_frame_verb_read_as_the_root_noun_of_two_joined_names_is_the_verb()
    {
        // "Kenya and Uganda plan to hold talks": "plan" the root noun, "Kenya" its compound, "Uganda" Kenya's conjunct.
        Assert.Equal(["KEN UGA 036", "UGA KEN 036"], Code("""
            1 Kenya    Kenya    PROPN NNP 4 compound B-KEN
            2 and      and      CCONJ CC  3 cc       _
            3 Uganda   Uganda   PROPN NNP 1 conj     B-UGA
            4 plan     plan     NOUN  NN  0 root     _
            5 to       to       PART  TO  6 mark     _
            6 hold     hold     VERB  VB  4 acl      _
            7 talks    talk     NOUN  NNS 6 obj      _
            8 .        .        PUNCT .   4 punct    _
            """));
    }

    [Fact]
    public void A_frame_noun_after_one_name_stays_a_noun()
    {
        // "The Kenya plan to hold talks with Uganda": no "and", so no plural subject; the plan is a thing.
        Assert.Empty(Code("""
            1 The      the      DET   DT  3 det      _
            2 Kenya    Kenya    PROPN NNP 3 compound B-KEN
            3 plan     plan     NOUN  NN  0 root     _
            4 to       to       PART  TO  5 mark     _
            5 hold     hold     VERB  VB  3 acl      _
            6 talks    talk     NOUN  NNS 5 obj      _
            7 with     with     ADP   IN  8 case     _
            8 Uganda   Uganda   PROPN NNP 5 obl      B-UGA
            9 .        .        PUNCT .   3 punct    _
            """));
    }

    [Fact]
    public void A_subordinator_read_as_a_preposition_before_a_finite_verb_makes_the_phrase_its_subject()
    {
        // "Talks resumed as Iran freed the sailors": "as Iran" an oblique of "resumed", "freed" its conjunct with no
        // subject.
        Assert.Equal(["IRN GBR 0841"], Code("""
            1 Talks    talk      NOUN  NNS 2 nsubj  _
            2 resumed  resume    VERB  VBD 0 root   _
            3 as       as        ADP   IN  4 case   _
            4 Iran     Iran      PROPN NNP 2 obl    B-IRN
            5 freed    free      VERB  VBD 2 conj   _
            6 the      the       DET   DT  8 det    _
            7 British  British   ADJ   JJ  8 amod   B-GBR
            8 sailors  sailor    NOUN  NNS 5 obj    _
            9 .        .         PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void A_comparison_with_such_as_keeps_its_preposition()
    {
        // "Powers such as Iran freed ...": "such as" names examples; the parser's reading (no subject) is kept.
        Assert.Empty(Code("""
            1 Talks    talk      NOUN  NNS 2 nsubj  _
            2 resumed  resume    VERB  VBD 0 root   _
            3 such     such      ADJ   JJ  5 case   _
            4 as       as        ADP   IN  5 case   _
            5 Iran     Iran      PROPN NNP 2 obl    B-IRN
            6 freed    free      VERB  VBD 2 conj   _
            7 the      the       DET   DT  9 det    _
            8 British  British   ADJ   JJ  9 amod   B-GBR
            9 sailors  sailor    NOUN  NNS 6 obj    _
            10 .       .         PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void An_infinitive_read_as_a_noun_keeps_a_recipient_put_before_its_long_object()
    {
        // "Libya has offered to hand over to Britain two of its nationals, a newspaper said": "hand" a noun behind
        // "to", "Britain" hung on the reporting verb, the object "two" a flat name part of "Britain".
        Assert.Equal(["LBY GBR 0313"], Code("""
            1 Libya    Libya     PROPN NNP 3 nsubj  B-LBY
            2 has      have      AUX   VBZ 3 aux    _
            3 offered  offer     VERB  VBN 0 root   _
            4 to       to        ADP   IN  5 case   _
            5 hand     hand      NOUN  NN  3 obl    _
            6 over     over      ADV   RB  3 advmod _
            7 to       to        ADP   IN  8 case   _
            8 Britain  Britain   PROPN NNP 15 obl   B-GBR
            9 two      two       NUM   CD  8 flat   _
            10 of      of        ADP   IN  12 case  _
            11 its     its       PRON  PRP$ 12 nmod:poss _
            12 nationals national NOUN NNS 9 nmod   _
            13 ,       ,         PUNCT ,   8 punct  _
            14 newspaper newspaper NOUN NN 15 nsubj _
            15 said    say       VERB  VBD 3 parataxis _
            16 .       .         PUNCT .   3 punct  _
            """));
    }

    [Fact]
    public void An_infinitive_on_the_objects_relative_clause_completes_the_verb_above_and_up_to_counts()
    {
        // "Turkey will allow up to 500 Syrian refugees who lived in Iraq to return home": "up" a particle of "allow", "to"
        // the case of "refugees", "to return" an adverbial clause of "lived".
        Assert.Equal(["TUR SYRREF 035"], Code("""
            1 Turkey   Turkey    PROPN NNP 3 nsubj  B-TUR
            2 will     will      AUX   MD  3 aux    _
            3 allow    allow     VERB  VB  0 root   _
            4 up       up        ADP   RP  3 compound:prt _
            5 to       to        ADP   IN  8 case   _
            6 500      500       NUM   CD  8 nummod _
            7 Syrian   Syrian    ADJ   JJ  8 amod   B-SYRREF
            8 refugees refugee   NOUN  NNS 3 obl    I-SYRREF
            9 who      who       PRON  WP  10 nsubj _
            10 lived   live      VERB  VBD 8 acl:relcl _
            11 in      in        ADP   IN  12 case  _
            12 Iraq    Iraq      PROPN NNP 10 obl   B-IRQ
            13 to      to        PART  TO  14 mark  _
            14 return  return    VERB  VB  10 advcl _
            15 home    home      ADV   RB  14 advmod _
            16 .       .         PUNCT .   3 punct  _
            """));
    }

    [Fact]
    public void A_list_of_objects_hung_on_the_verb_joins_the_object()
    {
        // "Vietnamese forces launched artillery, mortar and rocket fire against rebel camps": the parser hung "mortar" and
        // "fire" on the verb as its conjuncts, so "fire ... against" was no phrase of the object.
        Assert.Equal(["VNMMIL KHMREB 194"], Code("""
            1  Vietnamese  Vietnamese ADJ   JJ  2  amod     B-VNMMIL
            2  forces      force      NOUN  NNS 3  nsubj    I-VNMMIL
            3  launched    launch     VERB  VBD 0  root     _
            4  artillery   artillery  NOUN  NN  3  obj      _
            5  ,           ,          PUNCT ,   6  punct    _
            6  mortar      mortar     NOUN  NN  3  conj     _
            7  and         and        CCONJ CC  9  cc       _
            8  rocket      rocket     NOUN  NN  9  compound _
            9  fire        fire       NOUN  NN  3  conj     _
            10 against     against    ADP   IN  12 case     _
            11 rebel       rebel      NOUN  NN  12 compound B-KHMREB
            12 camps       camp       NOUN  NNS 9  nmod     _
            13 .           .          PUNCT .   3  punct    _
            """));
    }

    [Fact]
    public void A_reported_clause_hung_on_the_weekday_is_the_reporting_verbs_complement()
    {
        // "Uganda said on Sunday it had paid compensation to British nationals": the parser read "it had paid ..." as a
        // relative clause on "Sunday", so the act was no complement of "said" and its subject found no antecedent.
        Assert.Equal(["UGA GBRCVL 0842"], Code("""
            1  Uganda       Uganda       PROPN NNP 2  nsubj     B-UGA
            2  said         say          VERB  VBD 0  root      _
            3  on           on           ADP   IN  4  case      _
            4  Sunday       Sunday       PROPN NNP 2  obl       _
            5  it           it           PRON  PRP 7  nsubj     _
            6  had          have         AUX   VBD 7  aux       _
            7  paid         pay          VERB  VBN 4  acl:relcl _
            8  compensation compensation NOUN  NN  7  obj       _
            9  to           to           ADP   IN  11 case      _
            10 British      British      ADJ   JJ  11 amod      B-GBRCVL
            11 nationals    national     NOUN  NNS 8  nmod      I-GBRCVL
            12 .            .            PUNCT .   2  punct     _
            """));
    }

    [Fact]
    public void An_object_put_after_an_as_phrase_is_the_verbs_object()
    {
        // "Albania denounced as an ugly crime Serbia's suppression of the unrest": the parser hung the object on "crime"
        // as a modifier with no preposition, so "denounce <obj>" found no one.
        Assert.Equal(["ALB SRB 111"], Code("""
            1  Albania     Albania     PROPN NNP 2  nsubj     B-ALB
            2  denounced   denounce    VERB  VBD 0  root      _
            3  as          as          ADP   IN  6  case      _
            4  an          a           DET   DT  6  det       _
            5  ugly        ugly        ADJ   JJ  6  amod      _
            6  crime       crime       NOUN  NN  2  obl       _
            7  Serbia      Serbia      PROPN NNP 9  nmod:poss B-SRB
            8  's          's          PART  POS 7  case      _
            9  suppression suppression NOUN  NN  6  nmod      _
            10 of          of          ADP   IN  12 case      _
            11 the         the         DET   DT  12 det       _
            12 unrest      unrest      NOUN  NN  9  nmod      _
            13 .           .           PUNCT .   2  punct     _
            """));
    }

    [Fact]
    public void A_preposition_stranded_before_a_past_form_read_as_a_verb_takes_the_noun_back()
    {
        // "Bush met with exiled Burmese dissidents": "exiled" read as a finite verb conjoined to "met", with the
        // dissidents as its object and "with" left as an oblique of its own.
        Assert.Equal(["USAGOV MMROPP 040"], Code("""
            1 Bush      Bush      PROPN NNP 2 nsubj  B-USAGOV
            2 met       meet      VERB  VBD 0 root   _
            3 with      with      ADP   IN  2 obl    _
            4 exiled    exile     VERB  VBD 2 conj   _
            5 Burmese   Burmese   ADJ   JJ  6 amod   B-MMROPP
            6 dissidents dissident NOUN NNS 4 obj    I-MMROPP
            7 .         .         PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void A_past_form_with_its_own_subject_after_a_stranded_preposition_stays_a_verb()
    {
        // A past form with a subject of its own ("police") is a clause, no adjective on the noun after it.
        Assert.DoesNotContain(Code("""
            1 Bush      Bush      PROPN NNP 2 nsubj  B-USAGOV
            2 met       meet      VERB  VBD 0 root   _
            3 with      with      ADP   IN  2 obl    _
            4 detained  detain    VERB  VBD 2 conj   _
            5 Burmese   Burmese   ADJ   JJ  6 amod   B-MMROPP
            6 activists activist  NOUN  NNS 4 obj    I-MMROPP
            7 police    police    NOUN  NNS 4 nsubj  B-MMRCOP
            8 .         .         PUNCT .   2 punct  _
            """), e => e.EndsWith(" 040", StringComparison.Ordinal));
    }

    // "Iraq will allow the return of U.N. weapons inspectors": the parser hangs "return" on "inspectors" as a compound,
    // its of-phrase ("of U.N. weapons") between the two; {0} is the first noun, {1} the last.
    private const string ReturnOfInspectors = """
        1 Iraq       Iraq      PROPN NNP 3 nsubj    B-IRQ
        2 will       will      AUX   MD  3 aux      _
        3 allow      allow     VERB  VB  0 root     _
        4 the        the       DET   DT  5 det      _
        5 {0}
        6 of         of        ADP   IN  8 case     _
        7 U.N.       U.N.      PROPN NNP 8 compound B-IGOUNO
        8 weapons    weapon    NOUN  NNS 5 nmod     _
        9 {1}
        10 .         .         PUNCT .   3 punct    _
        """;

    [Fact]
    public void A_noun_of_an_act_read_as_a_compound_across_its_of_phrase_heads_the_phrase()
    {
        // The repaired tree reads "the return of [U.N. weapons inspectors]": the inspectors are allowed in (0862, as
        // intent under "will": 0355) and the U.N. that sends them is the target.
        Assert.Equal(["IRQ IGOUNO 0355"], Code(string.Format(ReturnOfInspectors,
            "return return NOUN NN 9 compound _", "inspectors inspector NOUN NNS 3 obj _")));
    }

    [Fact]
    public void A_noun_of_a_thing_read_as_a_compound_across_its_of_phrase_is_left_alone()
    {
        // "allow the freedom of U.N. weapons inspectors": "freedom" names no act, and "[N of N] N" phrases headed by such
        // nouns ("a freedom of speech case") are read as the parser gave them; nothing is allowed in.
        Assert.Empty(Code(string.Format(ReturnOfInspectors,
            "freedom freedom NOUN NN 9 compound _", "inspectors inspector NOUN NNS 3 obj _")));
    }
}
