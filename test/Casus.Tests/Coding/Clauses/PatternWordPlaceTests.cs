using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The target fallback walks down through a pattern's own words whatever their preposition ("remained on
/// alert in X": "on alert" is the act's own phrase, not a topic), but only for acts a place settles: an opinion
/// "agreed on the importance of ..." names a topic, not a place or addressee.</summary>
public class PatternWordPlaceTests
{
    // "Israeli troops remained on alert in the West Bank."
    private const string OnAlert = """
        1 Israeli  Israeli  ADJ   JJ  2 amod     B-ISRMIL
        2 troops   troop    NOUN  NNS 3 nsubj    I-ISRMIL
        3 remained remain   VERB  VBD 0 root     _
        4 on       on       ADP   IN  5 case     _
        5 alert    alert    NOUN  NN  3 obl      _
        6 in       in       ADP   IN  9 case     _
        7 the      the      DET   DT  9 det      _
        8 West     West     PROPN NNP 9 compound B-PSE
        9 Bank     Bank     PROPN NNP 5 nmod     I-PSE
        10 .       .        PUNCT .   3 punct    _
        """;

    [Fact]
    public void A_place_below_the_pattern_s_on_phrase_is_the_target_of_a_show_of_force()
    {
        Assert.Equal(["ISRMIL PSE 152"], ParsedArticles.Code(OnAlert));
    }

    // "Canadian and US leaders agreed on the importance of their commitments to NATO."
    private const string AgreedOnImportance = """
        1 The        the        DET   DT  2 det      _
        2 leaders    leader     NOUN  NNS 3 nsubj    B----GOV
        3 agreed     agree      VERB  VBD 0 root     _
        4 on         on         ADP   IN  6 case     _
        5 the        the        DET   DT  6 det      _
        6 importance importance NOUN  NN  3 obl      _
        7 of         of         ADP   IN  9 case     _
        8 their      their      PRON  PRP$ 9 nmod:poss _
        9 commitments commitment NOUN NNS 6 nmod     _
        10 to        to         ADP   IN  11 case    _
        11 NATO      NATO       PROPN NNP 9 nmod     B-IGOWSTNAT
        12 .         .          PUNCT .   3 punct    _
        """;

    [Fact]
    public void An_opinion_s_on_phrase_stays_a_topic()
    {
        Assert.Equal(["---GOV - 019"], ParsedArticles.Code(AgreedOnImportance));
    }
}
