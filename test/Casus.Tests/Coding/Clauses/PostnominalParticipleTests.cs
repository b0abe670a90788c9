using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A past participle after the noun it describes ("rebels accused of killing civilians") has that noun as its
/// patient: the word reading, which would make the noun its doer, leaves it to the parse; a parser's participle that is
/// the sentence's own verb (an object after it, no other finite verb) is still read. On hand-built parses.</summary>
public class PostnominalParticipleTests
{
    [Fact]
    public void The_accused_is_not_read_as_the_accuser()
    {
        // "Rebels accused of killing civilians fled to Chad."
        var events = ParsedArticles.Code("""
            1 Rebels    rebel     NOUN  NNS 6 nsubj B-REB
            2 accused   accuse    VERB  VBN 1 acl   _
            3 of        of        SCONJ IN  4 mark  _
            4 killing   kill      VERB  VBG 2 advcl _
            5 civilians civilian  NOUN  NNS 4 obj   B-CVL
            6 fled      flee      VERB  VBD 0 root  _
            7 to        to        ADP   IN  8 case  _
            8 Chad      Chad      PROPN NNP 6 obl   B-TCD
            9 .         .         PUNCT .   6 punct _
            """);
        Assert.DoesNotContain(events, e => e.StartsWith("---REB", StringComparison.Ordinal) || e.StartsWith("REB", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_that_is_the_sentence_verb_is_still_read()
    {
        // "A spokesman for Iraq, blamed Israel.": the parser hung the sentence's verb on the noun as a participle.
        var events = ParsedArticles.Code("""
            1 A         a         DET   DT  2 det   _
            2 spokesman spokesman NOUN  NN  0 root  _
            3 for       for       ADP   IN  4 case  _
            4 Iraq      Iraq      PROPN NNP 2 nmod  B-IRQ
            5 ,         ,         PUNCT ,   6 punct _
            6 blamed    blame     VERB  VBN 2 acl   _
            7 Israel    Israel    PROPN NNP 6 obj   B-ISR
            8 .         .         PUNCT .   2 punct _
            """);
        Assert.Contains(events, e => e.EndsWith("ISR 112", StringComparison.Ordinal));
    }
}
