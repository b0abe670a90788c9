using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A participle that describes the noun after it ("subsidized Chinese cars", "organized and targeted gang
/// attacks") is an adjective, no act, in either reading; a misparsed finite verb after its subject stays one. On
/// hand-built parses.</summary>
public class PrenominalParticipleTests
{
    [Fact]
    public void The_second_of_two_coordinated_modifiers_is_no_act()
    {
        // "against organized and targeted gang attacks": 'targeted' is a conjunct of the modifier 'organized'.
        var events = ParsedArticles.Code("""
            1 Haitian    Haitian    ADJ   JJ  2 amod  B-HTICOP
            2 police     police     NOUN  NN  3 nsubj I-HTICOP
            3 need       need       VERB  VBP 0 root  _
            4 help       help       NOUN  NN  3 obj   _
            5 against    against    ADP   IN  10 case _
            6 organized  organize   VERB  VBN 10 amod _
            7 and        and        CCONJ CC  8 cc    _
            8 targeted   target     VERB  VBN 6 conj  _
            9 gang       gang       NOUN  NN  10 compound B-CRM
            10 attacks   attack     NOUN  NNS 3 obl   _
            11 .         .          PUNCT .   3 punct _
            """);
        Assert.DoesNotContain(events, e => e.EndsWith(" 190", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subjectless_participle_with_its_noun_after_a_verb_is_no_act()
    {
        // "including targeted violence against women": the parser made 'violence' the participle's object.
        var events = ParsedArticles.Code("""
            1 Kenya      Kenya      PROPN NNP 2 nsubj B-KEN
            2 addresses  address    VERB  VBZ 0 root  _
            3 abuse      abuse      NOUN  NN  2 obj   _
            4 ,          ,          PUNCT ,   6 punct _
            5 including  include    VERB  VBG 6 dep   _
            6 targeted   target     VERB  VBN 2 advcl _
            7 violence   violence   NOUN  NN  6 obj   _
            8 against    against    ADP   IN  9 case  _
            9 women      woman      NOUN  NNS 7 nmod  B-CVL
            10 .         .          PUNCT .   2 punct _
            """);
        Assert.DoesNotContain(events, e => e.EndsWith(" 190", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_misparsed_as_a_modifier_after_its_subject_stays_an_act()
    {
        // "Houthis have attacked journalists" with 'attacked' hung on 'journalists' as a modifier: the word reading
        // still codes it, since a noun and an auxiliary stand before it.
        var events = ParsedArticles.Code("""
            1 Houthis    Houthi     PROPN NNPS 4 nsubj B-YEMREB
            2 have       have       AUX   VBP 4 aux   _
            3 attacked   attack     VERB  VBN 4 amod  _
            4 journalists journalist NOUN NNS 0 root  B-MED
            5 .          .          PUNCT .   4 punct _
            """);
        Assert.Contains(events, e => e.StartsWith("YEMREB MED 19", StringComparison.Ordinal) || e.StartsWith("YEMREB MED 18", StringComparison.Ordinal));
    }
}
