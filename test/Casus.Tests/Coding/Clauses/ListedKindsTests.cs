using Casus.Coding;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A kind word that is one item of a list of kinds before the noun ("economic and military aid") names no
/// single kind: the root's general entry is taken (ListedKinds, PatternChoice). Sentences written for these tests.</summary>
public class ListedKindsTests
{
    private static List<(string Code, string Source, string Target)> Code(string conll)
    {
        var article = Casus.Tests.TestKit.ParsedArticles.Build(conll);
        CodingStage.CreateDefault().Process(article);
        return article.Events.Select(e => (e.Code.Digits, e.Source.Code.Value, e.Target?.Code.Value ?? "")).ToList();
    }

    // "Japan provided <kinds> aid to Kenya." with the kinds as amod of "aid".
    private static string Provided(params string[] kinds)
    {
        var lines = new List<string> { "1 Japan Japan PROPN NNP 2 nsubj B-JPN", "2 provided provide VERB VBD 0 root _" };
        int aid = 3 + kinds.Length;
        for (int i = 0; i < kinds.Length; i++)
        {
            bool word = kinds[i] is not ("and" or ",");
            lines.Add(word ? $"{3 + i} {kinds[i]} {kinds[i]} ADJ JJ {aid} amod _"
                : kinds[i] == "and" ? $"{3 + i} and and CCONJ CC {aid} cc _" : $"{3 + i} , , PUNCT , {aid} punct _");
        }
        lines.Add($"{aid} aid aid NOUN NN 2 obj _");
        lines.Add($"{aid + 1} to to ADP IN {aid + 2} case _");
        lines.Add($"{aid + 2} Kenya Kenya PROPN NNP 2 obl B-KEN");
        lines.Add($"{aid + 3} . . PUNCT . 2 punct _");
        return string.Join("\n", lines);
    }

    [Fact]
    public void One_kind_keeps_its_leaf()
        => Assert.Contains(Code(Provided("military")), e => e.Code == "072" && e.Target == "KEN");

    [Fact]
    public void Two_kinds_take_the_general_code()
    {
        var events = Code(Provided("economic", "and", "military"));
        Assert.Contains(events, e => e.Code == "070" && e.Target == "KEN");
        Assert.DoesNotContain(events, e => e.Code is "071" or "072");
    }

    [Fact]
    public void The_last_of_a_comma_list_takes_the_general_code()
    {
        var events = Code(Provided("economic", ",", "health", ",", "and", "humanitarian"));
        Assert.Contains(events, e => e.Code == "070");
        Assert.DoesNotContain(events, e => e.Code is "071" or "073");
    }

    [Fact]
    public void A_list_of_things_is_no_list_of_kinds()
        => Assert.Contains(Code("""
            1 Japan    Japan    PROPN NNP 2 nsubj B-JPN
            2 provided provide  VERB  VBD 0 root  _
            3 arms     arm      NOUN  NNS 2 obj   _
            4 and      and      CCONJ CC  5 cc    _
            5 training training NOUN  NN  3 conj  _
            6 to       to       ADP   IN  7 case  _
            7 Kenya    Kenya    PROPN NNP 2 obl   B-KEN
            8 .        .        PUNCT .   2 punct _
            """), e => e.Code == "072" && e.Target == "KEN");
}
