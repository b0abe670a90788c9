using System.Text.Json;
using Casus.Coding;
using Casus.Document;
using Casus.Output;
using Casus.Tests.TestKit;

namespace Casus.Tests.Output;

public class OutputTests
{
    private sealed class Names : ICameoNames
    {
        public string? NameOf(CameoCode code) => code.Digits == "190" ? "Use conventional military force" : null;
    }

    private static Article Sample()
    {
        var a = CodedArticles.Tokenized("wire-1", "Markets were calm.\nSyria attacked Turkey near Kilis, officials said.",
            new ArticleMetadata(Published: new DateOnly(2020, 2, 27)));
        a.AddEvent(CodedArticles.EventOf(a, "Syria", "SYRMIL", "attacked", "Turkey", "TUR", "190", PloverCategory.ASSAULT,
            goldstein: -10, location: new Location("Kilis", "TUR", 36.7184, 37.1212)));
        a.AddEvent(CodedArticles.EventOf(a, "officials", "SYRGOV", "said", null, null, "010", null, goldstein: 0, quad: QuadClass.VerbalCooperation));
        return a;
    }

    private static List<JsonElement> JsonLines(Article a)
    {
        var sw = new StringWriter();
        var writer = new JsonLinesEventWriter(sw, new Names());
        writer.Write(a);
        writer.Flush();
        var lines = sw.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    [Fact]
    public void JsonLines_OneObjectPerEvent_FieldsAndValues()
    {
        var events = JsonLines(Sample());
        Assert.Equal(2, events.Count);
        var e = events[0];
        Assert.Equal(
            ["article", "sentence", "date", "date_precision", "date_source", "date_text", "source", "target", "cameo", "cameo_name", "root", "quad_class", "goldstein", "plover",
             "plover_mode", "plover_context", "location", "trigger", "evidence"],
            e.EnumerateObject().Select(p => p.Name));
        Assert.Equal("wire-1", e.GetProperty("article").GetString());
        Assert.Equal("Syria attacked Turkey near Kilis, officials said.", e.GetProperty("sentence").GetString());
        Assert.Equal("2020-02-27", e.GetProperty("date").GetString());
        Assert.Equal("SYRMIL", e.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("Syria", e.GetProperty("source").GetProperty("text").GetString());
        Assert.Equal("TUR", e.GetProperty("target").GetProperty("code").GetString());
        Assert.Equal("190", e.GetProperty("cameo").GetString());
        Assert.Equal("Use conventional military force", e.GetProperty("cameo_name").GetString());
        Assert.Equal("19", e.GetProperty("root").GetString());
        Assert.Equal(4, e.GetProperty("quad_class").GetInt32());
        Assert.Equal(-10, e.GetProperty("goldstein").GetDouble());
        Assert.Equal("ASSAULT", e.GetProperty("plover").GetString());
        Assert.Equal("test-mode", e.GetProperty("plover_mode").GetString());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("plover_context").ValueKind);
        var loc = e.GetProperty("location");
        Assert.Equal("Kilis", loc.GetProperty("name").GetString());
        Assert.Equal("TUR", loc.GetProperty("country").GetString());
        Assert.Equal(36.7184, loc.GetProperty("lat").GetDouble());
        Assert.Equal(37.1212, loc.GetProperty("lon").GetDouble());
        Assert.Equal("place", loc.GetProperty("precision").GetString());
        Assert.Equal(JsonValueKind.Null, loc.GetProperty("geonameid").ValueKind);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("date_source").ValueKind); // no date stage ran
        var trigger = e.GetProperty("trigger");
        Assert.Equal("attacked", trigger.GetProperty("text").GetString());
        int start = trigger.GetProperty("start").GetInt32(), end = trigger.GetProperty("end").GetInt32();
        Assert.Equal("attacked", Sample().Text[start..end]);
        var evidence = e.GetProperty("evidence");
        Assert.Equal("subject-verb-object", evidence.GetProperty("rule").GetString());
        Assert.Equal("verbs/test.txt:7 ATTACKED [190]", evidence.GetProperty("verb").GetString());
        Assert.Equal("actors/test.txt:1 Syria [SYRMIL]", evidence.GetProperty("source_entries")[0].GetString());
        Assert.Equal("actors/test.txt:1 Turkey [TUR]", evidence.GetProperty("target_entries")[0].GetString());
        Assert.Equal("not negated", evidence.GetProperty("notes")[0].GetString());
    }

