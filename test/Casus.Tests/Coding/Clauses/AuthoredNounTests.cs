using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The from-phrase of an offer, call or demand (<c>[authored-nouns]</c>) names its author, who fills the
/// pattern's slot; after any other noun "from" names a place, which the slot does not take.</summary>
public class AuthoredNounTests
{
    private static List<string> Dyads(string conllu)
    {
        var article = ParsedArticles.Build(conllu);
        CodingStage.CreateDefault().Process(article);
        return article.Events.Select(e => $"{e.Source.Code} {(e.Target is { } t ? t.Code.Value : "-")} {e.Code.Root:00}").ToList();
    }

    // "Israel welcomed a <noun> from Egypt."
    private static string WelcomedFrom(string noun, string lemma) => $$"""
        1 Israel    Israel    PROPN NNP 2 nsubj B-ISR
        2 welcomed  welcome   VERB  VBD 0 root  _
        3 a         a         DET   DT  4 det   _
        4 {{noun}}  {{lemma}} NOUN  NN  2 obj   _
        5 from      from      ADP   IN  6 case  _
        6 Egypt     Egypt     PROPN NNP 4 nmod  B-EGY
        7 .         .         PUNCT .   2 punct _
        """;

    [Theory]
    [InlineData("call", "call")]
    [InlineData("offer", "offer")]
    public void The_author_of_a_call_fills_the_slot(string noun, string lemma)
    {
        Assert.Equal(["ISR EGY 05"], Dyads(WelcomedFrom(noun, lemma)));
    }

    [Fact]
    public void A_from_phrase_after_another_noun_is_a_place_and_leaves_the_slot_empty()
    {
        Assert.Empty(Dyads(WelcomedFrom("shipment", "shipment")));
    }
}
