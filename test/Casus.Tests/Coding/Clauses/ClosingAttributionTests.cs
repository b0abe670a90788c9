using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>
/// A speaker verb that closes the sentence ("Somalia violated its airspace, Kenya protested") is the act, its content
/// clause before the comma what it is about: the content's subject is the target, as after "protested that".
/// </summary>
public class ClosingAttributionTests
{
    [Fact]
    public void Closing_protest_hung_on_the_content_as_parataxis_criticises_its_subject()
    {
        var events = ParsedArticles.Code("""
            1 Somalia   Somalia   PROPN NNP 2 nsubj B-SOM
            2 violated  violate   VERB  VBD 0 root  _
            3 its       its       PRON  PRP$ 4 nmod:poss _
            4 airspace  airspace  NOUN  NN  2 obj   _
            5 ,         ,         PUNCT ,   7 punct _
            6 Kenya     Kenya     PROPN NNP 7 nsubj B-KEN
            7 protested protest   VERB  VBD 2 parataxis _
            8 .         .         PUNCT .   2 punct _
            """);
        Assert.Contains("KEN SOM 111", events);
        Assert.DoesNotContain(events, e => e.EndsWith(" 141", StringComparison.Ordinal));
    }

    [Fact]
    public void Closing_complaint_over_an_adverbial_content_clause_is_an_official_complaint()
    {
        // The parser often reads the content before the comma as an adverbial clause of the speaker verb.
        Assert.Contains("KEN SOM 114", ParsedArticles.Code("""
            1 Somalia    Somalia   PROPN NNP 3 nsubj B-SOM
            2 has        have      AUX   VBZ 3 aux   _
            3 violated   violate   VERB  VBN 8 advcl _
            4 the        the       DET   DT  5 det   _
            5 treaty     treaty    NOUN  NN  3 obj   _
            6 ,          ,         PUNCT ,   3 punct _
            7 Kenya      Kenya     PROPN NNP 8 nsubj B-KEN
            8 complained complain  VERB  VBD 0 root  _
            9 .          .         PUNCT .   8 punct _
            """));
    }

    [Fact]
    public void A_subordinate_clause_before_the_comma_is_a_circumstance_not_the_content()
    {
        // "When Somalia closed the border, Kenya protested": Kenya protested (141), not against Somalia.
        var events = ParsedArticles.Code("""
            1 When      when      ADV   WRB 3 advmod _
            2 Somalia   Somalia   PROPN NNP 3 nsubj B-SOM
            3 closed    close     VERB  VBD 8 advcl _
            4 the       the       DET   DT  5 det   _
            5 border    border    NOUN  NN  3 obj   _
            6 ,         ,         PUNCT ,   3 punct _
            7 Kenya     Kenya     PROPN NNP 8 nsubj B-KEN
            8 protested protest   VERB  VBD 0 root  _
            9 .         .         PUNCT .   8 punct _
            """);
        Assert.DoesNotContain("KEN SOM 111", events);
    }

    [Fact]
    public void A_speaker_verb_with_an_object_of_its_own_is_no_closing_attribution()
    {
        // "The talks failed, Kenya charged Uganda": the object is who is charged; the clause before is not the charge.
        var events = ParsedArticles.Code("""
            1 Somalia   Somalia   PROPN NNP 2 nsubj B-SOM
            2 withdrew  withdraw  VERB  VBD 0 root  _
            3 ,         ,         PUNCT ,   5 punct _
            4 Kenya     Kenya     PROPN NNP 5 nsubj B-KEN
            5 charged   charge    VERB  VBD 2 parataxis _
            6 Uganda    Uganda    PROPN NNP 5 obj   B-UGA
            7 .         .         PUNCT .   2 punct _
            """);
        Assert.DoesNotContain("KEN SOM 112", events);
    }

    // The parser may hang a closing attribution on the object as an apposition with the speaker verb as its participle:
    // the apposition names the speaker, so the object's own country adjective names the one acted on.
    [Fact]
    public void Attribution_misparsed_as_the_objects_apposition_is_not_the_target()
    {
        var events = ParsedArticles.Code("""
            1 Guards       guard        NOUN  NNS 2 nsubj B-USACOP
            2 beat         beat         VERB  VBD 0 root  _
            3 Mexican      Mexican      ADJ   JJ  4 amod  B-MEX
            4 immigrants   immigrant    NOUN  NNS 2 obj   _
            5 ,            ,            PUNCT ,   7 punct _
            6 a            a            DET   DT  7 det   _
            7 group        group        NOUN  NN  4 appos B-NGO
            8 charged      charge       VERB  VBD 7 acl   _
            9 .            .            PUNCT .   2 punct _
            """);
        Assert.Contains("USACOP MEX 182", events);
        Assert.DoesNotContain(events, e => e.StartsWith("USACOP NGO", StringComparison.Ordinal));
    }

    [Fact]
    public void A_true_apposition_still_names_the_object()
    {
        // "the capital Kabul"-style appositions without a speaker verb keep naming the noun.
        var events = ParsedArticles.Code("""
            1 Guards       guard        NOUN  NNS 2 nsubj B-USACOP
            2 beat         beat         VERB  VBD 0 root  _
            3 the          the          DET   DT  4 det   _
            4 activist     activist     NOUN  NN  2 obj   _
            5 ,            ,            PUNCT ,   7 punct _
            6 a            a            DET   DT  7 det   _
            7 member       member       NOUN  NN  4 appos _
            8 of           of           ADP   IN  9 case  _
            9 Greenpeace   Greenpeace   PROPN NNP 7 nmod  B-NGO
            10 .           .            PUNCT .   2 punct _
            """);
        Assert.Contains("USACOP NGO 182", events);
    }
}
