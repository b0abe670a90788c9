using Casus.Actors;

namespace Casus.Tests.Actors;

public class ActorDictionaryLoaderTests
{
    [Fact]
    public void Shipped_dictionaries_load_without_problems()
    {
        var ok = ActorDictionary.TryLoad(ActorSource.Embedded(), out var dictionary, out var problems);
        Assert.True(ok, string.Join("\n", problems));
        Assert.Empty(problems);
        var sources = dictionary!.Entries.Select(e => e.Source).Distinct().ToArray();
        Assert.Contains("actors/countries.txt", sources);
        Assert.Contains("actors/roles.txt", sources);
        Assert.Contains("actors/organisations.txt", sources);
    }

    [Fact]
    public void Shipped_countries_cover_every_un_member_code_in_iso_3166()
    {
        // ISO 3166 lists members and territories alike; every alpha-3 of a sovereign UN member must have a line.
        string[] members = ["AFG", "BRA", "CIV", "COD", "COG", "DEU", "GBR", "IRN", "KOR", "MMR", "PRK", "RUS", "SSD", "SWZ", "SYR", "TLS", "TUR", "USA", "VNM", "ZWE"];
        var codes = ActorDictionary.LoadEmbedded().Entries.Where(e => e.Kind == ActorEntryKind.CountryName).Select(e => e.Code.Value).ToHashSet();
        Assert.True(codes.Count >= 193 + 6, $"only {codes.Count} countries"); // 193 members plus PSE, VAT, TWN, KSV, ESH, HKG at least
        foreach (var m in members) Assert.Contains(m, codes);
    }

    [Fact]
    public void Broken_text_reports_every_problem_with_file_and_line()
    {
        var text = string.Join("\n",
            "# comment",
            "SYR | name: Syria | adj: Syrian",
            "SY | name: Syr",                       // 3: code not a multiple of three
            "IRQ name: Iraq",                        // 4: no '|'
            "IRQ | nmae: Iraq",                      // 5: unknown label
            "IRQ | name: Iraq; ; Mesopotamia",       // 6: empty phrase
            "GOVMIL | head: officials",              // 7: a role is one three-letter code
            "- | name: foo",                         // 8: '-' only takes filler
            "SYR | name: Syria",                     // 9: duplicate phrase
            "USAGOV | person: Joe Biden | from: 2021-13-01"); // 10: bad date
        var ok = ActorDictionary.TryLoad([new ActorSource("actors/test.txt", text)], out var dictionary, out var problems);
        Assert.False(ok);
        Assert.Null(dictionary);
        var lines = problems.Select(p => p.ToString()).ToArray();
        Assert.Contains(lines, l => l.StartsWith("actors/test.txt:3: ") && l.Contains("multiple of three"));
        Assert.Contains(lines, l => l.StartsWith("actors/test.txt:4: ") && l.Contains("no '|'"));
        Assert.Contains(lines, l => l.StartsWith("actors/test.txt:5: ") && l.Contains("unknown label 'nmae'"));
        Assert.Contains(lines, l => l.StartsWith("actors/test.txt:6: ") && l.Contains("empty phrase"));
        Assert.Contains(lines, l => l.StartsWith("actors/test.txt:7: ") && l.Contains("must be three letters"));
        Assert.Contains(lines, l => l.StartsWith("actors/test.txt:8: ") && l.Contains("'-'"));
        Assert.Contains(lines, l => l.StartsWith("actors/test.txt:9: ") && l.Contains("already defined at actors/test.txt:2"));
        Assert.Contains(lines, l => l.StartsWith("actors/test.txt:10: ") && l.Contains("not a date"));
        Assert.Equal(8, problems.Count);
    }

    [Fact]
    public void Load_throws_one_exception_listing_all_problems()
    {
        var ex = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Load(
            [new ActorSource("a.txt", "XX | name: Foo\nYY | name: Bar")]));
        Assert.Equal(2, ex.Problems.Count);
        Assert.Contains("a.txt:1: ", ex.Message);
        Assert.Contains("a.txt:2: ", ex.Message);
    }

    [Fact]
    public void Person_dates_are_inclusive_and_years_widen_to_the_whole_year()
    {
        var d = ActorDictionary.Load([new ActorSource("p.txt", "ALBGOV | person: Ilir Meta | from: 2017 | until: 2022")]);
        var e = Assert.Single(d.Entries);
        Assert.Equal(new DateOnly(2017, 1, 1), e.ValidFrom);
        Assert.Equal(new DateOnly(2022, 12, 31), e.ValidUntil);
        Assert.True(e.IsValidOn(new DateOnly(2022, 12, 31)));
        Assert.False(e.IsValidOn(new DateOnly(2023, 1, 1)));
    }

    [Fact]
    public void A_count_label_gives_role_heads_that_count()
    {
        var d = ActorDictionary.Load([new ActorSource("actors/test.txt", "# test\nCVL | head: crowds | count: thousands; tens of thousands\n")]);
        var count = d.Entries.Single(e => e.Phrase == "thousands");
        Assert.Equal(ActorEntryKind.RoleHead, count.Kind);
        Assert.True(count.Counts);
        Assert.False(d.Entries.Single(e => e.Phrase == "crowds").Counts);
        Assert.Equal(["tens", "of", "thousands"], d.Entries.Single(e => e.Phrase == "tens of thousands").Words);
    }
}
