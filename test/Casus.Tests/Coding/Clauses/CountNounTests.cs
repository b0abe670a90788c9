using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A chain of count nouns ("tens of thousands of students") is followed down to the people counted
/// (<c>[count-nouns]</c>, ClauseReader.ActorsBelowCount); an actor that only modifies the counted noun is not taken.</summary>
public class CountNounTests
{
    // "Tens of thousands of <counted> protested against Serbia."
    private static string Protested(string adjective, string adjectiveTag, string noun, string nounTag) => $$"""
        1 Tens          ten           NOUN  NNS 7 nsubj _
        2 of            of            ADP   IN  3 case  _
        3 thousands     thousand      NOUN  NNS 1 nmod  _
        4 of            of            ADP   IN  6 case  _
        5 {{adjective}} {{adjective}} ADJ   JJ  6 amod  {{adjectiveTag}}
        6 {{noun}}      {{noun}}      NOUN  NNS 3 nmod  {{nounTag}}
        7 protested     protest       VERB  VBD 0 root  _
        8 against       against       ADP   IN  9 case  _
        9 Serbia        Serbia        PROPN NNP 7 obl   B-SRB
        10 .            .             PUNCT .   7 punct _
        """;

    [Fact]
    public void The_people_at_the_end_of_a_chain_of_counts_are_the_source()
    {
        var article = ParsedArticles.Build(Protested("Albanian", "B-ALBEDU", "students", "I-ALBEDU"));
        CodingStage.CreateDefault().Process(article);
        var e = Assert.Single(article.Events);
        Assert.Equal("ALBEDU SRB 14", $"{e.Source.Code} {e.Target?.Code} {e.Code.Root:00}");
        // Read by the parse (the word reading, which takes the nearest actor before the verb, gives no path).
        Assert.Contains("source path: protested —nsubj→ Tens —nmod→ thousands —nmod→ students", e.Evidence.Notes);
    }

    [Fact]
    public void An_actor_that_only_modifies_the_counted_noun_is_not_the_source()
    {
        // The parse reading finds no source; only the word reading's nearest actor, without a parse path, may remain.
        var article = ParsedArticles.Build(Protested("Albanian", "B-ALB", "banners", "_"));
        CodingStage.CreateDefault().Process(article);
        Assert.DoesNotContain(article.Events, e => e.Evidence.Notes.Contains("read from the dependency parse"));
    }
}
