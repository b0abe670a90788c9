using Casus.Coding;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The one a sentence is attributed to ("according to X") reports the act; it is never the target, even
/// where the parser hangs the phrase inside the pattern's slot.</summary>
public class AttributionTargetTests
{
    private static List<Event> Events(string conllu)
    {
        var article = ParsedArticles.Build(conllu);
        CodingStage.CreateDefault().Process(article);
        return article.Events.ToList();
    }

    // "Iraq is investigating the attack, CASE Iran." with the phrase hung on the object, as the shipped parser does.
    private static string Investigating(string case1, string rel1, string case2, string rel2) => $$"""
        1 Iraq          Iraq        PROPN NNP 3 nsubj  B-IRQ
        2 is            be          AUX   VBZ 3 aux    _
        3 investigating investigate VERB  VBG 0 root   _
        4 the           the         DET   DT  5 det    _
        5 attack        attack      NOUN  NN  3 obj    _
        6 ,             ,           PUNCT ,   9 punct  _
        7 {{case1}}     {{case1}}   VERB  VBG 9 {{rel1}} _
        8 {{case2}}     {{case2}}   ADP   IN  7 {{rel2}} _
        9 Iran          Iran        PROPN NNP 5 nmod   B-IRN
        10 .            .           PUNCT .   3 punct  _
        """;

    [Fact]
    public void The_reporter_behind_according_to_is_not_the_target()
    {
        Assert.DoesNotContain(Events(Investigating("according", "case", "to", "fixed")), e => e.Target is { } t && t.Code.Value == "IRN");
    }

    [Fact]
    public void Another_phrase_in_the_slot_still_gives_the_target()
    {
        // "investigating the attack, by way of Iran" is no attribution: the phrase stays the pattern's.
        var events = Events(Investigating("by", "case", "of", "fixed"));
        Assert.Contains(events, e => e.Target is { } t && t.Code.Value == "IRN" && e.Code.Root == 9);
    }
}
