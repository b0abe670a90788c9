using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A participle hung on the infinitive of an intent frame ("intend to remain partners, working with X") is
/// part of what is planned, so it is an intent (03x), not an act done; hand-built parses.</summary>
public class IntendedParticipleTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    // "Japan {0} to remain a partner, working with Indonesia ." with the participle under the infinitive.
    private static string Remain(string frameLines, int frame) => frameLines + $"""

        4 to        to        PART  TO  5 mark  _
        5 remain    remain    VERB  VB  {frame} xcomp _
        6 a         a         DET   DT  7 det   _
        7 partner   partner   NOUN  NN  5 xcomp _
        8 ,         ,         PUNCT ,   9 punct _
        9 working   work      VERB  VBG 5 advcl _
        10 with     with      ADP   IN  11 case _
        11 Indonesia Indonesia PROPN NNP 9 obl  B-IDN
        12 .        .         PUNCT .   {frame} punct _
        """;

    [Fact]
    public void A_participle_under_an_intended_infinitive_is_an_intent()
    {
        var events = Code(Remain("""
            1 Japan     Japan     PROPN NNP 3 nsubj B-JPN
            2 still     still     ADV   RB  3 advmod _
            3 intends   intend    VERB  VBZ 0 root  _
            """, 3));
        Assert.Contains("JPN IDN 031", events);
        Assert.DoesNotContain(events, e => e.EndsWith(" 060"));
    }

    [Fact]
    public void A_participle_under_an_intended_meeting_place_is_an_intent_to_meet()
    {
        var events = Code("""
            1 Egypt     Egypt     PROPN NNP 2 nsubj B-EGY
            2 plans     plan      VERB  VBZ 0 root  _
            3 to        to        PART  TO  4 mark  _
            4 stay      stay      VERB  VB  2 xcomp _
            5 in        in        ADP   IN  6 case  _
            6 Cairo     Cairo     PROPN NNP 4 obl   _
            7 ,         ,         PUNCT ,   8 punct _
            8 meeting   meet      VERB  VBG 4 advcl _
            9 Israel    Israel    PROPN NNP 8 obj   B-ISR
            10 .        .         PUNCT .   2 punct _
            """);
        Assert.Contains("EGY ISR 036", events);
        Assert.DoesNotContain(events, e => e.EndsWith(" 040") || e.EndsWith(" 042") || e.EndsWith(" 043"));
    }

    [Fact]
    public void A_participle_under_an_asserted_verb_stays_an_act()
    {
        // "Japan remained a partner, working with Indonesia": no frame above, the cooperation is done.
        var events = Code("""
            1 Japan     Japan     PROPN NNP 2 nsubj B-JPN
            2 remained  remain    VERB  VBD 0 root  _
            3 a         a         DET   DT  4 det   _
            4 partner   partner   NOUN  NN  2 xcomp _
            5 ,         ,         PUNCT ,   6 punct _
            6 working   work      VERB  VBG 2 advcl _
            7 with      with      ADP   IN  8 case  _
            8 Indonesia Indonesia PROPN NNP 6 obl   B-IDN
            9 .         .         PUNCT .   2 punct _
            """);
        Assert.Contains("JPN IDN 060", events);
    }

    [Fact]
    public void A_participle_under_a_negated_intent_frame_is_nothing_planned()
    {
        var events = Code(Remain("""
            1 Japan     Japan     PROPN NNP 3 nsubj B-JPN
            2 not       not       PART  RB  3 advmod _
            3 intends   intend    VERB  VBZ 0 root  _
            """, 3));
        Assert.DoesNotContain(events, e => e.EndsWith(" 060") || e.EndsWith(" 031"));
    }
}
