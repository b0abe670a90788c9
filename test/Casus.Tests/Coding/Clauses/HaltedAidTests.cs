using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>
/// A pattern word of an act of intent or cooperation that hangs below a noun of <c>[halting-nouns]</c>
/// (data/frames/frame_words.txt) by of/to/on or as a compound ("a suspension of military aid") is taken back, not
/// given: the verb dictionary's aid entry ("announce ... aid (for|to) &lt;obj&gt;", 0332) does not match; the noun reader
/// codes the suspension itself (160).
/// </summary>
public class HaltedAidTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void A_suspension_of_aid_is_no_aid_offered()
    {
        Assert.Equal(["USA EGY 160"], Code("""
            1  The        the        DET   DT  3  det      _
            2  United     United     PROPN NNP 3  compound B-USA
            3  States     States     PROPN NNP 4  nsubj    I-USA
            4  announced  announce   VERB  VBD 0  root     _
            5  a          a          DET   DT  6  det      _
            6  suspension suspension NOUN  NN  4  obj      _
            7  of         of         ADP   IN  9  case     _
            8  military   military   ADJ   JJ  9  amod     _
            9  aid        aid        NOUN  NN  6  nmod     _
            10 to         to         ADP   IN  11 case     _
            11 Egypt      Egypt      PROPN NNP 9  nmod     B-EGY
            12 .          .          PUNCT .   4  punct    _
            """));
    }

    [Fact]
    public void A_freeze_whose_on_phrase_hangs_on_the_verb_still_takes_the_aid_back()
    {
        Assert.DoesNotContain(Code("""
            1  The        the        DET   DT  3  det      _
            2  United     United     PROPN NNP 3  compound B-USA
            3  States     States     PROPN NNP 4  nsubj    I-USA
            4  announced  announce   VERB  VBD 0  root     _
            5  a          a          DET   DT  6  det      _
            6  freeze     freeze     NOUN  NN  4  obj      _
            7  on         on         ADP   IN  9  case     _
            8  military   military   ADJ   JJ  9  amod     _
            9  aid        aid        NOUN  NN  4  obl      _
            10 to         to         ADP   IN  11 case     _
            11 Egypt      Egypt      PROPN NNP 9  nmod     B-EGY
            12 .          .          PUNCT .   4  punct    _
            """), e => e.StartsWith("USA EGY 03"));
    }

    [Fact]
    public void Aid_announced_outright_is_still_offered()
    {
        Assert.Equal(["USA EGY 0332"], Code("""
            1  The        the        DET   DT  3  det      _
            2  United     United     PROPN NNP 3  compound B-USA
            3  States     States     PROPN NNP 4  nsubj    I-USA
            4  announced  announce   VERB  VBD 0  root     _
            5  military   military   ADJ   JJ  6  amod     _
            6  aid        aid        NOUN  NN  4  obj      _
            7  to         to         ADP   IN  8  case     _
            8  Egypt      Egypt      PROPN NNP 6  nmod     B-EGY
            9  .          .          PUNCT .   4  punct    _
            """));
    }

    [Fact]
    public void The_list_is_read_from_the_shipped_file()
    {
        Assert.True(FrameWords.Default.Contains(FrameWordList.HaltingNouns, "suspension"));
        Assert.False(FrameWords.Default.Contains(FrameWordList.HaltingNouns, "aid"));
    }
}
