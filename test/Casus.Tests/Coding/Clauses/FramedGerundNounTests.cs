using Casus.Coding;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A gerund after a frame's "to" that the parser made a bare noun oblique ("committed to meeting annually")
/// is the framed act (PatternMatcher.GerundNoun). Sentences written for these tests.</summary>
public class FramedGerundNounTests
{
    private static List<(string Code, string Source, string Target)> Code(string conll)
    {
        var article = Casus.Tests.TestKit.ParsedArticles.Build(conll);
        CodingStage.CreateDefault().Process(article);
        return article.Events.Select(e => (e.Code.Digits, e.Source.Code.Value, e.Target?.Code.Value ?? "")).ToList();
    }

    private static string Committed(string det) => $"""
        1 Japan     Japan     PROPN NNP 5 nsubj B-JPN
        2 and       and       CCONJ CC  3 cc    _
        3 India     India     PROPN NNP 1 conj  B-IND
        4 have      have      AUX   VBP 5 aux   _
        5 committed commit    VERB  VBN 0 root  _
        6 to        to        ADP   IN  8 case  _
        7 {det}     {det}     DET   DT  8 det   _
        8 meeting   meeting   NOUN  NN  5 obl   _
        9 annually  annually  ADV   RB  5 advmod _
        10 .        .         PUNCT .   5 punct _
        """;

    private static string Bare() => Committed("DROP").Replace("7 DROP     DROP     DET   DT  8 det   _\n", "");

    [Fact]
    public void A_bare_gerund_noun_is_the_framed_meeting()
    {
        var events = Code(Bare());
        Assert.Contains(events, e => e.Code == "036" && e.Source == "JPN" && e.Target == "IND");
        Assert.DoesNotContain(events, e => e.Code == "030");
    }

    [Fact]
    public void A_meeting_with_a_determiner_is_a_thing()
        => Assert.DoesNotContain(Code(Committed("the")), e => e.Code == "036");
}
