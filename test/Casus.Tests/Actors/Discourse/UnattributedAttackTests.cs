using Casus.Actors.Discourse;
using Casus.Coding;
using static Casus.Tests.Actors.Discourse.DiscourseArticles;

namespace Casus.Tests.Actors.Discourse;

/// <summary>Unattributed attacks (docs/formats/actors.md): attackers the sentence does not name are the unidentified
/// armed force of the country of the place struck (CAMEO's UAF); on hand-built parsed sentences.</summary>
public class UnattributedAttackTests
{
    // "A roadside bomb near Samarra killed two soldiers."
    private static string BombKilled(string place, string adjective = "roadside") =>
        $"a/DET/3/det {adjective}/ADJ/3/amod bomb/NOUN/6/nsubj near/ADP/5/case {place}/PROPN/3/nmod killed/VERB/0/root two/NUM/8/nummod soldiers/NOUN/6/obj ./PUNCT/6/punct";

    [Fact]
    public void An_attack_phrase_that_does_the_harm_is_the_armed_force_of_the_place_struck()
    {
        var bomb = Assert.Single(Mentions(null, BombKilled("Samarra")), m => m.Text == "roadside bomb");
        Assert.Equal("IRQUAF", bomb.Code.Value);
        Assert.Contains(bomb.Evidence, e => e.StartsWith("actors/attacks.txt:", StringComparison.Ordinal));
        Assert.Contains(bomb.Evidence, e => e.StartsWith(UnattributedAttackPass.NotePrefix, StringComparison.Ordinal) && e.Contains("Samarra", StringComparison.Ordinal));
    }

    [Fact]
    public void The_coder_reads_the_attack_as_the_source()
    {
        var article = Build(BombKilled("Samarra"));
        new Casus.Actors.ActorStage(Casus.Actors.ActorStage.CreateDefault().Dictionary).Process(article);
        CodingStage.CreateDefault().Process(article);
        var e = Assert.Single(article.Events);
        Assert.Equal("IRQUAF", e.Source.Code.Value);
        // A roadside bomb that kills is a roadside bombing (1833), not conventional force (data/verbs/source_kinds.txt).
        Assert.Equal("1833", e.Code.Digits);
    }

    [Fact]
    public void Without_a_known_place_no_attacker_is_made()
    {
        Assert.DoesNotContain(Mentions(null, BombKilled("Xanadu")), m => m.Text.Contains("bomb", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_phrase_under_the_attack_is_where_and_an_actor_modifier_is_who()
    {
        // "a bomb outside the Iraqi city of Basra killed two soldiers": the Iraqi city is where the bomb was.
        var outside = "a/DET/2/det bomb/NOUN/9/nsubj outside/ADP/6/case the/DET/6/det Iraqi/ADJ/6/amod city/NOUN/2/nmod of/ADP/8/case Basra/PROPN/6/nmod killed/VERB/0/root two/NUM/11/nummod soldiers/NOUN/9/obj ./PUNCT/9/punct";
        Assert.Contains("bomb=IRQUAF", Code(outside));
        // "a Taliban bomb near Samarra killed two soldiers": the Taliban's, not an unknown attacker's.
        var taliban = "a/DET/3/det Taliban/PROPN/3/compound bomb/NOUN/6/nsubj near/ADP/5/case Samarra/PROPN/3/nmod killed/VERB/0/root two/NUM/8/nummod soldiers/NOUN/6/obj ./PUNCT/6/punct";
        Assert.DoesNotContain(Mentions(null, taliban), m => m.Code.Value.EndsWith("UAF", StringComparison.Ordinal));
    }

    [Fact]
    public void Places_of_two_countries_leave_the_attack_open()
    {
        var text = "a/DET/2/det bomb/NOUN/7/nsubj near/ADP/4/case Samarra/PROPN/2/nmod and/CCONJ/6/cc Peshawar/PROPN/4/conj killed/VERB/0/root two/NUM/9/nummod soldiers/NOUN/7/obj ./PUNCT/7/punct";
        Assert.DoesNotContain(Mentions(null, text), m => m.Code.Value.EndsWith("UAF", StringComparison.Ordinal));
    }

    [Fact]
    public void A_phrase_without_an_attack_word_is_no_attacker()
    {
        // "a gas explosion": an accident as often as an attack.
        var text = "a/DET/3/det gas/NOUN/3/compound explosion/NOUN/6/nsubj near/ADP/5/case Samarra/PROPN/3/nmod killed/VERB/0/root two/NUM/8/nummod workers/NOUN/6/obj ./PUNCT/6/punct";
        Assert.DoesNotContain(Mentions(null, text), m => m.Code.Value.EndsWith("UAF", StringComparison.Ordinal));
    }

    [Fact]
    public void An_attack_phrase_that_is_acted_on_is_no_attacker()
    {
        // "Police defused a bomb near Samarra": the bomb does nothing.
        var text = "police/NOUN/2/nsubj defused/VERB/0/root a/DET/4/det bomb/NOUN/2/obj near/ADP/6/case Samarra/PROPN/4/nmod ./PUNCT/2/punct";
        Assert.DoesNotContain(Mentions(null, text), m => m.Code.Value.EndsWith("UAF", StringComparison.Ordinal));
    }

    [Fact]
    public void A_passive_s_in_phrase_attack_is_the_source()
    {
        // "Two soldiers were killed in a car bomb explosion in Samarra."
        var text = "two/NUM/2/nummod soldiers/NOUN/4/nsubj:pass were/AUX/4/aux:pass killed/VERB/0/root in/ADP/9/case a/DET/9/det car/NOUN/8/compound bomb/NOUN/9/compound explosion/NOUN/4/obl in/ADP/11/case Samarra/PROPN/4/obl ./PUNCT/4/punct";
        var article = Build(text);
        new Casus.Actors.ActorStage(Casus.Actors.ActorStage.CreateDefault().Dictionary).Process(article);
        Assert.Contains(article.Mentions, m => m.Text == "car bomb explosion" && m.Code.Value == "IRQUAF");
        CodingStage.CreateDefault().Process(article);
        var e = Assert.Single(article.Events);
        Assert.Equal("IRQUAF", e.Source.Code.Value);
        Assert.Equal("---MIL", e.Target!.Code.Value);
    }

    [Fact]
    public void Gunmen_who_attack_take_the_country_of_the_place_and_gunmen_acted_on_do_not()
    {
        var attacking = "gunmen/NOUN/2/nsubj killed/VERB/0/root five/NUM/4/nummod policemen/NOUN/2/obj in/ADP/6/case Peshawar/PROPN/2/obl ./PUNCT/2/punct";
        Assert.Contains("gunmen=PAKUAF", Code(attacking));
        var charged = "police/NOUN/2/nsubj charged/VERB/0/root the/DET/4/det gunmen/NOUN/2/obj in/ADP/6/case Peshawar/PROPN/2/obl ./PUNCT/2/punct";
        Assert.Contains("gunmen=---UAF", Code(charged));
    }

    [Fact]
    public void The_word_list_rejects_bad_and_repeated_lines_with_their_line()
    {
        var list = AttackWords.Load(new StringReader("# comment\nbomb\nCar Bomb\nbomb\none two three four\n"), "attacks.txt", out var errors);
        Assert.Equal(1, list.Count);
        Assert.Equal(["attacks.txt:3", "attacks.txt:4", "attacks.txt:5"], errors.Select(e => $"{e.File}:{e.Line}").ToArray());
        Assert.True(AttackWords.Default.Count > 10);
        Assert.Equal("car bomb", AttackWords.Default.Find(["car", "bomb", "explosion"])?.Entry);
    }
}
