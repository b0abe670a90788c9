using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Place slots on hand-built parses: a pattern whose target slot stands behind a place preposition
/// (`impose curfew (on|in) &lt;obj&gt;`) takes the country of the place named there when the place is no actor
/// mention; other slots, other roots and fixed phrases ("in response to") stay as they were.</summary>
public class PlaceSlotTests
{
    // "Kenyan police imposed a curfew in the port of Mombasa." Mombasa is no actor mention; the gazetteer knows it.
    // The guards below use "enforced" (`enforce curfew (in|on) <obj>`, a required slot): "imposed a curfew" needs no one
    // acted on (`impose curfew (on|in) (<obj>)`) and is coded without a place too.
    private static string Curfew(string prep, string noun, string place, string verb = "imposed", string lemma = "impose") => $$"""
        1 Kenyan   Kenyan   ADJ   JJ  2 amod     B-KENCOP
        2 police   police   NOUN  NNS 3 nsubj    I-KENCOP
        3 {{verb}} {{lemma}} VERB VBD 0 root     _
        4 a        a        DET   DT  5 det      _
        5 curfew   curfew   NOUN  NN  3 obj      _
        6 {{prep}} {{prep}} ADP   IN  8 case     _
        7 the      the      DET   DT  8 det      _
        8 {{noun}} {{noun}} NOUN  NN  3 obl      _
        9 of       of       ADP   IN  10 case    _
        10 {{place}} {{place}} PROPN NNP 8 nmod  _
        11 .       .        PUNCT .   3 punct    _
        """;

    [Fact]
    public void An_empty_slot_behind_in_takes_the_country_of_the_place()
    {
        // A place struck by coercion (17) stands for its civilians.
        Assert.Equal(["KENCOP KENCVL 1723"], ParsedArticles.Code(Curfew("in", "port", "Mombasa")));
    }

    [Fact]
    public void An_empty_slot_behind_on_takes_the_country_of_the_place()
    {
        // "imposed a curfew on the port of Mombasa": for the acts a place settles, "on" names the place acted on;
        // a place coerced is its civilians.
        Assert.Equal(["KENCOP KENCVL 1723"], ParsedArticles.Code(Curfew("on", "port", "Mombasa")));
    }

    [Fact]
    public void A_ground_after_on_is_no_place()
    {
        // "imposed a curfew on orders of Mombasa['s governor]": a ground, not where the curfew falls.
        Assert.Empty(ParsedArticles.Code(Curfew("on", "orders", "Mombasa", "enforced", "enforce")));
    }

    // "Russian jets bombed the port of Mombasa": force on a place named as the direct object falls on the place's
    // civilians.
    private static string Bombed(string verb, string lemma) => $$"""
        1 Russian  Russian  ADJ   JJ  2 amod     B-RUSMIL
        2 jets     jet      NOUN  NNS 3 nsubj    I-RUSMIL
        3 {{verb}} {{lemma}} VERB VBD 0 root     _
        4 the      the      DET   DT  5 det      _
        5 port     port     NOUN  NN  3 obj      _
        6 of       of       ADP   IN  7 case     _
        7 Mombasa  Mombasa  PROPN NNP 5 nmod     _
        8 .        .        PUNCT .   3 punct    _
        """;

    [Fact]
    public void Force_on_a_place_as_direct_object_falls_on_its_country()
    {
        Assert.Contains(ParsedArticles.Code(Bombed("bombed", "bomb")), e => e.StartsWith("RUSMIL KENCVL 19"));
    }

    [Fact]
    public void A_visit_to_a_place_as_direct_object_stays_uncoded()
    {
        // Below root 18 a direct-object slot keeps needing an actor: "visited the port of Mombasa" names no one visited.
        Assert.Empty(ParsedArticles.Code(Bombed("visited", "visit")));
    }

    [Fact]
    public void A_place_the_gazetteer_does_not_know_leaves_the_act_uncoded()
    {
        Assert.Empty(ParsedArticles.Code(Curfew("in", "port", "Xanadu", "enforced", "enforce")));
    }

    [Fact]
    public void A_fixed_phrase_after_in_is_no_place()
    {
        // "imposed a curfew in response to the riots of Mombasa": a reason, not where the curfew falls.
        Assert.Empty(ParsedArticles.Code(Curfew("in", "response", "Mombasa", "enforced", "enforce")));
    }

    // "Russian envoys arrived in Mombasa": a visit (root 04) is no act a place settles.
    private const string Arrived = """
        1 Russian  Russian  ADJ   JJ  2 amod   B-RUSGOV
        2 envoys   envoy    NOUN  NNS 3 nsubj  I-RUSGOV
        3 arrived  arrive   VERB  VBD 0 root   _
        4 in       in       ADP   IN  5 case   _
        5 Mombasa  Mombasa  PROPN NNP 3 obl    _
        6 .        .        PUNCT .   3 punct  _
        """;

