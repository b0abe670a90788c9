using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A thing named by a relative clause whose subject is an actor belongs to that actor
/// (ClauseReader.RelativeClauseDoer): "thanked him for the steps Canadian authorities took" thanks the Canadian authorities.</summary>
public class RelativeClauseDoerTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void Thanks_for_steps_an_authority_took_go_to_that_authority()
    {
        // The object is a pronoun, which names no one; the for-phrase's steps are the Canadian authorities'.
        Assert.Equal(["USAGOV CANGOV 051"], Code("""
            1 President   president   PROPN NNP 2 nsubj     B-USAGOV
            2 thanked     thank       VERB  VBD 0 root      _
            3 him         he          PRON  PRP 2 obj       _
            4 for         for         ADP   IN  6 case      _
            5 the         the         DET   DT  6 det       _
            6 steps       step        NOUN  NNS 2 obl       _
            7 Canadian    Canadian    ADJ   JJ  8 amod      B-CANGOV
            8 authorities authority   NOUN  NNS 9 nsubj     I-CANGOV
            9 took        take        VERB  VBD 6 acl:relcl _
            10 .          .           PUNCT .   2 punct     _
            """));
    }

    [Fact]
    public void The_one_a_relative_clause_acts_on_is_not_its_doer()
    {
        // A relative clause whose subject is the relative pronoun names no owner.
        Assert.DoesNotContain("USA RUS 051", Code("""
            1 Washington Washington PROPN NNP 2 nsubj     B-USA
            2 welcomed   welcome    VERB  VBD 0 root      _
            3 the        the        DET   DT  4 det       _
            4 steps      step       NOUN  NNS 2 obj       _
            5 that       that       PRON  WDT 6 nsubj     _
            6 hurt       hurt       VERB  VBD 4 acl:relcl _
            7 Russia     Russia     PROPN NNP 6 obj       B-RUS
            8 .          .          PUNCT .   2 punct     _
            """));
    }
}
