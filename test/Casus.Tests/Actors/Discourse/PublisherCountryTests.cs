using Casus.Actors;
using Casus.Actors.Context;
using Casus.Actors.Discourse;
using Casus.Document;
using static Casus.Tests.Actors.Discourse.DiscourseArticles;

namespace Casus.Tests.Actors.Discourse;

/// <summary>Country of the publisher (docs/formats/actors.md): in an article a government publishes on its own site, a
/// state's office left without a country is the publisher's; on hand-built parsed articles.</summary>
public class PublisherCountryTests
{
    private const string WhiteHouse = "https://www.whitehouse.gov/briefing-room/statements-releases/x/";
    private const string Wikinews = "https://en.wikinews.org/wiki/x";

    private const string VicePresidentCondemned =
        "the/DET/3/det Vice/PROPN/3/compound President/PROPN/4/nsubj condemned/VERB/0/root the/DET/6/det attack/NOUN/4/obj ./PUNCT/4/punct";
    private const string StormHit = "a/DET/2/det storm/NOUN/3/nsubj hit/VERB/0/root the/DET/5/det coast/NOUN/3/obj ./PUNCT/3/punct";

    private static IReadOnlyList<Mention> At(string? url, ContextCountryOptions? options, params string[] sentences)
    {
        var article = BuildAt(url, sentences);
        new ActorStage(ActorStage.CreateDefault().Dictionary, options ?? ContextCountryOptions.Default).Process(article);
        return article.Mentions;
    }

    private static Mention In(IReadOnlyList<Mention> mentions, int sentence, string text) =>
        Assert.Single(mentions, m => m.Sentence == sentence && m.Text == text);

    [Fact]
    public void An_office_on_a_government_site_is_the_government_s_own()
    {
        var vp = In(At(WhiteHouse, null, VicePresidentCondemned), 0, "Vice President");
        Assert.Equal("USAGOV", vp.Code.Value);
        Assert.Contains(vp.Evidence, e => e.StartsWith(PublisherCountryPass.NotePrefix + "www.whitehouse.gov is a government site (actors/publishers.txt:", StringComparison.Ordinal));
        // Weaker than the phrase's own country: the coder's same-country rules read it as context.
        Assert.True(ContextCountry.FromContext(vp));
    }

    [Fact]
    public void A_news_site_or_the_option_off_leaves_the_office_open()
    {
        Assert.Equal("---GOV", In(At(Wikinews, null, VicePresidentCondemned), 0, "Vice President").Code.Value);
        Assert.Equal("---GOV", In(At(null, null, VicePresidentCondemned), 0, "Vice President").Code.Value);
        var off = ContextCountryOptions.Default with { Publisher = false };
        Assert.Equal("---GOV", In(At(WhiteHouse, off, VicePresidentCondemned), 0, "Vice President").Code.Value);
    }

    [Fact]
    public void Groups_of_several_countries_and_common_nouns_stay_open()
    {
        var mentions = At(WhiteHouse, null,
            "the/DET/2/det leaders/NOUN/3/nsubj agreed/VERB/0/root ./PUNCT/3/punct",
            "the/DET/2/det officials/NOUN/3/nsubj met/VERB/0/root ./PUNCT/3/punct",
            "the/DET/2/det regime/NOUN/3/nsubj denied/VERB/0/root the/DET/5/det report/NOUN/3/obj ./PUNCT/3/punct",
            "we/PRON/2/nsubj thanked/VERB/0/root their/PRON/4/nmod:poss governments/NOUN/2/obj ./PUNCT/2/punct",
            "the/DET/3/det new/ADJ/3/amod Administration/PROPN/4/nsubj announced/VERB/0/root aid/NOUN/4/obj ./PUNCT/4/punct");
        Assert.Equal("---GOV", In(mentions, 0, "leaders").Code.Value);
        Assert.Equal("---GOV", In(mentions, 1, "officials").Code.Value);
        Assert.Equal("---GOV", In(mentions, 2, "regime").Code.Value);
        Assert.DoesNotContain(mentions, m => m.Sentence == 3 && m.Code.Primary == "USA");
        // A named institution is the publisher's: "the Administration".
        Assert.Equal("USAGOV", Assert.Single(mentions, m => m.Sentence == 4 && m.Text.EndsWith("Administration", StringComparison.Ordinal)).Code.Value);
    }

