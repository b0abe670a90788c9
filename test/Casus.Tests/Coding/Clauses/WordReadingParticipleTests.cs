using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The word reading (a parse with no event) does not take the object of a parenthetical participle clause
/// as the subject: "Bill Richardson, visiting Pyongyang, met ..." is not Pyongyang's meeting. On flat parses, so that
/// only the word reading codes.</summary>
public class WordReadingParticipleTests
{
    private static List<string> Code(string subject, string subjectTag) => ParsedArticles.Code($"""
        1 {subject,-9} {subject,-9} PROPN NNP 0 root  {subjectTag}
        2 ,         ,         PUNCT ,   1 punct _
        3 visiting  visit     VERB  VBG 1 dep   _
        4 Pyongyang Pyongyang PROPN NNP 1 dep   B-PRKGOV
        5 ,         ,         PUNCT ,   1 punct _
        6 met       meet      VERB  VBD 1 dep   _
        7 Iran      Iran      PROPN NNP 1 dep   B-IRN
        8 .         .         PUNCT .   1 punct _
        """);

    [Fact]
    public void The_place_visited_is_not_the_subject()
        => Assert.DoesNotContain(Code("Richardson", "_"), e => e.StartsWith("PRKGOV", StringComparison.Ordinal));

    [Fact]
    public void The_subject_before_the_participle_clause_is_read()
        => Assert.Contains("RUS IRN 040", Code("Russia", "B-RUS"));
}
