using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Nouns;

/// <summary>Nouns of force and coercion coded as their verbs are (killing, torture, execution, war, aggression,
/// occupation, repression, harassment, imprisonment, murder: data/nouns/events.txt), and only with an actor acted on.
/// Hand-built parses (no tagger or parser).</summary>
public class CoercionNounTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Theory]
    [InlineData("killing", "kill", "190")]
    [InlineData("torture", "torture", "1822")]
    [InlineData("execution", "execution", "1823")]
    public void Killing_torture_and_execution_of_X_by_Y_are_Y_acting_on_X(string word, string lemma, string code)
    {
        // "The US condemned the killing of protesters by Iranian police."
        var events = Code($"""
            1 The       the       DET   DT  2 det       _
            2 US        US        PROPN NNP 3 nsubj     B-USA
            3 condemned condemn   VERB  VBD 0 root      _
            4 the       the       DET   DT  5 det       _
            5 {word}    {lemma}   NOUN  NN  3 obj       _
            6 of        of        ADP   IN  7 case      _
            7 protesters protester NOUN NNS 5 nmod      B----OPP
            8 by        by        ADP   IN  10 case     _
            9 Iranian   Iranian   ADJ   JJ  10 amod     B-IRNCOP
            10 police   police    NOUN  NN  5 nmod      I-IRNCOP
            11 .        .         PUNCT .   3 punct     _
            """);
        Assert.Contains($"IRNCOP ---OPP {code}", events);
    }

    [Theory]
    [InlineData("war", "war", "against", "190")]
    [InlineData("aggression", "aggression", "against", "190")]
    [InlineData("occupation", "occupation", "of", "192")]
    [InlineData("repression", "repression", "of", "175")]
    [InlineData("harassment", "harassment", "of", "170")]
    [InlineData("imprisonment", "imprisonment", "of", "173")]
    [InlineData("murder", "murder", "of", "1823")]
    public void A_condemned_act_of_force_or_coercion_is_coded_as_its_verb_is(string word, string lemma, string prep, string code)
    {
        // "Canada condemned Russia's war against Ukraine."
        var events = Code($"""
            1 Canada    Canada    PROPN NNP 2 nsubj     B-CAN
            2 condemned condemn   VERB  VBD 0 root      _
            3 Russia    Russia    PROPN NNP 5 nmod:poss B-RUS
            4 's        's        PART  POS 3 case      _
            5 {word}    {lemma}   NOUN  NN  2 obj       _
            6 {prep}    {prep}    ADP   IN  7 case      _
            7 Ukraine   Ukraine   PROPN NNP 5 nmod      B-UKR
            8 .         .         PUNCT .   2 punct     _
            """);
        Assert.Contains($"RUS UKR {code}", events);
    }

    [Fact]
    public void A_war_on_a_thing_names_no_one_acted_on()
    {
        // "The US continued its war on drugs."
        var events = Code("""
            1 The       the       DET   DT  2 det       _
            2 US        US        PROPN NNP 3 nsubj     B-USA
            3 continued continue  VERB  VBD 0 root      _
            4 its       its       PRON  PRP$ 5 nmod:poss _
            5 war       war       NOUN  NN  3 obj       _
            6 on        on        ADP   IN  7 case      _
            7 drugs     drug      NOUN  NNS 5 nmod      _
            8 .         .         PUNCT .   3 punct     _
            """);
        Assert.DoesNotContain(events, e => e.EndsWith(" 190", StringComparison.Ordinal));
    }

    [Fact]
    public void An_execution_of_a_plan_names_no_one_acted_on()
    {
        // "Iran completed the execution of the plan."
        var events = Code("""
            1 Iran      Iran      PROPN NNP 2 nsubj     B-IRN
            2 completed complete  VERB  VBD 0 root      _
            3 the       the       DET   DT  4 det       _
            4 execution execution NOUN  NN  2 obj       _
            5 of        of        ADP   IN  7 case      _
            6 the       the       DET   DT  7 det       _
            7 plan      plan      NOUN  NN  4 nmod      _
            8 .         .         PUNCT .   2 punct     _
            """);
        Assert.DoesNotContain(events, e => e.EndsWith(" 1823", StringComparison.Ordinal));
    }
}
