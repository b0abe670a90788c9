using Casus.Coding;
using Casus.Evaluation;

namespace Casus.Tests.Evaluation;

public class GoldReaderTests
{
    private static readonly PloverMap Map = new(
    [
        new(CameoCode.Parse("01"), null),
        new(CameoCode.Parse("04"), PloverCategory.CONSULT),
        new(CameoCode.Parse("19"), PloverCategory.ASSAULT),
        new(CameoCode.Parse("17"), PloverCategory.COERCE),
        new(CameoCode.Parse("172"), PloverCategory.SANCTION),
    ]);

    private static List<GoldItem> Read(string text) => new GoldReader(Map).Read(new StringReader(text), "gold.jsonl").ToList();

    [Fact]
    public void Reader_ReadsRecord()
    {
        var items = Read("""{"id": "a1", "text": "Syria attacked Turkey.", "date": "2020-03-01", "events": [{"source": "syr", "target": "TUR", "code": "190", "plover": "ASSAULT"}], "notes": "x"}""");
        var r = Assert.Single(items).Record!;
        Assert.Equal("a1", r.Id);
        Assert.Equal("Syria attacked Turkey.", r.Text);
        Assert.Equal(new DateOnly(2020, 3, 1), r.Date);
        Assert.Equal(1, r.Line);
        var e = Assert.Single(r.Events);
        Assert.Equal("SYR", e.Source);
        Assert.Equal("190", e.Code!.Value.Digits);
        Assert.Equal(PloverCategory.ASSAULT, e.Plover);
    }

    [Fact]
    public void Reader_DerivesPloverFromCode_NearestListedAncestor()
    {
        var r = Read("""{"id": "a", "text": "t", "date": null, "events": [{"source": "A", "target": "B", "code": "1723"}, {"source": "A", "target": "B", "code": "173"}, {"source": "A", "target": "B", "code": "010"}]}""")[0].Record!;
        Assert.Equal(PloverCategory.SANCTION, r.Events[0].Plover);
        Assert.Equal(PloverCategory.COERCE, r.Events[1].Plover);
        Assert.Null(r.Events[2].Plover);
    }

    [Fact]
    public void Reader_OldPloverNames_AreMapped()
    {
        var r = Read("""{"id": "a", "text": "t", "events": [{"source": "A", "target": "", "plover": "DEMAND"}, {"source": "A", "plover": "FIGHT"}]}""")[0].Record!;
        Assert.Equal(PloverCategory.REQUEST, r.Events[0].Plover);
        Assert.Null(r.Events[0].Code);
        Assert.Equal("", r.Events[0].Target);
        Assert.Equal(PloverCategory.ASSAULT, r.Events[1].Plover);
        Assert.Equal("", r.Events[1].Target);
        Assert.Null(r.Date);
    }

    [Theory]
    [InlineData("""{"id": "a", "text": "t", "events": [}""", null, "not valid JSON")]
    [InlineData("""[1, 2]""", null, "must be a JSON object")]
    [InlineData("""{"text": "t", "events": []}""", "id", "missing")]
    [InlineData("""{"id": "a", "events": []}""", "text", "missing")]
    [InlineData("""{"id": "a", "text": 5, "events": []}""", "text", "must be a string")]
    [InlineData("""{"id": "a", "text": "t", "date": 20200102, "events": []}""", "date", "yyyy-mm-dd string or null")]
    [InlineData("""{"id": "a", "text": "t"}""", "events", "missing")]
    [InlineData("""{"id": "a", "text": "t", "events": {}}""", "events", "must be an array")]
    [InlineData("""{"id": "a", "text": "t", "events": ["x"]}""", "events[0]", "must be a JSON object")]
    [InlineData("""{"id": "a", "text": "t", "events": [{"source": "A", "code": 42}]}""", "events[0].code", "must be a string")]
    [InlineData("""{"id": "a", "text": "t", "events": [{"source": "A", "code": "25"}]}""", "events[0].code", "roots run 01 to 20")]
    [InlineData("""{"id": "a", "text": "t", "events": [{"source": "A", "code": "04", "plover": "HUG"}]}""", "events[0].plover", "not a PLOVER category")]
    [InlineData("""{"id": "a", "text": "t", "events": [{"source": "A", "code": "04"}, {"source": "A"}]}""", "events[1]", "neither a code nor a plover")]
    [InlineData("""{"id": "a", "text": "t", "events": [{"source": 7, "code": "04"}]}""", "events[0].source", "actor code string")]
    public void Reader_BadLine_ErrorNamesFileLineAndField(string line, string? field, string reason)
    {
        var error = Assert.Single(Read(line)).Error!;
        Assert.Equal("gold.jsonl", error.Source);
        Assert.Equal(1, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains(reason, error.Reason);
        Assert.StartsWith(field is null ? "gold.jsonl:1: " : $"gold.jsonl:1: {field}: ", error.ToString());
    }

    [Fact]
    public void Reader_CarriesOnAfterBadLines_AndSkipsBlankLines()
    {
        var items = Read("""
            {"id": "a", "text": "t", "events": []}
            not json

            {"id": "b", "text": "t", "date": 5, "events": []}
            {"id": "c", "text": "t", "events": []}
            """);
        Assert.Equal(4, items.Count);
        Assert.Equal(["a", "c"], items.Where(i => i.Record is not null).Select(i => i.Record!.Id));
        Assert.Equal([2, 4], items.Where(i => i.Error is not null).Select(i => i.Error!.Line));
        Assert.Equal(5, items[^1].Record!.Line);
    }

    [Fact]
    public void Reader_UnreadableDate_KeepsRecordWithWarning()
    {
        var r = Read("""{"id": "a", "text": "t", "date": "121108", "events": []}""")[0].Record!;
        Assert.Null(r.Date);
        var w = Assert.Single(r.Warnings!);
        Assert.Equal("gold.jsonl:1: date: '121108' is not a date in the form yyyy-mm-dd; read as no date", w.ToString());
    }

    [Fact]
    public void Reader_MissingFile_OneErrorAtLineZero()
    {
        var path = Path.Combine(Path.GetTempPath(), "casus-no-such-gold-" + Guid.NewGuid().ToString("N") + ".jsonl");
        var error = Assert.Single(new GoldReader(Map).Read(path)).Error!;
        Assert.Equal(0, error.Line);
        Assert.Contains("cannot read", error.Reason);
    }

    [Fact]
    public void Reader_PublicGoldSets_ReadWithoutErrors()
    {
        // The shipped gold sets must all read; records without "events" (actor-phrase sets) are not gold event sets.
        foreach (var name in new[] { "plover_gsr_cameo_en.jsonl", "petr2_gsr_validation_en.jsonl" })
        {
            var path = TestPaths.SharedData(Path.Combine("gold", name));
            Assert.True(File.Exists(path), path);
            var items = new GoldReader(Map).Read(path).ToList();
            Assert.All(items, i => Assert.Null(i.Error));
            Assert.True(items.Count > 50);
        }
    }
}
