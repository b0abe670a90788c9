using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>015 "acknowledge role" (data/verbs/01_statement.txt): a role is owned up to only as a part in something
/// done ("acknowledged its role in the attack"); "acknowledged the essential role of X" is recognition, no event.
/// On hand-built parses.</summary>
public class AcknowledgedRoleTests
{
    [Fact]
    public void A_role_in_a_deed_is_acknowledged_responsibility()
    {
        var events = ParsedArticles.Code("""
            1 Russia        Russia       PROPN NNP  2 nsubj     B-RUS
            2 acknowledged  acknowledge  VERB  VBD  0 root      _
            3 its           its          PRON  PRP$ 4 nmod:poss _
            4 role          role         NOUN  NN   2 obj       _
            5 in            in           ADP   IN   7 case      _
            6 the           the          DET   DT   7 det       _
            7 attack        attack       NOUN  NN   4 nmod      _
            8 .             .            PUNCT .    2 punct     _
            """);
        Assert.Contains(events, e => e.StartsWith("RUS ", StringComparison.Ordinal) && e.EndsWith(" 015", StringComparison.Ordinal));
    }

    [Fact]
    public void The_role_of_another_is_no_acknowledged_responsibility()
    {
        var events = ParsedArticles.Code("""
            1 Russia        Russia       PROPN NNP  2 nsubj B-RUS
            2 acknowledged  acknowledge  VERB  VBD  0 root  _
            3 the           the          DET   DT   5 det   _
            4 essential     essential    ADJ   JJ   5 amod  _
            5 role          role         NOUN  NN   2 obj   _
            6 of            of           ADP   IN   7 case  _
            7 cooperation   cooperation  NOUN  NN   5 nmod  _
            8 .             .            PUNCT .    2 punct _
            """);
        Assert.DoesNotContain(events, e => e.EndsWith(" 015", StringComparison.Ordinal));
    }
}