    [Fact]
    public void A_visit_s_empty_slot_stays_uncoded()
    {
        Assert.Empty(ParsedArticles.Code(Arrived));
    }

    // "Israel reinforced its troops in Mombasa" with the troops coded as Israel's: the pattern's own object word is
    // the forces moved, never the target; the place behind "in" is.
    private const string Reinforced = """
        1 Israel     Israel     PROPN NNP 2 nsubj     B-ISR
        2 reinforced reinforce  VERB  VBD 0 root      _
        3 its        its        PRON  PRP$ 4 nmod:poss _
        4 troops     troop      NOUN  NNS 2 obj       B-ISRMIL
        5 in         in         ADP   IN  6 case      _
        6 Mombasa    Mombasa    PROPN NNP 2 obl       _
        7 .          .          PUNCT .   2 punct     _
        """;

    [Fact]
    public void The_pattern_s_own_object_is_not_the_target()
    {
        // Force posture (15) is no force: the place stays its country, not its civilians.
        Assert.Equal(["ISR KEN 154"], ParsedArticles.Code(Reinforced));
    }

    [Fact]
    public void Without_the_place_the_pattern_s_own_object_gives_no_event()
    {
        var noPlace = Reinforced.Replace("Mombasa    Mombasa    PROPN NNP", "north      north      NOUN  NN ", StringComparison.Ordinal)
            .Replace("5 in         in ", "5 in         in ", StringComparison.Ordinal);
        Assert.Empty(ParsedArticles.Code(noPlace));
    }

    // "Students demonstrated outside the parliament in Mombasa": a protest where it happens (demonstrate outside <obj>).
    private const string DemonstratedOutside = """
        1 Students     student     NOUN  NNS 2 nsubj  B-EDU
        2 demonstrated demonstrate VERB  VBD 0 root   _
        3 outside      outside     ADP   IN  5 case   _
        4 the          the         DET   DT  5 det    _
        5 parliament   parliament  NOUN  NN  2 obl    _
        6 in           in          ADP   IN  7 case   _
        7 Mombasa      Mombasa     PROPN NNP 5 nmod   _
        8 .            .           PUNCT .   2 punct  _
        """;

    [Fact]
    public void Outside_is_a_place_preposition()
    {
        Assert.Equal(["EDU KEN 141"], ParsedArticles.Code(DemonstratedOutside));
    }

    // "Kenyan troops shelled Mombasa": the slot names a place, no actor.
    private static string Shelled(string place) => $$"""
        1 Kenyan    Kenyan    ADJ   JJ  2 amod   B-KENMIL
        2 troops    troop     NOUN  NNS 3 nsubj  I-KENMIL
        3 shelled   shell     VERB  VBD 0 root   _
        4 {{place}} {{place}} PROPN NNP 3 obj    _
        5 .         .         PUNCT .   3 punct  _
        """;

    [Fact]
    public void A_place_in_the_slot_of_force_is_its_civilians()
    {
        Assert.Equal(["KENMIL KENCVL 194"], ParsedArticles.Code(Shelled("Mombasa")));
        Assert.Empty(ParsedArticles.Code(Shelled("Xanadu")));
    }

    [Fact]
    public void Investigators_sent_to_a_place_investigate_its_country()
    {
        // "The IAEA dispatched inspectors to the conversion facility in Iran": the facility is no actor, so the slot of
        // `dispatch investigators|inspectors|... (to) <obj>` takes the country of the place (090); sent to no place the
        // gazetteer or actors know, nothing.
        static string Sent(string place, string tag) => $$"""
            1 The        the        DET   DT  2 det      _
            2 IAEA       IAEA       PROPN NNP 3 nsubj    B-IGOUNOIAE
            3 dispatched dispatch   VERB  VBD 0 root     _
            4 inspectors inspector  NOUN  NNS 3 obj      _
            5 to         to         ADP   IN  8 case     _
            6 the        the        DET   DT  8 det      _
            7 conversion conversion NOUN  NN  8 compound _
            8 facility   facility   NOUN  NN  3 obl      _
            9 in         in         ADP   IN  10 case    _
            10 {{place}} {{place}}  PROPN NNP 8 nmod     {{tag}}
            11 .         .          PUNCT .   3 punct    _
            """;
        Assert.Equal(["IGOUNOIAE IRN 090"], ParsedArticles.Code(Sent("Iran", "B-IRN")));
        Assert.Empty(ParsedArticles.Code(Sent("Xyzzy", "_")));
    }
}
