using Casus.Coding;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The target fallback on hand-built parses: when the clause names no target in the pattern's slot, the
/// nearest actor in the verb's (or its complement's) phrases, else the country of a place where the act happens.</summary>
public class TargetFallbackTests
{
    private static List<Event> Events(string conllu, CodingOptions? options = null)
    {
        var article = ParsedArticles.Build(conllu);
        (options is null ? CodingStage.CreateDefault() : CodingStage.CreateDefault(options)).Process(article);
        return article.Events.ToList();
    }

    private static List<string> Dyads(string conllu, CodingOptions? options = null) =>
        Events(conllu, options).Select(e => $"{e.Source.Code} {(e.Target is { } t ? t.Code.Value : "-")} {e.Code.Root:00}").ToList();

    // "British Defence Secretary has promised to continue military aid to Mozambique."
    private const string PromisedAid = """
        1 British    British    ADJ   JJ  3 amod     B-GBRGOV
        2 Defence    Defence    PROPN NNP 3 compound I-GBRGOV
        3 Secretary  Secretary  PROPN NNP 5 nsubj    I-GBRGOV
        4 has        have       AUX   VBZ 5 aux      _
        5 promised   promise    VERB  VBN 0 root     _
        6 to         to         PART  TO  7 mark     _
        7 continue   continue   VERB  VB  5 xcomp    _
        8 military   military   ADJ   JJ  9 amod     B----MIL
        9 aid        aid        NOUN  NN  7 obj      _
        10 to        to         ADP   IN  11 case    _
        11 Mozambique Mozambique PROPN NNP 9 nmod   B-MOZ
        12 .         .          PUNCT .   5 punct    _
        """;

    [Fact]
    public void Target_from_the_complement_object_s_modifier_skipping_a_role_only_adjective()
    {
        var events = Events(PromisedAid);
        var e = Assert.Single(events);
        Assert.Equal("GBRGOV MOZ 03", $"{e.Source.Code} {e.Target?.Code} {e.Code.Root:00}");
        Assert.Contains(e.Evidence.Notes, n => n.StartsWith("target from modifier actor 'Mozambique' → MOZ", StringComparison.Ordinal));
        Assert.Contains("target path: promised —xcomp→ continue —obj→ aid —nmod→ Mozambique", e.Evidence.Notes);
    }

    // "British Defence Secretary has promised to <verb> to continue military aid to Mozambique": a verb complement
    // under a second verb.
    private static string PromisedChain(string verb) => $$"""
        1 British    British    ADJ   JJ  3 amod     B-GBRGOV
        2 Defence    Defence    PROPN NNP 3 compound I-GBRGOV
        3 Secretary  Secretary  PROPN NNP 5 nsubj    I-GBRGOV
        4 has        have       AUX   VBZ 5 aux      _
        5 promised   promise    VERB  VBN 0 root     _
        6 to         to         PART  TO  7 mark     _
        7 {{verb}}   {{verb}}   VERB  VB  5 xcomp    _
        8 to         to         PART  TO  9 mark     _
        9 continue   continue   VERB  VB  7 xcomp    _
        10 military  military   ADJ   JJ  11 amod    B----MIL
        11 aid       aid        NOUN  NN  9 obj      _
        12 to        to         ADP   IN  13 case    _
        13 Mozambique Mozambique PROPN NNP 11 nmod  B-MOZ
        14 .         .          PUNCT .   5 punct    _
        """;

    [Theory]
    [InlineData("stay")]
    [InlineData("remain")]
    public void The_fallback_follows_no_verb_complement_of_a_copular_verb(string verb)
    {
        // [copular-verbs] of data/frames/frame_words.txt: under "stay" or "remain" the complement is a predicate, so
        // the walk does not reach Mozambique; under a verb off the list ("try") it does.
        Assert.DoesNotContain(Events(PromisedChain(verb)), e => e.Target?.Code.Value == "MOZ");
        Assert.Contains(Events(PromisedChain("try")), e => e.Target?.Code.Value == "MOZ");
    }

    [Fact]
    public void The_option_turns_the_fallback_off()
    {
        Assert.Equal(["GBRGOV - 03"], Dyads(PromisedAid, new CodingOptions { TargetFallback = false }));
    }

