using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A compound subject that fought a war fought each other (data/verbs/symmetric.txt, "fight+war"); one that
/// fought something no actor, or fought side by side, did not.</summary>
public class FoughtWarTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    private const string Fought = """
        1 Armenia    Armenia    PROPN NNP 4 nsubj B-ARM
        2 and        and        CCONJ CC  3 cc    _
        3 Azerbaijan Azerbaijan PROPN NNP 1 conj  B-AZE
        4 fought     fight      VERB  VBD 0 root  _
        5 a          a          DET   DT  6 det   _
        6 {0}
        {1}
        """;

    private static string Sentence(string obj, string rest = "7 . . PUNCT . 4 punct _") =>
        string.Format(Fought, obj, rest);

    [Fact]
    public void Two_sides_that_fought_a_war_fought_each_other()
    {
        Assert.Equal(["ARM AZE 190", "AZE ARM 190"], Code(Sentence("war war NOUN NN 4 obj _")));
    }

    [Fact]
    public void Two_sides_that_fought_a_scourge_did_not_fight_each_other()
    {
        Assert.DoesNotContain("ARM AZE 190", Code(Sentence("pandemic pandemic NOUN NN 4 obj _")));
    }

    [Fact]
    public void Two_sides_that_fought_a_war_together_were_allies()
    {
        Assert.DoesNotContain("ARM AZE 190", Code(Sentence("war war NOUN NN 4 obj _",
            "7 together together ADV RB 4 advmod _\n8 . . PUNCT . 4 punct _")));
    }

    [Fact]
    public void A_side_that_is_a_place_names_no_allies()
    {
        // "clashed on the Lebanese side of the border": "side" says allies only in "side by side".
        Assert.Equal(["ISRMIL LBNREBHEZ 190", "LBNREBHEZ ISRMIL 190"], Code("""
            1 Israeli   Israeli   ADJ   JJ  2 amod  B-ISRMIL
            2 troops    troop     NOUN  NNS 6 nsubj I-ISRMIL
            3 and       and       CCONJ CC  5 cc    _
            4 Hezbollah Hezbollah PROPN NNP 5 compound B-LBNREBHEZ
            5 fighters  fighter   NOUN  NNS 2 conj  I-LBNREBHEZ
            6 clashed   clash     VERB  VBD 0 root  _
            7 on        on        ADP   IN  10 case _
            8 the       the       DET   DT  10 det  _
            9 Lebanese  Lebanese  ADJ   JJ  10 amod _
            10 side     side      NOUN  NN  6 obl   _
            11 .        .         PUNCT .   6 punct _
            """));
    }

    [Fact]
    public void Clashing_side_by_side_names_allies()
    {
        Assert.DoesNotContain("ARM AZE 190", Code("""
            1 Armenia    Armenia    PROPN NNP 4 nsubj B-ARM
            2 and        and        CCONJ CC  3 cc    _
            3 Azerbaijan Azerbaijan PROPN NNP 1 conj  B-AZE
            4 fought     fight      VERB  VBD 0 root  _
            5 a          a          DET   DT  6 det   _
            6 war        war        NOUN  NN  4 obj   _
            7 side       side       NOUN  NN  4 obl   _
            8 by         by         ADP   IN  9 case  _
            9 side       side       NOUN  NN  7 nmod  _
            10 .         .          PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void Lemma_with_word_lines_are_read_and_checked()
    {
        var text = "190 clash|fight+war\n190 +war\n190 fight+\n";
        var list = SymmetricActs.Load(new StringReader(text), "test.txt", CameoCatalog.Default, out var errors);
        Assert.Equal(1, list.Count);
        Assert.Equal(["test.txt:2: lemmas", "test.txt:3: lemmas"], errors.Select(e => $"{e.File}:{e.Line}: {e.Field}").ToArray());
        // Plain "fight" is not symmetric: only its entries whose first word is "war" are.
        Assert.False(list.IsSymmetric(CameoCode.Parse("190"), "fight"));
        Assert.True(list.IsSymmetric(CameoCode.Parse("190"), "clash"));
    }
}
