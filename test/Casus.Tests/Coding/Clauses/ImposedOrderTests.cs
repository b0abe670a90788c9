using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A binding command (order, force: data/frames/frame_words.txt [binding-command-verbs]) whose infinitive is
/// a restriction, sanction or expulsion (CAMEO 16, 17) is the commander's own act (ComplementFrames.Imposed); other
/// acts ordered stay demands, and asking verbs (tell) stay demands whatever they ask. Hand-built parses.</summary>
public class ImposedOrderTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    private const string OrderedToSuspend = """
        1 The          the         DET   DT  2 det   _
        2 government   government  NOUN  NN  3 nsubj B-EGYGOV
        3 {0}          {1}         VERB  VBD 0 root  _
        4 the          the         DET   DT  5 det   _
        5 newspaper    newspaper   NOUN  NN  3 obj   B-EGYMED
        6 to           to          PART  TO  7 mark  _
        7 suspend      suspend     VERB  VB  3 xcomp _
        8 publication  publication NOUN  NN  7 obj   _
        9 .            .           PUNCT .   3 punct _
        """;

    [Fact]
    public void An_order_to_suspend_publication_is_a_press_restriction_imposed()
        => Assert.Equal(["EGYGOV EGYMED 1721"], Code(string.Format(OrderedToSuspend, "ordered", "order")));

    [Fact]
    public void Forcing_a_newspaper_to_suspend_publication_is_the_same_restriction()
        => Assert.Equal(["EGYGOV EGYMED 1721"], Code(string.Format(OrderedToSuspend, "forced", "force")));

    [Fact]
    public void Telling_a_newspaper_to_suspend_publication_stays_a_demand()
    {
        // "tell" can be refused: it asks, it imposes nothing.
        var events = Code(string.Format(OrderedToSuspend, "told", "tell"));
        Assert.Equal(["EGYGOV EGYMED 100"], events);
    }

    [Fact]
    public void An_order_to_release_prisoners_stays_a_demand()
    {
        var events = Code("""
            1 China        China       PROPN NNP 2 nsubj B-CHN
            2 ordered      order       VERB  VBD 0 root  _
            3 Japan        Japan       PROPN NNP 2 obj   B-JPN
            4 to           to          PART  TO  5 mark  _
            5 release      release     VERB  VB  2 xcomp _
            6 the          the         DET   DT  7 det   _
            7 fishermen    fisherman   NOUN  NNS 5 obj   _
            8 .            .           PUNCT .   2 punct _
            """);
        Assert.All(events, e => Assert.StartsWith("CHN JPN 10", e));
        Assert.NotEmpty(events);
    }

    [Fact]
    public void An_imposed_act_falls_on_the_one_the_infinitive_acts_on()
    {
        // "ordered the police to arrest the opposition leader": the leader is arrested, the police only carry it out.
        var events = Code("""
            1 The          the         DET   DT  2 det   _
            2 government   government  NOUN  NN  3 nsubj B-EGYGOV
            3 ordered      order       VERB  VBD 0 root  _
            4 the          the         DET   DT  5 det   _
            5 police       police      NOUN  NN  3 obj   B-EGYCOP
            6 to           to          PART  TO  7 mark  _
            7 arrest       arrest      VERB  VB  3 xcomp _
            8 the          the         DET   DT  9 det   _
            9 leader       leader      NOUN  NN  7 obj   B-EGYOPP
            10 .           .           PUNCT .   3 punct _
            """);
        Assert.Equal(["EGYGOV EGYOPP 173"], events);
    }

    [Fact]
    public void Only_restrictions_and_expulsions_are_imposed()
    {
        Assert.Equal("1721", ComplementFrames.Imposed("order", CameoCode.Parse("1721"))?.Digits);
        Assert.Equal("166", ComplementFrames.Imposed("compel", CameoCode.Parse("166"))?.Digits);
        Assert.Null(ComplementFrames.Imposed("order", CameoCode.Parse("0841")));
        Assert.Null(ComplementFrames.Imposed("order", CameoCode.Parse("190")));
        Assert.Null(ComplementFrames.Imposed("urge", CameoCode.Parse("1721")));
    }

    private const string ToShutDown = """
        1 The          the         DET   DT  2 det   _
        2 government   government  NOUN  NN  3 nsubj B-PHLGOV
        3 {0}          {1}         VERB  VBD 0 root  _
        4 the          the         DET   DT  5 det   _
        5 newspaper    newspaper   NOUN  NN  3 obj   B-PHLMED
        6 to           to          PART  TO  7 mark  _
        7 shut         shut        VERB  VB  3 xcomp _
        8 down         down        ADP   RP  7 compound:prt _
        9 .            .           PUNCT .   3 punct _
        """;

    [Fact]
    public void An_order_to_shut_down_is_a_sanction_on_the_one_ordered()
        => Assert.Equal(["PHLGOV PHLMED 172"], Code(string.Format(ToShutDown, "ordered", "order")));

    [Fact]
    public void Urging_one_to_shut_down_imposes_nothing()
        => Assert.DoesNotContain(Code(string.Format(ToShutDown, "urged", "urge")), e => e.EndsWith(" 172", StringComparison.Ordinal));

    [Fact]
    public void Planning_to_shut_down_is_no_threat()
    {
        // The stop is an act only as imposed; said of oneself under an intent frame it is no threat (13x).
        var events = Code("""
            1 The          the         DET   DT  2 det   _
            2 newspaper    newspaper   NOUN  NN  3 nsubj B-PHLMED
            3 plans        plan        VERB  VBZ 0 root  _
            4 to           to          PART  TO  5 mark  _
            5 shut         shut        VERB  VB  3 xcomp _
            6 down         down        ADP   RP  5 compound:prt _
            7 .            .           PUNCT .   3 punct _
            """);
        Assert.Empty(events);
    }
}
