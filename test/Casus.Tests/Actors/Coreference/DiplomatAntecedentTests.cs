using Casus.Actors;
using Casus.Document;
using static Casus.Tests.Actors.Discourse.DiscourseArticles;

namespace Casus.Tests.Actors.Coreference;

/// <summary>"The delegation" takes the one country the article gave its delegation (docs/formats/actors.md,
/// "Coreference", "The delegation"), on hand-built parsed articles.</summary>
public class DiplomatAntecedentTests
{
    private const string UsDelegationTraveled =
        "A/DET/4/det United/PROPN/3/compound States/PROPN/4/compound delegation/NOUN/5/nsubj traveled/VERB/0/root to/ADP/7/case Haiti/PROPN/5/obl ./PUNCT/5/punct";
    private const string MexicanDelegationArrived =
        "The/DET/3/det Mexican/ADJ/3/amod delegation/NOUN/4/nsubj arrived/VERB/0/root ./PUNCT/4/punct";
    private const string TheDelegationMetPolice =
        "The/DET/2/det delegation/NOUN/3/nsubj met/VERB/0/root the/DET/5/det police/NOUN/3/obj ./PUNCT/3/punct";

    private static Mention Last(string word, params string[] sentences)
    {
        var article = Build(sentences);
        ActorStage.CreateDefault().Process(article);
        return article.Mentions.Last(m => m.Text == word);
    }

    [Fact]
    public void The_delegation_is_the_one_the_article_introduced()
    {
        var delegation = Last("delegation", UsDelegationTraveled, TheDelegationMetPolice);
        Assert.Equal("USAGOV", delegation.Code.Value);
        Assert.StartsWith("coreference: 'delegation' → 'United States delegation' (sentence 0)", delegation.Evidence[0]);
    }

    [Fact]
    public void Two_countries_delegations_leave_it_open()
        => Assert.Equal("---GOV", Last("delegation", UsDelegationTraveled, MexicanDelegationArrived, TheDelegationMetPolice).Code.Value);

    [Fact]
    public void Without_an_earlier_delegation_it_stays_open()
        => Assert.Equal("---GOV", Last("delegation", TheDelegationMetPolice).Code.Value);

    [Fact]
    public void A_plural_is_no_such_reference()
        => Assert.StartsWith("---", Last("delegations", UsDelegationTraveled,
            "The/DET/2/det delegations/NOUN:NNS/3/nsubj met/VERB/0/root ./PUNCT/3/punct").Code.Value);

    // "Foreign Minister Hayashi of Japan led a delegation": its leader says whose it is, and "the delegation" after
    // it is the same one.
    [Fact]
    public void A_delegation_takes_its_leaders_country()
    {
        const string JapaneseMinisterLedDelegation =
            "Japanese/ADJ/3/amod Foreign/PROPN/3/compound Minister/PROPN/4/nsubj led/VERB/0/root a/DET/6/det delegation/NOUN/4/obj ./PUNCT/4/punct";
        Assert.Equal("JPNGOV", Last("delegation", JapaneseMinisterLedDelegation).Code.Value);
        Assert.Equal("JPNGOV", Last("delegation", JapaneseMinisterLedDelegation, TheDelegationMetPolice).Code.Value);
    }
}
