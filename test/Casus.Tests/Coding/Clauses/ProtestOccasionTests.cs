using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A protest act with no target of its own done during an occasion against someone ("threw stones during
/// demonstrations against the army") is against them too; where the occasion is against a grievance, against its doer
/// (ParseCoder.ProtestOccasion.cs). Hand-built parses of sentences written for these tests.</summary>
public class ProtestOccasionTests
{
    // "Students threw stones during demonstrations against {the army | abuses by the army}." with the preposition of
    // the occasion to vary.
    private static string Stones(string prep, bool grievance) => grievance
        ? $$"""
        1 Students   student    NOUN  NNS 2 nsubj  B-EDU
        2 threw      throw      VERB  VBD 0 root   _
        3 stones     stone      NOUN  NNS 2 obj    _
        4 {{prep}}   {{prep}}   ADP   IN  5 case   _
        5 demonstrations demonstration NOUN NNS 2 obl _
        6 against    against    ADP   IN  7 case   _
        7 abuses     abuse      NOUN  NNS 5 nmod   _
        8 by         by         ADP   IN  10 case  _
        9 the        the        DET   DT  10 det   _
        10 army      army       NOUN  NN  7 nmod   B-MIL
        11 .         .          PUNCT .   2 punct  _
        """
        : $$"""
        1 Students   student    NOUN  NNS 2 nsubj  B-EDU
        2 threw      throw      VERB  VBD 0 root   _
        3 stones     stone      NOUN  NNS 2 obj    _
        4 {{prep}}   {{prep}}   ADP   IN  5 case   _
        5 demonstrations demonstration NOUN NNS 2 obl _
        6 against    against    ADP   IN  8 case   _
        7 the        the        DET   DT  8 det    _
        8 army       army       NOUN  NN  5 nmod   B-MIL
        9 .          .          PUNCT .   2 punct  _
        """;

    [Fact]
    public void A_protest_during_an_occasion_against_an_actor_is_against_that_actor()
    {
        Assert.Equal(["EDU MIL 145"], ParsedArticles.Code(Stones("during", grievance: false)));
    }

    [Fact]
    public void A_protest_during_an_occasion_against_a_grievance_is_against_its_doer()
    {
        Assert.Equal(["EDU MIL 145"], ParsedArticles.Code(Stones("during", grievance: true)));
    }

    [Fact]
    public void Only_a_during_phrase_names_the_occasion()
    {
        // "after demonstrations against the army": a time before the act, not its occasion.
        Assert.DoesNotContain(ParsedArticles.Code(Stones("after", grievance: false)), e => e == "EDU MIL 145");
    }
}
