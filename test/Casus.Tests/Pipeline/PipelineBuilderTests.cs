using Casus.Document;
using Casus.Pipeline;

namespace Casus.Tests.Pipeline;

public class PipelineBuilderTests
{
    private sealed class FakeStage(string name, Annotations requires, Annotations assigns) : IStage
    {
        public string Name => name;
        public Annotations Requires => requires;
        public Annotations Assigns => assigns;
        public int Calls;
        public void Process(Article article) => Calls++;
    }

    [Fact]
    public void Build_rejects_a_stage_whose_requirement_no_earlier_stage_assigns()
    {
        var b = new PipelineBuilder().Add(new FakeStage("coder", Annotations.Mentions, Annotations.Events));
        var ex = Assert.Throws<InvalidOperationException>(() => b.Build());
        Assert.Contains("coder", ex.Message);
        Assert.Contains("Mentions", ex.Message);
    }

    [Fact]
    public void Process_runs_stages_in_order_and_skips_filled_layers()
    {
        var s1 = new FakeStage("split", Annotations.None, Annotations.Sentences | Annotations.Tokens);
        var s2 = new FakeStage("actors", Annotations.Tokens, Annotations.Mentions);
        var p = new PipelineBuilder().Add(s1).Add(s2).Build();
        var a = new Article("x", "text");
        a.MarkFilled(Annotations.Sentences | Annotations.Tokens);
        p.Process(a);
        Assert.Equal(0, s1.Calls);
        Assert.Equal(1, s2.Calls);
        Assert.True(a.Filled.HasFlag(Annotations.Mentions));
    }
}
