using Casus.Coding;

namespace Casus.Tests.Coding.Clauses;

/// <summary>"The President directed officials to review the policy": a superior directing its own people makes no
/// demand (OwnSubordinates); directing another country's government still does. Sentences written for these
/// tests.</summary>
public class OwnSubordinatesTests
{
    private static List<(string Code, string Source, string Target)> Code(string conll)
    {
        var article = Casus.Tests.TestKit.ParsedArticles.Build(conll);
        CodingStage.CreateDefault().Process(article);
        return article.Events.Select(e => (e.Code.Digits, e.Source.Code.Value, e.Target?.Code.Value ?? "")).ToList();
    }

    private static string Directed(string verb, string lemma, string obj) => $"""
        1 The        the        DET   DT  2 det   _
        2 President  president  PROPN NNP 3 nsubj B-USAGOV
        3 {verb}     {lemma}    VERB  VBD 0 root  _
        {obj}
        5 to         to         PART  TO  6 mark  _
        6 review     review     VERB  VB  3 xcomp _
        7 the        the        DET   DT  8 det   _
        8 policy     policy     NOUN  NN  6 obj   _
        9 .          .          PUNCT .   3 punct _
        """;

    [Fact]
    public void Directing_officials_of_no_country_is_no_demand()
        => Assert.Empty(Code(Directed("directed", "direct", "4 officials official NOUN NNS 3 obj B----GOV")));

    [Fact]
    public void Instructing_the_own_military_is_no_demand()
        => Assert.Empty(Code(Directed("instructed", "instruct", "4 Pentagon Pentagon PROPN NNP 3 obj B-USAMIL")));

    [Fact]
    public void Directing_another_government_stays_a_demand()
        => Assert.Contains(Code(Directed("directed", "direct", "4 Iran Iran PROPN NNP 3 obj B-IRNGOV")),
            e => e.Code == "100" && e.Source == "USAGOV" && e.Target == "IRNGOV");

    [Fact]
    public void Telling_the_own_officials_stays_a_demand()
        // Only verbs of directing subordinates are read so; "told" asks, and may ask anyone.
        => Assert.Contains(Code(Directed("told", "tell", "4 officials official NOUN NNS 3 obj B----GOV")),
            e => e.Code == "100");

    [Fact]
    public void A_court_directing_its_government_stays_a_demand()
        => Assert.Contains(Code("""
            1 The        the        DET   DT  2 det   _
            2 court      court      NOUN  NN  3 nsubj B-USAJUD
            3 directed   direct     VERB  VBD 0 root  _
            4 Washington Washington PROPN NNP 3 obj   B-USAGOV
            5 to         to         PART  TO  6 mark  _
            6 review     review     VERB  VB  3 xcomp _
            7 the        the        DET   DT  8 det   _
            8 policy     policy     NOUN  NN  6 obj   _
            9 .          .          PUNCT .   3 punct _
            """), e => e.Code == "100" && e.Source == "USAJUD" && e.Target == "USAGOV");
}
