using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A first-person subject right before the verb ("Officials thanked China, and we pledge to work with India") is the speaker,
/// whom the word reading cannot name: an actor of an earlier clause is not the source (SentenceCoder.SubjectBefore).
/// Sentences written for these tests.</summary>
public class FirstPersonSubjectTests
{
    private static List<string> Code(string subject, string entity) => ParsedArticles.Code($"""
        1 Officials official NOUN  NNS 2 nsubj  _
        2 thanked   thank    VERB  VBD 0 root   _
        3 China     China    PROPN NNP 2 obj    B-CHN
        4 ,         ,        PUNCT ,   7 punct  _
        5 and       and      CCONJ CC  7 cc     _
        6 {subject,-9} {subject,-9} PRON PRP 7 nsubj {entity}
        7 pledge    pledge   VERB  VBP 2 conj   _
        8 to        to       PART  TO  9 mark   _
        9 work      work     VERB  VB  7 xcomp  _
        10 with     with     ADP   IN  11 case  _
        11 India    India    PROPN NNP 9 obl    B-IND
        12 .        .        PUNCT .   2 punct  _
        """);

    [Fact]
    public void An_earlier_clauses_actor_is_not_the_speakers_source()
        => Assert.DoesNotContain(Code("we", "_"), e => e.StartsWith("CHN "));

    [Fact]
    public void A_named_subject_is_the_source()
        => Assert.Contains(Code("Japan", "B-JPN"), e => e.StartsWith("JPN IND 03"));
}
