using Casus.Actors;
using Casus.Document;
using static Casus.Tests.Actors.Discourse.DiscourseArticles;

namespace Casus.Tests.Actors.Discourse;

/// <summary>A group phrase the body leaves open takes the parties a government's readout or joint statement names in
/// its headline (docs/formats/actors.md, "Groups", "The headline's parties"), on hand-built parsed articles.</summary>
public class HeadlinePartiesTests
{
    private const string WhiteHouse = "https://www.whitehouse.gov/briefing-room/statements-releases/2022/01/18/readout/";

    // The body names no leader at all: only the headline can say who "the two leaders" are.
    private const string TheTwoLeadersDiscussedRussia =
        "The/DET/3/det two/NUM/3/nummod leaders/NOUN/4/nsubj discussed/VERB/0/root Russia/PROPN/4/obj ./PUNCT/4/punct";
    private const string TheLeadersDiscussedRussia =
        "The/DET/2/det leaders/NOUN/3/nsubj discussed/VERB/0/root Russia/PROPN/3/obj ./PUNCT/3/punct";

    private static Mention Group(string url, string title, string sentence)
    {
        var article = BuildTitled(url, title, sentence);
        ActorStage.CreateDefault().Process(article);
        return Assert.Single(article.Mentions, m => m.Text == "leaders");
    }

    private static string[] Members(Mention m) => m.Members?.Select(x => x.Code.Value).ToArray() ?? [];

    [Fact]
    public void A_readouts_pair_is_its_own_leader_and_the_headlines_holder()
    {
        var leaders = Group(WhiteHouse, "Readout of President Biden’s Call with President Sauli Niinistö of Finland", TheTwoLeadersDiscussedRussia);
        Assert.Equal(["USAGOV", "FINGOV"], Members(leaders));
        Assert.Contains("a party the headline names", leaders.Members![1].Evidence[0]);
    }

    [Fact]
    public void A_joint_statements_speakers_are_the_states_before_its_topic()
    {
        Assert.Equal(["MEXGOV", "USAGOV"], Members(Group(WhiteHouse, "Joint Statement from Mexico and the United States", TheLeadersDiscussedRussia)));
        // "on Israel": the statement's topic, not a party; the publisher alone is no group.
        Assert.Empty(Members(Group(WhiteHouse, "Joint Statement on Israel", TheLeadersDiscussedRussia)));
    }

    // "The two delegations" of a joint statement are its speakers'; of a readout they may be two others' (talks the
    // readout reports), so a readout's headline settles no sides.
    [Fact]
    public void Sides_only_of_a_joint_statement()
    {
        const string TheTwoDelegationsMet =
            "The/DET/3/det two/NUM/3/nummod delegations/NOUN:NNS/4/nsubj met/VERB/0/root ./PUNCT/4/punct";
        string[] Delegations(string title)
        {
            var article = BuildTitled(WhiteHouse, title, TheTwoDelegationsMet);
            ActorStage.CreateDefault().Process(article);
            // An open group of sides is no mention at all.
            return article.Mentions.SingleOrDefault(m => m.Text == "delegations") is { } d ? Members(d) : [];
        }
        Assert.Equal(["MEXGOV", "USAGOV"], Delegations("Joint Statement from Mexico and the United States"));
        Assert.Empty(Delegations("Readout of President Biden’s Call with President Sauli Niinistö of Finland"));
    }

