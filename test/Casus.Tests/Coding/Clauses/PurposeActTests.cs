using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A purpose infinitive that names a protest ("workers stopped work to protest against X") reports the
/// protest when the act above it is asserted and is no act of the dictionary (data/frames/frame_words.txt,
/// <c>[purpose-acts]</c>). Hand-built parses of sentences written for these tests.</summary>
public class PurposeActTests
{
    // "Dock workers stopped work to protest against the government." with the head verb, its negation and the
    // infinitive's relation to vary.
    private static string StopWork(string verb, string lemma, string neg, string rel, string noun = "work") => $$"""
        1 Dock       dock       NOUN  NN  2 compound _
        2 workers    worker     NOUN  NNS 4 nsubj    B-LAB
        3 {{neg}}    {{neg}}    PART  RB  4 advmod   _
        4 {{verb}}   {{lemma}}  VERB  VBD 0 root     _
        5 the        the        DET   DT  6 det      _
        6 {{noun}}   {{noun}}   NOUN  NN  4 obj      _
        7 to         to         PART  TO  8 mark     _
        8 protest    protest    VERB  VB  4 {{rel}}  _
        9 against    against    ADP   IN  11 case    _
        10 the       the        DET   DT  11 det     _
        11 government government NOUN NN  8 obl      B-GOV
        12 .         .          PUNCT .   4 punct    _
        """;

    [Fact]
    public void A_protest_as_the_purpose_of_an_asserted_act_is_coded()
    {
        // "skipped work": an act the dictionary does not code, so the purpose names the protest.
        Assert.Equal(["LAB GOV 141"], ParsedArticles.Code(StopWork("skipped", "skip", "then", "advcl")));
    }

    [Fact]
    public void A_work_stoppage_to_protest_is_a_strike_against_the_purposes_target()
    {
        // "stopped work" is itself a strike (143, verbs/14_protest.txt); the purpose gives it its target.
        Assert.Equal(["LAB GOV 143"], ParsedArticles.Code(StopWork("stopped", "stop", "then", "advcl")));
    }

    [Fact]
    public void A_negated_act_carries_no_protest()
    {
        Assert.Empty(ParsedArticles.Code(StopWork("skipped", "skip", "not", "advcl")));
        Assert.Empty(ParsedArticles.Code(StopWork("stopped", "stop", "not", "advcl")));
    }

    [Fact]
    public void A_controlled_infinitive_is_an_aim_not_a_purpose()
    {
        // "workers planned to protest": xcomp, an intention; only the purpose clause (advcl) asserts the protest.
        Assert.DoesNotContain(ParsedArticles.Code(StopWork("planned", "plan", "then", "xcomp")), e => e.EndsWith(" 141"));
    }

    [Fact]
    public void An_act_the_dictionary_codes_keeps_the_purpose_as_its_aim()
    {
        // "workers blocked the road to protest ...": the blockade (144) is the act coded; no second event for the aim.
        var events = ParsedArticles.Code(StopWork("blocked", "block", "then", "advcl", "road"));
        Assert.DoesNotContain(events, e => e.EndsWith(" 141"));
        Assert.NotEmpty(events);
    }

    // "Uzbekistan opened the bridge to allow aid into Afghanistan.": letting aid through is what the opening did.
    private static string OpenBridge(string verb, string lemma, string rel) => $$"""
        1 Uzbekistan uzbekistan PROPN NNP 2 nsubj  B-UZB
        2 {{verb}}   {{lemma}}  VERB  VBD 0 root   _
        3 the        the        DET   DT  4 det    _
        4 bridge     bridge     NOUN  NN  2 obj    _
        5 to         to         PART  TO  6 mark   _
        6 allow      allow      VERB  VB  2 {{rel}} _
        7 aid        aid        NOUN  NN  6 obj    _
        8 into       into       ADP   IN  9 case   _
        9 Afghanistan afghanistan PROPN NNP 6 obl  B-AFG
        10 .         .          PUNCT .   2 punct  _
        """;

    [Fact]
    public void Letting_aid_through_as_the_purpose_of_an_asserted_act_is_coded()
    {
        Assert.Equal(["UZB AFG 0863"], ParsedArticles.Code(OpenBridge("opened", "open", "advcl")));
        // A plan to let it through lets nothing through yet.
        Assert.DoesNotContain(ParsedArticles.Code(OpenBridge("planned", "plan", "xcomp")), e => e.EndsWith(" 0863"));
    }

    // "Egypt sent experts to investigate the Libyan rebels." with the head verb and the infinitive's relation to vary.
    private static string SentToInvestigate(string verb, string lemma, string rel) => $$"""
        1 Egypt       Egypt       PROPN NNP 2 nsubj  B-EGY
        2 {{verb}}    {{lemma}}   VERB  VBD 0 root   _
        3 experts     expert      NOUN  NNS 2 obj    _
        4 to          to          PART  TO  5 mark   _
        5 investigate investigate VERB  VB  2 {{rel}} _
        6 the         the         DET   DT  8 det    _
        7 Libyan      Libyan      ADJ   JJ  8 amod   B-LBYREB
        8 rebels      rebel       NOUN  NNS 5 obj    I-LBYREB
        9 .           .           PUNCT .   2 punct  _
        """;

    [Fact]
    public void An_inquiry_as_the_purpose_of_an_asserted_act_is_coded()
    {
        // Sending experts to investigate is how the inquiry is carried out: the investigation (090) is the act.
        Assert.Equal(["EGY LBYREB 090"], ParsedArticles.Code(SentToInvestigate("sent", "send", "advcl")));
        // "Egypt wanted experts to investigate": the experts' inquiry is only wished for.
        Assert.DoesNotContain("EGY LBYREB 090", ParsedArticles.Code(SentToInvestigate("wanted", "want", "xcomp")));
    }
}
