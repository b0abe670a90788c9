using Casus.Extraction;

namespace Casus.Tests.Extraction;

public class PageMetadataTests
{
    private const string Body = "<article><p>The foreign ministers of both countries met in Geneva on Tuesday to discuss the ceasefire, officials said.</p></article>";

    private static ExtractedPage Extract(string head, string body = Body) =>
        HtmlExtractor.Default.Extract($"<html><head>{head}</head><body>{body}</body></html>");

    [Fact]
    public void Title_PrefersOpenGraph() =>
        Assert.Equal("Ministers meet in Geneva", Extract("<title>Other | Site</title><meta property='og:title' content='Ministers meet in Geneva'>").Title);

    [Fact]
    public void Title_FromJsonLdHeadline() =>
        Assert.Equal("Ministers meet in Geneva", Extract("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ministers meet in Geneva"}</script>""").Title);

    [Fact]
    public void Title_FromH1() => Assert.Equal("Ministers meet in Geneva", Extract("", "<h1>Ministers meet in Geneva</h1>" + Body).Title);

    [Fact]
    public void Title_FromTitleElement_WithoutSiteSuffix() =>
        Assert.Equal("Ministers meet in Geneva to discuss the ceasefire", Extract("<title>Ministers meet in Geneva to discuss the ceasefire | The Daily Example</title>").Title);

    [Fact]
    public void Title_SiteSuffixMatchingSiteName_IsStripped() =>
        Assert.Equal("Talks", Extract("<meta property='og:site_name' content='Example News'><title>Talks - Example News</title>").Title);

    [Theory]
    [InlineData("<meta property='article:published_time' content='2024-03-05T10:00:00+01:00'>")]
    [InlineData("""<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","datePublished":"2024-03-05T23:30:00-05:00"}]}</script>""")]
    [InlineData("<meta name='pubdate' content='20240305'>")]
    [InlineData("<meta name='DC.date.issued' content='2024-03-05'>")]
    [InlineData("<meta name='sailthru.date' content='2024-03-05 10:22:00'>")]
    [InlineData("<meta name='parsely-pub-date' content='2024-03-05T10:22:00Z'>")]
    [InlineData("<meta name='date' content='March 5, 2024'>")]
    public void Published_FromMetaAndJsonLd(string head) => Assert.Equal(new DateOnly(2024, 3, 5), Extract(head).Published);

    [Fact]
    public void Published_FromTimeElement() =>
        Assert.Equal(new DateOnly(2024, 3, 5), Extract("", "<time datetime='2024-03-05T08:00:00Z'>5 March</time>" + Body).Published);

    [Fact]
    public void Published_JunkDate_IsNull() => Assert.Null(Extract("<meta name='date' content='not a date'>").Published);

    [Fact]
    public void Site_FromOpenGraph() => Assert.Equal("Example News", Extract("<meta property='og:site_name' content='Example News'>").Site);

    [Fact]
    public void Site_FromJsonLdPublisher() =>
        Assert.Equal("Example News", Extract("""<script type="application/ld+json">{"@type":"Article","publisher":{"@type":"Organization","name":"Example News"}}</script>""").Site);

    [Fact]
    public void Authors_FromMetaAuthor_SplitOnAnd() =>
        Assert.Equal(["Jane Doe", "John Roe"], Extract("<meta name='author' content='By Jane Doe and John Roe'>").Authors);

    [Fact]
    public void Authors_ArticleAuthorUrl_IsIgnored() =>
        Assert.Empty(Extract("<meta property='article:author' content='https://www.facebook.com/example'>").Authors);

    [Theory]
    [InlineData("\"author\":\"Jane Doe\"", new[] { "Jane Doe" })]
    [InlineData("\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}", new[] { "Jane Doe" })]
    [InlineData("\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}]", new[] { "Jane Doe", "John Roe" })]
    public void Authors_FromJsonLd(string author, string[] expected) =>
        Assert.Equal(expected, Extract($$"""<script type="application/ld+json">{"@type":"NewsArticle",{{author}}}</script>""").Authors);

    [Fact]
    public void Authors_FromRelAuthor() =>
        Assert.Equal(["Jane Doe"], Extract("", "<a rel='author' href='/jane'>Jane Doe</a>" + Body).Authors);

    [Fact]
    public void Authors_FromBylineClass() =>
        Assert.Equal(["Jane Doe", "John Roe"], Extract("", "<div class='article-byline'>By Jane Doe, John Roe</div>" + Body).Authors);

    [Fact]
    public void Url_FromCanonicalThenOpenGraph()
    {
        Assert.Equal("https://example.com/a", Extract("<link rel='canonical' href='https://example.com/a'><meta property='og:url' content='https://example.com/b'>").Url);
        Assert.Equal("https://example.com/b", Extract("<meta property='og:url' content='https://example.com/b'>").Url);
    }

    [Fact]
    public void BrokenJsonLd_IsIgnored() =>
        Assert.Equal("Fallback headline", Extract("<script type='application/ld+json'>{\"headline\": </script>", "<h1>Fallback headline</h1>" + Body).Title);
}

public class TitleSuffixTests
{
    [Fact]
    public void Title_SectionAndSiteSuffixes_AreBothStripped() =>
        Assert.Equal("Russia hits Kyiv with a missile, damaging schools",
            HtmlExtractor.Default.Extract("<html><head><meta property='og:title' content='Russia hits Kyiv with a missile, damaging schools - National | Globalnews.ca'></head><body></body></html>").Title);
}
