using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The word reading (a parse with no event, all tokens on one loose root): a first-person subject after the
/// comma of an opening as/when-phrase is the speaker, not an actor the phrase names ("As the President told Jordan
/// yesterday, we condemned Iran"); a third-person pronoun after a phrase without the opening subordinator leaves the
/// nearest mention the reading.</summary>
public class OpeningPhraseSpeakerTests
{
    private static List<string> Code(string opener, string pronoun = "we") => ParsedArticles.Code($"""
        1 {opener,-9} {opener,-9} ADP   IN  0 root  _
        2 the       the       DET   DT  1 dep   _
        3 President President PROPN NNP 1 dep   _
        4 told      tell      VERB  VBD 1 dep   _
        5 Jordan    Jordan    PROPN NNP 1 dep   B-JOR
        6 yesterday yesterday NOUN  NN  1 dep   _
        7 ,         ,         PUNCT ,   1 punct _
        8 {pronoun,-9} {pronoun,-9} PRON  PRP 1 dep   _
        9 condemned condemn   VERB  VBD 1 dep   _
        10 Iran     Iran      PROPN NNP 1 dep   B-IRN
        11 .        .         PUNCT .   1 punct _
        """);

    [Fact]
    public void A_first_person_subject_after_an_opening_as_phrase_is_not_its_actor()
        => Assert.DoesNotContain(Code("As"), e => e.StartsWith("JOR IRN", StringComparison.Ordinal));

    [Fact]
    public void Without_an_opening_subordinator_a_third_person_subject_keeps_the_nearest_mention()
        // Control: "Then the President told Jordan yesterday, they ..." opens with no subordinator and its pronoun is no
        // speaker: the nearest mention stays. (A "we" right before the verb is the unnamed speaker in any sentence:
        // FirstPersonSubjectTests.)
        => Assert.Contains(Code("Then", "they"), e => e.StartsWith("JOR IRN", StringComparison.Ordinal));
}
