using Casus.Actors;
using Casus.Actors.Context;
using Casus.Coding;
using Casus.Document;
using static Casus.Tests.Actors.Discourse.DiscourseArticles;

namespace Casus.Tests.Actors.Discourse;

/// <summary>Group phrases that sum up actors the article has named ("the two leaders", "both sides"; docs/formats/
/// actors.md, "Groups"), on hand-built parsed articles, and the coder's one event per member.</summary>
public class GroupTests
{
    private const string BidenMetKishida =
        "President/PROPN/2/compound Biden/PROPN/3/nsubj met/VERB/0/root Prime/PROPN/5/compound Minister/PROPN/6/compound Kishida/PROPN/3/obj ./PUNCT/3/punct";
    private const string TheTwoLeadersCondemnedNorthKorea =
        "The/DET/3/det two/NUM/3/nummod leaders/NOUN/4/nsubj condemned/VERB/0/root North/PROPN/6/compound Korea/PROPN/4/obj ./PUNCT/4/punct";

    private static Article Coded(params string[] sentences)
    {
        var article = Build(sentences);
        ActorStage.CreateDefault().Process(article);
        CodingStage.CreateDefault().Process(article);
        return article;
    }

    private static string[] Events(Article article) =>
        article.Events.Select(e => $"{e.Source.Code} {(e.Target is { } t ? t.Code.Value : "-")} {e.Code}").ToArray();

    private static Mention Group(Article article, string word) => Assert.Single(article.Mentions, m => m.Text == word);

    private const string SullivanMetAkiba =
        "US/PROPN/6/compound National/PROPN/4/compound Security/PROPN/4/compound Advisor/PROPN/6/compound Jake/PROPN/6/compound Sullivan/PROPN/7/nsubj met/VERB/0/root "
        + "Japanese/ADJ/13/amod National/PROPN/11/compound Security/PROPN/11/compound Advisor/PROPN/13/compound Akiba/PROPN/13/compound Takeo/PROPN/7/obj ./PUNCT/7/punct";
    private const string TheTwoOfficialsCondemnedNorthKorea =
        "The/DET/3/det two/NUM/3/nummod officials/NOUN/4/nsubj condemned/VERB/0/root North/PROPN/6/compound Korea/PROPN/4/obj ./PUNCT/4/punct";

    // "Officials" sum up persons of any title: an adviser's readout calls the two advisers "the two officials".
    [Fact]
    public void The_two_officials_are_the_two_advisers_the_article_named()
    {
        var article = Coded(SullivanMetAkiba, TheTwoOfficialsCondemnedNorthKorea);
        var officials = Group(article, "officials");
        Assert.NotNull(officials.Members);
        Assert.Equal(["USAGOV", "JPNGOV"], officials.Members!.Select(m => m.Code.Value));
    }

    // Heads of state or government are leaders, not officials: "the two officials" after a sentence naming only
    // President Biden and Prime Minister Kishida stays open.
    [Fact]
    public void The_two_officials_are_not_two_leaders()
    {
        var article = Coded(BidenMetKishida, TheTwoOfficialsCondemnedNorthKorea);
        Assert.Null(Group(article, "officials").Members);
    }

    // A third state in the members' sentence may hold one of the officials whom no title made a person: the group
    // stays open rather than taking the two.
    [Fact]
    public void Officials_stay_open_when_their_sentence_names_a_third_state()
    {
        const string SullivanMetAkibaAboutRussia =
            "US/PROPN/6/compound National/PROPN/4/compound Security/PROPN/4/compound Advisor/PROPN/6/compound Jake/PROPN/6/compound Sullivan/PROPN/7/nsubj met/VERB/0/root "
            + "Japanese/ADJ/13/amod National/PROPN/11/compound Security/PROPN/11/compound Advisor/PROPN/13/compound Akiba/PROPN/13/compound Takeo/PROPN/7/obj "
            + "about/ADP/15/case Russia/PROPN/7/obl ./PUNCT/7/punct";
        var article = Coded(SullivanMetAkibaAboutRussia, TheTwoOfficialsCondemnedNorthKorea);
        Assert.Null(Group(article, "officials").Members);
    }

    // No country after the head: a country named there gives the unresolved title words its security forces.
    private const string TheTwoNationalSecurityAdvisorsCondemnedTheAttack =
        "The/DET/5/det two/NUM/5/nummod National/PROPN/4/compound Security/PROPN/5/compound Advisors/PROPN/6/nsubj condemned/VERB/0/root "
        + "the/DET/8/det attack/NOUN/6/obj ./PUNCT/6/punct";

