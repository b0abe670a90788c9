using Casus.Actors;
using Casus.Coding;
using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Tests.Coding;

/// <summary>"Biden attacked Trump for the tweet": one political person's plain-force attack on another of the same
/// country is criticism (111), not force (WordedAttacks). Mentions built by hand with the evidence lines the actor
/// stage writes.</summary>
public class WordedAttacksTests
{
    private static readonly VerbPattern Attack =
        VerbDictionary.LoadDefault().Patterns.First(p => p.Lemma == "attack" && p.PatternText == "attack <obj>");

    private static readonly CameoCode Force = CameoCode.Parse("190");

    private static Mention Person(string name, string code) =>
        new(0, new TokenSpan(0, 1), name, ActorCode.Parse(code), [$"actors/people-notable.txt:1 {name} → {code}"]);

    private static Mention Country(string name, string code) =>
        new(0, new TokenSpan(0, 1), name, ActorCode.Parse(code), [$"actors/countries.txt:1 {name} → {code}"]);

    [Fact]
    public void One_politician_attacking_another_of_his_country_is_words()
        => Assert.True(WordedAttacks.IsWorded(Force, Attack, Person("Biden", "USAGOV"), Person("Trump", "USAGOV")));

    [Fact]
    public void A_legislator_attacking_the_president_is_words()
        => Assert.True(WordedAttacks.IsWorded(Force, Attack, Person("Pelosi", "USALEG"), Person("Trump", "USAGOV")));

    [Fact]
    public void A_leader_attacking_a_country_stays_force()
        => Assert.False(WordedAttacks.IsWorded(Force, Attack, Person("Trump", "USAGOV"), Country("Iran", "IRN")));

    [Fact]
    public void A_politician_of_another_country_stays_force()
        => Assert.False(WordedAttacks.IsWorded(Force, Attack, Person("Netanyahu", "ISRGOV"), Person("Sinwar", "PSEGOV")));

    [Fact]
    public void An_armed_side_stays_force()
        => Assert.False(WordedAttacks.IsWorded(Force, Attack, Person("Gen. Smith", "USAMIL"), Person("Trump", "USAGOV")));

    [Fact]
    public void A_named_weapon_is_never_recoded()
        => Assert.False(WordedAttacks.IsWorded(CameoCode.Parse("195"), Attack, Person("Biden", "USAGOV"), Person("Trump", "USAGOV")));

    [Fact]
    public void Coded_end_to_end_the_attack_is_criticism()
    {
        // The coding stage writes the recode: 111, no 190. Two people lines, as a name and its short form give.
        var article = Casus.Tests.TestKit.ParsedArticles.Build("""
            1 Biden    Biden    PROPN NNP 2 nsubj B-USAGOV
            2 attacked attack   VERB  VBD 0 root  _
            3 Trump    Trump    PROPN NNP 2 obj   B-USAGOV
            4 .        .        PUNCT .   2 punct _
            """, evidence: (words, code) => [$"actors/people-notable.txt:1 {words} → {code}", $"actors/people-notable.txt:1 {words} → {code}"]);
        CodingStage.CreateDefault().Process(article);
        var codes = article.Events.Select(e => e.Code.Digits).ToList();
        Assert.Contains("111", codes);
        Assert.DoesNotContain("190", codes);
    }
}
