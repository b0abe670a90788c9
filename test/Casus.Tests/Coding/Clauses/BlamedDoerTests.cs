using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Criticism or disapproval (110, 111) of an act is for whoever did it, as praise of a thing is for whose the
/// thing is (<c>EndorsedOwner</c>): "condemned the attack on Israel" blames no Israel; "the terrorist attack by Hamas"
/// names Hamas by its by-phrase before the adjective that names the kind. On hand-built parses.</summary>
public class BlamedDoerTests
{
    [Fact]
    public void Condemning_an_attack_on_an_actor_does_not_blame_that_actor()
    {
        var events = ParsedArticles.Code("""
            1 France     France     PROPN NNP 2 nsubj B-FRA
            2 condemned  condemn    VERB  VBD 0 root  _
            3 the        the        DET   DT  4 det   _
            4 attack     attack     NOUN  NN  2 obj   _
            5 on         on         ADP   IN  6 case  _
            6 Israel     Israel     PROPN NNP 4 nmod  B-ISR
            7 .          .          PUNCT .   2 punct _
            """);
        Assert.DoesNotContain("FRA ISR 111", events);
    }

    [Fact]
    public void Condemning_an_attack_blames_the_attacker_of_its_by_phrase()
    {
        var events = ParsedArticles.Code("""
            1 France     France     PROPN NNP 2 nsubj B-FRA
            2 condemned  condemn    VERB  VBD 0 root  _
            3 the        the        DET   DT  4 det   _
            4 attack     attack     NOUN  NN  2 obj   _
            5 against    against    ADP   IN  6 case  _
            6 Israel     Israel     PROPN NNP 4 nmod  B-ISR
            7 by         by         ADP   IN  8 case  _
            8 Hamas      Hamas      PROPN NNP 4 nmod  B-PSEREBHMS
            9 .          .          PUNCT .   2 punct _
            """);
        Assert.Contains("FRA PSEREBHMS 111", events);
        Assert.DoesNotContain("FRA ISR 111", events);
    }

    [Fact]
    public void The_by_phrase_names_the_doer_before_an_actor_noun_that_names_the_kind()
    {
        var events = ParsedArticles.Code("""
            1 France     France     PROPN NNP 2 nsubj    B-FRA
            2 condemned  condemn    VERB  VBD 0 root     _
            3 the        the        DET   DT  5 det      _
            4 terrorist  terrorist  NOUN  NN  5 compound B----REB
            5 attack     attack     NOUN  NN  2 obj      _
            6 by         by         ADP   IN  7 case     _
            7 Hamas      Hamas      PROPN NNP 5 nmod     B-PSEREBHMS
            8 .          .          PUNCT .   2 punct    _
            """);
        Assert.Contains("FRA PSEREBHMS 111", events);
        Assert.DoesNotContain("FRA ---REB 111", events);
    }

    [Fact]
    public void Condemning_an_actor_itself_still_blames_it()
    {
        var events = ParsedArticles.Code("""
            1 France     France     PROPN NNP 2 nsubj B-FRA
            2 condemned  condemn    VERB  VBD 0 root  _
            3 Iran       Iran       PROPN NNP 2 obj   B-IRN
            4 .          .          PUNCT .   2 punct _
            """);
        Assert.Contains("FRA IRN 111", events);
    }
    [Fact]
    public void Slamming_sanctions_imposed_by_an_actor_blames_the_agent_of_the_participle()
    {
        var events = ParsedArticles.Code("""
            1 Iran       Iran       PROPN NNP 2 nsubj     B-IRN
            2 slammed    slam       VERB  VBD 0 root      _
            3 the        the        DET   DT  4 det       _
            4 sanctions  sanction   NOUN  NNS 2 obj       _
            5 imposed    impose     VERB  VBN 4 acl       _
            6 by         by         ADP   IN  7 case      _
            7 Washington Washington PROPN NNP 5 obl:agent B-USA
            8 .          .          PUNCT .   2 punct     _
            """);
        Assert.Contains("IRN USA 111", events);
    }
}