    // Advisers are persons titled adviser, title words before the head: "the two National Security Advisors" are the
    // two advisers the article has just named.
    [Fact]
    public void The_two_national_security_advisors_are_the_two_advisers_the_article_named()
    {
        var article = Coded(SullivanMetAkiba, TheTwoNationalSecurityAdvisorsCondemnedTheAttack);
        var advisers = Group(article, "National Security Advisors");
        Assert.NotNull(advisers.Members);
        Assert.Equal(["USAGOV", "JPNGOV"], advisers.Members!.Select(m => m.Code.Value));
    }

    // Advisers keep the officials' guard: a third state in the members' sentence leaves the group open.
    [Fact]
    public void Advisors_stay_open_when_their_sentence_names_a_third_state()
    {
        const string SullivanMetAkibaAboutRussia =
            "US/PROPN/6/compound National/PROPN/4/compound Security/PROPN/4/compound Advisor/PROPN/6/compound Jake/PROPN/6/compound Sullivan/PROPN/7/nsubj met/VERB/0/root "
            + "Japanese/ADJ/13/amod National/PROPN/11/compound Security/PROPN/11/compound Advisor/PROPN/13/compound Akiba/PROPN/13/compound Takeo/PROPN/7/obj "
            + "about/ADP/15/case Russia/PROPN/7/obl ./PUNCT/7/punct";
        var article = Coded(SullivanMetAkibaAboutRussia, TheTwoNationalSecurityAdvisorsCondemnedTheAttack);
        Assert.Null(Group(article, "National Security Advisors").Members);
    }

    // Leaders are no advisers: "both advisers" after a sentence naming only President Biden and Prime Minister
    // Kishida stays open.
    [Fact]
    public void Advisers_are_not_two_leaders()
    {
        var article = Coded(BidenMetKishida,
            "Both/DET/2/det advisers/NOUN/3/nsubj condemned/VERB/0/root North/PROPN/5/compound Korea/PROPN/3/obj ./PUNCT/3/punct");
        Assert.Null(Group(article, "advisers").Members);
    }

    [Fact]
    public void The_two_leaders_are_the_pair_the_article_named()
    {
        var article = Coded(BidenMetKishida, TheTwoLeadersCondemnedNorthKorea);
        var leaders = Group(article, "leaders");
        Assert.NotNull(leaders.Members);
        Assert.Equal(["USAGOV", "JPNGOV"], leaders.Members!.Select(m => m.Code.Value));
        Assert.StartsWith("group: 'The two leaders' member 1 of 2 → 'President Biden' (sentence 0) → USAGOV", leaders.Members![0].Evidence[0]);
    }

    // A nearer sentence names another pair that is not the article's main one (Egypt named as often as Japan): "the
    // two leaders" are then the pair of the article's head, as a readout names it in its first sentence. "Both
    // sides" stays open in the same place: talks a readout mentions are as often between two others.
    [Fact]
    public void The_two_leaders_no_nearby_sentence_settles_are_the_pair_of_the_head()
    {
        const string BidenThankedEgyptianPresident =
            "President/PROPN/2/compound Biden/PROPN/3/nsubj thanked/VERB/0/root the/DET/6/det Egyptian/ADJ/6/amod President/PROPN/3/obj ./PUNCT/3/punct";
        var article = Coded(BidenMetKishida, BidenThankedEgyptianPresident, TheTwoLeadersCondemnedNorthKorea);
        var leaders = Group(article, "leaders");
        Assert.NotNull(leaders.Members);
        Assert.Equal(["USAGOV", "JPNGOV"], leaders.Members!.Select(m => m.Code.Value));
        var sides = Coded(BidenMetKishida, BidenThankedEgyptianPresident,
            "Both/DET/2/det sides/NOUN/3/nsubj held/VERB/0/root talks/NOUN/3/obj ./PUNCT/3/punct");
        Assert.DoesNotContain(sides.Mentions, m => m.Text == "sides" && m.Members != null);
    }

