using Casus.Actors;
using Casus.Actors.Context;
using Casus.Actors.Coreference;
using Casus.Document;
using static Casus.Tests.Actors.Discourse.DiscourseArticles;

namespace Casus.Tests.Actors.Coreference;

/// <summary>Later mentions of a person the dictionaries lack ("Mr. Ostrander", "he") take the code the country passes
/// give the person's named phrase (docs/formats/actors.md, "Coreference", "Uncoded people"); on hand-built parsed
/// articles with an invented official.</summary>
public class UncodedLinkTests
{
    private const string WhiteHouse = "https://www.whitehouse.gov/briefing-room/statements-releases/x/";
    private const string Wikinews = "https://en.wikinews.org/wiki/x";

    // "National Security Advisor Daniel Ostrander spoke with Japanese officials."
    private const string AdvisorSpoke =
        "National/PROPN/3/compound Security/PROPN/3/compound Advisor/PROPN/5/compound Daniel/PROPN/5/compound Ostrander/PROPN/6/nsubj " +
        "spoke/VERB/0/root with/ADP/9/case Japanese/ADJ/9/amod officials/NOUN/6/obl ./PUNCT/6/punct";
    private const string MrCondemned =
        "Mr./PROPN/2/compound Ostrander/PROPN/3/nsubj condemned/VERB/0/root the/DET/5/det attack/NOUN/3/obj ./PUNCT/3/punct";
    private const string HeThanked = "He/PRON/2/nsubj thanked/VERB/0/root Japan/PROPN/2/obj ./PUNCT/2/punct";
    private const string SheThanked = "She/PRON/2/nsubj thanked/VERB/0/root Japan/PROPN/2/obj ./PUNCT/2/punct";

    private static IReadOnlyList<Mention> At(string? url, params string[] sentences)
    {
        var article = BuildAt(url, sentences);
        new ActorStage(ActorStage.CreateDefault().Dictionary, ContextCountryOptions.Default).Process(article);
        return article.Mentions;
    }

    [Fact]
    public void A_later_surname_and_pronoun_take_the_country_the_publisher_gave_the_name()
    {
        var mentions = At(WhiteHouse, AdvisorSpoke, MrCondemned, HeThanked);
        Assert.Equal("USAGOV", Assert.Single(mentions, m => m.Sentence == 0 && m.Text.EndsWith("Ostrander", StringComparison.Ordinal)).Code.Value);
        var mr = Assert.Single(mentions, m => m.Sentence == 1 && m.Text == "Mr. Ostrander");
        Assert.Equal("USAGOV", mr.Code.Value);
        Assert.Equal($"{UncodedLinkPass.NotePrefix}'Mr. Ostrander' → 'National Security Advisor Daniel Ostrander' (sentence 0)", mr.Evidence[0]);
        // The name's own evidence follows, so the coder reads the publisher's country as a context country.
        Assert.True(ContextCountry.FromContext(mr));
        Assert.Equal("USAGOV", Assert.Single(mentions, m => m.Sentence == 2 && m.Text == "He").Code.Value);
    }

    [Fact]
    public void Without_a_country_for_the_name_the_later_mentions_stay_uncoded()
    {
        // On a news site the advisor's country is not said: "Mr. Ostrander" gets none rather than a guess.
        var mentions = At(Wikinews, AdvisorSpoke, MrCondemned, HeThanked);
        Assert.DoesNotContain(mentions, m => m.Sentence == 1 && m.Text.Contains("Ostrander", StringComparison.Ordinal));
        Assert.DoesNotContain(mentions, m => m.Sentence == 2 && m.Text == "He");
    }

    [Fact]
    public void A_surname_two_people_of_the_article_share_links_to_neither()
    {
        // "Senator Ruth Ostrander agreed.": two Ostranders, so "Mr. Ostrander" is left to no one.
        const string SenatorAgreed = "Senator/PROPN/3/compound Ruth/PROPN/3/compound Ostrander/PROPN/4/nsubj agreed/VERB/0/root ./PUNCT/4/punct";
        var mentions = At(WhiteHouse, AdvisorSpoke, SenatorAgreed, MrCondemned);
        Assert.DoesNotContain(mentions, m => m.Sentence == 2 && m.Text.Contains("Ostrander", StringComparison.Ordinal));
        // Alone, the senator's surname is hers.
        var alone = At(WhiteHouse, SenatorAgreed, MrCondemned);
        Assert.Equal("USALEG", Assert.Single(alone, m => m.Sentence == 1 && m.Text == "Mr. Ostrander").Code.Value);
    }

    [Fact]
    public void A_pronoun_of_the_other_gender_does_not_follow_the_name()
    {
        // "Mr. Ostrander" showed the gender: "She" is someone else and stays uncoded.
        var mentions = At(WhiteHouse, AdvisorSpoke, MrCondemned, SheThanked);
        Assert.Equal("USAGOV", Assert.Single(mentions, m => m.Sentence == 1 && m.Text == "Mr. Ostrander").Code.Value);
        Assert.DoesNotContain(mentions, m => m.Sentence == 2 && m.Text == "She");
    }

