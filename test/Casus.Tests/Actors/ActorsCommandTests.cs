using Casus.Cli.Commands;

namespace Casus.Tests.Actors;

public class ActorsCommandTests
{
    [Fact]
    public void Check_passes_the_shipped_dictionaries()
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, ActorsCommand.Check([], o, e));
        Assert.Contains("no problems", o.ToString());
        Assert.Equal("", e.ToString());
    }

    [Fact]
    public void Check_lists_problems_with_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"casus-actors-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "SYR | name: Syria\nSY | name: Syr\n");
        try
        {
            var (o, e) = (new StringWriter(), new StringWriter());
            Assert.Equal(1, ActorsCommand.Check([path], o, e));
            Assert.Contains($"{path}:2: ", e.ToString());
            Assert.Contains("1 problem(s)", e.ToString());
        }
        finally { File.Delete(path); }
    }
}

public class ActorsEvalCommandTests
{
    private static Casus.Pipeline.CasusPipeline TextAndActors() => new Casus.Pipeline.PipelineBuilder()
        .Add(Casus.Text.TextStage.CreateDefault())
        .Add(Casus.Actors.ActorStage.CreateDefault())
        .Build();

    [Fact]
    public void Eval_prints_accuracy_and_lists_wrong_records()
    {
        var path = Path.Combine(Path.GetTempPath(), $"casus-actor-phrases-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, """
            {"id":"a","text":"The rebels from Syria","expected_actor_codes":["SYRREB"]}
            {"id":"b","text":"Russia and China","expected_actor_codes":["RUS","IRN"]}
            {"id":"c","text":"broken","expected_actor_codes":"RUS"}
            """);
        try
        {
            var (o, e) = (new StringWriter(), new StringWriter());
            Assert.Equal(1, Casus.Cli.Commands.ActorsEvalCommand.Run(path, listErrors: true, TextAndActors(), o, e));
            var text = o.ToString();
            Assert.Contains("actor phrases: 2, correct 1, accuracy 50", text);
            Assert.Contains("b: \"Russia and China\" expected [RUS, IRN] found [RUS, CHN]", text);
            Assert.Contains("expected codes: 3, found (6 letters) 2", text);
            Assert.Contains($"{path}:3: expected_actor_codes: ", e.ToString());
        }
        finally { File.Delete(path); }
    }
}
