using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A concession (CAMEO 08) made "after talks with X" is made to X: the target fallback takes the with-phrase of
/// a noun of negotiation behind "after"/"following" (data/clauses/slot-nouns.txt, "talks"), and nothing else of that
/// time phrase.</summary>
public class ConcessionPartnerTests
{
    // "Kenyan doctors called off the strike after talks with the government."
    private static string CalledOff(string prep, string noun, string with, string partner, string actor) => $$"""
        1 Kenyan   Kenyan   ADJ   JJ  2 amod         B-KENHLH
        2 doctors  doctor   NOUN  NNS 3 nsubj        I-KENHLH
        3 called   call     VERB  VBD 0 root         _
        4 off      off      ADP   RP  3 compound:prt _
        5 the      the      DET   DT  6 det          _
        6 strike   strike   NOUN  NN  3 obj          _
        7 {{prep}} {{prep}} ADP   IN  8 case         _
        8 {{noun}} {{noun}} NOUN  NNS 3 obl          _
        9 {{with}} {{with}} ADP   IN  10 case        _
        10 {{partner}} {{partner}} PROPN NNP 8 nmod  {{actor}}
        11 .       .        PUNCT .   3 punct        _
        """;

    [Fact]
    public void The_party_negotiated_with_is_the_target_of_the_concession()
        => Assert.Equal(["KENHLH KENGOV 082"], ParsedArticles.Code(CalledOff("after", "talks", "with", "Nairobi", "B-KENGOV")));

    [Fact]
    public void Following_negotiations_count_too()
        => Assert.Equal(["KENHLH KENGOV 082"], ParsedArticles.Code(CalledOff("following", "negotiations", "with", "Nairobi", "B-KENGOV")));

    [Fact]
    public void Another_phrase_of_the_time_phrase_names_no_party()
        => Assert.Equal(["KENHLH - 082"], ParsedArticles.Code(CalledOff("after", "talks", "in", "Geneva", "_")));

    [Fact]
    public void After_a_noun_of_no_negotiation_the_phrase_stays_a_time()
        => Assert.Equal(["KENHLH - 082"], ParsedArticles.Code(CalledOff("after", "clashes", "with", "Nairobi", "B-KENGOV")));
}
