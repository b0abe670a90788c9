using Casus.Extraction;

namespace Casus.Tests.Extraction;

public class BoilerplateFilterTests
{
    [Fact]
    public void Clean_RemovesNoticeLines_KeepsSentencesThatMentionThem()
    {
        var text = """
            Skip to main content
            The government announced new sanctions on Monday.
            Story continues below advertisement
            Advertisement
            The advertisement campaign was paid for by the ruling party, critics said.

            Share this article
            Sign up for our newsletter
            We use cookies to give you the best experience on our website.
            Report an error
            Comments are closed.
            """;
        Assert.Equal("The government announced new sanctions on Monday.\nThe advertisement campaign was paid for by the ruling party, critics said.",
            BoilerplateFilter.Default.Clean(text));
    }

    [Fact]
    public void Clean_KeepsParagraphBreaks_AndNormalisesThem()
    {
        Assert.Equal("First paragraph.\n\nSecond paragraph.", BoilerplateFilter.Default.Clean("First paragraph.\r\n\r\n\r\nAdvertisement\r\n\r\nSecond paragraph.  \r\n"));
    }

    [Theory]
    [InlineData("ADVERTISEMENT")]
    [InlineData("  Skip   to content ")]
    [InlineData("Continue reading the main story")]
    [InlineData("By Jane Doe and John Roe")]
    public void IsBoilerplate_True(string line) => Assert.True(BoilerplateFilter.Default.IsBoilerplate(line));

    [Theory]
    [InlineData("He said the advertisement was misleading.")]
    [InlineData("By then, the talks had collapsed.")]
    [InlineData("Share prices fell sharply in Tokyo on Monday after the announcement.")]
    public void IsBoilerplate_False(string line) => Assert.False(BoilerplateFilter.Default.IsBoilerplate(line));

    [Fact]
    public void Load_ReportsBadPatternsWithFileAndLine_AndKeepsTheRest()
    {
        var (filter, errors) = BoilerplateFilter.Load(new StringReader("# comment\nadvertisement\n(unclosed\n\n.*\n"), "test.txt");
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("test.txt:3: invalid pattern", errors[0]);
        Assert.Equal("test.txt:5: pattern matches the empty line", errors[1]);
        Assert.Equal(["advertisement"], filter.Patterns);
        Assert.True(filter.IsBoilerplate("Advertisement"));
    }

    [Fact]
    public void ShippedPatterns_LoadWithoutErrors()
    {
        using var stream = typeof(BoilerplateFilter).Assembly.GetManifestResourceStream(BoilerplateFilter.ResourceName);
        Assert.NotNull(stream);
        var (filter, errors) = BoilerplateFilter.Load(new StreamReader(stream), BoilerplateFilter.ResourceName);
        Assert.Empty(errors);
        Assert.True(filter.Patterns.Count > 20);
    }
}
