using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The word reading (a parse with no event) of a symmetric act by a compound subject: the pattern's own
/// 'with' followed by a phrase that names no known actor is the partner ("working with regional partners"), so the
/// members are not paired with each other; "with each other" keeps the pair.</summary>
public class WordReadingPartnerTests
{
    private static List<string> Code(string partnerWord) => ParsedArticles.Code($"""
        1 Russia    Russia    PROPN NNP 0 root  B-RUS
        2 and       and       CCONJ CC  1 dep   _
        3 China     China     PROPN NNP 1 dep   B-CHN
        4 are       be        AUX   VBP 1 dep   _
        5 working   work      VERB  VBG 1 dep   _
        6 with      with      ADP   IN  1 dep   _
        7 {partnerWord,-9} {partnerWord,-9} NOUN  NNS 1 dep   _
        8 .         .         PUNCT .   1 punct _
        """);

    [Fact]
    public void A_partner_the_dictionaries_do_not_know_is_no_pairing()
    {
        var events = Code("partners");
        Assert.DoesNotContain(events, e => e.StartsWith("RUS CHN", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_other_keeps_the_pairing()
    {
        // Control: "working with each other" names the members themselves.
        var events = ParsedArticles.Code("""
            1 Russia    Russia    PROPN NNP 0 root  B-RUS
            2 and       and       CCONJ CC  1 dep   _
            3 China     China     PROPN NNP 1 dep   B-CHN
            4 are       be        AUX   VBP 1 dep   _
            5 working   work      VERB  VBG 1 dep   _
            6 with      with      ADP   IN  1 dep   _
            7 each      each      DET   DT  1 dep   _
            8 other     other     ADJ   JJ  1 dep   _
            9 .         .         PUNCT .   1 punct _
            """);
        Assert.Contains(events, e => e.StartsWith("RUS CHN", StringComparison.Ordinal));
    }
}