    [Fact]
    public void The_publisher_s_own_body_under_a_common_noun_is_its_own()
    {
        // publishers.txt "own-body | USA | administration": "my administration", "this administration" on the White
        // House's site are the US government's; not on a news site, not one a pronoun or another country's actor
        // possesses or names, not "the incoming administration".
        var mentions = At(WhiteHouse, null,
            "my/PRON/2/nmod:poss administration/NOUN/3/nsubj condemned/VERB/0/root the/DET/5/det attack/NOUN/3/obj ./PUNCT/3/punct",
            "this/DET/2/det administration/NOUN/3/nsubj condemned/VERB/0/root the/DET/5/det attack/NOUN/3/obj ./PUNCT/3/punct",
            "his/PRON/2/nmod:poss administration/NOUN/3/nsubj condemned/VERB/0/root the/DET/5/det attack/NOUN/3/obj ./PUNCT/3/punct",
            "the/DET/3/det incoming/ADJ/3/amod administration/NOUN/4/nsubj condemned/VERB/0/root the/DET/6/det attack/NOUN/4/obj ./PUNCT/4/punct",
            "the/DET/3/det Iraqi/ADJ/3/amod administration/NOUN/4/nsubj condemned/VERB/0/root the/DET/6/det attack/NOUN/4/obj ./PUNCT/4/punct");
        var own = In(mentions, 0, "administration");
        Assert.Equal("USAGOV", own.Code.Value);
        Assert.Contains(own.Evidence, e => e.Contains("own-body USA administration", StringComparison.Ordinal));
        Assert.Equal("USAGOV", In(mentions, 1, "administration").Code.Value);
        Assert.Equal("---GOV", In(mentions, 2, "administration").Code.Value);
        Assert.Equal("---GOV", In(mentions, 3, "incoming administration").Code.Value);
        Assert.Equal("IRQGOV", Assert.Single(mentions, m => m.Sentence == 4).Code.Value);
        Assert.Equal("---GOV", In(At(Wikinews, null,
            "my/PRON/2/nmod:poss administration/NOUN/3/nsubj condemned/VERB/0/root the/DET/5/det attack/NOUN/3/obj ./PUNCT/3/punct"), 0, "administration").Code.Value);
    }

