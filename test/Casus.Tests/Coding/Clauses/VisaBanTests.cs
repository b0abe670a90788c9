using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A visa or travel ban issued against someone restricts them (data/verbs/17_coerce.txt, 172); the visa the
/// ban names is no visa granted (08_yield.txt's "issue visa", 081). Sentences written for these tests.</summary>
public class VisaBanTests
{
    private static List<string> Code(string noun, string lemma) => ParsedArticles.Code($"""
        1 Japan    Japan    PROPN NNP 2 nsubj    B-JPN
        2 issued   issue    VERB  VBD 0 root     _
        3 visa     visa     NOUN  NN  4 compound _
        4 {noun,-8} {lemma,-8} NOUN  NNS 2 obj      _
        5 on       on       ADP   IN  7 case     _
        6 Russian  Russian  ADJ   JJ  7 amod     B-RUSGOV
        7 officials official NOUN NNS 4 nmod    I-RUSGOV
        8 .        .        PUNCT .   2 punct    _
        """);

    [Fact]
    public void Issuing_visa_bans_is_a_sanction()
    {
        var events = Code("bans", "ban");
        Assert.Contains("JPN RUSGOV 172", events);
        Assert.DoesNotContain(events, e => e.EndsWith(" 081"));
    }

    [Fact]
    public void Issuing_visa_restrictions_is_a_sanction()
        => Assert.Contains("JPN RUSGOV 172", Code("restrictions", "restriction"));
}
