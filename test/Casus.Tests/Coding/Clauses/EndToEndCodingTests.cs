using Casus.Document;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The shipped pipeline (tagger, parser, actors, coder) on clear sentences written for these tests.
/// Assertions name the root and the actors' countries only, so better models do not break them.</summary>
public class EndToEndCodingTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("e2e", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Root:00}").ToList();
    }

    [Fact]
    public void Active_and_passive_give_the_same_dyad()
    {
        Assert.Equal(["RUS UKR 19"], Code("Russia attacked Ukraine on Monday."));
        Assert.Equal(["RUS UKR 19"], Code("Ukraine was attacked by Russia on Monday."));
    }

    [Fact]
    public void Negation_and_speculation_give_nothing()
    {
        Assert.Empty(Code("Russia did not attack Ukraine."));
        Assert.Empty(Code("Russia could attack Ukraine next year."));
    }

    [Fact]
    public void Light_verbs_and_frames_read_through_the_parse()
    {
        Assert.Equal(["ISR PSE 19"], Code("Israel launched a fresh attack on Gaza on Tuesday."));
        Assert.Equal(["DEU UKR 03"], Code("Germany pledged to send weapons to Ukraine."));
        Assert.Equal(["CHN JPN 13"], Code("China threatened to impose sanctions on Japan."));
    }

    [Fact]
    public void Compound_subject_gives_one_event_each_with_the_parse_in_the_evidence()
    {
        var article = DefaultPipeline.Create().Process(new Article("e2e", "France and Germany condemned Iran."));
        Assert.Equal(["FRA IRN", "DEU IRN"], article.Events.Select(e => $"{e.Source.Code.Primary} {e.Target!.Code.Primary}").ToList());
        Assert.All(article.Events, e => Assert.Contains("target path: condemned —obj→ Iran", e.Evidence.Notes));
    }
}
