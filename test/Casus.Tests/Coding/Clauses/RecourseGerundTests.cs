using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A gerund behind "to" under a verb of recourse ("youths resorted to throwing stones") is the act done
/// (data/frames/frame_words.txt, <c>[recourse-verbs]</c>); under other verbs ("committed to throwing") it is no
/// asserted act. Hand-built parses of sentences written for these tests.</summary>
public class RecourseGerundTests
{
    // "Students resorted to throwing stones at the police." with the head verb and its negation to vary; the parser
    // reads the gerund as an adverbial clause with "to" as its mark.
    private static string ThrowStones(string verb, string lemma, string neg, string xpos = "VBG") => $$"""
        1 Students   student    NOUN  NNS 3 nsubj    B-EDU
        2 {{neg}}    {{neg}}    PART  RB  3 advmod   _
        3 {{verb}}   {{lemma}}  VERB  VBD 0 root     _
        4 to         to         SCONJ IN  5 mark     _
        5 throwing   throw      VERB  {{xpos}} 3 advcl _
        6 stones     stone      NOUN  NNS 5 obj      _
        7 at         at         ADP   IN  9 case     _
        8 the        the        DET   DT  9 det      _
        9 police     police     NOUN  NN  5 obl      B-COP
        10 .         .          PUNCT .   3 punct    _
        """;

    [Fact]
    public void A_gerund_after_resort_to_is_the_act_done()
    {
        Assert.Equal(["EDU COP 145"], ParsedArticles.Code(ThrowStones("resorted", "resort", "then")));
    }

    [Fact]
    public void A_negated_recourse_carries_no_act()
    {
        Assert.Empty(ParsedArticles.Code(ThrowStones("resorted", "resort", "not")));
    }

    [Fact]
    public void A_gerund_after_another_verb_with_to_is_no_act()
    {
        // "objected to throwing stones": the gerund is what the subject objects to, not what it did.
        Assert.DoesNotContain(ParsedArticles.Code(ThrowStones("objected", "object", "then")), e => e.EndsWith(" 145"));
    }

    [Fact]
    public void An_infinitive_after_resort_is_no_gerund()
    {
        // "resorted to throw": a bare verb after "to" is an infinitive, whose act stays unrealised.
        Assert.DoesNotContain(ParsedArticles.Code(ThrowStones("resorted", "resort", "then", "VB")), e => e.EndsWith(" 145"));
    }
}
