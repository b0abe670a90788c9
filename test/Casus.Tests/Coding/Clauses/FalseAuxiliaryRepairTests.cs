using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Parse repair of a dictionary verb the tagger read as an auxiliary (ParseRepairs.FalseAuxiliary): the object
/// noun the parser made the clause's head must not be read as the verb.</summary>
public class FalseAuxiliaryRepairTests
{
    private static readonly CodingStage ParseOnly = CodingStage.CreateDefault(new CodingOptions { SequenceFallback = SequenceFallback.Never });

    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu, ParseOnly);

    [Fact]
    public void A_past_tense_read_as_a_modal_before_a_noun_root_is_the_verb_and_the_noun_its_object()
    {
        // "The President withheld military aid for Georgia": "withheld" as a modal, "aid" the root noun (read as 070).
        Assert.Equal(["USAGOV GEO 1622"], Code("""
            1 The       the       DET   DT  2 det     _
            2 President president PROPN NNP 5 nsubj   B-USAGOV
            3 withheld  withheld  AUX   MD  5 aux     _
            4 military  military  ADJ   JJ  5 amod    _
            5 aid       aid       NOUN  NN  0 root    _
            6 for       for       ADP   IN  7 case    _
            7 Georgia   Georgia   PROPN NNP 5 nmod    B-GEO
            8 .         .         PUNCT .   5 punct   _
            """));
    }

    [Fact]
    public void A_past_tense_read_as_a_modal_before_a_base_form_with_no_object_makes_that_form_its_object()
    {
        // "Parliament withheld aid from Jordan": "aid" a base-form verb after the false modal, the country its oblique.
        Assert.Equal(["---LEG JOR 162"], Code("""
            1 Parliament parliament PROPN NNP 3 nsubj   B----LEG
            2 withheld   withheld   AUX   MD  3 aux     _
            3 aid        aid        VERB  VB  0 root    _
            4 from       from       ADP   IN  5 case    _
            5 Jordan     Jordan     PROPN NNP 3 obl     B-JOR
            6 .          .          PUNCT .   3 punct   _
            """));
    }

    [Fact]
    public void A_true_modal_before_a_base_form_stays_an_auxiliary()
    {
        // "Egypt could aid Jordan": the modal is a real auxiliary, "aid" the verb.
        Assert.DoesNotContain(Code("""
            1 Egypt  Egypt  PROPN NNP 3 nsubj  B-EGY
            2 could  could  AUX   MD  3 aux    _
            3 aid    aid    VERB  VB  0 root   _
            4 Jordan Jordan PROPN NNP 3 obj    B-JOR
            5 .      .      PUNCT .   3 punct  _
            """), e => e.StartsWith("EGY JOR 16", StringComparison.Ordinal));
    }

    [Fact]
    public void A_false_modal_before_a_base_form_with_its_own_object_is_left_alone()
    {
        // "Iran helped arm Hezbollah", "helped" misread as a modal: "arm" has an object of its own, so it stays the verb
        // (a bare infinitive after "help") and is not made the object noun of "helped" (072, military aid).
        Assert.Equal(["IRN LBNHEZ 072"], Code("""
            1 Iran      Iran      PROPN NNP 3 nsubj  B-IRN
            2 helped    helped    AUX   MD  3 aux    _
            3 arm       arm       VERB  VB  0 root   _
            4 Hezbollah Hezbollah PROPN NNP 3 obj    B-LBNHEZ
            5 .         .         PUNCT .   3 punct  _
            """));
    }
}