    // "President Jose Ramos of the Philippines" ends in a plural name (NNPS) but is one leader: the head before the
    // of-phrase decides.
    [Fact]
    public void A_leader_whose_country_ends_in_a_plural_name_is_a_member()
    {
        var article = Coded(
            "President/PROPN/2/compound Biden/PROPN/3/nsubj met/VERB/0/root President/PROPN/6/compound Jose/PROPN/6/flat Ramos/PROPN/3/obj of/ADP/9/case the/DET/9/det Philippines/PROPN:NNPS/6/nmod ./PUNCT/3/punct",
            TheTwoLeadersCondemnedNorthKorea);
        var leaders = Group(article, "leaders");
        Assert.NotNull(leaders.Members);
        Assert.Equal(["USAGOV", "PHLGOV"], leaders.Members!.Select(m => m.Code.Value));
    }

    [Fact]
    public void A_group_source_acts_as_each_member()
    {
        var events = Events(Coded(BidenMetKishida, TheTwoLeadersCondemnedNorthKorea));
        Assert.Contains("USAGOV PRK 111", events);
        Assert.Contains("JPNGOV PRK 111", events);
        Assert.DoesNotContain(events, e => e.StartsWith("---", StringComparison.Ordinal));
    }

    [Fact]
    public void A_group_source_of_a_symmetric_act_acts_on_each_other_member()
    {
        var events = Events(Coded(BidenMetKishida,
            "Both/DET/2/det leaders/NOUN/3/nsubj held/VERB/0/root talks/NOUN/3/obj ./PUNCT/3/punct"));
        Assert.Contains("USAGOV JPNGOV 040", events.Skip(1));
        Assert.Contains("JPNGOV USAGOV 040", events.Skip(1));
        Assert.Equal(3, events.Length);
    }

    [Fact]
    public void Both_sides_becomes_a_mention_of_the_two_countries()
    {
        var article = Coded(
            "Russia/PROPN/4/nsubj and/CCONJ/3/cc Ukraine/PROPN/1/conj met/VERB/0/root in/ADP/6/case Istanbul/PROPN/4/obl ./PUNCT/4/punct",
            "Both/DET/2/det sides/NOUN/3/nsubj condemned/VERB/0/root the/DET/5/det rebels/NOUN/3/obj ./PUNCT/3/punct");
        var sides = Group(article, "sides");
        Assert.Equal(["RUS", "UKR"], sides.Members!.Select(m => m.Code.Value));
        Assert.Contains("RUS ---REB 111", Events(article));
        Assert.Contains("UKR ---REB 111", Events(article));
    }

    [Fact]
    public void Governments_take_the_government_of_each_country()
    {
        var article = Coded(
            "Russia/PROPN/4/nsubj and/CCONJ/3/cc Ukraine/PROPN/1/conj met/VERB/0/root in/ADP/6/case Istanbul/PROPN/4/obl ./PUNCT/4/punct",
            "The/DET/3/det two/NUM/3/nummod governments/NOUN/4/nsubj condemned/VERB/0/root the/DET/6/det rebels/NOUN/4/obj ./PUNCT/4/punct");
        Assert.Equal(["RUSGOV", "UKRGOV"], Group(article, "governments").Members!.Select(m => m.Code.Value));
    }

    [Fact]
    public void Three_countries_are_no_pair()
    {
        var article = Coded(
            "President/PROPN/2/compound Biden/PROPN/3/nsubj met/VERB/0/root Prime/PROPN/5/compound Minister/PROPN/6/compound Kishida/PROPN/3/obj and/CCONJ/10/cc President/PROPN/9/compound Macron/PROPN/6/conj ./PUNCT/3/punct",
            TheTwoLeadersCondemnedNorthKorea);
        Assert.Null(Group(article, "leaders").Members);
        Assert.Contains("---GOV PRK 111", Events(article));
    }

    [Fact]
    public void A_leader_named_in_passing_does_not_make_the_pair()
    {
        // The sentence before names Japan's and Russia's leaders; Russia's is no less named than the United States', so
        // that sentence's pair is not taken. "The two leaders" are the pair of the article's head (was: left open).
        var article = Coded(BidenMetKishida,
            "Kishida/PROPN/2/nsubj criticized/VERB/0/root President/PROPN/4/compound Putin/PROPN/2/obj ./PUNCT/2/punct",
            TheTwoLeadersCondemnedNorthKorea);
        Assert.Equal(["USAGOV", "JPNGOV"], Group(article, "leaders").Members!.Select(m => m.Code.Value));
    }

