using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The owner of a stance the subject voices is its holder, not the act's target
/// (<c>[stance-voicing-verbs]</c> and <c>[stance-nouns]</c> of data/frames/frame_words.txt, PatternMatcher): "Japan
/// reaffirmed Korea's commitment to X" speaks for Korea's commitment and is toward X, where "Japan welcomed Korea's
/// commitment" is for Korea. Sentences written for these tests.</summary>
public class StanceHolderTests
{
    /// <summary>"Japan {verb} Korea's {noun} to ensuring stability."</summary>
    private static List<string> Ensuring(string verb, string lemma, string noun = "commitment") => ParsedArticles.Code($"""
        1 Japan       Japan       PROPN NNP 2 nsubj B-JPN
        2 {verb,-11} {lemma,-11} VERB  VBD 0 root  _
        3 Korea       Korea       PROPN NNP 5 nmod:poss B-KOR
        4 's          's          PART  POS 3 case  _
        5 {noun,-11} {noun,-11} NOUN  NN  2 obj   _
        6 to          to          SCONJ IN  7 mark  _
        7 ensuring    ensure      VERB  VBG 5 acl   _
        8 stability   stability   NOUN  NN  7 obj   _
        9 .           .           PUNCT .   2 punct _
        """);

    [Fact]
    public void The_voiced_commitment_is_toward_its_to_phrase()
    {
        var events = ParsedArticles.Code("""
            1 Japan       Japan       PROPN NNP 2 nsubj B-JPN
            2 reaffirmed  reaffirm    VERB  VBD 0 root  _
            3 Korea       Korea       PROPN NNP 5 nmod:poss B-KOR
            4 's          's          PART  POS 3 case  _
            5 commitment  commitment  NOUN  NN  2 obj   _
            6 to          to          ADP   IN  7 case  _
            7 China       China       PROPN NNP 5 nmod  B-CHN
            8 .           .           PUNCT .   2 punct _
            """);
        Assert.Contains("JPN CHN 032", events);
        Assert.DoesNotContain(events, e => e.StartsWith("JPN KOR"));
    }

    [Fact]
    public void The_holder_of_a_voiced_commitment_is_no_target()
        => Assert.Equal(["JPN - 032"], Ensuring("reaffirmed", "reaffirm"));

    [Fact]
    public void Welcoming_anothers_commitment_is_for_its_holder()
        => Assert.Contains(Ensuring("welcomed", "welcome"), e => e.StartsWith("JPN KOR "));
}