    // The body names the guest, a titled person of the opposition: "both leaders" are the host's government and the
    // guest's opposition, not the two states' governments the headline would give.
    [Fact]
    public void An_opposition_leader_the_body_names_is_a_member_as_himself()
    {
        var article = BuildTitled(WhiteHouse, "Readout of President Biden’s Meeting with President-Elect Edmundo Gonzalez Urrutia of Venezuela",
            "President/PROPN/2/compound Biden/PROPN/3/nsubj welcomed/VERB/0/root President/PROPN/7/compound -/PUNCT/6/punct elect/ADJ/7/amod Edmundo/PROPN/3/obj Gonzalez/PROPN/7/flat Urrutia/PROPN/7/flat ./PUNCT/3/punct",
            "Both/DET/2/det leaders/NOUN/3/nsubj agreed/VERB/0/root ./PUNCT/3/punct");
        ActorStage.CreateDefault().Process(article);
        var leaders = Assert.Single(article.Mentions, m => m.Text == "leaders");
        Assert.Equal(["USAGOV", "VENOPP"], Members(leaders));
        Assert.DoesNotContain("a party the headline names", leaders.Members![1].Evidence[0]);
        // "the Venezuelan opposition" is a movement, no leader: the headline's two governments stay the pair.
        var movement = BuildTitled(WhiteHouse, "Readout of President Biden’s Meeting with President Nicolás Maduro of Venezuela",
            "President/PROPN/2/compound Biden/PROPN/3/nsubj welcomed/VERB/0/root the/DET/6/det Venezuelan/ADJ/6/amod opposition/NOUN/3/obj ./PUNCT/3/punct",
            "Both/DET/2/det leaders/NOUN/3/nsubj agreed/VERB/0/root ./PUNCT/3/punct");
        ActorStage.CreateDefault().Process(movement);
        Assert.Equal(["USAGOV", "VENGOV"], Members(Assert.Single(movement.Mentions, m => m.Text == "leaders")));
        // Nor is an opposition figure named without a title, in passing.
        var passing = BuildTitled(WhiteHouse, "Readout of President Biden’s Meeting with President Nicolás Maduro of Venezuela",
            "President/PROPN/2/compound Biden/PROPN/3/nsubj raised/VERB/0/root Edmundo/PROPN/3/obj Gonzalez/PROPN/4/flat Urrutia/PROPN/4/flat ./PUNCT/3/punct",
            "Both/DET/2/det leaders/NOUN/3/nsubj agreed/VERB/0/root ./PUNCT/3/punct");
        ActorStage.CreateDefault().Process(passing);
        Assert.Equal(["USAGOV", "VENGOV"], Members(Assert.Single(passing.Mentions, m => m.Text == "leaders")));
    }

    // The headline's holder holds a party office: the body names him with his party's code, and the pair is the
    // publisher's government and his party, not Japan's government.
    [Fact]
    public void A_headline_holder_the_body_names_as_a_party_officer_is_a_member_as_such()
    {
        const string Title = "Readout of National Security Advisor Jake Sullivan’s Meeting with Secretary General of the Liberal Democratic Party of Japan MOTEGI Toshimitsu";
        const string BothOfficialsAgreed = "Both/DET/2/det officials/NOUN/3/nsubj agreed/VERB/0/root ./PUNCT/3/punct";
        string[] Officials(string name)
        {
            var article = BuildTitled(WhiteHouse, Title,
                "Sullivan/PROPN/2/nsubj met/VERB/0/root LDP/PROPN/6/compound Secretary/PROPN/6/compound General/PROPN/6/compound "
                + name + " ./PUNCT/2/punct",
                BothOfficialsAgreed);
            ActorStage.CreateDefault().Process(article);
            return Members(Assert.Single(article.Mentions, m => m.Text == "officials"));
        }
        Assert.Equal(["USAGOV", "JPNPTYLDP"], Officials("MOTEGI/PROPN/2/obj Toshimitsu/PROPN/6/flat"));
        // Another name in the body is not the headline's holder: the party stays the country's government.
        Assert.Equal(["USAGOV", "JPNGOV"], Officials("KISHIDA/PROPN/2/obj Fumio/PROPN/6/flat"));
    }

    [Fact]
    public void As_many_parties_as_the_phrase_says()
        => Assert.Empty(Members(Group(WhiteHouse,
            "Readout of the Meeting of President Macron of France, Chancellor Scholz of Germany and President Biden", TheTwoLeadersDiscussedRussia)));

    // Advisers and officials are groups too; the body names only ministers as such members, so a readout's pair of
    // national security advisers is the headline's.
    [Fact]
    public void The_two_national_security_advisors_are_the_headlines_pair()
    {
        var article = BuildTitled(WhiteHouse, "Readout of National Security Advisor Jake Sullivan’s Call with National Security Advisor Ajit Doval of India",
            "The/DET/5/det two/NUM/5/nummod National/PROPN/4/amod Security/PROPN/5/compound Advisors/NOUN/6/nsubj agreed/VERB/0/root ./PUNCT/6/punct");
        ActorStage.CreateDefault().Process(article);
        var advisors = Assert.Single(article.Mentions, m => m.Text.EndsWith("Advisors", StringComparison.Ordinal));
        Assert.Equal(["USAGOV", "INDGOV"], Members(advisors));
    }

    [Fact]
    public void Only_on_a_governments_own_site()
        => Assert.Empty(Members(Group("https://en.wikinews.org/wiki/X", "Readout of President Biden’s Call with President Sauli Niinistö of Finland",
            TheTwoLeadersDiscussedRussia)));
}