    [Fact]
    public void Leaders_with_a_modifier_or_no_determiner_are_no_group_of_the_article()
    {
        var world = Coded(BidenMetKishida,
            "World/NOUN/2/compound leaders/NOUN/3/nsubj condemned/VERB/0/root North/PROPN/5/compound Korea/PROPN/3/obj ./PUNCT/3/punct");
        Assert.DoesNotContain(world.Mentions, m => m.Members != null);
        var ofAfrica = Coded(BidenMetKishida,
            "The/DET/2/det leaders/NOUN/5/nsubj of/ADP/4/case Africa/PROPN/2/nmod condemned/VERB/0/root North/PROPN/7/compound Korea/PROPN/5/obj ./PUNCT/5/punct");
        Assert.DoesNotContain(ofAfrica.Mentions, m => m.Members != null);
    }

    [Fact]
    public void Ministers_are_the_ministers_the_article_named_not_the_leaders()
    {
        var article = Coded(BidenMetKishida,
            "Foreign/PROPN/2/compound Minister/PROPN/3/compound Lavrov/PROPN/4/nsubj met/VERB/0/root Secretary/PROPN/6/compound Blinken/PROPN/4/obj ./PUNCT/4/punct",
            "The/DET/3/det two/NUM/3/nummod ministers/NOUN/4/nsubj condemned/VERB/0/root North/PROPN/6/compound Korea/PROPN/4/obj ./PUNCT/4/punct");
        Assert.Equal(["RUSGOV", "USAGOV"], Group(article, "ministers").Members!.Select(m => m.Code.Value));
    }

    [Fact]
    public void A_seat_of_government_is_no_leader()
    {
        // "Rome" reads as Italy's government, but the sentence names one leader only, at a place.
        var article = Coded(
            "President/PROPN/2/compound Macron/PROPN/3/nsubj spoke/VERB/0/root in/ADP/5/case Rome/PROPN/3/obl ./PUNCT/3/punct",
            TheTwoLeadersCondemnedNorthKorea);
        Assert.Null(Group(article, "leaders").Members);
    }

