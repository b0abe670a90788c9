using System.Text.Json;
using Casus.Cli.Commands;
using Casus.Coding;
using Casus.Document;
using Casus.Pipeline;
using Casus.Tests.TestKit;

namespace Casus.Tests.Cli;

public class CodeCommandTests
{
    private static CasusPipeline Coder() => FakeCoderStage.Pipeline(a =>
        a.Text.Contains("attacked") ? [CodedArticles.EventOf(a, "Syria", "SYR", "attacked", "Turkey", "TUR", "190", PloverCategory.ASSAULT)] : []);

    [Fact]
    public void Code_RejectedInput_ReportedAndRestCoded_ExitsOne()
    {
        var inputs = new[]
        {
            new CodeInput(new Article("a.txt", "Syria attacked Turkey"), null),
            new CodeInput(null, "bad.jsonl:3: text: missing"),
            new CodeInput(new Article("c.txt", "Syria attacked Turkey again"), null),
        };
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CodeCommand.Run(inputs, Coder(), CodeCommand.CreateWriter("jsonl", false, output, null), error);
        Assert.Equal(1, code);
        Assert.Contains("bad.jsonl:3: text: missing", error.ToString());
        Assert.Contains("articles 2, sentences 2, events 2, rejected 1", error.ToString());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["a.txt", "c.txt"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("article").GetString()));
    }

    [Fact]
    public void Code_AllGood_ExitsZero()
    {
        var error = new StringWriter();
        int code = CodeCommand.Run([new CodeInput(new Article("a", "Nothing here"), null)], Coder(),
            CodeCommand.CreateWriter("table", false, new StringWriter(), null), error);
        Assert.Equal(0, code);
        Assert.Contains("articles 1, sentences 1, events 0, rejected 0", error.ToString());
    }

    [Fact]
    public void Code_StageBug_CountsAsRejected_RestGoesOn()
    {
        var error = new StringWriter();
        var pipeline = new PipelineBuilder().Add(new ThrowingStage()).Build();
        int code = CodeCommand.Run([new CodeInput(new Article("a", "x"), null), new CodeInput(new Article("b", "y"), null)], pipeline,
            CodeCommand.CreateWriter("jsonl", false, new StringWriter(), null), error);
        Assert.Equal(1, code);
        Assert.Contains("a: coding failed", error.ToString());
        Assert.Contains("b: coding failed", error.ToString());
        Assert.Contains("rejected 2", error.ToString());
    }

    [Theory]
    [InlineData("jsonl", false, typeof(Casus.Output.JsonLinesEventWriter))]
    [InlineData("table", false, typeof(Casus.Output.TableEventWriter))]
    [InlineData("table", true, typeof(Casus.Output.ExplainEventWriter))]
    public void Code_FormatPicksWriter(string format, bool explain, Type expected) =>
        Assert.IsType(expected, CodeCommand.CreateWriter(format, explain, new StringWriter(), null));
}