    [Fact]
    public void JsonLines_AbsentTargetPloverAndLocation_AreNull()
    {
        var e = JsonLines(Sample())[1];
        Assert.Equal(JsonValueKind.Null, e.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("plover").ValueKind);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("location").ValueKind);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("cameo_name").ValueKind);
        Assert.Equal("010", e.GetProperty("cameo").GetString());
        Assert.Equal("01", e.GetProperty("root").GetString());
        Assert.Equal(1, e.GetProperty("quad_class").GetInt32());
    }

    [Fact]
    public void JsonLines_NoDate_IsNull_AndNonAsciiKeptReadable()
    {
        var a = CodedArticles.Tokenized("x", "Türkiye attacked Syria");
        a.AddEvent(CodedArticles.EventOf(a, "Türkiye", "TUR", "attacked", "Syria", "SYR", "190", PloverCategory.ASSAULT, goldstein: double.NaN));
        var sw = new StringWriter();
        new JsonLinesEventWriter(sw).Write(a);
        Assert.Contains("Türkiye", sw.ToString());
        var e = JsonDocument.Parse(sw.ToString()).RootElement;
        Assert.Equal(JsonValueKind.Null, e.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("goldstein").ValueKind);
    }

    [Fact]
    public void Table_HasHeaderAndOneRowPerEvent_WithRule()
    {
        var sw = new StringWriter();
        var writer = new TableEventWriter(sw);
        writer.Write(Sample());
        writer.Write(Sample());
        var lines = sw.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("ARTICLE", lines[0]);
        Assert.Contains("subject-verb-object", lines[1]);
        Assert.Contains("SYRMIL", lines[1]);
        Assert.Contains("ASSAULT", lines[1]);
        Assert.EndsWith("Syria attacked Turkey near Kilis, officials said.", lines[1]);
        // Aligned: the sentence column starts at the same place on every row.
        int at = lines[0].IndexOf("SENTENCE", StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.Equal("Syria attacked", l.Substring(at, 14)));
    }

    [Fact]
    public void Explain_MarksSentenceAndListsEvidence()
    {
        var sw = new StringWriter();
        new ExplainEventWriter(sw, new Names()).Write(Sample());
        var text = sw.ToString();
        Assert.Contains("[S: Syria] [V: attacked] [T: Turkey] near Kilis, officials said.", text);
        Assert.Contains("190 Use conventional military force", text);
        Assert.Contains("\"attacked\" tokens 5..6 chars 25..33", text);
        Assert.Contains("actors/test.txt:1 Syria [SYRMIL]", text);
        Assert.Contains("verbs/test.txt:7 ATTACKED [190]", text);
        Assert.Contains("subject-verb-object", text);
        Assert.Contains("note     not negated", text);
        Assert.Contains("location Kilis (TUR 36.7184,37.1212)", text);
        Assert.Contains("target   none named", text);
        Assert.Contains("source   SYRMIL  \"Syria\"  tokens 4..5 chars 19..24", text);
    }

    [Fact]
    public void EventText_SpanOutsideArticle_GivesNullInsteadOfThrowing()
    {
        var a = Sample();
        Assert.Null(EventText.CharRange(a, new TokenSpan(100, 2)));
        Assert.Null(EventText.CharRange(a, new TokenSpan(0, 0)));
        Assert.Null(EventText.Sentence(a, 9));
    }
}
