using Casus.Coding;

namespace Casus.Tests.Coding;

public class CameoCatalogTests
{
    private const string Header = "code\tname\tgoldstein\tquadclass\tplover\tmode\tcontext\n";

    [Fact]
    public void Default_catalog_answers_lookups()
    {
        var c = CameoCatalog.Default;
        Assert.Equal(316, c.Count);
        var fight = c[CameoCode.Parse("190")];
        Assert.Equal(-10.0, fight.Goldstein);
        Assert.Equal(QuadClass.MaterialConflict, fight.QuadClass);
        Assert.Equal(PloverCategory.ASSAULT, fight.Plover);
        Assert.Equal("military", fight.PloverContext);
        var statement = c[CameoCode.Parse("010")];
        Assert.Null(statement.Plover);
        Assert.Equal(QuadClass.VerbalCooperation, statement.QuadClass);
        Assert.Equal("phone", c[CameoCode.Parse("041")].PloverMode);
        Assert.True(c.Contains(CameoCode.Parse("0874")));
        Assert.False(c.Contains(CameoCode.Parse("199")));
        Assert.False(c.TryGet(CameoCode.Parse("0875"), out _));
    }

    [Fact]
    public void Default_catalog_agrees_with_the_shared_table()
    {
        var path = TestPaths.SharedData("cameo/cameo_codes.tsv");
        var lines = File.ReadAllLines(path).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.Equal(lines.Count, CameoCatalog.Default.Count);
        foreach (var f in lines)
        {
            var e = CameoCatalog.Default[CameoCode.Parse(f[0])];
            Assert.Equal(f[3], e.Name);
            if (f[4].Length > 0) Assert.Equal(double.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture), e.Goldstein);
            Assert.Equal(int.Parse(f[6]), (int)e.QuadClass);
        }
    }

    [Fact]
    public void Plover_categories_agree_with_the_2021_mapping()
    {
        // Lines like "0331: AGREE,  ,   economic # ..." give the category of each code PLOVER keeps.
        int checkedCodes = 0;
        foreach (var raw in File.ReadLines(TestPaths.SharedData("cameo/CAMEO2PLOVER-2021.txt")))
        {
            var line = raw.Split('#')[0];
            int colon = line.IndexOf(':');
            if (colon < 0 || !CameoCode.TryParse(line[..colon].Trim(), out var code, out _) || code.Digits.Length < 3) continue;
            var fields = line[(colon + 1)..].Split(',');
            if (!PloverNames.TryParse(fields[0], out var category)) continue;
            if (!CameoCatalog.Default.TryGet(code, out var entry)) continue;
            Assert.True(entry.Plover == category, $"{code}: table {entry.Plover}, mapping {category}");
            checkedCodes++;
        }
        Assert.True(checkedCodes > 200, $"only {checkedCodes} codes compared");
    }

    [Fact]
    public void Bad_rows_are_reported_with_file_line_and_field()
    {
        var text = "# comment\n" + Header +
                   "19\tFIGHT\t-10.0\t4\tASSAULT\t\t\n" +
                   "190\tUse force\t-10.0\t4\tASSAULT\t\tmilitary\n" +
                   "191\tBlockade\tminus\t4\tCOERCE\t\t\n" +
                   "192\tOccupy\t-9.5\t7\tCOERCE\t\t\n" +
                   "193\tSmall arms\t-10\t4\tFIGHTING\t\t\n" +
                   "190\tAgain\t-10\t4\tASSAULT\t\t\n" +
                   "194\ttoo few\n" +
                   "2x\tBad\t1\t1\tAGREE\t\t\n";
        var c = CameoCatalog.Load(new StringReader(text), "cameo/test.tsv", out var errors);
        Assert.Equal(new[] { (5, "goldstein"), (6, "quadclass"), (7, "plover"), (8, "code"), (9, "columns"), (10, "code") },
            errors.Select(e => (e.Line, e.Field)));
        Assert.All(errors, e => Assert.StartsWith("cameo/test.tsv:", e.ToString()));
        Assert.Equal(2, c.Count);
    }

    [Fact]
    public void A_missing_header_is_reported()
    {
        CameoCatalog.Load(new StringReader("19\tFIGHT\t-10.0\t4\tASSAULT\t\t\n"), "t.tsv", out var errors);
        Assert.Equal("header", Assert.Single(errors).Field);
    }
}
