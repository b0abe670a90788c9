using System.Text.Json;
using Casus.Cli.Commands;

namespace Casus.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly Casus.Tests.Ingest.TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Json_HasExactlyTheDocumentedFields_AndRejectsGiveExitCode1()
    {
        var page = _dir.Write("p.html", """
            <html><head><meta property="og:title" content="Ministers meet"><meta property="og:site_name" content="Example News">
            <meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-03-05T10:00:00Z">
            <link rel="canonical" href="https://example.com/a"></head>
            <body><article><p>The foreign ministers of both countries met in Geneva on Tuesday to discuss the ceasefire, officials said.</p>
            <figure><figcaption>Ministers in Geneva.</figcaption></figure></article></body></html>
            """);
        var missing = Path.Combine(_dir.Path, "nope.html");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = ExtractCommand.Run([page, missing], "json", TextReader.Null, stdout, stderr);

        Assert.Equal(1, code);
        var line = Assert.Single(stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(["path", "title", "published", "authors", "site", "url", "body", "captions"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(page, root.GetProperty("path").GetString());
        Assert.Equal("Ministers meet", root.GetProperty("title").GetString());
        Assert.Equal("2024-03-05", root.GetProperty("published").GetString());
        Assert.Equal(["Jane Doe"], root.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Example News", root.GetProperty("site").GetString());
        Assert.Equal("https://example.com/a", root.GetProperty("url").GetString());
        Assert.StartsWith("The foreign ministers", root.GetProperty("body").GetString());
        Assert.Equal(["Ministers in Geneva."], root.GetProperty("captions").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains($"rejected: {missing}: file not found", stderr.ToString());
        Assert.Contains("1 article(s), 1 rejected", stderr.ToString());
    }

    [Fact]
    public void Text_PrintsBodyAlone_NullPublishedInJson()
    {
        var path = _dir.Write("a.txt", "Just a body.\nAdvertisement\n");
        var stdout = new StringWriter();
        Assert.Equal(0, ExtractCommand.Run([path], "text", TextReader.Null, stdout, new StringWriter()));
        Assert.Equal("Just a body.", stdout.ToString().TrimEnd());

        stdout = new StringWriter();
        ExtractCommand.Run([path], "json", TextReader.Null, stdout, new StringWriter());
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("published").ValueKind);
    }

    [Fact]
    public void BenchExtract_PublishedOutput_PrintsScores()
    {
        var dir = TestPaths.SharedData("extraction/scrapinghub");
        var stdout = new StringWriter();
        var code = BenchExtractCommand.Run(dir, Path.Combine(dir, "output", "trafilatura.json"), 0, stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Contains("F1         0.958 ± 0.00", stdout.ToString());
    }

    [Fact]
    public void BenchExtract_MissingFolder_Exit2()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, BenchExtractCommand.Run(Path.Combine(_dir.Path, "none"), null, 0, new StringWriter(), stderr));
        Assert.Contains("ground-truth.json", stderr.ToString());
    }
}
