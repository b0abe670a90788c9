using Casus.Actors;
using Casus.Coding;
using Casus.Document;
using static Casus.Tests.Actors.Discourse.DiscourseArticles;

namespace Casus.Tests.Actors.Discourse;

/// <summary>"his counterpart" / "their counterparts" with no country resolved to the other country's official of the
/// same office the article named (docs/formats/actors.md, "Groups"), on hand-built parsed articles.</summary>
public class CounterpartTests
{
    private const string LavrovArrived =
        "Foreign/PROPN/2/compound Minister/PROPN/3/compound Lavrov/PROPN/4/nsubj arrived/VERB/0/root ./PUNCT/4/punct";
    private const string BlinkenMetHisCounterpart =
        "Secretary/PROPN/4/compound of/ADP/3/case State/PROPN/1/nmod Blinken/PROPN/5/nsubj met/VERB/0/root his/PRON/7/nmod:poss counterpart/NOUN/5/obj ./PUNCT/5/punct";

    private static Article Coded(params string[] sentences)
    {
        var article = Build(sentences);
        ActorStage.CreateDefault().Process(article);
        CodingStage.CreateDefault().Process(article);
        return article;
    }

    private static Mention Counterpart(Article article) =>
        Assert.Single(article.Mentions, m => m.Text.EndsWith("counterpart", StringComparison.Ordinal) || m.Text.EndsWith("counterparts", StringComparison.Ordinal));

    [Fact]
    public void His_counterpart_is_the_other_countrys_official_of_the_same_office()
    {
        var article = Coded(LavrovArrived, BlinkenMetHisCounterpart);
        var c = Counterpart(article);
        Assert.Equal("RUSGOV", c.Code.Value);
        Assert.StartsWith("counterpart: ", c.Evidence[0]);
        Assert.Contains(article.Events, e => e.Source.Code.Value == "USAGOV" && e.Target?.Code.Value == "RUSGOV");
    }

    [Fact]
    public void Another_office_or_two_candidates_leave_the_counterpart_open()
    {
        // A head of government is no foreign minister's counterpart.
        var leader = Coded(
            "Prime/PROPN/2/compound Minister/PROPN/3/compound Kishida/PROPN/4/nsubj arrived/VERB/0/root ./PUNCT/4/punct",
            BlinkenMetHisCounterpart);
        Assert.Equal("---GOV", Counterpart(leader).Code.Value);
        // Two foreign ministers of other countries: which one is "his counterpart" is open.
        var two = Coded(LavrovArrived,
            "Foreign/PROPN/2/compound Minister/PROPN/3/compound Kuleba/PROPN/4/nsubj arrived/VERB/0/root ./PUNCT/4/punct",
            BlinkenMetHisCounterpart);
        Assert.Equal("---GOV", Counterpart(two).Code.Value);
    }

    [Fact]
    public void Their_counterparts_are_the_other_countries_officials_as_a_group()
    {
        var article = Coded(LavrovArrived,
            "Foreign/PROPN/2/compound Minister/PROPN/3/compound Kuleba/PROPN/4/nsubj arrived/VERB/0/root ./PUNCT/4/punct",
            "Secretary/PROPN/4/compound of/ADP/3/case State/PROPN/1/nmod Blinken/PROPN/5/nsubj met/VERB/0/root his/PRON/7/nmod:poss counterparts/NOUN/5/obj ./PUNCT/5/punct");
        var c = Counterpart(article);
        Assert.Equal(["RUSGOV", "UKRGOV"], c.Members!.Select(m => m.Code.Value));
        // With something hung on the word they are other people ("counterparts from the region").
        var region = Coded(LavrovArrived,
            "Secretary/PROPN/4/compound of/ADP/3/case State/PROPN/1/nmod Blinken/PROPN/5/nsubj met/VERB/0/root his/PRON/7/nmod:poss counterparts/NOUN/5/obj from/ADP/10/case the/DET/10/det region/NOUN/7/nmod ./PUNCT/5/punct");
        Assert.Equal("---GOV", Counterpart(region).Code.Value);
    }

    [Fact]
    public void A_subject_named_without_title_takes_the_office_named_before()
    {
        var article = Coded(LavrovArrived,
            "Secretary/PROPN/4/compound of/ADP/3/case State/PROPN/1/nmod Blinken/PROPN/5/nsubj arrived/VERB/0/root ./PUNCT/5/punct",
            "Blinken/PROPN/2/nsubj met/VERB/0/root his/PRON/4/nmod:poss counterpart/NOUN/2/obj ./PUNCT/2/punct");
        Assert.Equal("RUSGOV", Counterpart(article).Code.Value);
    }
}
