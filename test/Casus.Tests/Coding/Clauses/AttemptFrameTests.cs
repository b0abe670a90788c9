using Casus.Coding;
using Casus.Coding.Clauses;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Attempted acts on hand-built parses: the infinitive under try/attempt is coded as the act when it is
/// coercion or force (an attempted killing as 185), and as nothing otherwise or when the attempt is not asserted.</summary>
public class AttemptFrameTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    // "Iraq tried to attack Kuwait ." with the attempt verb and the infinitive to vary; with an auxiliary, "Iraq
    // <aux> <adverb> <verb> to ..." ("did not try", "may also try").
    private static string Tried(string verb, string lemma, string infinitive = "attack", string? aux = null, string adverb = "not") => aux is null
        ? $$"""
            1 Iraq     Iraq     PROPN NNP 2 nsubj B-IRQ
            2 {{verb}} {{lemma}} VERB VBD 0 root  _
            3 to       to       PART  TO  4 mark  _
            4 {{infinitive}} {{infinitive}} VERB VB 2 xcomp _
            5 Kuwait   Kuwait   PROPN NNP 4 obj   B-KWT
            6 .        .        PUNCT .   2 punct _
            """
        : $$"""
            1 Iraq     Iraq     PROPN NNP 4 nsubj B-IRQ
            2 {{aux}}  {{aux}}  AUX   MD  4 aux   _
            3 {{adverb}} {{adverb}} PART RB 4 advmod _
            4 {{verb}} {{lemma}} VERB VB 0 root  _
            5 to       to       PART  TO  6 mark  _
            6 {{infinitive}} {{infinitive}} VERB VB 4 xcomp _
            7 Kuwait   Kuwait   PROPN NNP 6 obj   B-KWT
            8 .        .        PUNCT .   4 punct _
            """;

    [Fact]
    public void An_attempted_attack_is_the_attack()
    {
        var direct = Assert.Single(Code("""
            1 Iraq     Iraq     PROPN NNP 2 nsubj B-IRQ
            2 attacked attack   VERB  VBD 0 root  _
            3 Kuwait   Kuwait   PROPN NNP 2 obj   B-KWT
            4 .        .        PUNCT .   2 punct _
            """));
        Assert.Equal([direct], Code(Tried("tried", "try")));
        Assert.Equal([direct], Code(Tried("attempted", "attempt")));
    }

    [Fact]
    public void An_attempted_assassination_is_185()
    {
        Assert.Equal(["IRQ KWTGOV 185"], Code("""
            1 Gunmen   gunman   NOUN  NNS 2 nsubj B-IRQ
            2 tried    try      VERB  VBD 0 root  _
            3 to       to       PART  TO  4 mark  _
            4 assassinate assassinate VERB VB 2 xcomp _
            5 the      the      DET   DT  6 det   _
            6 emir     emir     NOUN  NN  4 obj   B-KWTGOV
            7 .        .        PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void An_attempt_at_anything_but_force_is_no_event()
    {
        // "tried to meet Kuwait": an aim; CAMEO codes attempted force, not attempted diplomacy.
        Assert.Empty(Code(Tried("tried", "try", "meet")));
    }

    [Fact]
    public void A_negated_or_modal_attempt_is_no_event()
    {
        Assert.Empty(Code(Tried("try", "try", aux: "did")));
        Assert.Empty(Code(Tried("try", "try", aux: "may", adverb: "also")));
        Assert.NotEmpty(Code(Tried("try", "try", aux: "did", adverb: "also"))); // "did also try to attack": asserted
    }

    [Fact]
    public void An_attempt_named_as_a_charge_is_not_asserted()
    {
        // "convicted X of trying to attack Y": the gerund behind "of" is the charge, so its infinitive is no act.
        var codes = Code("""
            1 Kuwait   Kuwait   PROPN NNP 2 nsubj B-KWT
            2 accused  accuse   VERB  VBD 0 root  _
            3 Iraq     Iraq     PROPN NNP 2 obj   B-IRQ
            4 of       of       SCONJ IN  5 mark  _
            5 trying   try      VERB  VBG 2 advcl _
            6 to       to       PART  TO  7 mark  _
            7 attack   attack   VERB  VB  5 xcomp _
            8 Israel   Israel   PROPN NNP 7 obj   B-ISR
            9 .        .        PUNCT .   2 punct _
            """);
        Assert.DoesNotContain(codes, c => c.StartsWith("IRQ ISR", StringComparison.Ordinal));
    }

    [Fact]
    public void The_attempt_code_keeps_force_and_turns_killing_into_185()
    {
        Assert.Equal("185", ClauseFrames.Attempted(CameoCode.Parse("186"))?.ToString());
        Assert.Equal("190", ClauseFrames.Attempted(CameoCode.Parse("190"))?.ToString());
        Assert.Equal("176", ClauseFrames.Attempted(CameoCode.Parse("176"))?.ToString());
        Assert.Null(ClauseFrames.Attempted(CameoCode.Parse("036")));
    }
}
