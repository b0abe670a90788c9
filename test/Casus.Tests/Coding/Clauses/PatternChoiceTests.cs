using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Which pattern the coder takes when several match at one verb (<c>PatternChoice</c>): a pattern the clause
/// satisfies in full beats one whose <c>&lt;obj&gt;</c> slot stays empty, whatever their scores.</summary>
public class PatternChoiceTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void Bare_pattern_codes_the_act_when_the_slot_pattern_finds_no_target()
    {
        // "surrender (to) <obj>" outscores the bare "surrender" but finds no actor: the bare entry codes the act.
        Assert.Equal(["---REB - 0874"], Code("""
            1 Armed       armed      ADJ   JJ  2 amod  _
            2 insurgents  insurgent  NOUN  NNS 3 nsubj B----REB
            3 surrendered surrender  VERB  VBD 0 root  _
            4 yesterday   yesterday  NOUN  NN  3 obl:tmod _
            5 .           .          PUNCT .   3 punct _
            """));
    }

    [Fact]
    public void Slot_pattern_still_wins_when_its_target_is_found()
    {
        Assert.Equal(["---REB NGAMIL 0874"], Code("""
            1 Insurgents  insurgent  NOUN  NNS 2 nsubj B----REB
            2 surrendered surrender  VERB  VBD 0 root  _
            3 to          to         ADP   IN  5 case  _
            4 Nigerian    Nigerian   ADJ   JJ  5 amod  B-NGAMIL
            5 soldiers    soldier    NOUN  NNS 2 obl   I-NGAMIL
            6 .           .          PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Object_noun_pattern_with_nothing_behind_its_preposition_yields_to_the_plain_object_pattern()
    {
        // "kill soldiers (of) <obj>" matches the word "soldiers" but has no of-phrase; "kill <obj>" takes the soldiers.
        Assert.Equal(["---REB ---MIL 190"], Code("""
            1 Gunmen    gunman    NOUN  NNS 2 nsubj B----REB
            2 killed    kill      VERB  VBD 0 root  _
            3 three     three     NUM   CD  4 nummod _
            4 soldiers  soldier   NOUN  NNS 2 obj   B----MIL
            5 .         .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Verb_without_a_bare_entry_stays_uncoded_when_its_slot_is_empty()
    {
        // "condemn <obj>" has no bare entry: an act with no one acted on is not coded.
        Assert.Empty(Code("""
            1 Hungary   Hungary   PROPN NNP 2 nsubj B-HUN
            2 condemned condemn   VERB  VBD 0 root  _
            3 the       the       DET   DT  4 det   _
            4 decision  decision  NOUN  NN  2 obj   _
            5 .         .         PUNCT .   2 punct _
            """));
    }
}
