using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Precision of the parse reading on hand-built parses: verb senses that are no event (naming with "call",
/// forces arriving), clauses that state a charge or a reason, the doer of a participle under a passive, the source's
/// own country as a destination, the owner of a pattern's object noun, and nouns under a verb the parse rules out.</summary>
public class VerbSenseTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void A_charge_of_doing_something_codes_the_charge_not_the_deed()
    {
        // The charge is specific: the gerund is a pattern word of "accuse <obj> of ... supporting" (1123), and the deed
        // (support) itself is not coded.
        Assert.Equal(["TUR GRC 1123"], Code("""
            1 Turkey     Turkey     PROPN NNP 2 nsubj B-TUR
            2 accused    accuse     VERB  VBD 0 root  _
            3 Greece     Greece     PROPN NNP 2 obj   B-GRC
            4 of         of         SCONJ IN  5 mark  _
            5 supporting support    VERB  VBG 2 advcl _
            6 Armenian   Armenian   ADJ   JJ  7 amod  B-ARMREB
            7 rebels     rebel      NOUN  NNS 5 obj   I-ARMREB
            8 .          .          PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_gerund_charge_on_the_accused_gives_the_specific_accusation()
    {
        // The parser may hang "of committing" on the accused (acl); the gerund's object still names the charge.
        Assert.Equal(["BIH SRB 1124"], Code("""
            1 Bosnia     Bosnia     PROPN NNP 2 nsubj B-BIH
            2 accused    accuse     VERB  VBD 0 root  _
            3 Serbia     Serbia     PROPN NNP 2 obj   B-SRB
            4 of         of         SCONJ IN  5 mark  _
            5 committing commit     VERB  VBG 3 acl   _
            6 genocide   genocide   NOUN  NN  5 obj   _
            7 .          .          PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_gerund_that_names_no_charge_keeps_the_general_accusation()
    {
        Assert.Equal(["BIH SRB 112"], Code("""
            1 Bosnia     Bosnia     PROPN NNP 2 nsubj B-BIH
            2 accused    accuse     VERB  VBD 0 root  _
            3 Serbia     Serbia     PROPN NNP 2 obj   B-SRB
            4 of         of         SCONJ IN  5 mark  _
            5 lying      lie        VERB  VBG 2 advcl _
            6 .          .          PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Guilty_of_doing_something_asserts_the_deed()
    {
        // Under an adjective the gerund is the act the clause states, not a charge someone makes.
        Assert.Equal(["SYR TUR 190"], Code("""
            1 Syria     Syria    PROPN NNP 3 nsubj B-SYR
            2 is        be       AUX   VBZ 3 cop   _
            3 guilty    guilty   ADJ   JJ  0 root  _
            4 of        of       SCONJ IN  5 mark  _
            5 attacking attack   VERB  VBG 3 advcl _
            6 Turkey    Turkey   PROPN NNP 5 obj   B-TUR
            7 .         .        PUNCT .   3 punct _
            """));
    }

    [Fact]
    public void A_participle_after_a_passive_is_done_by_its_agent()
    {
        Assert.Contains("SOMREB KENMIL 190", Code("""
            1 A        a        DET   DT  3 det       _
            2 border   border   NOUN  NN  3 compound  _
            3 post     post     NOUN  NN  5 nsubj:pass _
            4 was      be       AUX   VBD 5 aux:pass  _
            5 attacked attack   VERB  VBN 0 root      _
            6 by       by       ADP   IN  8 case      _
            7 Somali   Somali   ADJ   JJ  8 amod      B-SOMREB
            8 gunmen   gunman   NOUN  NNS 5 obl:agent I-SOMREB
            9 ,        ,        PUNCT ,   10 punct    _
            10 killing kill     VERB  VBG 5 advcl     _
            11 Kenyan  Kenyan   ADJ   JJ  12 amod     B-KENMIL
            12 soldiers soldier NOUN  NNS 10 obj      I-KENMIL
            13 .       .        PUNCT .   5 punct     _
            """));
    }

    [Fact]
    public void The_sources_own_country_behind_to_is_a_destination_not_a_target()
    {
        Assert.Empty(Code("""
            1 The      the      DET   DT  3 det      _
            2 Kenyan   Kenyan   ADJ   JJ  3 amod     B-KENGOV
            3 government government NOUN NN 5 nsubj  I-KENGOV
            4 would    would    AUX   MD  5 aux      _
            5 deny     deny     VERB  VB  0 root     _
            6 entry    entry    NOUN  NN  5 obj      _
            7 to       to       ADP   IN  8 case     _
            8 Kenya    Kenya    PROPN NNP 6 nmod     B-KEN
            9 to       to       ADP   IN  11 case    _
            10 foreign foreign  ADJ   JJ  11 amod    _
            11 fighters fighter NOUN  NNS 5 obl      _
            12 .       .        PUNCT .   5 punct    _
            """));
    }

    private const string PresidentCalled = """
        1 The      the      DET   DT  3 det      _
        2 Kenyan   Kenyan   ADJ   JJ  3 amod     B-KENGOV
        3 president president NOUN NN 4 nsubj    I-KENGOV
        4 called   call     VERB  VBD 0 root     _
        {0}
        """;

    [Fact]
    public void Calling_something_a_name_is_no_telephone_call()
    {
        Assert.Empty(Code(string.Format(PresidentCalled, """
            5 Uganda   Uganda   PROPN NNP 7 nmod:poss B-UGA
            6 's       's       PART  POS 5 case     _
            7 decision decision NOUN  NN  4 obj      _
            8 a        a        DET   DT  9 det      _
            9 mistake  mistake  NOUN  NN  4 xcomp    _
            10 .       .        PUNCT .   4 punct    _
            """)));
    }

    [Fact]
    public void Calling_an_actor_a_name_with_two_objects_is_no_telephone_call()
    {
        // The parser reads the one named as the indirect object and the name as the object, and the name may be an
        // actor word ("an occupying army"): a call made never takes two objects.
        Assert.Empty(Code(string.Format(PresidentCalled, """
            5 Ugandan  Ugandan  ADJ   JJ  6 amod     B-UGAMIL
            6 troops   troop    NOUN  NNS 4 iobj     I-UGAMIL
            7 an       a        DET   DT  9 det      _
            8 occupying occupy  VERB  VBG 9 amod     _
            9 army     army     NOUN  NN  4 obj      B-UGAMIL
            10 .       .        PUNCT .   4 punct    _
            """)));
    }

    [Theory]
    [InlineData(true, new string[0])]
    [InlineData(false, new[] { "USA KEN 041" })]
    public void A_participle_naming_the_noun_before_it_is_no_telephone_call_in_the_word_reading(bool nounBefore, string[] expected)
    {
        // "launched a project called Kenya Forward": read as a word sequence (no parse), "called" right after a
        // noun, with no auxiliary, names that noun. After an actor it stays a call.
        var article = CodingTestKit.Build(nounBefore
            ? "[The United States|USA] launched a project called [Kenya|KEN] Forward ."
            : "[The United States|USA] called [Kenya|KEN] .");
        if (nounBefore)
        {
            article.SetMorphology(5, Casus.Document.Upos.NOUN, "NN", "project");
            article.SetMorphology(6, Casus.Document.Upos.VERB, "VBN", "call");
        }
        Casus.Coding.CodingStage.CreateDefault().Process(article);
        Assert.Equal(expected, article.Events.Select(e => $"{e.Source.Code} {(e.Target is { } t ? t.Code.Value : "-")} {e.Code}"));
    }

    [Fact]
    public void Calling_a_leader_is_a_call()
    {
        Assert.Equal(["KENGOV UGAGOV 041"], Code(string.Format(PresidentCalled, """
            5 Ugandan  Ugandan  ADJ   JJ  6 amod     B-UGAGOV
            6 President president NOUN NN 4 obj      I-UGAGOV
            7 Museveni Museveni PROPN NNP 6 flat     I-UGAGOV
            8 .        .        PUNCT .   4 punct    _
            """)));
    }

    private const string TreasuryTargeted = """
        1 The      the      DET   DT  2 det      _
        2 Treasury Treasury PROPN NNP 3 nsubj    B-USAGOV
        3 targeted target   VERB  VBD 0 root     _
        4 Russian  Russian  ADJ   JJ  5 amod     B-RUS
        5 {0}
        6 .        .        PUNCT .   3 punct    _
        """;

    [Fact]
    public void Targeting_what_measures_aim_at_is_no_use_of_force()
    {
        Assert.Empty(Code(string.Format(TreasuryTargeted, "oligarchs oligarch NOUN NNS 3 obj I-RUS")));
        Assert.Empty(Code(string.Format(TreasuryTargeted, "companies company NOUN NNS 3 obj I-RUS")));
    }

    [Fact]
    public void Targeting_forces_is_a_use_of_force()
    {
        Assert.Equal(["USAGOV RUSMIL 190"], Code(string.Format(TreasuryTargeted, "troops troop NOUN NNS 3 obj I-RUSMIL")));
    }

    [Theory]
    [InlineData("networks", new string[0])]
    [InlineData("positions", new[] { "USA RUS 190" })]
    public void Targeting_what_measures_aim_at_is_no_use_of_force_in_the_word_reading(string noun, string[] expected)
    {
        Assert.Equal(expected, CodingTestKit.Code($"[The United States|USA] targeted [Russian|RUS] {noun} ."));
    }

    private const string GovernmentDenied = """
        1 The      the      DET   DT  2 det      _
        2 government government NOUN NN 3 nsubj  B-ZWEGOV
        3 denied   deny     VERB  VBD 0 root     _
        {0}
        """;

    [Fact]
    public void Denying_a_claim_is_a_denial()
    {
        Assert.Equal(["ZWEGOV - 016"], Code(string.Format(GovernmentDenied, """
            4 the      the      DET   DT  5 det      _
            5 report   report   NOUN  NN  3 obj      _
            6 .        .        PUNCT .   3 punct    _
            """)));
    }

    [Fact]
    public void Denying_permission_withholds_it()
    {
        // A noun of what is granted: the government refuses to grant it (120), not a denial of a statement (016).
        Assert.Equal(["ZWEGOV ZWEOPP 120"], Code(string.Format(GovernmentDenied, """
            4 permission permission NOUN NN 3 obj    _
            5 to       to       ADP   IN  7 case     _
            6 the      the      DET   DT  7 det      _
            7 opposition opposition NOUN NN 4 nmod   B-ZWEOPP
            8 .        .        PUNCT .   3 punct    _
            """)));
    }

    [Fact]
    public void Denying_someone_something_withholds_it()
    {
        Assert.Equal(["ZWEGOV ZWEOPP 120"], Code(string.Format(GovernmentDenied, """
            4 the      the      DET   DT  5 det      _
            5 opposition opposition NOUN NN 3 iobj   B-ZWEOPP
            6 its      its      PRON  PRP$ 7 nmod:poss _
            7 voice    voice    NOUN  NN  3 obj      _
            8 .        .        PUNCT .   3 punct    _
            """)));
    }

    [Fact]
    public void Being_denied_something_names_the_deprived_not_a_denial()
    {
        Assert.Empty(Code("""
            1 Opposition opposition NOUN NN 4 nsubj:pass B-ZWEOPP
            2 leaders  leader   NOUN  NNS 1 flat     I-ZWEOPP
            3 were     be       AUX   VBD 4 aux:pass _
            4 denied   deny     VERB  VBN 0 root     _
            5 bail     bail     NOUN  NN  4 obj      _
            6 .        .        PUNCT .   4 punct    _
            """));
    }

    [Fact]
    public void A_conjunct_sharing_a_passive_names_the_deprived_not_a_denial()
    {
        Assert.Empty(Code("""
            1 Opposition opposition NOUN NN 4 nsubj:pass B-ZWEOPP
            2 leaders  leader   NOUN  NNS 1 flat     I-ZWEOPP
            3 were     be       AUX   VBD 4 aux:pass _
            4 arrested arrest   VERB  VBN 0 root     _
            5 and      and      CCONJ CC  6 cc       _
            6 denied   deny     VERB  VBN 4 conj     _
            7 bail     bail     NOUN  NN  6 obj      _
            8 .        .        PUNCT .   4 punct    _
            """).Where(e => !e.EndsWith(" 173")));
    }

    private const string KenyaHandedOver = """
        1 Kenya    Kenya    PROPN NNP 2 nsubj    B-KEN
        2 handed   hand     VERB  VBD 0 root     _
        3 over     over     ADP   RP  2 compound:prt _
        4 {0}
        5 to       to       ADP   IN  6 case     _
        6 Uganda   Uganda   PROPN NNP 2 obl      B-UGA
        7 .        .        PUNCT .   2 punct    _
        """;

    [Fact]
    public void Handing_over_suspects_is_judicial_cooperation()
    {
        Assert.Equal(["KEN UGA 063"], Code(string.Format(KenyaHandedOver, "suspects suspect NOUN NNS 2 obj _")));
    }

    [Fact]
    public void Handing_over_a_thing_is_no_judicial_cooperation()
    {
        Assert.Empty(Code(string.Format(KenyaHandedOver, "letter letter NOUN NN 2 obj _")));
    }

    [Fact]
    public void Handing_over_medicine_is_humanitarian_aid()
    {
        // Goods of aid handed over are aid given (073), not people handed over (063).
        Assert.Equal(["KEN UGA 073"], Code(string.Format(KenyaHandedOver, "medicine medicine NOUN NN 2 obj _")));
    }

    // "In a letter handed over to Uganda, Kenya said ...": the parser hangs the participle on "said" (advcl), away from
    // the noun it stands right behind.
    private const string InAThingHandedOver = """
        1 In       in       ADP   IN  3 case     _
        2 a        a        DET   DT  3 det      _
        3 {0}
        4 handed   hand     VERB  VBN 9 advcl    _
        5 over     over     ADP   RP  4 compound:prt _
        6 to       to       ADP   IN  7 case     _
        7 Uganda   Uganda   PROPN NNP 4 obl      B-UGA
        8 Kenya    Kenya    PROPN NNP 9 nsubj    B-KEN
        9 said     say      VERB  VBD 0 root     _
        10 .       .        PUNCT .   9 punct    _
        """;

    [Fact]
    public void A_thing_handed_over_in_a_misplaced_participle_is_no_judicial_cooperation()
    {
        Assert.Empty(Code(string.Format(InAThingHandedOver, "letter letter NOUN NN 9 obl _")));
    }

    [Fact]
    public void Suspects_handed_over_in_a_misplaced_participle_stay_judicial_cooperation()
    {
        Assert.Equal(["KEN UGA 063"], Code(string.Format(InAThingHandedOver, "suspects suspect NOUN NNS 9 obl _")));
    }

    [Theory]
    [InlineData("two suspects", new[] { "KEN UGA 063" })]
    [InlineData("a letter", new string[0])]
    [InlineData("700 kg of medicine", new[] { "KEN UGA 073" })]
    [InlineData("food supplies", new[] { "KEN UGA 073" })]
    public void Handing_over_a_thing_is_no_judicial_cooperation_in_the_word_reading(string handed, string[] expected)
    {
        Assert.Equal(expected, CodingTestKit.Code($"[Kenya|KEN] handed over {handed} to [Uganda|UGA] ."));
    }

    private const string ArrivedInHaiti = """
        1 Peruvian Peruvian ADJ   JJ  2 amod  B-PER{0}
        2 {1}
        3 arrived  arrive   VERB  VBD 0 root  _
        4 in       in       ADP   IN  5 case  _
        5 Haiti    Haiti    PROPN NNP 3 obl   B-HTI
        6 .        .        PUNCT .   3 punct _
        """;

    [Fact]
    public void Troops_arriving_make_no_visit()
    {
        Assert.Empty(Code(string.Format(ArrivedInHaiti, "MIL", "troops troop NOUN NNS 3 nsubj I-PERMIL")));
    }

    [Fact]
    public void Peacekeepers_arriving_are_a_peacekeeping_deployment()
    {
        Assert.Equal(["PERMIL HTI 074"], Code(string.Format(ArrivedInHaiti, "MIL", "peacekeepers peacekeeper NOUN NNS 3 nsubj I-PERMIL")));
    }

    [Fact]
    public void Peacekeeping_troops_arriving_are_a_peacekeeping_deployment()
    {
        Assert.Equal(["PERMIL HTI 074"], Code("""
            1 Peruvian    Peruvian    ADJ   JJ  3 amod     B-PERMIL
            2 peacekeeping peacekeeping NOUN NN 3 compound I-PERMIL
            3 troops      troop       NOUN  NNS 4 nsubj    I-PERMIL
            4 arrived     arrive      VERB  VBD 0 root     _
            5 in          in          ADP   IN  6 case     _
            6 Haiti       Haiti       PROPN NNP 4 obl      B-HTI
            7 .           .           PUNCT .   4 punct    _
            """));
    }

    [Fact]
    public void A_president_arriving_makes_a_visit()
    {
        Assert.Equal(["PERGOV HTI 042"], Code(string.Format(ArrivedInHaiti, "GOV", "president president NOUN NN 3 nsubj I-PERGOV")));
    }

    [Fact]
    public void Expelling_a_countrys_diplomats_is_the_diplomatic_sanction()
    {
        // "expel diplomats (of|from) <obj>" (161) reads the diplomats' own country as well as "expel <obj>" (174) does.
        Assert.Equal(["ESP MARGOV 161"], Code("""
            1 Spain     Spain     PROPN NNP 2 nsubj B-ESP
            2 expelled  expel     VERB  VBD 0 root  _
            3 three     three     NUM   CD  5 nummod _
            4 Moroccan  Moroccan  ADJ   JJ  5 amod  B-MARGOV
            5 diplomats diplomat  NOUN  NNS 2 obj   I-MARGOV
            6 .         .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_noun_under_a_negated_verb_is_not_read_as_a_verb_by_the_word_reading()
    {
        Assert.Empty(Code("""
            1 Police    police    NOUN  NNS 5 nsubj B-ZWECOP
            2 will      will      AUX   MD  5 aux   _
            3 no        no        ADV   RB  4 advmod _
            4 longer    longer    ADV   RBR 5 advmod _
            5 tolerate  tolerate  VERB  VB  0 root  _
            6 rallies   rally     NOUN  NNS 5 obj   _
            7 by        by        ADP   IN  9 case  _
            8 the       the       DET   DT  9 det   _
            9 opposition opposition NOUN NN 6 nmod  B-ZWEOPP
            10 .        .         PUNCT .   5 punct _
            """));
    }

    [Fact]
    public void A_role_adjective_on_the_object_noun_is_a_topic_not_its_owner()
    {
        // "military exercises": the adjective names a kind of exercise, not whose they are; no one is acted on.
        Assert.DoesNotContain("RUS ---MIL 062", Code("""
            1 Russia    Russia    PROPN NNP 2 nsubj B-RUS
            2 conducted conduct   VERB  VBD 0 root  _
            3 military  military  ADJ   JJ  4 amod  B----MIL
            4 exercises exercise  NOUN  NNS 2 obj   _
            5 .         .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Banning_an_airline_or_nothing_named_is_no_ban_on_politicians()
    {
        // Bare "ban <obj>" (1722) needs a party, politician or movement; an airline read as its country is none, and
        // the sentence falls to no other reading.
        Assert.Empty(Code("""
            1 Germany  Germany PROPN NNP 2 nsubj    B-DEU
            2 banned   ban     VERB  VBD 0 root     _
            3 Iranian  Iranian ADJ   JJ  4 amod     B-IRN
            4 airline  airline NOUN  NN  2 obj      _
            5 .        .       PUNCT .   2 punct    _
            """));
        Assert.Empty(Code("""
            1 Germany     Germany    PROPN NNP 2 nsubj    B-DEU
            2 banned      ban        VERB  VBD 0 root     _
            3 new         new        ADJ   JJ  4 amod     _
            4 investments investment NOUN  NNS 2 obj      _
            5 .           .          PUNCT .   2 punct    _
            """));
    }

    [Fact]
    public void Banning_a_politician_is_1722()
        => Assert.Equal(["THA THAELI 1722"], Code("""
            1 Thailand Thailand PROPN NNP 2 nsubj B-THA
            2 banned   ban      VERB  VBD 0 root  _
            3 former   former   ADJ   JJ  4 amod  B-THAELI
            4 premier  premier  NOUN  NN  2 obj   I-THAELI
            5 .        .        PUNCT .   2 punct _
            """));
}
