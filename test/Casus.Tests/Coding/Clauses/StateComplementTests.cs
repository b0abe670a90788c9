using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The predicate adjective of a verb of state (ClauseReader.IsStateComplement): "stands ready to",
/// "remains committed to" are read as "is ready to", "is committed to", with the verb's subject and auxiliaries; a
/// participle with no to-complement ("stands accused of") is a passive state and is not. Hand-built parses.</summary>
public class StateComplementTests
{
    private static List<string> Code(string conllu)
    {
        var article = ParsedArticles.Build(conllu);
        CodingStage.CreateDefault().Process(article);
        return article.Events.Select(e => $"{e.Source.Code} {e.Target?.Code} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void Standing_ready_to_help_is_an_intent_to_aid()
    {
        Assert.Equal(["DEU UKR 033"], Code("""
            1 Germany  Germany  PROPN NNP 2 nsubj B-DEU
            2 stands   stand    VERB  VBZ 0 root  _
            3 ready    ready    ADJ   JJ  2 xcomp _
            4 to       to       PART  TO  5 mark  _
            5 help     help     VERB  VB  3 xcomp _
            6 Ukraine  Ukraine  PROPN NNP 5 obj   B-UKR
            7 .        .        PUNCT .   2 punct _
            """));
    }

    [Theory]
    [InlineData("stands", "stand", true)]
    [InlineData("remains", "remain", true)]
    [InlineData("stays", "stay", true)]
    [InlineData("looks", "look", false)]
    public void Only_a_listed_verb_of_state_makes_its_adjective_a_predicate(string word, string lemma, bool intent)
    {
        // [state-complement-verbs] of data/frames/frame_words.txt: "looks ready to help" is not read as "is ready to".
        var events = Code($$"""
            1 Germany  Germany  PROPN NNP 2 nsubj B-DEU
            2 {{word}} {{lemma}} VERB VBZ 0 root  _
            3 ready    ready    ADJ   JJ  2 xcomp _
            4 to       to       PART  TO  5 mark  _
            5 help     help     VERB  VB  3 xcomp _
            6 Ukraine  Ukraine  PROPN NNP 5 obj   B-UKR
            7 .        .        PUNCT .   2 punct _
            """);
        Assert.Equal(intent, events.Contains("DEU UKR 033"));
    }

    [Fact]
    public void Remaining_committed_to_a_gerund_is_the_intent_of_that_act()
    {
        Assert.Equal(["DEU UKR 032"], Code("""
            1 Germany    Germany  PROPN NNP 2 nsubj B-DEU
            2 remains    remain   VERB  VBZ 0 root  _
            3 committed  commit   VERB  VBN 2 xcomp _
            4 to         to       SCONJ IN  5 mark  _
            5 supporting support  VERB  VBG 3 advcl _
            6 Ukraine    Ukraine  PROPN NNP 5 obj   B-UKR
            7 .          .        PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Negation_on_the_verb_of_state_negates_the_complement()
    {
        var events = Code("""
            1 Germany    Germany  PROPN NNP 4 nsubj  B-DEU
            2 will       will     AUX   MD  4 aux    _
            3 not        not      PART  RB  4 advmod _
            4 remain     remain   VERB  VB  0 root   _
            5 committed  commit   VERB  VBN 4 xcomp  _
            6 to         to       SCONJ IN  7 mark   _
            7 supporting support  VERB  VBG 5 advcl  _
            8 Ukraine    Ukraine  PROPN NNP 7 obj    B-UKR
            9 .          .        PUNCT .   4 punct  _
            """);
        Assert.DoesNotContain(events, e => e.Contains(" 03", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_verb_than_a_verb_of_state_lends_no_subject()
    {
        // "Germany seems ready to help Ukraine" is an appearance, not a stated readiness: "seem" is no verb of state.
        Assert.DoesNotContain("DEU UKR 033", Code("""
            1 Germany  Germany  PROPN NNP 2 nsubj B-DEU
            2 seems    seem     VERB  VBZ 0 root  _
            3 ready    ready    ADJ   JJ  2 xcomp _
            4 to       to       PART  TO  5 mark  _
            5 help     help     VERB  VB  3 xcomp _
            6 Ukraine  Ukraine  PROPN NNP 5 obj   B-UKR
            7 .        .        PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Looking_forward_to_a_meeting_is_an_intent_to_meet()
    {
        // The gerund after the preposition 'to' is the expected act (data/verbs/03_intent.txt, "look forward to <verb>").
        Assert.Equal(["DEU ITA 036"], Code("""
            1 Germany  Germany  PROPN NNP 2 nsubj  B-DEU
            2 looks    look     VERB  VBZ 0 root   _
            3 forward  forward  ADV   RB  2 advmod _
            4 to       to       SCONJ IN  5 mark   _
            5 meeting  meet     VERB  VBG 2 advcl  _
            6 Italy    Italy    PROPN NNP 5 obj    B-ITA
            7 .        .        PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void Looking_forward_to_a_thing_is_no_event()
    {
        Assert.Empty(Code("""
            1 Germany  Germany  PROPN NNP 2 nsubj  B-DEU
            2 looks    look     VERB  VBZ 0 root   _
            3 forward  forward  ADV   RB  2 advmod _
            4 to       to       ADP   IN  6 case   _
            5 the      the      DET   DT  6 det    _
            6 summit   summit   NOUN  NN  2 obl    _
            7 in       in       ADP   IN  8 case   _
            8 Italy    Italy    PROPN NNP 6 nmod   B-ITA
            9 .        .        PUNCT .   2 punct  _
            """));
    }
}
