using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The subject-participle repair (ParseRepairs.SubjectParticiple.cs): a past tense read as a participle or
/// adjective on a subject noun that has no verb of its own, on hand-built parses carrying the parser's mistake.</summary>
public class SubjectParticipleTests
{
    private static readonly CodingStage ParseOnly = CodingStage.CreateDefault(new CodingOptions { SequenceFallback = SequenceFallback.Never });

    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu, ParseOnly);

    [Fact]
    public void A_participle_with_an_object_on_the_subject_of_a_closing_attribution_is_the_verb()
    {
        // "Soldiers attacked the villagers during the night, residents said": "attacked" a reduced relative on "Soldiers",
        // "Soldiers" the subject of "said", the speakers a conjunct of "night".
        Assert.Equal(["---MIL ---CVL 190"], Code("""
            1  Soldiers  soldier   NOUN  NNS 10 nsubj  B----MIL
            2  attacked  attack    VERB  VBN 1  acl    _
            3  the       the       DET   DT  4  det    _
            4  villagers villager  NOUN  NNS 2  obj    B----CVL
            5  during    during    ADP   IN  7  case   _
            6  a         a         DET   DT  7  det    _
            7  night     night     NOUN  NN  1  nmod   _
            8  ,         ,         PUNCT ,   9  punct  _
            9  residents resident  NOUN  NNS 7  conj   _
            10 said      say       VERB  VBD 0  root   _
            11 .         .         PUNCT .   10 punct  _
            """));
    }

    [Fact]
    public void A_participle_in_a_reporting_verbs_complement_noun_is_the_verb()
    {
        // "Officials said soldiers attacked the villagers": the complement read as the noun "soldiers" with "attacked"
        // a reduced relative on it.
        Assert.Equal(["---MIL ---CVL 190"], Code("""
            1 Officials official  NOUN  NNS 2 nsubj  _
            2 said      say       VERB  VBD 0 root   _
            3 soldiers  soldier   NOUN  NNS 2 ccomp  B----MIL
            4 attacked  attack    VERB  VBN 3 acl    _
            5 the       the       DET   DT  6 det    _
            6 villagers villager  NOUN  NNS 4 obj    B----CVL
            7 .         .         PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void A_participle_coordinated_with_a_finite_past_tense_on_a_root_noun_is_the_verb()
    {
        // "Doctors from Japan donated and delivered medicine to Iraq": "donated" a reduced relative on "Japan", the
        // finite "delivered" a conjunct of the root "Doctors".
        var events = Code("""
            1 Doctors   doctor    NOUN  NNS 0 root   B----MED
            2 from      from      ADP   IN  3 case   _
            3 Japan     Japan     PROPN NNP 1 nmod   B-JPN
            4 donated   donate    VERB  VBN 3 acl    _
            5 and       and       CCONJ CC  6 cc     _
            6 delivered deliver   VERB  VBD 1 conj   _
            7 medicine  medicine  NOUN  NN  6 obj    _
            8 to        to        ADP   IN  9 case   _
            9 Iraq      Iraq      PROPN NNP 6 obl    B-IRQ
            10 .        .         PUNCT .   1 punct  _
            """);
        Assert.Contains(events, e => e.EndsWith("IRQ 073", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_on_a_noun_that_is_another_verbs_subject_stays_a_reduced_relative()
    {
        // "Rebels attacked the villagers said nothing" has the shape of "the company awarded the contract said ...":
        // the noun is the subject of "said", with no speaker of its own after a comma, so the participle may be a
        // true reduced relative ("the company that was awarded the contract") and is left alone.
        Assert.Empty(Code("""
            1 Rebels    rebel     NOUN  NNS 5 nsubj  B----REB
            2 attacked  attack    VERB  VBN 1 acl    _
            3 the       the       DET   DT  4 det    _
            4 villagers villager  NOUN  NNS 2 obj    B----CVL
            5 said      say       VERB  VBD 0 root   _
            6 nothing   nothing   PRON  NN  5 obj    _
            7 .         .         PUNCT .   5 punct  _
            """));
    }

    [Fact]
    public void A_participle_without_an_object_stays_a_reduced_relative()
    {
        // "Soldiers attacked at dawn, residents said": no object, no coordinated finite verb — nothing says the
        // participle is active, so the parse is left as it is.
        Assert.Empty(Code("""
            1 Soldiers  soldier   NOUN  NNS 7 nsubj  B----MIL
            2 attacked  attack    VERB  VBN 1 acl    _
            3 at        at        ADP   IN  4 case   _
            4 dawn      dawn      NOUN  NN  2 obl    _
            5 ,         ,         PUNCT ,   6 punct  _
            6 residents resident  NOUN  NNS 4 conj   _
            7 said      say       VERB  VBD 0 root   _
            8 .         .         PUNCT .   7 punct  _
            """));
    }
}