    [Fact]
    public void A_double_surname_the_tokenizer_split_is_still_the_surname()
    {
        // "National Security Advisor Maria Ostrander-Vale spoke with Japanese officials. Dr. Ostrander-Vale condemned the attack."
        const string Spoke =
            "National/PROPN/3/compound Security/PROPN/3/compound Advisor/PROPN/7/compound Maria/PROPN/7/compound Ostrander/PROPN/7/compound " +
            "-/PUNCT/7/punct Vale/PROPN/8/nsubj spoke/VERB/0/root with/ADP/11/case Japanese/ADJ/11/amod officials/NOUN/8/obl ./PUNCT/8/punct";
        const string Condemned =
            "Dr./PROPN/4/compound Ostrander/PROPN/4/compound -/PUNCT/4/punct Vale/PROPN/5/nsubj condemned/VERB/0/root the/DET/7/det attack/NOUN/5/obj ./PUNCT/5/punct";
        var dr = Assert.Single(At(WhiteHouse, Spoke, Condemned), m => m.Sentence == 1 && m.Text.Contains("Vale", StringComparison.Ordinal));
        Assert.Equal("USAGOV", dr.Code.Value);
        Assert.StartsWith($"{UncodedLinkPass.NotePrefix}'Dr. Ostrander - Vale' → ", dr.Evidence[0], StringComparison.Ordinal);
    }

    // "Deputy National Security Advisor for International Economics Daniel Ostrander met Japanese officials.": the
    // portfolio after "for" stands between the title and the name.
    private const string PortfolioMet =
        "Deputy/ADJ/4/amod National/ADJ/3/amod Security/PROPN/4/compound Advisor/PROPN/10/nsubj for/ADP/9/case " +
        "International/ADJ/9/amod Economics/PROPN/6/flat Daniel/PROPN/9/compound Ostrander/PROPN/4/nmod met/VERB/0/root " +
        "Japanese/ADJ/12/amod officials/NOUN/10/obj ./PUNCT/10/punct";
    private const string SurnameCondemned =
        "Ostrander/PROPN/2/nsubj condemned/VERB/0/root the/DET/4/det attack/NOUN/2/obj ./PUNCT/2/punct";

    [Fact]
    public void A_title_with_its_portfolio_before_the_name_still_names_the_person_a_surname_refers_to()
    {
        var mentions = At(WhiteHouse, PortfolioMet, SurnameCondemned, HeThanked);
        var named = Assert.Single(mentions, m => m.Sentence == 0 && m.Text.EndsWith("Ostrander", StringComparison.Ordinal));
        Assert.Equal("USAGOV", named.Code.Value);
        var surname = Assert.Single(mentions, m => m.Sentence == 1 && m.Text == "Ostrander");
        Assert.Equal("USAGOV", surname.Code.Value);
        Assert.Equal($"{UncodedLinkPass.NotePrefix}'Ostrander' → '{named.Text}' (sentence 0)", surname.Evidence[0]);
        Assert.Equal("USAGOV", Assert.Single(mentions, m => m.Sentence == 2 && m.Text == "He").Code.Value);
    }

    [Fact]
    public void A_surname_that_first_named_someone_else_is_not_given_to_a_later_namesake()
    {
        // "Japanese Foreign Minister Ruth Ostrander spoke." makes her an actor of the article; "Ostrander condemned the
        // attack." is hers...
        const string MinisterSpoke =
            "Japanese/ADJ/3/amod Foreign/PROPN/3/compound Minister/PROPN/5/compound Ruth/PROPN/5/compound Ostrander/PROPN/6/nsubj " +
            "spoke/VERB/0/root ./PUNCT/6/punct";
        var alone = At(Wikinews, MinisterSpoke, SurnameCondemned);
        Assert.Equal("JPNGOV", Assert.Single(alone, m => m.Sentence == 1 && m.Text == "Ostrander").Code.Value);
        // ...but not after "Daniel Ostrander stabbed people.", an Ostrander no one placed: the surname may be his.
        const string StrangerStabbed =
            "Daniel/PROPN/2/compound Ostrander/PROPN/3/nsubj stabbed/VERB/0/root people/NOUN/3/obj ./PUNCT/3/punct";
        var after = At(Wikinews, StrangerStabbed, MinisterSpoke, SurnameCondemned);
        Assert.Equal("JPNGOV", Assert.Single(after, m => m.Sentence == 1 && m.Text.EndsWith("Ostrander", StringComparison.Ordinal)).Code.Value);
        Assert.DoesNotContain(after, m => m.Sentence == 2 && m.Text == "Ostrander");
    }

    [Fact]
    public void An_abbreviated_title_before_the_surname_links_it()
    {
        // "NSA Ostrander condemned the attack.": readouts abbreviate the adviser's title (data/actors/titles.txt).
        const string NsaCondemned =
            "NSA/PROPN/2/compound Ostrander/PROPN/3/nsubj condemned/VERB/0/root the/DET/5/det attack/NOUN/3/obj ./PUNCT/3/punct";
        var mentions = At(WhiteHouse, AdvisorSpoke, NsaCondemned);
        var nsa = Assert.Single(mentions, m => m.Sentence == 1 && m.Text == "NSA Ostrander");
        Assert.Equal("USAGOV", nsa.Code.Value);
    }
}
