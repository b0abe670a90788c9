using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>`allow|permit <obj> to <verb>` (08_yield.txt) outside the frame roots: a known act in the slot makes the
/// entry match with its own code (080), with the one allowed as the target; an act the dictionary does not know gives
/// no event. Hand-built parses of sentences written for these tests.</summary>
public class PermissionTests
{
    // "Egypt allowed Hamas leaders to meet Fatah officials." / "... to vote freely."
    private static string Allowed(string verb, string verbLemma, string rest) => $$"""
        1 Egypt    Egypt    PROPN NNP 2 nsubj  B-EGY
        2 allowed  allow    VERB  VBD 0 root   _
        3 Hamas    Hamas    PROPN NNP 4 compound B-PSEREB
        4 leaders  leader   NOUN  NNS 2 obj    I-PSEREB
        5 to       to       PART  TO  6 mark   _
        6 {{verb}} {{verbLemma}} VERB VB 2 xcomp _
        {{rest}}
        """;

    [Fact]
    public void Allowing_a_known_act_is_a_yield_to_the_one_allowed()
    {
        var conllu = Allowed("meet", "meet", """
            7 Fatah    Fatah    PROPN NNP 8 compound B-PSEPTY
            8 officials official NOUN NNS 6 obj     I-PSEPTY
            9 .        .        PUNCT .   2 punct  _
            """);
        Assert.Contains("EGY PSEREB 080", ParsedArticles.Code(conllu));
    }

    [Fact]
    public void Allowing_an_act_the_dictionary_does_not_know_is_no_event()
    {
        var conllu = Allowed("vote", "vote", """
            7 freely   freely   ADV   RB  6 advmod _
            8 .        .        PUNCT .   2 punct  _
            """);
        Assert.DoesNotContain(ParsedArticles.Code(conllu), e => e.EndsWith(" 080"));
    }

    // A framed-only act ("to help <obj>", 07_aid.txt) is announced, not done, under a permission as under an appeal:
    // "allowed Hamas leaders to help Israel" lets them help (080), though "Hamas helped Israel" alone is no event.
    [Fact]
    public void Allowing_a_framed_act_with_its_actor_is_a_yield()
    {
        var conllu = Allowed("help", "help", """
            7 Israel   Israel   PROPN NNP 6 obj    B-ISR
            8 .        .        PUNCT .   2 punct  _
            """);
        Assert.Contains("EGY PSEREB 080", ParsedArticles.Code(conllu));
    }

    [Fact]
    public void Allowing_a_framed_act_without_its_actor_is_no_event()
    {
        // "Egypt allowed Hamas leaders to help rebuild": the framed act needs the actor helped.
        var conllu = Allowed("help", "help", """
            7 rebuild  rebuild  VERB  VB  6 xcomp  _
            8 .        .        PUNCT .   2 punct  _
            """);
        Assert.DoesNotContain(ParsedArticles.Code(conllu), e => e.EndsWith(" 080"));
    }

    [Fact]
    public void Refusing_to_allow_a_framed_act_is_a_refusal_to_yield()
    {
        // "Egypt would not allow Hamas leaders to help Israel."
        const string conllu = """
            1 Egypt    Egypt    PROPN NNP 4 nsubj  B-EGY
            2 would    would    AUX   MD  4 aux    _
            3 not      not      PART  RB  4 advmod _
            4 allow    allow    VERB  VB  0 root   _
            5 Hamas    Hamas    PROPN NNP 6 compound B-PSEREB
            6 leaders  leader   NOUN  NNS 4 obj    I-PSEREB
            7 to       to       PART  TO  8 mark   _
            8 help     help     VERB  VB  4 xcomp  _
            9 Israel   Israel   PROPN NNP 8 obj    B-ISR
            10 .       .        PUNCT .   4 punct  _
            """;
        Assert.Contains("EGY PSEREB 124", ParsedArticles.Code(conllu));
    }
}
