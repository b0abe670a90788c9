using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Taking part in a meeting is attending it (data/verbs/04_consult.txt, "participate in", "take part in"):
/// 040, and 036 under "will", where the verb had been no act the dictionary codes. Sentences written for these
/// tests.</summary>
public class ParticipationTests
{
    private static List<string> Code(string aux, string verb, string xpos) => ParsedArticles.Code($"""
        1 Japan       Japan       PROPN NNP 3 nsubj B-JPN
        2 {aux,-11} {aux,-11} AUX   MD  3 aux   _
        3 {verb,-11} participate VERB  {xpos} 0 root  _
        4 in          in          ADP   IN  5 case  _
        5 talks       talk        NOUN  NNS 3 obl   _
        6 with        with        ADP   IN  7 case  _
        7 China       China       PROPN NNP 5 nmod  B-CHN
        8 .           .           PUNCT .   3 punct _
        """);

    [Fact]
    public void Taking_part_in_talks_is_consulting()
        => Assert.Contains("JPN CHN 040", Code("did", "participate", "VB"));

    [Fact]
    public void Future_participation_is_an_intent_to_meet()
        => Assert.Contains("JPN CHN 036", Code("will", "participate", "VB"));
}
