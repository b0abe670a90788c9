using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A claim of force is no act but an accusation (or, for the claimant's own act, a claim of responsibility);
/// on hand-built parses.</summary>
public class AllegedActTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    private static string Claim(string word, string lemma, string negation = "", string modal = "") => $"""
        1 Iraq     Iraq     PROPN NNP 2 nsubj B-IRQ
        2 {word}   {lemma}  VERB  VBD 0 root  _
        3 that     that     SCONJ IN  7 mark  _
        4 Russia   Russia   PROPN NNP 7 nsubj B-RUS
        5 {(modal.Length > 0 ? modal : "had")} {(modal.Length > 0 ? modal : "have")} AUX {(modal.Length > 0 ? "MD" : "VBD")} 7 aux _
        6 {(negation.Length > 0 ? negation : "then")} {(negation.Length > 0 ? negation : "then")} ADV RB 7 advmod _
        7 attacked attack   VERB  VBN 2 ccomp _
        8 Ukraine  Ukraine  PROPN NNP 7 obj   B-UKR
        9 .        .        PUNCT .   2 punct _
        """;

    [Fact]
    public void A_claim_that_another_used_force_is_an_accusation_of_aggression()
    {
        Assert.Equal(["IRQ RUS 1123"], Code(Claim("claimed", "claim")));
    }

    [Fact]
    public void A_claimed_act_that_is_negated_or_modal_accuses_no_one()
    {
        Assert.Empty(Code(Claim("claimed", "claim", negation: "not")));
        Assert.Empty(Code(Claim("claimed", "claim", modal: "would")));
    }

    [Fact]
    public void A_denial_accuses_no_one()
    {
        // The denial itself is coded by its dictionary entry (016); the denied attack lays nothing at Russia's door.
        Assert.Equal(["IRQ - 016"], Code(Claim("denied", "deny")));
    }

    [Fact]
    public void An_allegation_the_dictionary_codes_is_not_coded_twice()
    {
        // "allege (that) <obj>" (data/verbs/11_disapprove.txt) codes the allegation; the claimed attack adds nothing.
        Assert.Equal(["IRQ RUS 112"], Code(Claim("alleged", "allege")));
    }

    [Fact]
    public void A_claimed_act_that_is_no_force_is_no_accusation()
    {
        Assert.Empty(Code("""
            1 Iraq     Iraq     PROPN NNP 2 nsubj B-IRQ
            2 claimed  claim    VERB  VBD 0 root  _
            3 that     that     SCONJ IN  5 mark  _
            4 Russia   Russia   PROPN NNP 5 nsubj B-RUS
            5 praised  praise   VERB  VBD 2 ccomp _
            6 Ukraine  Ukraine  PROPN NNP 5 obj   B-UKR
            7 .        .        PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_claim_of_its_own_attack_is_a_claim_of_responsibility()
    {
        // "Hamas claimed it fired rockets at Israel": the pronoun is bound by the claimant.
        Assert.Equal(["PSEREBHMS ISR 015"], Code("""
            1 Hamas    Hamas    PROPN NNP 2 nsubj B-PSEREBHMS
            2 claimed  claim    VERB  VBD 0 root  _
            3 it       it       PRON  PRP 4 nsubj _
            4 attacked attack   VERB  VBD 2 ccomp _
            5 Israel   Israel   PROPN NNP 4 obj   B-ISR
            6 .        .        PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_feared_act_is_not_asserted_where_a_said_one_is()
    {
        // [non-factive-reporting] (data/frames/frame_words.txt): "fear" does not vouch for its content and accuses no
        // one; "say" is not listed, so the attack it reports is coded.
        Assert.DoesNotContain(Code(Claim("feared", "fear")), e => e.StartsWith("RUS UKR", StringComparison.Ordinal));
        Assert.Contains(Code(Claim("said", "say")), e => e.StartsWith("RUS UKR 19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_suspicion_asserts_no_attack_and_accuses_no_one()
    {
        // "suspect" is in [non-factive-reporting] but not in [accusing-reports] (data/frames/frame_words.txt): the
        // attack is neither coded nor laid at Russia's door, where "claimed" accuses (above).
        Assert.DoesNotContain(Code(Claim("suspected", "suspect")), e => e.StartsWith("RUS UKR", StringComparison.Ordinal)
            || e.StartsWith("IRQ RUS 112", StringComparison.Ordinal));
    }
}
