using Casus.Document;
using Casus.Ingest;

namespace Casus.Tests.Actors.Coreference;

/// <summary>samples/syria-ambassador-defects.html end to end with the shipped models and dictionaries: the ambassador
/// under three spellings is SYRGOV before his defection and SYROPP after it, and his accusation is coded.</summary>
public class SampleArticleTests
{
    private static Article Sample(DateOnly? redate)
    {
        var path = Path.Combine(TestPaths.Repo, "samples", "syria-ambassador-defects.html");
        var read = Assert.Single(new ArticleReader().ReadFile(path)).Article!;
        var article = redate is null ? read : new Article(read.Id, read.Text, read.Metadata with { Published = redate });
        DefaultPipeline.Create().Process(article);
        return article;
    }

    [Theory]
    [InlineData(null, "SYROPP")]        // published 2012-07-12, the day after the defection
    [InlineData("2012-06-01", "SYRGOV")] // the same text dated before it
    public void The_ambassador_under_three_spellings_codes_by_the_date(string? date, string expected)
    {
        var article = Sample(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        var m = article.Mentions;
        foreach (var spelling in new[] { "Nawaf al-Fares", "Mr. Fares", "Nawaf Fares" })
        {
            var mention = m.FirstOrDefault(x => x.Text.EndsWith(spelling, StringComparison.Ordinal));
            Assert.True(mention is not null, $"no mention of '{spelling}': {string.Join(", ", m.Select(x => x.Text + "=" + x.Code))}");
            Assert.Equal(expected, mention.Code.Value);
        }
    }

    [Fact]
    public void His_accusation_is_coded_with_him_as_the_source()
    {
        var article = Sample(null);
        var accuse = article.Events.FirstOrDefault(e => e.Code.ToString().StartsWith("11", StringComparison.Ordinal));
        Assert.True(accuse is not null, "no accusation: " + string.Join(", ", article.Events.Select(e => e.Code.ToString())));
        Assert.Equal("SYROPP", accuse.Source.Code.Value);
    }
}