    // "X agreed to set up a research centre in Zurich" (parsed as the shipped parser parses the gold sentence).
    private static string SetUpCentre(string subject, string actor) => $$"""
        1 {{subject}} {{subject}} PROPN NNP 2 nsubj {{actor}}
        2 agreed   agree    VERB  VBD 0 root         _
        3 to       to       PART  TO  4 mark         _
        4 set      set      VERB  VB  2 xcomp        _
        5 up       up       ADP   RP  4 compound:prt _
        6 a        a        DET   DT  8 det          _
        7 research research NOUN  NN  8 compound     _
        8 centre   centre   NOUN  NN  4 obj          _
        9 in       in       ADP   IN  10 case        _
        10 Zurich  Zurich   PROPN NNP 8 nmod         _
        11 .       .        PUNCT .   2 punct        _
        """;

    [Fact]
    public void A_place_in_the_verb_s_phrases_gives_its_country_as_the_target()
    {
        var e = Assert.Single(Events(SetUpCentre("Russia", "B-RUS")));
        Assert.Equal("RUS CHE 03", $"{e.Source.Code} {e.Target?.Code} {e.Code.Root:00}");
        Assert.Equal("Zurich", e.Target!.Text);
        Assert.Contains(e.Evidence.Notes, n => n.StartsWith("target from modifier place 'Zurich' → CHE (gazetteer/geonames.tsv.gz Zurich → CHE (Zürich, geonames ", StringComparison.Ordinal));
        Assert.Contains(e.Evidence.TargetEntries, x => x.Contains("Zurich → CHE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_in_the_source_s_own_country_is_no_target_of_an_agreement()
    {
        Assert.Equal(["CHE - 03"], Dyads(SetUpCentre("Switzerland", "B-CHE")));
    }

    // "The Azerbaijani opposition agreed to postpone the demonstration in Baku": an intent to yield (035x).
    private const string PostponeDemonstration = """
        1 The           the           DET   DT  3 det          _
        2 Azerbaijani   Azerbaijani   ADJ   JJ  3 amod         B-AZEOPP
        3 opposition    opposition    NOUN  NN  4 nsubj        I-AZEOPP
        4 agreed        agree         VERB  VBD 0 root         _
        5 to            to            PART  TO  6 mark         _
        6 postpone      postpone      VERB  VB  4 xcomp        _
        7 the           the           DET   DT  8 det          _
        8 demonstration demonstration NOUN  NN  6 obj          _
        9 in            in            ADP   IN  10 case        _
        10 Baku         Baku          PROPN NNP 8 nmod         B-AZEGOV
        11 .            .             PUNCT .   4 punct        _
        """;

    [Fact]
    public void An_intent_to_yield_falls_on_a_place_of_the_source_s_own_country()
    {
        // As yielding (08) does: the demonstration's place, though the opposition's own country.
        var e = Assert.Single(Events(PostponeDemonstration));
        Assert.Equal("AZEOPP AZE 03", $"{e.Source.Code} {e.Target?.Code} {e.Code.Root:00}");
        Assert.StartsWith("035", e.Code.Digits, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_pattern_slot_is_not_filled()
    {
        // "meet (with) <obj>" names its target itself; with the slot empty the act stays uncoded, place or not.
        Assert.Empty(Dyads("""
            1 Lavrov Lavrov PROPN NNP 3 nsubj B-RUSGOV
            2 will   will   AUX   MD  3 aux   _
            3 meet   meet   VERB  VB  0 root  _
            4 in     in     ADP   IN  5 case  _
            5 Zurich Zurich PROPN NNP 3 obl   _
            6 .      .      PUNCT .   3 punct _
            """));
    }

    [Fact]
    public void A_demonstration_takes_the_country_it_happens_in()
    {
        Assert.Equal(["ALB SRB 14"], Dyads("""
            1 Albanians Albanians PROPN NNPS 2 nsubj B-ALB
            2 protested protest   VERB  VBD  0 root  _
            3 in        in        ADP   IN   4 case  _
            4 Serbia    Serbia    PROPN NNP  2 obl   B-SRB
            5 .         .         PUNCT .    2 punct _
            """));
    }

    [Fact]
    public void Criticism_is_never_aimed_at_a_place()
    {
        var events = Events("""
            1 Russia     Russia     PROPN NNP 2 nsubj B-RUS
            2 criticised criticise  VERB  VBD 0 root  _
            3 the        the        DET   DT  4 det   _
            4 decision   decision   NOUN  NN  2 obj   _
            5 in         in         ADP   IN  6 case  _
            6 Geneva     Geneva     PROPN NNP 2 obl   _
            7 .          .          PUNCT .   2 punct _
            """);
        Assert.DoesNotContain(events, e => e.Target is { } t && t.Code.Primary == "CHE");
    }

    [Fact]
    public void A_phrase_introduced_by_despite_is_not_acted_on()
    {
        Assert.Equal(["IGOUNO - 03"], Dyads("""
            1 Council   Council   PROPN NNP 2 nsubj     B-IGOUNO
            2 agreed    agree     VERB  VBD 0 root      _
            3 to        to        ADP   IN  5 case      _
            4 an        a         DET   DT  5 det       _
            5 extension extension NOUN  NN  2 obl       _
            6 despite   despite   ADP   IN  8 case      _
            7 Israel    Israel    PROPN NNP 8 nmod:poss B-ISR
            8 wish      wish      NOUN  NN  5 nmod      _
            9 .         .         PUNCT .   2 punct     _
            """));
    }

    [Fact]
    public void A_nested_modifier_chain_reaches_the_actor_named_deepest()
    {
        // "agreed to an extension of the mandate for the force in Lebanon" (parsed as the shipped parser does): the
        // role-only "force" is passed over, and the search goes on below it.
        Assert.Equal(["IGOUNO LBN 03"], Dyads("""
            1 Council   Council   PROPN NNP 2 nsubj B-IGOUNO
            2 agreed    agree     VERB  VBD 0 root  _
            3 to        to        ADP   IN  5 case  _
            4 an        a         DET   DT  5 det   _
            5 extension extension NOUN  NN  2 obl   _
            6 of        of        ADP   IN  7 case  _
            7 mandate   mandate   NOUN  NN  5 nmod  _
            8 for       for       ADP   IN  9 case  _
            9 force     force     NOUN  NN  5 nmod  B----MIL
            10 in       in        ADP   IN  11 case _
            11 Lebanon  Lebanon   PROPN NNP 9 nmod  B-LBN
            12 .        .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Coordinated_country_adjectives_are_members_of_one_compound_source()
    {
        // "Senior Hungarian and Romanian officials agreed": Hungarian shares the head noun with Romanian.
        Assert.Equal(["HUNGOV ROUGOV 03", "ROUGOV HUNGOV 03"], Dyads("""
            1 Senior    senior    ADJ   JJ  5 amod  _
            2 Hungarian Hungarian ADJ   JJ  5 amod  B-HUNGOV
            3 and       and       CCONJ CC  4 cc    _
            4 Romanian  Romanian  ADJ   JJ  2 conj  B-ROUGOV
            5 officials official  NOUN  NNS 6 nsubj I-ROUGOV
            6 agreed    agree     VERB  VBD 0 root  _
            7 .         .         PUNCT .   6 punct _
            """));
    }

    // "Students blocked a bridge to protest Chile's new law." The purpose clause of a protest names whom it is against.
    private const string ProtestPurpose = """
        1 Students  student   NOUN  NNS 2 nsubj    B----EDU
        2 blocked   block     VERB  VBD 0 root     _
        3 a         a         DET   DT  4 det      _
        4 bridge    bridge    NOUN  NN  2 obj      _
        5 to        to        PART  TO  6 mark     _
        6 protest   protest   VERB  VB  2 advcl    _
        7 Chile     Chile     PROPN NNP 10 nmod:poss B-CHL
        8 's        's        PART  POS 7 case     _
        9 new       new       ADJ   JJ  10 amod    _
        10 law      law       NOUN  NN  6 obj      _
        11 .        .         PUNCT .   2 punct    _
        """;

    [Fact]
    public void A_protest_s_purpose_clause_names_its_target()
    {
        var e = Assert.Single(Events(ProtestPurpose));
        Assert.Equal("---EDU CHL 14", $"{e.Source.Code} {e.Target?.Code} {e.Code.Root:00}");
        Assert.Contains("target path: blocked —advcl→ protest —obj→ law —nmod:poss→ Chile", e.Evidence.Notes);
    }

    [Theory]
    [InlineData("commemorate")]
    [InlineData("honour")]
    public void A_protest_s_purpose_clause_of_support_names_no_target(string verb)
    {
        // [support-purposes] of data/frames/frame_words.txt: "to commemorate Chile's new law" is for, not against,
        // Chile; a purpose verb off the list ("denounce") names Chile as the target, as "protest" does above.
        string Purpose(string v) => ProtestPurpose.Replace("6 protest   protest ", $"6 {v,-9} {v,-9}", StringComparison.Ordinal);
        Assert.DoesNotContain("---EDU CHL 14", Dyads(Purpose(verb)));
        Assert.Contains("---EDU CHL 14", Dyads(Purpose("denounce")));
    }

    // "Egypt mobilized troops to defend the border with Libya." Only a protest's purpose names a target: an act of force
    // done "to defend" something is not done to whoever the purpose clause names.
    [Fact]
    public void Other_acts_do_not_take_a_target_from_their_purpose()
    {
        var events = Events("""
            1 Egypt    Egypt    PROPN NNP 2 nsubj  B-EGY
            2 mobilized mobilize VERB VBD 0 root   _
            3 troops   troop    NOUN  NNS 2 obj    B----MIL
            4 to       to       PART  TO  5 mark   _
            5 defend   defend   VERB  VB  2 advcl  _
            6 the      the      DET   DT  7 det    _
            7 border   border   NOUN  NN  5 obj    _
            8 with     with     ADP   IN  9 case   _
            9 Libya    Libya    PROPN NNP 7 nmod   B-LBY
            10 .       .        PUNCT .   2 punct  _
            """);
        var e = Assert.Single(events);
        Assert.Equal("EGY - 15", $"{e.Source.Code} {e.Target?.Code.Value ?? "-"} {e.Code.Root:00}");
    }

    // "Chile mobilized Chilean troops over a dispute with Peru." A show of force moves the source's own forces: the
    // target is whom it is aimed at, not the forces.
    [Fact]
    public void A_show_of_force_is_not_aimed_at_the_source_s_own_forces()
    {
        var e = Assert.Single(Events("""
            1 Chile      Chile      PROPN NNP 2 nsubj  B-CHL
            2 mobilized  mobilize   VERB  VBD 0 root   _
            3 Chilean    Chilean    ADJ   JJ  4 amod   B-CHLMIL
            4 troops     troop      NOUN  NNS 2 obj    I-CHLMIL
            5 over       over       ADP   IN  7 case   _
            6 a          a          DET   DT  7 det    _
            7 dispute    dispute    NOUN  NN  2 obl    _
            8 with       with       ADP   IN  9 case   _
            9 Peru       Peru       PROPN NNP 7 nmod   B-PER
            10 .         .          PUNCT .   2 punct  _
            """));
        Assert.Equal("CHL PER 15", $"{e.Source.Code} {e.Target?.Code} {e.Code.Root:00}");
    }

    // "Students staged demonstrations to demand reforms by Suharto's government." A protest is against the doer of
    // what it protests: the by-phrase below the protest verb.
    [Fact]
    public void A_protest_is_against_the_doer_of_what_it_protests()
    {
        var e = Assert.Single(Events("""
            1 Students       student       NOUN  NNS 2 nsubj  B-IDNEDU
            2 staged         stage         VERB  VBD 0 root   _
            3 demonstrations demonstration NOUN  NNS 2 obj    _
            4 to             to            PART  TO  5 mark   _
            5 demand         demand        VERB  VB  3 acl    _
            6 reforms        reform        NOUN  NNS 5 obj    _
            7 by             by            ADP   IN  10 case  _
            8 Suharto        Suharto       PROPN NNP 10 nmod:poss B-IDNGOV
            9 's             's            PART  POS 8 case   I-IDNGOV
            10 government    government    NOUN  NN  5 obl    I-IDNGOV
            11 .             .             PUNCT .   2 punct  _
            """));
        Assert.Equal("IDNEDU IDNGOV 14", $"{e.Source.Code} {e.Target?.Code} {e.Code.Root:00}");
    }

    // "Iran refused to respond to a <noun> from Germany."
    private static string RespondFrom(string noun, string lemma) => $$"""
        1 Iran      Iran      PROPN NNP 2 nsubj B-IRN
        2 refused   refuse    VERB  VBD 0 root  _
        3 to        to        PART  TO  4 mark  _
        4 respond   respond   VERB  VB  2 xcomp _
        5 to        to        ADP   IN  7 case  _
        6 a         a         DET   DT  7 det   _
        7 {{noun}}  {{lemma}} NOUN  NN  4 obl   _
        8 from      from      ADP   IN  9 case  _
        9 Germany   Germany   PROPN NNP 7 nmod  B-DEU
        10 .        .         PUNCT .   2 punct _
        """;

    [Theory]
    [InlineData("demand", "demand")]
    [InlineData("proposal", "proposal")]
    public void The_from_phrase_of_an_authored_noun_names_its_author_for_an_act_that_takes_no_place(string noun, string lemma)
    {
        var e = Assert.Single(Events(RespondFrom(noun, lemma)));
        Assert.Equal("IRN DEU 12", $"{e.Source.Code} {e.Target?.Code} {e.Code.Root:00}");
    }

    [Fact]
    public void The_from_phrase_of_another_noun_is_a_place_a_rejection_does_not_take()
    {
        var e = Assert.Single(Events(RespondFrom("shipment", "shipment")));
        Assert.Equal("IRN - 12", $"{e.Source.Code} {e.Target?.Code.Value ?? "-"} {e.Code.Root:00}");
    }
    // "Turkey promised to continue aid to the US-led war against Iraq": the tokenizer splits "US - led"; the war's
    // leader is whom the aid goes to, not the country the war is against.
    [Fact]
    public void An_x_led_modifier_names_the_owner_before_the_thing_s_own_phrases()
    {
        Assert.Equal(["TUR USA 03"], Dyads("""
            1 Turkey     Turkey     PROPN NNP 2 nsubj    B-TUR
            2 promised   promise    VERB  VBD 0 root     _
            3 to         to         PART  TO  4 mark     _
            4 continue   continue   VERB  VB  2 xcomp    _
            5 aid        aid        NOUN  NN  4 obj      _
            6 to         to         ADP   IN  11 case    _
            7 the        the        DET   DT  11 det     _
            8 US         US         PROPN NNP 10 obl:unmarked B-USA
            9 -          -          PUNCT HYPH 8 punct   _
            10 led       lead       VERB  VBN 11 amod    _
            11 war       war        NOUN  NN  5 nmod     _
            12 against   against    ADP   IN  13 case    _
            13 Iraq      Iraq       PROPN NNP 11 nmod    B-IRQ
            14 .         .          PUNCT .   2 punct    _
            """));
    }

    // Without a leader the war's own phrase names the target, as before.
    [Fact]
    public void Without_an_x_led_modifier_the_deeper_phrase_names_the_target()
    {
        Assert.Equal(["TUR IRQ 03"], Dyads("""
            1 Turkey     Turkey     PROPN NNP 2 nsubj    B-TUR
            2 promised   promise    VERB  VBD 0 root     _
            3 to         to         PART  TO  4 mark     _
            4 continue   continue   VERB  VB  2 xcomp    _
            5 aid        aid        NOUN  NN  4 obj      _
            6 to         to         ADP   IN  8 case     _
            7 the        the        DET   DT  8 det      _
            8 war        war        NOUN  NN  5 nmod     _
            9 against    against    ADP   IN  10 case    _
            10 Iraq      Iraq       PROPN NNP 8 nmod     B-IRQ
            11 .         .          PUNCT .   2 punct    _
            """));
    }
}