    [Fact]
    public void An_office_the_publisher_s_government_does_not_have_is_another_country_s()
    {
        var minister = In(At(WhiteHouse, null,
            "the/DET/3/det Foreign/PROPN/3/compound Minister/PROPN/4/nsubj protested/VERB/0/root ./PUNCT/4/punct"), 0, "Foreign Minister");
        Assert.Equal("---GOV", minister.Code.Value);
        Assert.Contains(minister.Evidence, e => e.Contains("its government has no such office (actors/publishers.txt:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_the_article_gives_a_foreigner_is_not_the_publisher_s()
    {
        // "President Xolani spoke. The President agreed.": the only president named is not the publisher's.
        var mentions = At(WhiteHouse, null,
            "President/PROPN/2/compound Xolani/PROPN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct",
            "the/DET/2/det President/PROPN/3/nsubj agreed/VERB/0/root ./PUNCT/3/punct");
        var president = In(mentions, 1, "President");
        Assert.Equal("---GOV", president.Code.Value);
        Assert.Contains(president.Evidence, e => e.Contains("gives its title to another: 'President Xolani'", StringComparison.Ordinal));
    }

    private const string AdvisersSpoke =
        "National/PROPN/3/compound Security/PROPN/3/compound Advisor/PROPN/4/compound Jon/PROPN/6/nsubj Corr/PROPN/4/flat "
        + "spoke/VERB/0/root with/ADP/12/case Israeli/ADJ/12/amod National/PROPN/11/compound Security/PROPN/11/compound "
        + "Advisor/PROPN/12/compound Dov/PROPN/6/obl Amir/PROPN/12/flat ./PUNCT/6/punct";

    [Fact]
    public void A_named_official_beside_a_foreign_holder_of_the_title_is_the_publisher_s()
    {
        // A readout marks the foreign counterpart's country and leaves its own official's unsaid: two names, two people.
        Assert.Equal("USAGOV", In(At(WhiteHouse, null, AdvisersSpoke), 0, "National Security Advisor Jon Corr").Code.Value);
        Assert.Equal("---GOV", In(At(Wikinews, null, AdvisersSpoke), 0, "National Security Advisor Jon Corr").Code.Value);
    }

    [Fact]
    public void A_named_general_beside_a_foreign_general_stays_open()
    {
        // Differently named holders are two people only for civilian offices: the general a readout names beside
        // another country's general is as often that country's as the publisher's.
        const string generals =
            "General/PROPN/2/compound Kai/PROPN/4/nsubj Roth/PROPN/2/flat spoke/VERB/0/root with/ADP/8/case Israeli/ADJ/8/amod "
            + "General/PROPN/8/compound Dov/PROPN/4/obl Amir/PROPN/8/flat ./PUNCT/4/punct";
        Assert.Equal("---MIL", In(At(WhiteHouse, null, generals), 0, "General Kai Roth").Code.Value);
        // Without the foreign general, the publisher's own stands.
        const string alone = "General/PROPN/2/compound Kai/PROPN/4/nsubj Roth/PROPN/2/flat spoke/VERB/0/root ./PUNCT/4/punct";
        Assert.Equal("USAMIL", In(At(WhiteHouse, null, alone), 0, "General Kai Roth").Code.Value);
    }

    [Fact]
    public void The_official_named_again_or_the_bare_title_does_not_block_the_publisher_s_country()
    {
        // "National Security Advisor Jon Corr ... National Security Advisor Corr ... the National Security Advisor":
        // one person, named twice, and his title; none of them is another country's.
        var mentions = At(WhiteHouse, null,
            "National/PROPN/3/compound Security/PROPN/3/compound Advisor/PROPN/4/compound Jon/PROPN/6/nsubj Corr/PROPN/4/flat spoke/VERB/0/root ./PUNCT/6/punct",
            "National/PROPN/3/compound Security/PROPN/3/compound Advisor/PROPN/4/nsubj Corr/PROPN/3/flat agreed/VERB/0/root ./PUNCT/5/punct",
            "the/DET/4/det National/PROPN/4/compound Security/PROPN/4/compound Advisor/PROPN/5/nsubj left/VERB/0/root ./PUNCT/5/punct");
        Assert.Equal("USAGOV", In(mentions, 0, "National Security Advisor Jon Corr").Code.Value);
        Assert.Equal("USAGOV", In(mentions, 1, "National Security Advisor Corr").Code.Value);
    }

    [Fact]
    public void The_same_name_as_the_foreign_holder_stays_the_foreigner_s()
    {
        // "Advisor Amir" after "Israeli National Security Advisor Dov Amir" is Amir, whoever published it.
        var mentions = At(WhiteHouse, null, AdvisersSpoke,
            "Advisor/PROPN/2/compound Amir/PROPN/3/nsubj agreed/VERB/0/root ./PUNCT/3/punct");
        Assert.NotEqual("USAGOV", In(mentions, 1, "Advisor Amir").Code.Value);
    }

    [Fact]
    public void A_second_named_president_beside_the_publisher_s_is_another_country_s()
    {
        // A state has one president: beside "President Biden" (USA by the people dictionary), "President Xolani" is not.
        var mentions = At(WhiteHouse, null,
            "President/PROPN/2/compound Xolani/PROPN/5/nsubj and/CCONJ/4/cc President/PROPN/4/compound Biden/PROPN/2/conj spoke/VERB/0/root ./PUNCT/5/punct");
        Assert.Equal("---GOV", In(mentions, 0, "President Xolani").Code.Value);
        // A named official of a many-holder office is the publisher's: "Senator Coons".
        var senator = In(At(WhiteHouse, null,
            "Senator/PROPN/2/compound Coons/PROPN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct"), 0, "Senator Coons");
        Assert.Equal("USALEG", senator.Code.Value);
    }

    [Fact]
    public void A_named_person_takes_the_country_of_a_fuller_mention_of_the_same_name()
    {
        // "President Xolani" after "Ghanaian President Kofi Xolani Mensah": the name need not be the last word
        // (family names first: "President Yoon" after "President Yoon Suk Yeol"). On any site.
        var mentions = At(Wikinews, null,
            "Ghanaian/ADJ/5/amod President/PROPN/5/compound Kofi/PROPN/5/compound Xolani/PROPN/5/compound Mensah/PROPN/6/nsubj spoke/VERB/0/root ./PUNCT/6/punct",
            StormHit,
            "President/PROPN/2/compound Xolani/PROPN/3/nsubj agreed/VERB/0/root ./PUNCT/3/punct");
        var xolani = In(mentions, 2, "President Xolani");
        Assert.Equal("GHAGOV", xolani.Code.Value);
        Assert.Contains(xolani.Evidence, e => e.StartsWith(PublisherCountryPass.NameNotePrefix + "'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capitalised_title_only_phrase_finds_its_holder()
    {
        // Government texts capitalise titles: "the Prime Minister" is the prime minister the article named.
        var mentions = At(WhiteHouse, null,
            "Ghanaian/ADJ/4/amod Prime/PROPN/3/compound Minister/PROPN/4/compound Mensah/PROPN/5/nsubj spoke/VERB/0/root ./PUNCT/5/punct",
            "the/DET/3/det Prime/PROPN/3/compound Minister/PROPN/4/nsubj agreed/VERB/0/root ./PUNCT/4/punct");
        var pm = In(mentions, 1, "Prime Minister");
        Assert.Equal("GHAGOV", pm.Code.Value);
        Assert.Contains(pm.Evidence, e => e.StartsWith("coreference: 'Prime Minister'", StringComparison.Ordinal));
    }
    [Fact]
    public void A_named_holder_of_a_many_holder_office_beside_a_foreign_holder_is_the_publisher_s()
    {
        // "National Security Advisor Jake Sullivan met National Security Advisor Suh Hoon of Korea and Minister Kitamura
        // of Japan.": two people hold the title, each of their own state; the foreigner's country does not keep
        // Sullivan open.
        var mentions = At(WhiteHouse, null,
            "National/PROPN/3/compound Security/PROPN/3/compound Advisor/PROPN/5/compound Jake/PROPN/5/compound Sullivan/PROPN/6/nsubj met/VERB/0/root " +
            "National/PROPN/9/compound Security/PROPN/9/compound Advisor/PROPN/11/compound Suh/PROPN/11/compound Hoon/PROPN/6/obj of/ADP/13/case Korea/PROPN/11/nmod " +
            "and/CCONJ/16/cc Minister/PROPN/16/compound Kitamura/PROPN/11/conj of/ADP/18/case Japan/PROPN/16/nmod ./PUNCT/6/punct");
        Assert.Equal("USAGOV", In(mentions, 0, "National Security Advisor Jake Sullivan").Code.Value);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Hoon", StringComparison.Ordinal) && m.Code.Primary == "USA");
        // A single holder's office stays with the rule above: a second named president is another state's.
        var presidents = At(WhiteHouse, null,
            "President/PROPN/2/compound Xolani/PROPN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct",
            "President/PROPN/2/compound Mensah/PROPN/3/nsubj agreed/VERB/0/root ./PUNCT/3/punct");
        Assert.Equal("---GOV", In(presidents, 1, "President Mensah").Code.Value);
    }

    [Fact]
    public void The_capitalised_words_of_a_title_are_not_a_name()
    {
        // "The National Security Advisor agreed." names no one: "National Security" belongs to the title, so the
        // phrase is no named foreigner holding Sullivan's title.
        var mentions = At(WhiteHouse, null,
            "National/PROPN/3/compound Security/PROPN/3/compound Advisor/PROPN/5/compound Jake/PROPN/5/compound Sullivan/PROPN/6/nsubj spoke/VERB/0/root ./PUNCT/6/punct",
            "the/DET/4/det National/PROPN/4/compound Security/PROPN/4/compound Advisor/PROPN/5/nsubj agreed/VERB/0/root ./PUNCT/5/punct");
        Assert.Equal("USAGOV", In(mentions, 0, "National Security Advisor Jake Sullivan").Code.Value);
    }
    [Fact]
    public void A_bare_title_whose_named_holder_is_the_publisher_s_own_takes_the_publisher_s_country()
    {
        // "National Security Advisor Jake Sullivan spoke. The National Security Advisor agreed.": the only named holder
        // of the title gets the publisher's country in this pass, so the bare title later is the same official.
        const string Sullivan =
            "National/PROPN/3/compound Security/PROPN/3/compound Advisor/PROPN/5/compound Jake/PROPN/5/compound Sullivan/PROPN/6/nsubj spoke/VERB/0/root ./PUNCT/6/punct";
        const string BareTitle =
            "the/DET/4/det National/PROPN/4/compound Security/PROPN/4/compound Advisor/PROPN/5/nsubj agreed/VERB/0/root ./PUNCT/5/punct";
        var bare = In(At(WhiteHouse, null, Sullivan, BareTitle), 1, "National Security Advisor");
        Assert.Equal("USAGOV", bare.Code.Value);
        Assert.Contains(bare.Evidence, e => e.Contains("the article's holder of the title, 'National Security Advisor Jake Sullivan', is its own", StringComparison.Ordinal));
        // Another country's named holder in the article leaves the bare title open: it may be either.
        var withForeigner = At(WhiteHouse, null,
            "National/PROPN/3/compound Security/PROPN/3/compound Advisor/PROPN/5/compound Jake/PROPN/5/compound Sullivan/PROPN/6/nsubj spoke/VERB/0/root " +
            "with/ADP/13/case Israeli/ADJ/13/amod National/PROPN/10/compound Security/PROPN/10/compound Advisor/PROPN/13/compound Meir/PROPN/13/compound " +
            "Ben/PROPN/13/flat Shabbat/PROPN/6/obl ./PUNCT/6/punct",
            BareTitle);
        Assert.Equal("---GOV", In(withForeigner, 1, "National Security Advisor").Code.Value);
    }

    [Fact]
    public void The_same_name_again_is_no_foreign_holder_of_the_title()
    {
        // A fact sheet's list repeats "Deputy Secretary Sherman" line after line: each is the same official.
        var mentions = At(WhiteHouse, null,
            "Deputy/PROPN/3/compound Secretary/PROPN/3/compound Sherman/PROPN/4/nsubj called/VERB/0/root ./PUNCT/4/punct",
            "Deputy/PROPN/3/compound Secretary/PROPN/3/compound Sherman/PROPN/4/nsubj met/VERB/0/root ./PUNCT/4/punct");
        Assert.Equal("USAGOV", In(mentions, 0, "Deputy Secretary Sherman").Code.Value);
        Assert.Equal("USAGOV", In(mentions, 1, "Deputy Secretary Sherman").Code.Value);
    }

    [Fact]
    public void A_state_named_after_the_title_is_no_holder_s_name()
    {
        // "the Secretary General of Japan spoke. Secretary General Akiba agreed.": "Japan" names the office's state,
        // so the Japanese holder is no differently named person, and Akiba is not taken for the publisher's.
        var mentions = At(WhiteHouse, null,
            "the/DET/3/det Secretary/PROPN/3/compound General/PROPN/6/nsubj of/ADP/5/case Japan/PROPN/3/nmod spoke/VERB/0/root ./PUNCT/6/punct",
            "Secretary/PROPN/3/compound General/PROPN/3/compound Akiba/PROPN/4/nsubj agreed/VERB/0/root ./PUNCT/4/punct");
        Assert.NotEqual("USA", In(mentions, 1, "Secretary General Akiba").Code.Primary);
    }
}
