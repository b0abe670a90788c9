using Casus.Cli;

namespace Casus.Tests.Cli;

/// <summary>The commands run in-process through the real command line, with the default pipeline and real ingest.</summary>
public sealed class CliInProcessTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("casus-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Code_NoStateActs_LeavesTheAgentlessArrestUncoded()
    {
        // The inferred organ is the only source this sentence has: with it, one arrest; without it, none.
        var path = Path.Combine(_dir, "arrest.txt");
        File.WriteAllText(path, "Dozens of protesters were arrested in Cairo on Friday.");
        var (withCode, withOut, _) = Run("code", path);
        var (withoutCode, withoutOut, withoutErr) = Run("code", path, "--no-state-acts");
        Assert.Equal(0, withCode);
        Assert.Equal(0, withoutCode);
        Assert.Contains("\"EGYCOP\"", withOut);
        Assert.Equal("", withoutOut.Trim());
        Assert.Contains("events 0", withoutErr);
    }

    [Fact]
    public void Code_MissingFile_ExitsOne_WithCounts()
    {
        var missing = Path.Combine(_dir, "missing.html");
        var (code, _, error) = Run("code", missing);
        Assert.Equal(1, code);
        Assert.Contains(missing, error);
        Assert.Contains("articles 0, sentences 0, events 0, rejected 1", error);
    }

    [Fact]
    public void Code_BadJsonLines_RejectedByLine_RestStillCoded()
    {
        var path = Path.Combine(_dir, "articles.jsonl");
        File.WriteAllLines(path,
        [
            """{"id": "ok-1", "text": "Syria attacked Turkey on Monday.", "date": "2020-02-03"}""",
            """{"id": "bad-1", "title": "no text"}""",
            "{not json",
            """{"id": "ok-2", "text": "France and Germany met in Paris."}""",
        ]);
        var (code, _, error) = Run("code", path, "--format", "table");
        Assert.Equal(1, code);
        Assert.Contains($"{path}:2:", error);
        Assert.Contains($"{path}:3:", error);
        Assert.Contains("articles 2,", error);
        Assert.Contains("rejected 2", error);
    }

    [Fact]
    public void Code_GoodInput_ExitsZero()
    {
        var path = Path.Combine(_dir, "a.txt");
        File.WriteAllText(path, "Syria attacked Turkey on Monday.");
        var (code, _, error) = Run("code", path, "--explain");
        Assert.Equal(0, code);
        Assert.Contains("articles 1,", error);
        Assert.Contains("rejected 0", error);
    }

    [Fact]
    public void BenchPipeline_SmallCorpus_PrintsRates()
    {
        var path = Path.Combine(_dir, "corpus.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, 3).Select(i => $$"""{"id": "a{{i}}", "text": "Syria attacked Turkey on Monday."}"""));
        var (code, output, _) = Run("bench", "pipeline", path, "--warmup", "2", "--limit", "2");
        Assert.Equal(0, code);
        Assert.Contains("articles     2 in", output);
        Assert.Contains("articles/s", output);
    }
}
