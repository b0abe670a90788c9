using Casus.Cli.Commands;
using Casus.Coding;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Cli;

public class BenchPipelineCommandTests
{
    [Fact]
    public void Bench_CodesEachArticleOnceTimed_AfterWarmup_AndReportsRates()
    {
        int processed = 0;
        var pipeline = FakeCoderStage.Pipeline(a =>
        {
            processed++;
            return [CodedArticles.EventOf(a, "Syria", "SYR", "attacked", "Turkey", "TUR", "190", PloverCategory.ASSAULT)];
        });
        var corpus = Enumerable.Range(0, 5).Select(i => new Article($"a{i}", "Syria attacked Turkey\nThen it stopped"));
        var output = new StringWriter();
        int code = BenchPipelineCommand.Run(corpus, warmup: 3, limit: 4, pipeline, TimeProvider.System, output, new StringWriter());
        Assert.Equal(0, code);
        Assert.Equal(3 + 4, processed);
        var text = output.ToString();
        Assert.Contains("articles     4 in", text);
        Assert.Contains("(8 sentences)", text);
        Assert.Contains("(24 tokens)", text);
        Assert.Contains("events       4", text);
        Assert.Contains("articles/s", text);
        Assert.Contains("allocated", text);
        Assert.Contains("peak memory", text);
        Assert.Contains("fake-coder", text);
        Assert.Matches(@"stage fake-coder +[0-9.]+ ms/article +[0-9.,]+ KiB/article +[0-9,]+ B/sentence", text);
    }

    [Fact]
    public void Bench_EmptyCorpus_ExitsOne()
    {
        var error = new StringWriter();
        Assert.Equal(1, BenchPipelineCommand.Run([], 10, 0, FakeCoderStage.Pipeline(_ => []), TimeProvider.System, new StringWriter(), error));
        Assert.Contains("no articles", error.ToString());
    }
}
