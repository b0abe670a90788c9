using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A participle of demanding or calling after a protest verb states the protest's purpose, which picks the
/// four-digit protest code (data/frames/frame_words.txt, [purpose-participles]); hand-built parses.</summary>
public class PurposeParticipleTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void A_riot_demanding_a_resignation_is_a_riot_for_leadership_change()
    {
        var events = Code("""
            1 Protesters  protester  NOUN  NNS 2 nsubj B-KENOPP
            2 rioted      riot       VERB  VBD 0 root  _
            3 demanding   demand     VERB  VBG 2 advcl _
            4 the         the        DET   DT  5 det   _
            5 resignation resignation NOUN NN  3 obj   _
            6 of          of         ADP   IN  8 case  _
            7 the         the        DET   DT  8 det   _
            8 president   president  NOUN  NN  5 nmod  B-KENGOV
            9 .           .          PUNCT .   2 punct _
            """);
        Assert.Equal(["KENOPP KENGOV 1451"], events);
    }

    [Fact]
    public void A_participle_of_another_verb_is_no_purpose()
    {
        // "rioted, wounding ...": wounding is no purpose word, so the riot stays 145 (and the object names no target).
        var events = Code("""
            1 Protesters  protester  NOUN  NNS 2 nsubj B-KENOPP
            2 rioted      riot       VERB  VBD 0 root  _
            3 wounding    wound      VERB  VBG 2 advcl _
            4 the         the        DET   DT  5 det   _
            5 president   president  NOUN  NN  3 obj   B-KENGOV
            6 .           .          PUNCT .   2 punct _
            """);
        Assert.DoesNotContain(events, e => e.EndsWith(" 1451"));
        Assert.Contains(events, e => e.StartsWith("KENOPP") && e.EndsWith(" 145"));
    }
}
