using Casus.Actors.Discourse;

namespace Casus.Tests.Actors.Discourse;

/// <summary>The government hosts of data/actors/publishers.txt (docs/formats/actors.md, "Country of the publisher").</summary>
public class PublisherCountriesTests
{
    [Theory]
    [InlineData("https://www.whitehouse.gov/briefing-room/statements-releases/2023/01/01/x/", "USA")]
    [InlineData("https://bidenwhitehouse.archives.gov/briefing-room/", "USA")]
    [InlineData("https://www.defense.mil/News/", "USA")]
    [InlineData("https://www.gov.uk/government/news/x", "GBR")]
    [InlineData("https://www.mofa.go.jp/press/", "JPN")]
    [InlineData("https://www.gob.mx/sre/prensa", "MEX")]
    [InlineData("https://www.mea.gov.in/press-releases.htm", "IND")]
    [InlineData("https://www.diplomatie.gouv.fr/en/", "FRA")]
    [InlineData("http://en.kremlin.ru/events/president/news/1", "RUS")]
    [InlineData("WWW.GOV.UK", "GBR")]
    public void A_government_host_gives_its_country(string url, string country)
    {
        var hit = PublisherCountries.Default.Find(url);
        Assert.NotNull(hit);
        Assert.Equal(country, hit.Value.Country);
        Assert.StartsWith("actors/publishers.txt:", hit.Value.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://en.wikinews.org/wiki/x")]
    [InlineData("https://www.bbc.co.uk/news/world")]
    [InlineData("https://www.nytimes.com/2024/01/01/world/x.html")]
    [InlineData("https://governmentnews.com/x")]
    [InlineData("https://www.govtrack.us/x")]
    [InlineData("not a url at all")]
    [InlineData("")]
    [InlineData(null)]
    public void A_news_outlet_or_no_url_has_no_publisher_country(string? url)
    {
        Assert.Null(PublisherCountries.Default.Find(url));
    }

    [Fact]
    public void A_country_s_missing_office_is_data()
    {
        Assert.NotNull(PublisherCountries.Default.NotOwn("USA", "Minister"));
        Assert.Null(PublisherCountries.Default.NotOwn("USA", "secretary"));
        Assert.Null(PublisherCountries.Default.NotOwn("GBR", "minister"));
    }

    [Fact]
    public void Bad_lines_are_errors_with_file_and_line()
    {
        var text = string.Join('\n',
            "suffix | gov | USA",                // 1: before any source
            "@source: test",
            "suffix | gov | USA",
            "suffix | gov | GBR",                // 4: repeats line 3
            "domain | gov | USA",                // 5: unknown kind
            "suffix | gov.uk | gb",              // 6: bad country
            "cctld | fra | FRA",                 // 7: not two letters
            "label | gov | USA",                 // 8: a label has no country
            "suffix | Gov.UK | GBR",             // 9: upper case
            "not-own | USA | prime minister",    // 10: two words
            "cctld | fr | FRA");
        var list = PublisherCountries.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([1, 4, 5, 6, 7, 8, 9, 10], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Equal(2, list.Count);
        Assert.Equal("USA", list.Find("https://www.state.gov/")?.Country);
    }

    [Fact]
    public void An_own_body_word_is_the_country_s_own_in_any_case_and_validated()
    {
        var text = string.Join("\n",
            "@source: test",
            "own-body | USA | administration",
            "own-body | USA | administration",   // 3: repeats line 2
            "own-body | usa | cabinet",          // 4: not a country code
            "own-body | GBR | the government");  // 5: two words
        var list = PublisherCountries.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([3, 4, 5], errors.Select(e => e.Line));
        Assert.Equal("test.txt:2 own-body USA administration", list.OwnBody("USA", "Administration"));
        Assert.Null(list.OwnBody("GBR", "administration"));
        Assert.Null(list.NotOwn("USA", "administration"));
    }

    [Fact]
    public void Every_country_of_the_shipped_list_is_a_country_of_the_actor_dictionary()
    {
        var countries = File.ReadLines(Path.Combine(TestPaths.Repo, "data", "actors", "countries.txt"))
            .Where(l => l.Length > 4 && l[3] == ' ' && char.IsUpper(l[0])).Select(l => l[..3]).ToHashSet();
        var lines = File.ReadLines(Path.Combine(TestPaths.Repo, "data", "actors", "publishers.txt"))
            .Select(l => l.Split('#')[0].Split('|', StringSplitOptions.TrimEntries)).Where(p => p.Length == 3);
        foreach (var p in lines)
        {
            var code = p[0] is "not-own" or "own-body" ? p[1] : p[2];
            Assert.True(countries.Contains(code), $"{code} is not in countries.txt");
        }
    }
}
