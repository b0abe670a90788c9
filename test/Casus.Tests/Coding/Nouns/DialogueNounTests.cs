using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Nouns;

/// <summary>
/// "dialogue" as an event noun of consultation (data/nouns/events.txt, [040]): held or launched by a compound subject
/// it is a consultation each way, held with another actor it is one with that actor; a dialogue only named (the
/// subject of a verb of being) asserts nothing. Hand-built parses.
/// </summary>
public class DialogueNounTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu).Order().ToList();

    [Fact]
    public void A_dialogue_held_by_a_compound_subject_is_a_consultation_each_way()
    {
        Assert.Equal(["CAN USA 040", "USA CAN 040"], Code("""
            1 The        the        DET   DT   3 det      _
            2 United     United     PROPN NNP  3 compound B-USA
            3 States     States     PROPN NNP  6 nsubj    I-USA
            4 and        and        CCONJ CC   5 cc       _
            5 Canada     Canada     PROPN NNP  3 conj     B-CAN
            6 held       hold       VERB  VBD  0 root     _
            7 their      their      PRON  PRP$ 9 nmod:poss _
            8 first      first      ADJ   JJ   9 amod     _
            9 dialogue   dialogue   NOUN  NN   6 obj      _
            10 .         .          PUNCT .    6 punct    _
            """));
    }

    [Fact]
    public void A_dialogue_held_with_an_actor_is_a_consultation_with_it()
    {
        Assert.Equal(["JPN VNM 040"], Code("""
            1 Japan      Japan      PROPN NNP  2 nsubj    B-JPN
            2 held       hold       VERB  VBD  0 root     _
            3 a          a          DET   DT   4 det      _
            4 dialogue   dialogue   NOUN  NN   2 obj      _
            5 with       with       ADP   IN   6 case     _
            6 Vietnam    Vietnam    PROPN NNP  4 nmod     B-VNM
            7 .          .          PUNCT .    2 punct    _
            """));
    }

    [Fact]
    public void A_dialogue_only_named_is_no_event()
    {
        Assert.Empty(Code("""
            1 The        the        DET   DT   2 det      _
            2 dialogue   dialogue   NOUN  NN   5 nsubj    _
            3 with       with       ADP   IN   4 case     _
            4 Vietnam    Vietnam    PROPN NNP  2 nmod     B-VNM
            5 is         be         AUX   VBZ  0 root     _
            6 important  important  ADJ   JJ   5 xcomp    _
            7 .          .          PUNCT .    5 punct    _
            """));
    }
}
