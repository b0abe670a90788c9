using System.Text.Json;
using Casus.Cli;
using Casus.Cli.Commands;
using Casus.Coding;
using Casus.Document;
using Casus.Evaluation;
using Casus.Pipeline;
using Casus.Tests.TestKit;

namespace Casus.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("casus-eval-").FullName;
    private static readonly PloverMap Map = new([new(CameoCode.Parse("19"), PloverCategory.ASSAULT), new(CameoCode.Parse("04"), PloverCategory.CONSULT)]);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Gold(params string[] lines)
    {
        var path = Path.Combine(_dir, "gold.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    // Codes "X attacked Y" as 190 with the given actor codes by word, anything else as nothing.
    private static readonly Dictionary<string, string> Actors = new() { ["Syria"] = "SYRMIL", ["Turkey"] = "TURGOV", ["Iraq"] = "IRQ" };

    private static CasusPipeline Coder() => FakeCoderStage.Pipeline(a =>
    {
        var words = a.Text.Split(' ');
        var found = new List<Event>();
        for (int i = 1; i + 1 < words.Length; i++)
            if (words[i] == "attacked" && Actors.ContainsKey(words[i - 1]) && Actors.ContainsKey(words[i + 1]))
                found.Add(CodedArticles.EventOf(a, words[i - 1], Actors[words[i - 1]], "attacked", words[i + 1], Actors[words[i + 1]], "190", PloverCategory.ASSAULT));
        return found;
    });

    private (int Code, string Out, string Err) Eval(string path, bool json = false, bool errors = false, CasusPipeline? pipeline = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = EvalCommand.Run(path, json, errors, ScoreLevel.CodeDyad, pipeline ?? Coder(), Map, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Eval_Json_ExactShapeAndValues()
    {
        var path = Gold(
            """{"id": "1", "text": "Syria attacked Turkey", "date": "2020-01-01", "events": [{"source": "SYR", "target": "TUR", "code": "19"}]}""",
            """{"id": "2", "text": "Iraq attacked Syria", "events": [{"source": "IRQ", "target": "SYRGOV", "code": "190"}]}""",
            """{"id": "3", "text": "Nothing happened", "events": []}""");
        var (code, output, _) = Eval(path, json: true);
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["records", "levels", "no_event_uncoded"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, root.GetProperty("records").GetInt32());
        var levels = root.GetProperty("levels");
        Assert.Equal(["plover", "root+dyad", "code+dyad"], levels.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1.0, levels.GetProperty("plover").GetProperty("f1").GetDouble());
        Assert.Equal(1.0, levels.GetProperty("root+dyad").GetProperty("precision").GetDouble());
        // Record 2: gold SYRGOV target, predicted SYRMIL: wrong at code+dyad only.
        var codeLevel = levels.GetProperty("code+dyad");
        Assert.Equal(["precision", "recall", "f1"], codeLevel.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.5, codeLevel.GetProperty("precision").GetDouble());
        Assert.Equal(0.5, codeLevel.GetProperty("recall").GetDouble());
        Assert.Equal(1.0, root.GetProperty("no_event_uncoded").GetDouble());
    }

    [Fact]
    public void Eval_Text_OneLinePerLevelAndNoEventLine()
    {
        var path = Gold("""{"id": "1", "text": "Syria attacked Turkey", "events": [{"source": "SYR", "target": "TUR", "code": "190"}]}""");
        var (code, output, error) = Eval(path);
        Assert.Equal(0, code);
        Assert.Contains("plover     P 1.000  R 1.000  F1 1.000", output);
        Assert.Contains("root+dyad  P 1.000", output);
        Assert.Contains("code+dyad  P 1.000", output);
        Assert.Contains("no-event  n/a", output);
        Assert.Contains("records 1, rejected 0", error);
    }

    [Fact]
    public void Eval_BadLines_ReportedCountedAndRestScored()
    {
        var path = Gold(
            """{"id": "1", "text": "Syria attacked Turkey", "events": [{"source": "SYR", "target": "TUR", "code": "190"}]}""",
            """{"id": "2", "text": "x", "events": [{"source": "SYR", "code": "99"}]}""",
            "{oops");
        var (code, output, error) = Eval(path);
        Assert.Equal(1, code);
        Assert.Contains($"{path}:2: events[0].code:", error);
        Assert.Contains($"{path}:3: not valid JSON", error);
        Assert.Contains("records 1, rejected 2", error);
        Assert.Contains("code+dyad  P 1.000", output);
    }

    [Fact]
    public void Eval_MissingFile_ExitsOne()
    {
        var (code, _, error) = Eval(Path.Combine(_dir, "missing.jsonl"));
        Assert.Equal(1, code);
        Assert.Contains("missing.jsonl:0: cannot read the file", error);
    }

    [Fact]
    public void Eval_StageThrows_RecordCountedAsFailed_ExitsOne()
    {
        var path = Gold("""{"id": "1", "text": "Syria attacked Turkey", "events": [{"source": "SYR", "target": "TUR", "code": "190"}]}""");
        var (code, output, error) = Eval(path, pipeline: new PipelineBuilder().Add(new ThrowingStage()).Build());
        Assert.Equal(1, code);
        Assert.Contains("1: coding failed: InvalidOperationException: stage bug", error);
        Assert.Contains("code+dyad  P 0.000  R 0.000", output);
    }

    [Fact]
    public void Eval_Errors_ListsFalsePositivesWithEvidenceAndFalseNegatives()
    {
        var path = Gold("""{"id": "r7", "text": "Iraq attacked Syria", "events": [{"source": "IRQ", "target": "SYRGOV", "code": "190"}]}""");
        var (_, output, _) = Eval(path, errors: true);
        Assert.Contains("== r7", output);
        Assert.Contains("FN  IRQ -> SYRGOV 190 ASSAULT", output);
        Assert.Contains("FP  IRQ -> SYRMIL 190 ASSAULT", output);
        Assert.Contains("[S: Iraq] [V: attacked] [T: Syria]", output);
        Assert.Contains("verbs/test.txt:7 ATTACKED [190]", output);
        Assert.Contains("actors/test.txt:1 Syria [SYRMIL]", output);
        // The tally groups mistakes by cause.
        Assert.Contains("    1  subject-verb-object | verbs/test.txt:7 ATTACKED [190]", output);
        Assert.Contains("    1  root 19", output);
    }

    [Fact]
    public void Eval_PassesRecordIdAndDateToTheArticle()
    {
        var seen = new List<(string Id, DateOnly? Date)>();
        var pipeline = FakeCoderStage.Pipeline(a => { seen.Add((a.Id, a.Metadata.Published)); return []; });
        var path = Gold("""{"id": "r9", "text": "Quiet day", "date": "2021-06-30", "events": []}""");
        Eval(path, pipeline: pipeline);
        Assert.Equal([("r9", (DateOnly?)new DateOnly(2021, 6, 30))], seen);
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("eval", "gold.jsonl", "--level", "nonsense")]
    [InlineData("eval", "gold.jsonl", "--no-such-option")]
    [InlineData("code", "x.html", "--format", "xml")]
    [InlineData("code")]
    [InlineData("bench", "pipeline", "corpus.jsonl", "--warmup", "-1")]
    public void Cli_UsageErrors_ExitTwo(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(CliApp.UsageError, CliApp.Run(args, output, error));
        Assert.NotEqual("", error.ToString());
    }

    [Fact]
    public void Cli_EvalMissingGold_ExitsOneInProcess()
    {
        var error = new StringWriter();
        int code = CliApp.Run(["eval", Path.Combine(_dir, "nope.jsonl"), "--json"], new StringWriter(), error);
        Assert.Equal(1, code);
        Assert.Contains("nope.jsonl:0: cannot read the file", error.ToString());
    }
}
