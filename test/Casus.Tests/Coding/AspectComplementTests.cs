using Casus.Tests.TestKit;

namespace Casus.Tests.Coding;

/// <summary>An aspect verb under a frame ("agreed to continue working with X", "refused to keep buying gas from X")
/// says only that the act goes on: the act framed is the verb below it ([aspect-verbs], data/frames/frame_words.txt;
/// PatternMatcher.AspectComplement). Parses built by hand for sentences written for these tests.</summary>
public class AspectComplementTests
{
    [Fact]
    public void The_act_under_continue_is_the_planned_act()
    {
        const string conllu = """
            1 France    France    PROPN NNP 2 nsubj B-FRA
            2 agreed    agree     VERB  VBD 0 root  _
            3 to        to        PART  TO  4 mark  _
            4 continue  continue  VERB  VB  2 xcomp _
            5 working   work      VERB  VBG 4 xcomp _
            6 with      with      ADP   IN  7 case  _
            7 Italy     Italy     PROPN NNP 5 obl   B-ITA
            8 .         .         PUNCT .   2 punct _
            """;
        var events = ParsedArticles.Code(conllu);
        Assert.Contains("FRA ITA 031", events);
        Assert.DoesNotContain(events, e => e.EndsWith(" 030", StringComparison.Ordinal));
    }

    [Fact]
    public void A_refusal_to_keep_doing_an_act_refuses_that_act()
    {
        const string conllu = """
            1 Germany   Germany   PROPN NNP 2 nsubj B-DEU
            2 refused   refuse    VERB  VBD 0 root  _
            3 to        to        PART  TO  4 mark  _
            4 keep      keep      VERB  VB  2 xcomp _
            5 buying    buy       VERB  VBG 4 xcomp _
            6 gas       gas       NOUN  NN  5 obj   _
            7 from      from      ADP   IN  8 case  _
            8 Russia    Russia    PROPN NNP 5 obl   B-RUS
            9 .         .         PUNCT .   2 punct _
            """;
        Assert.Contains("DEU RUS 1211", ParsedArticles.Code(conllu));
    }

    [Fact]
    public void A_verb_of_ending_is_not_looked_through()
    {
        // "stop working with X" ends the cooperation: only verbs that keep an act going pass it to the frame.
        const string conllu = """
            1 France    France    PROPN NNP 2 nsubj B-FRA
            2 agreed    agree     VERB  VBD 0 root  _
            3 to        to        PART  TO  4 mark  _
            4 stop      stop      VERB  VB  2 xcomp _
            5 working   work      VERB  VBG 4 xcomp _
            6 with      with      ADP   IN  7 case  _
            7 Italy     Italy     PROPN NNP 5 obl   B-ITA
            8 .         .         PUNCT .   2 punct _
            """;
        Assert.DoesNotContain(ParsedArticles.Code(conllu), e => e.StartsWith("FRA ITA 031", StringComparison.Ordinal));
    }
}
