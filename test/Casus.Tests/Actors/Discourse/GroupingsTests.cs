using Casus.Actors;
using Casus.Actors.Discourse;
using static Casus.Tests.Actors.Discourse.DiscourseArticles;

namespace Casus.Tests.Actors.Discourse;

/// <summary>A grouping with no code of its own (data/actors/groupings.txt: the Quad) before a group word names its
/// members (docs/formats/actors.md, "Groupings without a code"), on hand-built parsed articles.</summary>
public class GroupingsTests
{
    private static string[] Members(string sentence, string head)
    {
        var article = Build(sentence);
        ActorStage.CreateDefault().Process(article);
        return article.Mentions.SingleOrDefault(m => m.Text == head)?.Members?.Select(x => x.Code.Value).ToArray() ?? [];
    }

    [Fact]
    public void The_grouping_s_name_before_a_group_word_names_its_members()
    {
        Assert.Equal(["AUSGOV", "INDGOV", "JPNGOV", "USAGOV"],
            Members("Quad/PROPN/2/compound leaders/NOUN/3/nsubj met/VERB/0/root ./PUNCT/3/punct", "leaders"));
        Assert.Equal(["AUS", "IND", "JPN", "USA"],
            Members("The/DET/3/det Quad/PROPN/3/compound countries/NOUN/4/nsubj met/VERB/0/root ./PUNCT/4/punct", "countries"));
    }

    // "other Quad leaders" are the members the sentence has not named before; when it names none, whom "other" sets
    // apart is unknown and the phrase names nobody.
    [Fact]
    public void Other_members_of_the_grouping_are_those_not_named_before()
    {
        Assert.Equal(["AUSGOV", "INDGOV", "JPNGOV"],
            Members("Biden/PROPN/2/nsubj spoke/VERB/0/root with/ADP/5/case other/ADJ/5/amod Quad/PROPN/6/compound leaders/NOUN/2/obl ./PUNCT/2/punct", "leaders"));
        Assert.Equal(["AUSGOV", "JPNGOV"],
            Members("Biden/PROPN/2/nsubj spoke/VERB/0/root to/ADP/4/case Modi/PROPN/2/obl with/ADP/8/case fellow/ADJ/8/amod Quad/PROPN/8/compound leaders/NOUN/2/obl ./PUNCT/2/punct", "leaders"));
    }

    // "Biden spoke with the other G7 leaders": a grouping with a code of its own acts as the body, "other" or not;
    // its leaders keep the bloc's code rather than the six or nineteen members the sentence does not name.
    [Fact]
    public void Other_leaders_of_a_coded_grouping_keep_its_code()
    {
        var article = Build("Biden/PROPN/2/nsubj spoke/VERB/0/root with/ADP/7/case the/DET/7/det other/ADJ/7/amod G7/PROPN/7/compound leaders/NOUN/2/obl ./PUNCT/2/punct");
        ActorStage.CreateDefault().Process(article);
        var group = Assert.Single(article.Mentions, m => m.Text.EndsWith("leaders", StringComparison.Ordinal));
        Assert.Equal("IGOG07GOV", group.Code.Value);
        Assert.Null(group.Members);
    }

    [Fact]
    public void Other_members_with_none_named_before_name_nobody()
        => Assert.Empty(Members("Officials/NOUN/2/nsubj spoke/VERB/0/root with/ADP/5/case other/ADJ/5/amod Quad/PROPN/6/compound leaders/NOUN/2/obl ./PUNCT/2/punct", "leaders"));

    [Fact]
    public void The_list_is_validated_with_file_and_line()
    {
        var text = string.Join('\n',
            "# a comment",
            "Quad | AUS IND JPN USA",
            "quad | AUS IND",                 // 3: not capitalised
            "Quad | AUS IND",                 // 4: listed twice
            "Trio | AUS India",               // 5: not a code
            "Pair | AUS AUS",                 // 6: member twice
            "Solo | AUS",                     // 7: one member
            "Bad");                           // 8: no bar
        var list = Groupings.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([3, 4, 5, 6, 7, 8], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Equal(1, list.Count);
        Assert.Equal(["AUS", "IND", "JPN", "USA"], list.MembersOf("Quad"));
        Assert.Null(list.MembersOf("quad"));
        Assert.Equal(1, Groupings.Default.Count);
    }
}
