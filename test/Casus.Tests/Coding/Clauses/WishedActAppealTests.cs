using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>"X wants Y to Z" (`want <obj> to <verb>`, 02_appeal.txt, list `[wish-verbs]` of frame_words.txt) asks Z of
/// Y: where CAMEO has an appeal code for Z it is used (0253 for a release), and where it has none (force) the appeal
/// is the general 020, not no event. A forecast ("expects Y to attack") gets no such fallback. Hand-built parses of
/// sentences written for these tests.</summary>
public class WishedActAppealTests
{
    // "Turkey wants Iraq to {verb} the PKK." / "Turkey expects Iraq to ..."
    private static string Wants(string lemma, string word, string verb, string verbLemma) => $$"""
        1 Turkey   Turkey   PROPN NNP 2 nsubj  B-TUR
        2 {{word}} {{lemma}} VERB VBZ 0 root   _
        3 Iraq     Iraq     PROPN NNP 2 obj    B-IRQ
        4 to       to       PART  TO  5 mark   _
        5 {{verb}} {{verbLemma}} VERB VB 2 xcomp _
        6 the      the      DET   DT  7 det    _
        7 PKK      PKK      PROPN NNP 5 obj    B-TURREB
        8 .        .        PUNCT .   2 punct  _
        """;

    [Fact]
    public void Wanting_another_to_use_force_is_the_general_appeal_to_it()
        => Assert.Contains("TUR IRQ 020", ParsedArticles.Code(Wants("want", "wants", "attack", "attack")));

    [Fact]
    public void Wanting_another_to_do_an_act_with_an_appeal_code_keeps_that_code()
    {
        var events = ParsedArticles.Code(Wants("want", "wants", "release", "release"));
        Assert.Contains("TUR IRQ 0253", events);
        Assert.DoesNotContain("TUR IRQ 020", events);
    }

    [Fact]
    public void Expecting_another_to_use_force_is_a_forecast_not_an_appeal()
        => Assert.DoesNotContain(ParsedArticles.Code(Wants("expect", "expects", "attack", "attack")), e => e.StartsWith("TUR IRQ 02"));

    [Fact]
    public void Wanting_another_to_do_what_the_dictionary_does_not_know_is_no_appeal()
        => Assert.DoesNotContain(ParsedArticles.Code(Wants("want", "wants", "know", "know")), e => e.StartsWith("TUR IRQ 02"));

    // The word reading (no parse) follows the same rule.
    [Fact]
    public void The_word_reading_also_reads_a_wished_act_of_force_as_the_general_appeal()
    {
        Assert.Contains("TUR IRQ 020", CodingTestKit.Code("[Turkey|TUR] wants [Iraq|IRQ] to attack [the PKK|REB] ."));
        Assert.DoesNotContain(CodingTestKit.Code("[Turkey|TUR] expects [Iraq|IRQ] to attack [the PKK|REB] ."), e => e.StartsWith("TUR IRQ 02"));
    }
}
