using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A finite adverbial clause has a subject of its own; where the parser gave it none, it does not share the
/// main clause's (ClauseReader.IsFiniteClause). A participle still does. Sentences written for these tests.</summary>
public class FiniteAdverbialTests
{
    private static List<string> Code(string fifth, string verb, string xpos) => ParsedArticles.Code($"""
        1 Japan     Japan    PROPN NNP 2 nsubj  B-JPN
        2 discussed discuss  VERB  VBD 0 root   _
        3 how       how      ADV   WRB 4 advmod _
        4 China     China    PROPN NNP 2 obj    B-CHN
        5 {fifth}
        6 {verb,-9} work     VERB  {xpos} 2 advcl  _
        7 with      with     ADP   IN  8 case   _
        8 Russia    Russia   PROPN NNP 6 obl    B-RUS
        9 .         .        PUNCT .   2 punct  _
        """);

    [Fact]
    public void A_finite_clause_without_its_subject_is_not_the_main_subjects_act()
        => Assert.DoesNotContain("JPN RUS 060", Code("is is AUX VBZ 6 aux _", "working", "VBG"));

    [Fact]
    public void A_participle_shares_the_main_subject()
        => Assert.Contains("JPN RUS 060", Code(", , PUNCT , 6 punct _", "working", "VBG"));
}
