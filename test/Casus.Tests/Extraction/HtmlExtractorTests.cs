using Casus.Extraction;

namespace Casus.Tests.Extraction;

public class HtmlExtractorTests
{
    private const string Story1 = "The foreign ministers of both countries met in Geneva on Tuesday to discuss the ceasefire, officials said.";
    private const string Story2 = "Talks lasted six hours, and both sides agreed to meet again next month, according to a joint statement.";
    private const string Story3 = "Observers said the agreement, if it holds, would be the first real step towards peace in the region since 2014.";

    private static string Page(string head, string article, string chrome = "") => $$"""
        <!doctype html><html><head>{{head}}</head><body>
        <a href="#main">Skip to main content</a>
        <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
        <main id="main">{{article}}</main>
        {{chrome}}
        <footer><p>© 2024 Example News. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    [Fact]
    public void Extract_KeepsArticleParagraphs_SeparatedByBlankLines()
    {
        var page = HtmlExtractor.Default.Extract(Page("", $"<article><p>{Story1}</p><p>{Story2}</p><p>{Story3}</p></article>"));
        Assert.Equal($"{Story1}\n\n{Story2}\n\n{Story3}", page.Body);
    }

    [Fact]
    public void Extract_DropsNavigationFooterAsidesShareBarsAdsAndRelatedLinks()
    {
        var article = $"""
            <article>
              <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
              <p>{Story1}</p>
              <div class="ad-slot"><p>Story continues below advertisement</p></div>
              <p>{Story2}</p>
              <p>Advertisement</p>
              <div class="newsletter-signup"><p>Sign up for our daily newsletter to get the best of our journalism, every morning, for free.</p></div>
              <p>{Story3}</p>
              <p><a href="/corrections">Report an error</a></p>
              <div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Ceasefire talks stall as fighting resumes in the east of the country</a></li></ul></div>
              <p>Comments are closed.</p>
            </article>
            """;
        var chrome = """
            <aside><p>Most read: a long teaser of another story that has nothing to do with this one, with many words in it.</p></aside>
            <div id="cookie-banner"><p>We use cookies to improve your experience. By continuing to use this site you agree.</p></div>
            """;
        var page = HtmlExtractor.Default.Extract(Page("", article, chrome));
        Assert.Equal($"{Story1}\n\n{Story2}\n\n{Story3}", page.Body);
    }

    [Fact]
    public void Extract_KeepsCaptionsApartFromBody()
    {
        var article = $"""
            <article><p>{Story1}</p>
            <figure><img src="a.jpg"><figcaption>Ministers shake hands in Geneva on Tuesday.</figcaption></figure>
            <p>{Story2}</p>
            <div class="image"><img src="b.jpg"><span class="photo-caption">Delegates leave the talks.</span></div>
            <p>{Story3}</p></article>
            """;
        var page = HtmlExtractor.Default.Extract(Page("", article));
        Assert.Equal(["Ministers shake hands in Geneva on Tuesday.", "Delegates leave the talks."], page.Captions);
        Assert.DoesNotContain("shake hands", page.Body);
        Assert.DoesNotContain("Delegates leave", page.Body);
        Assert.Contains(Story2, page.Body);
    }

    [Fact]
    public void Extract_HeadingsAndListItemsAreTheirOwnParagraphs()
    {
        var article = $"""
            <article><h1>Ministers meet</h1><p>{Story1}</p><h2>What was agreed</h2>
            <ul><li>A ceasefire from Friday, monitored by observers.</li><li>An exchange of prisoners.</li></ul><p>{Story2}</p></article>
            """;
        var page = HtmlExtractor.Default.Extract(Page("", article));
        Assert.Equal($"{Story1}\n\nWhat was agreed\n\nA ceasefire from Friday, monitored by observers.\n\nAn exchange of prisoners.\n\n{Story2}", page.Body);
    }

    [Fact]
    public void Extract_FindsBodySplitOverSiblingContainers()
    {
        var article = $"""
            <div class="story"><div class="part"><p>{Story1}</p></div><div class="ad"><a href="/x">Buy now</a></div>
            <div class="part"><p>{Story2}</p></div><div class="part"><p>{Story3}</p></div></div>
            <div class="more"><a href="/1">Another headline here</a><a href="/2">Yet another headline</a></div>
            """;
        var page = HtmlExtractor.Default.Extract(Page("", article));
        Assert.Equal($"{Story1}\n\n{Story2}\n\n{Story3}", page.Body);
    }

    [Fact]
    public void Extract_PageWithoutProse_HasEmptyBody()
    {
        var page = HtmlExtractor.Default.Extract("<html><body><nav><a href='/'>Home</a></nav><p>Menu</p></body></html>");
        Assert.Equal("", page.Body);
    }

    [Fact]
    public void Extract_NeverThrowsOnBrokenMarkup()
    {
        var page = HtmlExtractor.Default.Extract("<html><body><div><p>" + Story1 + "<div><table><tr><td>" + Story2 + "</body");
        Assert.Contains("foreign ministers", page.Body);
        Assert.Contains("six hours", page.Body);
    }

    [Fact]
    public void Extract_ArticleInsideAspNetForm_IsFound()
    {
        var html = $"<html><body><form id='aspnetForm'><div class='nav'><a href='/'>Home</a></div><article><p>{Story1}</p><p>{Story2}</p><p>{Story3}</p></article></form></body></html>";
        Assert.Equal($"{Story1}\n\n{Story2}\n\n{Story3}", HtmlExtractor.Default.Extract(html).Body);
    }
}

public class HtmlExtractorEndMarkerTests
{
    private const string P = "<p>The foreign ministers of both countries met in Geneva on Tuesday to discuss the ceasefire, officials said again.</p>";
    private const string Teaser = "<p>A teaser of some other story that is long enough to count as prose, with commas, and a full stop at the end.</p>";

    [Fact]
    public void Extract_StopsAtRelatedHeading_WhenLessTextFollows()
    {
        var html = $"<html><body><article>{P}{P}{P}<h3>Related stories</h3>{Teaser}</article></body></html>";
        var body = HtmlExtractor.Default.Extract(html).Body;
        Assert.DoesNotContain("teaser", body);
        Assert.DoesNotContain("Related", body);
        Assert.Equal(3, body.Split("\n\n").Length);
    }

    [Fact]
    public void Extract_RelatedBoxInMiddle_DoesNotCutArticle()
    {
        var html = $"<html><body><article>{P}{P}{P}<h3>Related news</h3>{P}{P}{P}{P}</article></body></html>";
        var body = HtmlExtractor.Default.Extract(html).Body;
        Assert.Equal(7, body.Split("\n\n").Length);
    }

    [Fact]
    public void Load_EndPrefix_MakesEndMarker()
    {
        var (filter, errors) = BoilerplateFilter.Load(new StringReader("advertisement\nend: related( stories)?\n"), "t.txt");
        Assert.Empty(errors);
        Assert.Equal(["related( stories)?"], filter.EndMarkers);
        Assert.True(filter.IsArticleEnd("Related stories"));
        Assert.True(filter.IsBoilerplate("Related"));
        Assert.False(filter.IsArticleEnd("Advertisement"));
    }
}
