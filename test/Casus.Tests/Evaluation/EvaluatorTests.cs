using Casus.Coding;
using Casus.Document;
using Casus.Evaluation;
using Casus.Tests.TestKit;

namespace Casus.Tests.Evaluation;

public class EvaluatorTests
{
    private static GoldRecord Record(string id, string text, params GoldEvent[] events) => new(id, text, null, events, "gold.jsonl", 1);

    [Fact]
    public void Evaluator_MicroAveragesOverRecords()
    {
        var evaluator = new Evaluator();
        // Record 1: one gold, one right prediction plus one spurious.
        var a1 = CodedArticles.Tokenized("r1", "Syria attacked Turkey and Iraq");
        a1.AddEvent(CodedArticles.EventOf(a1, "Syria", "SYRMIL", "attacked", "Turkey", "TUR", "190", PloverCategory.ASSAULT));
        a1.AddEvent(CodedArticles.EventOf(a1, "Syria", "SYRMIL", "attacked", "Iraq", "IRQ", "190", PloverCategory.ASSAULT));
        evaluator.Add(Record("r1", a1.Text, new GoldEvent("SYR", "TUR", CameoCode.Parse("19"), PloverCategory.ASSAULT)), a1);
        // Record 2: two gold, none found.
        var a2 = CodedArticles.Tokenized("r2", "France met Germany");
        evaluator.Add(Record("r2", a2.Text,
            new GoldEvent("FRA", "DEU", CameoCode.Parse("040"), PloverCategory.CONSULT),
            new GoldEvent("DEU", "FRA", CameoCode.Parse("040"), PloverCategory.CONSULT)), a2);

        var report = evaluator.Report();
        Assert.Equal(2, report.Records);
        var code = report.At(ScoreLevel.CodeDyad);
        Assert.Equal((1, 2, 3), (code.Matched, code.Predicted, code.Gold));
        Assert.Equal(0.5, code.Precision, 6);
        Assert.Equal(1 / 3.0, code.Recall, 6);
        Assert.Equal(0.4, code.F1, 6);
        // Iraq is wrong at code+dyad but at the plover level actors are ignored: still only one gold ASSAULT in r1.
        Assert.Equal(1, report.At(ScoreLevel.Plover).Matched);
    }

    [Fact]
    public void Evaluator_NoEventRecords_ShareLeftUncoded()
    {
        var evaluator = new Evaluator();
        var quiet = CodedArticles.Tokenized("q1", "The weather was fine");
        evaluator.Add(Record("q1", quiet.Text), quiet);
        var alarm = CodedArticles.Tokenized("q2", "Syria attacked nobody");
        alarm.AddEvent(CodedArticles.EventOf(alarm, "Syria", "SYR", "attacked", null, null, "190", PloverCategory.ASSAULT));
        evaluator.Add(Record("q2", alarm.Text), alarm);
        var withEvent = CodedArticles.Tokenized("e1", "Syria attacked Turkey");
        evaluator.Add(Record("e1", withEvent.Text, new GoldEvent("SYR", "TUR", CameoCode.Parse("190"), PloverCategory.ASSAULT)), withEvent);

        var report = evaluator.Report();
        Assert.Equal(2, report.NoEventRecords);
        Assert.Equal(1, report.NoEventUncoded);
        Assert.Equal(0.5, report.NoEventUncodedShare);
        // The false alarm counts against precision.
        Assert.Equal(1, report.At(ScoreLevel.CodeDyad).Predicted);
        Assert.Equal(0, report.At(ScoreLevel.CodeDyad).Matched);
    }

    [Fact]
    public void Evaluator_NoNoEventRecords_ShareIsNull()
    {
        var evaluator = new Evaluator();
        var a = CodedArticles.Tokenized("e1", "Syria attacked Turkey");
        evaluator.Add(Record("e1", a.Text, new GoldEvent("SYR", "TUR", CameoCode.Parse("190"), PloverCategory.ASSAULT)), a);
        Assert.Null(evaluator.Report().NoEventUncodedShare);
    }

    [Fact]
    public void RecordScore_ListsMissedAndSpuriousWithOrigin()
    {
        var a = CodedArticles.Tokenized("r", "Syria attacked Turkey");
        a.AddEvent(CodedArticles.EventOf(a, "Turkey", "TUR", "attacked", "Syria", "SYR", "190", PloverCategory.ASSAULT));
        var score = new Evaluator().Add(Record("r", a.Text, new GoldEvent("SYR", "TUR", CameoCode.Parse("190"), PloverCategory.ASSAULT)), a);
        var m = score.At(ScoreLevel.CodeDyad);
        Assert.Equal("SYR", Assert.Single(m.Missed).Source);
        Assert.Equal(0, Assert.Single(m.Spurious).Origin);
        Assert.Single(score.At(ScoreLevel.Plover).Pairs);
    }
}
