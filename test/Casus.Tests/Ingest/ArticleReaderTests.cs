using Casus.Ingest;

namespace Casus.Tests.Ingest;

public sealed class ArticleReaderTests : IDisposable
{
    private const string Sentence = "The foreign ministers of both countries met in Geneva on Tuesday to discuss the ceasefire, officials said.";
    private static readonly string Html =
        $"<!DOCTYPE html><html><head><title>Ministers meet in Geneva for ceasefire talks | Example</title><meta property='article:published_time' content='2024-03-05T10:00:00Z'></head>" +
        $"<body><nav><a href='/'>Home</a></nav><article><p>{Sentence}</p></article></body></html>";

    private readonly TempFolder _dir = new();
    private readonly ArticleReader _reader = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_HtmlFile_ExtractsBodyAndMetadata_IdIsPath()
    {
        var path = _dir.Write("page.html", Html);
        var item = Assert.Single(_reader.Read([path]));
        Assert.NotNull(item.Article);
        Assert.Equal(path, item.Article.Id);
        Assert.Equal(Sentence, item.Article.Text);
        Assert.Equal("Ministers meet in Geneva for ceasefire talks", item.Article.Metadata.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), item.Article.Metadata.Published);
        Assert.Equal(path, item.Article.Metadata.Path);
    }

    [Fact]
    public void Read_GzippedHtml_AndSniffedHtmlWithoutExtension()
    {
        var gz = _dir.WriteGzip("page.html.gz", Html);
        var sniffed = _dir.WriteGzip("page.gz", Html);
        var items = _reader.ReadFile(gz).Concat(_reader.ReadFile(sniffed)).ToList();
        Assert.All(items, i => Assert.Equal(Sentence, i.Article?.Text));
    }

    [Fact]
    public void Read_TextFile_DropsBoilerplateLines()
    {
        var path = _dir.Write("story.txt", $"Skip to main content\n{Sentence}\nAdvertisement\n\nSecond paragraph here.\n");
        var item = Assert.Single(_reader.Read([path]));
        Assert.Equal($"{Sentence}\n\nSecond paragraph here.", item.Article!.Text);
    }

    [Fact]
    public void Read_Folder_IsRecursiveAndSorted_SkippingOtherFiles()
    {
        _dir.Write("b/2.txt", "Second file.");
        _dir.Write("a.txt", "First file.");
        _dir.Write("b/1.jsonl", """{"id":"j1","text":"From JSON Lines."}""" + "\n");
        _dir.Write("c/image.png", "not read");
        var items = _reader.Read([_dir.Path]).ToList();
        Assert.Equal(["First file.", "From JSON Lines.", "Second file."], items.Select(i => i.Article!.Text));
    }

    [Fact]
    public void Read_JsonLines_ReadsFields_AndReportsBadLinesWithLineAndField_ContinuingWithTheRest()
    {
        var path = _dir.Write("articles.jsonl", string.Join("\n",
            """{"id":"a1","url":"https://example.com/a1","title":"T1","date":"2024-03-05","text":"First article.","license":"x"}""",
            """{"id":"a2","text":"Second", """,
            "",
            """{"id":"a3","date":"5 March 2024","text":"Third."}""",
            """{"id":"a4","title":"No text"}""",
            """{"id":"a5","text":42}""",
            """[1,2]""",
            """{"id":7,"date":"2024-03-06T23:30:00-05:00","text":"Seventh."}""",
            """{"text":"No id."}"""));
        var items = _reader.Read([path]).ToList();
        Assert.Equal(8, items.Count);

        var first = items[0].Article!;
        Assert.Equal(("a1", "First article.", "T1", "https://example.com/a1"), (first.Id, first.Text, first.Metadata.Title, first.Metadata.Url));
        Assert.Equal(new DateOnly(2024, 3, 5), first.Metadata.Published);

        Assert.Equal(new InputError(path, 2, items[1].Error!.Reason), items[1].Error);
        Assert.StartsWith("invalid JSON", items[1].Error!.Reason);
        Assert.Equal(4, items[2].Error!.Line);
        Assert.Contains("field 'date'", items[2].Error!.Reason);
        Assert.Equal((5, "missing field 'text'"), (items[3].Error!.Line!.Value, items[3].Error!.Reason));
        Assert.Equal((6, "field 'text' must be a string, not a number"), (items[4].Error!.Line!.Value, items[4].Error!.Reason));
        Assert.Equal((7, "record is not a JSON object"), (items[5].Error!.Line!.Value, items[5].Error!.Reason));

        Assert.Equal(("7", new DateOnly(2024, 3, 6)), (items[6].Article!.Id, items[6].Article!.Metadata.Published!.Value));
        Assert.Equal($"{path}:9", items[7].Article!.Id);
    }

    [Fact]
    public void Read_JsonLines_IsLazy()
    {
        var path = _dir.Write("many.jsonl", string.Concat(Enumerable.Range(0, 1000).Select(i => $"{{\"id\":\"{i}\",\"text\":\"Article {i}.\"}}\n")));
        var firstTwo = _reader.Read([path]).Take(2).Select(i => i.Article!.Id).ToList();
        Assert.Equal(["0", "1"], firstTwo);
    }

    [Theory]
    [InlineData("<!doctype html><html><body><article><p>" + Sentence + "</p></article></body></html>", Sentence, "-")]
    [InlineData("{\"id\":\"s1\",\"text\":\"From stdin.\"}\n{\"id\":\"s2\",\"text\":\"Again.\"}\n", "From stdin.", "s1")]
    [InlineData("Plain text from stdin.\nAdvertisement\n", "Plain text from stdin.", "-")]
    public void Read_Stdin_SniffsFormat(string input, string firstText, string firstId)
    {
        var items = _reader.Read(["-"], new StringReader(input)).ToList();
        Assert.Equal(firstText, items[0].Article!.Text);
        Assert.Equal(firstId, items[0].Article!.Id);
    }

    [Fact]
    public void Read_MissingFile_IsRejected_AndReadingContinues()
    {
        var good = _dir.Write("good.txt", "Good text.");
        var missing = Path.Combine(_dir.Path, "missing.html");
        var items = _reader.Read([missing, good]).ToList();
        Assert.Equal(new InputError(missing, null, "file not found"), items[0].Error);
        Assert.Equal("Good text.", items[1].Article!.Text);
    }

    [Fact]
    public void Read_BinaryFile_IsRejected()
    {
        var path = _dir.WriteBytes("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);
        Assert.Equal("binary file (NUL bytes)", Assert.Single(_reader.Read([path])).Error!.Reason);
    }

    [Fact]
    public void Read_InvalidUtf8_IsRejected()
    {
        var path = _dir.WriteBytes("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0x69, 0x72]);
        Assert.Contains("invalid UTF-8", Assert.Single(_reader.Read([path])).Error!.Reason);
    }

    [Fact]
    public void Read_EmptyPage_IsRejected()
    {
        var path = _dir.Write("empty.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        Assert.Equal("empty article: no body text after extraction", Assert.Single(_reader.Read([path])).Error!.Reason);
    }

    [Fact]
    public void Read_TextFileOfOnlyBoilerplate_IsRejected()
    {
        var path = _dir.Write("notice.txt", "Advertisement\n\nSkip to main content\n");
        Assert.StartsWith("empty article", Assert.Single(_reader.Read([path])).Error!.Reason);
    }

    [Fact]
    public void InputError_ToString_NamesFileAndLine()
    {
        Assert.Equal("a.jsonl:3: missing field 'text'", new InputError("a.jsonl", 3, "missing field 'text'").ToString());
        Assert.Equal("a.html: file not found", new InputError("a.html", null, "file not found").ToString());
    }
}
