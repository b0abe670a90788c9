using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The word reading (a parse with no event) on tagged sentences: a past participle straight after a noun
/// that names no actor, beside a finite verb of the sentence, is a reduced relative ("nations committed to defending
/// shipping"), no act; a plural noun with an auxiliary straight after it is that auxiliary's subject ("abortion bans
/// would hurt"), no verb.</summary>
public class ReducedRelativeTests
{
    [Fact]
    public void A_participle_after_a_noun_beside_the_finite_verb_is_no_act()
    {
        var events = ParsedArticles.Code("""
            1  Germany    Germany    PROPN NNP 2  nsubj B-DEU
            2  launched   launch     VERB  VBD 0  root  _
            3  a          a          DET   DT  4  det   _
            4  coalition  coalition  NOUN  NN  2  obj   _
            5  of         of         ADP   IN  6  case  _
            6  nations    nation     NOUN  NNS 4  nmod  _
            7  committed  commit     VERB  VBN 6  acl   _
            8  to         to         SCONJ IN  9  mark  _
            9  defending  defend     VERB  VBG 7  advcl _
            10 shipping   shipping   NOUN  NN  9  obj   _
            11 .          .          PUNCT .   2  punct _
            """);
        Assert.DoesNotContain(events, e => e.Contains(" 03", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_that_is_the_sentence_s_only_predicate_is_the_act()
    {
        // Control: with no finite verb beside it the participle is the predicate, mistagged.
        var events = ParsedArticles.Code("""
            1 Troops     troop      NOUN  NNS 4 nsubj B-USAMIL
            2 with       with       ADP   IN  3 case  _
            3 equipment  equipment  NOUN  NN  1 nmod  _
            4 deployed   deploy     VERB  VBN 0 root  _
            5 to         to         ADP   IN  6 case  _
            6 Djibouti   Djibouti   PROPN NNP 4 obl   B-DJI
            7 .          .          PUNCT .   4 punct _
            """);
        Assert.Contains(events, e => e.StartsWith("USAMIL DJI 15", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plural_noun_before_an_auxiliary_is_no_verb()
    {
        var events = ParsedArticles.Code("""
            1 Biden     Biden     PROPN NNP 2 nsubj    B-USAGOV
            2 knew      know      VERB  VBD 0 root     _
            3 that      that      SCONJ IN  8 mark     _
            4 state     state     NOUN  NN  6 compound _
            5 abortion  abortion  NOUN  NN  6 compound _
            6 bans      ban       NOUN  NNS 8 nsubj    _
            7 would     would     AUX   MD  8 aux      _
            8 hurt      hurt      VERB  VB  2 ccomp    _
            9 women     woman     NOUN  NNS 8 obj      B----CVL
            10 .        .         PUNCT .   2 punct    _
            """);
        Assert.DoesNotContain(events, e => e.Contains(" 172", StringComparison.Ordinal));
    }
}