    [Fact]
    public void A_group_target_is_acted_on_as_each_member()
    {
        var events = Events(Coded(BidenMetKishida,
            "Biden/PROPN/2/nsubj thanked/VERB/0/root Kishida/PROPN/2/obj ./PUNCT/2/punct",
            "President/PROPN/2/compound Macron/PROPN/3/nsubj praised/VERB/0/root both/DET/5/det leaders/NOUN/3/obj ./PUNCT/3/punct"));
        Assert.Contains("FRAGOV USAGOV 051", events);
        Assert.Contains("FRAGOV JPNGOV 051", events);
        Assert.DoesNotContain(events, e => e.StartsWith("FRAGOV ---", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_words_before_ministers_keep_the_group_and_say_its_kind()
    {
        const string LavrovMetBlinken =
            "Foreign/PROPN/2/compound Minister/PROPN/3/compound Lavrov/PROPN/4/nsubj met/VERB/0/root Secretary/PROPN/6/compound Blinken/PROPN/4/obj ./PUNCT/4/punct";
        var foreign = Coded(BidenMetKishida, LavrovMetBlinken,
            "The/DET/4/det two/NUM/4/nummod foreign/ADJ/4/amod ministers/NOUN/5/nsubj condemned/VERB/0/root North/PROPN/7/compound Korea/PROPN/5/obj ./PUNCT/5/punct");
        Assert.Equal(["RUSGOV", "USAGOV"], foreign.Mentions.Single(m => m.Members != null).Members!.Select(m => m.Code.Value));
        // "prime" makes them heads of government: the leaders, not the ministers named since.
        var prime = Coded(BidenMetKishida,
            "Both/DET/3/det prime/ADJ/3/amod ministers/NOUN/4/nsubj condemned/VERB/0/root North/PROPN/6/compound Korea/PROPN/4/obj ./PUNCT/4/punct");
        Assert.Equal(["USAGOV", "JPNGOV"], prime.Mentions.Single(m => m.Members != null).Members!.Select(m => m.Code.Value));
        // A word that is no title still says which ministers ("the two Arab ministers").
        var arab = Coded(BidenMetKishida, LavrovMetBlinken,
            "The/DET/4/det two/NUM/4/nummod Arab/ADJ/4/amod ministers/NOUN/5/nsubj condemned/VERB/0/root North/PROPN/7/compound Korea/PROPN/5/obj ./PUNCT/5/punct");
        Assert.DoesNotContain(arab.Mentions, m => m.Members != null);
    }

    [Fact]
    public void Heads_of_state_are_the_leaders_the_article_named()
    {
        var article = Coded(BidenMetKishida,
            "The/DET/2/det heads/NOUN/5/nsubj of/ADP/4/case state/NOUN/2/nmod condemned/VERB/0/root North/PROPN/7/compound Korea/PROPN/5/obj ./PUNCT/5/punct");
        var group = Assert.Single(article.Mentions, m => m.Members != null);
        Assert.Equal(["USAGOV", "JPNGOV"], group.Members!.Select(m => m.Code.Value));
        Assert.Contains("USAGOV PRK 111", Events(article));
        // Any other of-phrase still names other people ("the heads of the agencies").
        var agencies = Coded(BidenMetKishida,
            "The/DET/2/det heads/NOUN/5/nsubj of/ADP/4/case agencies/NOUN/2/nmod condemned/VERB/0/root North/PROPN/7/compound Korea/PROPN/5/obj ./PUNCT/5/punct");
        Assert.DoesNotContain(agencies.Mentions, m => m.Members != null);
    }

    [Fact]
    public void Ministers_named_several_at_once_leave_the_group_open()
    {
        // "his Greek and French counterparts" are ministers the article does not count one by one: "the foreign
        // ministers" after it are more than the two named singly.
        var article = Coded(
            "Egyptian/ADJ/3/amod foreign/ADJ/3/amod minister/NOUN/4/compound Shoukry/PROPN/10/nsubj and/CCONJ/9/cc his/PRON/9/nmod:poss Greek/ADJ/9/amod and/CCONJ/8/cc French/ADJ/6/conj counterparts/NOUN/4/conj met/VERB/0/root ./PUNCT/10/punct",
            "Italian/ADJ/3/amod foreign/ADJ/3/amod minister/NOUN/4/compound Di/PROPN/5/flat Maio/PROPN/6/nsubj joined/VERB/0/root ./PUNCT/6/punct",
            "The/DET/3/det foreign/ADJ/3/amod ministers/NOUN/4/nsubj condemned/VERB/0/root North/PROPN/6/compound Korea/PROPN/4/obj ./PUNCT/4/punct");
        Assert.DoesNotContain(article.Mentions, m => m.Members != null);
    }

    // An agreement names its signatories at its head and "the Parties" for pages: a later sentence naming another pair
    // (Russia's aggression against Ukraine) does not replace them.
    private const string PreambleUsUkraine =
        "The/DET/3/det United/PROPN/3/compound States/PROPN/6/nsubj and/CCONJ/5/cc Ukraine/PROPN/3/conj signed/VERB/0/root an/DET/8/det agreement/NOUN/6/obj ./PUNCT/6/punct";

    [Fact]
    public void The_Parties_are_the_signatories_the_agreement_names_at_its_head()
    {
        var article = Coded(PreambleUsUkraine,
            "Russia/PROPN/2/nsubj attacked/VERB/0/root Ukraine/PROPN/2/obj ./PUNCT/2/punct",
            "Russia/PROPN/2/nsubj threatened/VERB/0/root Ukraine/PROPN/2/obj ./PUNCT/2/punct",
            "The/DET/2/det Parties/PROPN/3/nsubj condemned/VERB/0/root the/DET/5/det rebels/NOUN/3/obj ./PUNCT/3/punct");
        var parties = Group(article, "Parties");
        Assert.NotNull(parties.Members);
        Assert.Equal(["USA", "UKR"], parties.Members!.Select(m => m.Code.Value));
        Assert.Contains("USA ---REB 111", Events(article));
        Assert.Contains("UKR ---REB 111", Events(article));
    }

    [Fact]
    public void The_Parties_need_signatories_near_the_head()
    {
        var article = Coded(
            "The/DET/2/det talks/NOUN/3/nsubj ended/VERB/0/root ./PUNCT/3/punct",
            "Nothing/PRON/2/nsubj changed/VERB/0/root ./PUNCT/2/punct",
            "Observers/NOUN/2/nsubj waited/VERB/0/root ./PUNCT/2/punct",
            PreambleUsUkraine,
            "The/DET/2/det Parties/PROPN/3/nsubj condemned/VERB/0/root the/DET/5/det rebels/NOUN/3/obj ./PUNCT/3/punct");
        Assert.DoesNotContain(article.Mentions, m => m.Members != null);
    }

    // "both parties" in lower case are mostly a country's political parties: no group of the countries named before.
    [Fact]
    public void Lower_case_parties_are_no_group()
    {
        var article = Coded(PreambleUsUkraine,
            "Both/DET/2/det parties/NOUN/3/nsubj condemned/VERB/0/root the/DET/5/det rebels/NOUN/3/obj ./PUNCT/3/punct");
        Assert.DoesNotContain(article.Mentions, m => m.Members != null);
    }

    [Fact]
    public void The_Conference_of_the_Parties_is_no_group()
    {
        var article = Coded(PreambleUsUkraine,
            "The/DET/2/det Conference/PROPN/6/nsubj of/ADP/5/case the/DET/5/det Parties/PROPN/2/nmod condemned/VERB/0/root the/DET/8/det rebels/NOUN/6/obj ./PUNCT/6/punct");
        Assert.DoesNotContain(article.Mentions, m => m.Members != null);
    }

    // A one-sided act on "each other" is the act both ways, for a group the article named as for a compound subject.
    [Fact]
    public void Both_sides_accusing_each_other_accuse_both_ways()
    {
        var events = Events(Coded(
            "Russia/PROPN/4/nsubj and/CCONJ/3/cc Ukraine/PROPN/1/conj met/VERB/0/root in/ADP/6/case Istanbul/PROPN/4/obl ./PUNCT/4/punct",
            "Both/DET/2/det sides/NOUN/3/nsubj accused/VERB/0/root each/DET/3/obj other/ADJ/4/fixed ./PUNCT/3/punct"));
        Assert.Contains("RUS UKR 112", events);
        Assert.Contains("UKR RUS 112", events);
    }

    [Fact]
    public void A_compound_subject_criticising_one_another_criticises_both_ways()
    {
        var events = Events(Coded(
            "Russia/PROPN/4/nsubj and/CCONJ/3/cc Ukraine/PROPN/1/conj criticized/VERB/0/root one/NUM/6/det another/DET/4/obj ./PUNCT/4/punct"));
        Assert.Equal(["RUS UKR 111", "UKR RUS 111"], events.Order());
    }

    // Without "each other" the act has no target to give it: no event either way.
    [Fact]
    public void A_compound_subject_accusing_no_one_named_is_no_pair()
    {
        var events = Events(Coded(
            "Russia/PROPN/4/nsubj and/CCONJ/3/cc Ukraine/PROPN/1/conj accused/VERB/0/root the/DET/6/det press/NOUN/4/obj ./PUNCT/4/punct"));
        Assert.DoesNotContain("RUS UKR 112", events);
        Assert.DoesNotContain("UKR RUS 112", events);
    }

    // A trilateral readout names its three leaders at the top; a later sentence naming two of them (Biden and Macron,
    // while Kishida is named as often as Macron) settles nothing, so "the leaders" are the three of the opening.
    [Fact]
    public void The_leaders_no_nearby_sentence_settles_are_the_three_of_the_head()
    {
        const string BidenMetKishidaAndMacron =
            "President/PROPN/2/compound Biden/PROPN/3/nsubj met/VERB/0/root Prime/PROPN/5/compound Minister/PROPN/6/compound Kishida/PROPN/3/obj and/CCONJ/9/cc President/PROPN/9/compound Macron/PROPN/6/conj ./PUNCT/3/punct";
        const string BidenPraisedMacron =
            "President/PROPN/2/compound Biden/PROPN/3/nsubj praised/VERB/0/root President/PROPN/5/compound Macron/PROPN/3/obj ./PUNCT/3/punct";
        var article = Coded(BidenMetKishidaAndMacron, BidenMetKishida, BidenPraisedMacron, TheLeadersCondemnedNorthKorea);
        Assert.Equal(["USAGOV", "JPNGOV", "FRAGOV"], Group(article, "leaders").Members!.Select(m => m.Code.Value));
        var three = Coded(BidenMetKishidaAndMacron, BidenMetKishida, BidenPraisedMacron,
            "The/DET/3/det three/NUM/3/nummod leaders/NOUN/4/nsubj condemned/VERB/0/root North/PROPN/6/compound Korea/PROPN/4/obj ./PUNCT/4/punct");
        Assert.Equal(["USAGOV", "JPNGOV", "FRAGOV"], Group(three, "leaders").Members!.Select(m => m.Code.Value));
    }

    // A joint statement that opens "We, the leaders of Japan, France and the United States" names its three leaders as
    // one phrase: "the leaders" later are the three countries' governments.
    [Fact]
    public void The_leaders_are_the_three_an_opening_leaders_of_list_names()
    {
        const string WeTheLeadersOfThree =
            "We/PRON/13/nsubj ,/PUNCT/1/punct the/DET/4/det leaders/NOUN:NNS/1/appos of/ADP/6/case Japan/PROPN/4/nmod ,/PUNCT/8/punct France/PROPN/6/conj and/CCONJ/12/cc the/DET/12/det United/PROPN/12/compound States/PROPN:NNPS/6/conj met/VERB/0/root ./PUNCT/13/punct";
        var article = Coded(WeTheLeadersOfThree, TheLeadersCondemnedNorthKorea);
        Assert.Equal(["JPNGOV", "FRAGOV", "USAGOV"], Group(article, "leaders").Members!.Select(m => m.Code.Value));
        var two = Coded(
            "We/PRON/9/nsubj ,/PUNCT/1/punct the/DET/4/det leaders/NOUN:NNS/1/appos of/ADP/6/case Japan/PROPN/4/nmod and/CCONJ/8/cc France/PROPN/6/conj met/VERB/0/root ./PUNCT/9/punct",
            TheLeadersCondemnedNorthKorea);
        Assert.DoesNotContain(two.Mentions, m => m.Text == "leaders" && m.Members != null);
    }

    // An opening of two leaders gives a bare "the leaders" nothing when a nearer sentence names another pair: the
    // group stays open, as before.
    [Fact]
    public void The_leaders_of_a_pair_opening_stay_open_when_nothing_nearby_settles_them()
    {
        const string BidenThankedEgyptianPresident =
            "President/PROPN/2/compound Biden/PROPN/3/nsubj thanked/VERB/0/root the/DET/6/det Egyptian/ADJ/6/amod President/PROPN/3/obj ./PUNCT/3/punct";
        var article = Coded(BidenMetKishida, BidenThankedEgyptianPresident, TheLeadersCondemnedNorthKorea);
        Assert.DoesNotContain(article.Mentions, m => m.Text == "leaders" && m.Members != null);
    }

    // A readout of a meeting of four leaders sums them up as "the leaders" (the Quad, the E3 and the United States).
    [Fact]
    public void The_leaders_may_be_four_a_readout_named()
    {
        var article = Coded(
            "President/PROPN/2/compound Biden/PROPN/3/nsubj met/VERB/0/root Prime/PROPN/5/compound Minister/PROPN/6/compound Kishida/PROPN/3/obj ,/PUNCT/9/punct President/PROPN/9/compound Macron/PROPN/6/conj and/CCONJ/13/cc German/ADJ/12/amod Chancellor/PROPN/13/compound Scholz/PROPN/6/conj ./PUNCT/3/punct",
            "The/DET/2/det leaders/NOUN/3/nsubj condemned/VERB/0/root North/PROPN/5/compound Korea/PROPN/3/obj ./PUNCT/3/punct");
        Assert.Equal(["USAGOV", "JPNGOV", "FRAGOV", "DEUGOV"], Group(article, "leaders").Members!.Select(m => m.Code.Value));
    }

    // Five heads one readout named: President Biden with the leaders of Japan, France, Germany and Canada.
    private const string BidenMetFourLeaders =
        "President/PROPN/2/compound Biden/PROPN/3/nsubj met/VERB/0/root Prime/PROPN/5/compound Minister/PROPN/6/compound Kishida/PROPN/3/obj ,/PUNCT/9/punct President/PROPN/9/compound Macron/PROPN/6/conj ,/PUNCT/13/punct German/ADJ/12/amod Chancellor/PROPN/13/compound Scholz/PROPN/6/conj and/CCONJ/18/cc Canadian/ADJ/18/amod Prime/PROPN/17/compound Minister/PROPN/18/compound Trudeau/PROPN/6/conj ./PUNCT/3/punct";
    private const string TheLeadersCondemnedNorthKorea =
        "The/DET/2/det leaders/NOUN/3/nsubj condemned/VERB/0/root North/PROPN/5/compound Korea/PROPN/3/obj ./PUNCT/3/punct";

    // A readout of a meeting of five (the United States and NATO's four Indo-Pacific partners) sums them up as "the
    // leaders" too, and each acts.
    [Fact]
    public void The_leaders_may_be_five_a_readout_named()
    {
        var article = Coded(BidenMetFourLeaders, TheLeadersCondemnedNorthKorea);
        Assert.Equal(["USAGOV", "JPNGOV", "FRAGOV", "DEUGOV", "CANGOV"], Group(article, "leaders").Members!.Select(m => m.Code.Value));
        Assert.StartsWith("group: 'The leaders' member 5 of 5 → ", Group(article, "leaders").Members![4].Evidence[0]);
        var events = Events(article);
        foreach (var member in new[] { "USAGOV", "JPNGOV", "FRAGOV", "DEUGOV", "CANGOV" }) Assert.Contains($"{member} PRK 111", events);
    }

    [Fact]
    public void The_five_leaders_are_the_five_named()
    {
        var article = Coded(BidenMetFourLeaders,
            "The/DET/3/det five/NUM/3/nummod leaders/NOUN/4/nsubj condemned/VERB/0/root North/PROPN/6/compound Korea/PROPN/4/obj ./PUNCT/4/punct");
        Assert.Equal(5, Group(article, "leaders").Members!.Count);
    }

    // Six heads are a summit's round table, which no readout sums up as one "the leaders": the group stays open.
    [Fact]
    public void The_leaders_of_six_stay_open()
    {
        var article = Coded(
            "President/PROPN/2/compound Biden/PROPN/3/nsubj met/VERB/0/root Prime/PROPN/5/compound Minister/PROPN/6/compound Kishida/PROPN/3/obj ,/PUNCT/9/punct President/PROPN/9/compound Macron/PROPN/6/conj ,/PUNCT/13/punct German/ADJ/12/amod Chancellor/PROPN/13/compound Scholz/PROPN/6/conj ,/PUNCT/18/punct Canadian/ADJ/18/amod Prime/PROPN/17/compound Minister/PROPN/18/compound Trudeau/PROPN/6/conj and/CCONJ/23/cc Italian/ADJ/23/amod Prime/PROPN/22/compound Minister/PROPN/23/compound Meloni/PROPN/6/conj ./PUNCT/3/punct",
            TheLeadersCondemnedNorthKorea);
        Assert.DoesNotContain(article.Mentions, m => m.Members != null);
    }

    // Ministers meet in smaller sets: a bare "the ministers" stays at four.
    [Fact]
    public void The_ministers_of_five_stay_open()
    {
        var article = Coded(
            "Chinese/ADJ/3/amod Foreign/PROPN/3/compound Minister/PROPN/4/nsubj met/VERB/0/root Japanese/ADJ/7/amod Foreign/PROPN/7/compound Minister/PROPN/4/obj ,/PUNCT/11/punct French/ADJ/11/amod Foreign/PROPN/11/compound Minister/PROPN/7/conj ,/PUNCT/15/punct German/ADJ/15/amod Foreign/PROPN/15/compound Minister/PROPN/7/conj and/CCONJ/19/cc Canadian/ADJ/19/amod Foreign/PROPN/19/compound Minister/PROPN/7/conj ./PUNCT/4/punct",
            "The/DET/2/det ministers/NOUN/3/nsubj condemned/VERB/0/root North/PROPN/5/compound Korea/PROPN/3/obj ./PUNCT/3/punct");
        Assert.DoesNotContain(article.Mentions, m => m.Members != null);
    }

    private const string FourCountriesMet =
        "Australia/PROPN/8/nsubj ,/PUNCT/3/punct India/PROPN/1/conj ,/PUNCT/5/punct Japan/PROPN/1/conj and/CCONJ/7/cc Britain/PROPN/1/conj met/VERB/0/root ./PUNCT/8/punct";

    // Four countries one sentence names are as often its topics as the parties to talks: a bare "the countries" stays
    // at three, "the four countries" says four.
    [Fact]
    public void A_bare_the_countries_is_no_four()
    {
        var article = Coded(FourCountriesMet,
            "The/DET/2/det countries/NOUN/3/nsubj condemned/VERB/0/root North/PROPN/5/compound Korea/PROPN/3/obj ./PUNCT/3/punct");
        Assert.DoesNotContain(article.Mentions, m => m.Members != null);
    }

    [Fact]
    public void The_four_countries_are_the_four_named()
    {
        var article = Coded(FourCountriesMet,
            "The/DET/3/det four/NUM/3/nummod countries/NOUN/4/nsubj condemned/VERB/0/root North/PROPN/6/compound Korea/PROPN/4/obj ./PUNCT/4/punct");
        Assert.Equal(["AUS", "IND", "JPN", "GBR"], Group(article, "countries").Members!.Select(m => m.Code.Value));
    }
}
