using Casus.Language.Conllu;
using Casus.Language.Parsing;

namespace Casus.Tests.Language.Parsing;

public class BeamSearchTests
{
    [Fact]
    public void Agenda_KeepsTheBestCandidatesSorted_AndTheFirstOfEqualOnes()
    {
        var agenda = new BeamAgenda();
        agenda.Clear(3);
        agenda.Offer(1, 0, ParserAction.Shift);
        agenda.Offer(5, 1, ParserAction.Left);
        agenda.Offer(3, 2, ParserAction.Right);
        agenda.Offer(5, 3, ParserAction.Shift);
        agenda.Offer(0, 4, ParserAction.Left);
        Assert.Equal(3, agenda.Count);
        Assert.Equal([5.0, 5.0, 3.0], agenda.Score[..3]);
        Assert.Equal([1, 3, 2], agenda.Parent[..3]);
        Assert.Equal(ParserAction.Left, agenda.Action[0]);
    }

    [Fact]
    public void CopyFrom_GivesAnIndependentEqualState()
    {
        var s = ParserTestData.Council();
        var a = new ArcHybridState();
        a.Reset(s.Forms.Length);
        a.Apply(ParserAction.Shift, -1);
        a.Apply(ParserAction.Shift, -1);
        a.Apply(ParserAction.Left, 3);
        var b = new ArcHybridState();
        b.CopyFrom(a);
        Assert.Equal(a.StackSize, b.StackSize);
        Assert.Equal(a.Buffer, b.Buffer);
        Assert.Equal(a.Head[..(s.Forms.Length + 1)], b.Head[..(s.Forms.Length + 1)]);
        Assert.Equal(2, b.Left1[3]);
        b.Apply(ParserAction.Shift, -1);
        Assert.NotEqual(a.Buffer, b.Buffer);
    }

    [Fact]
    public void BeamOfOne_GivesTheGreedyTrees_OfTheShippedModel()
    {
        // The greedy loop skips scoring where only one transition is valid; a beam of one scores every transition.
        var parser = new DependencyParser(ParserStage.ShippedModel());
        var ws = new ParserWorkspace();
        foreach (var s in ParserTestData.DevSlice(150))
        {
            var (heads, relations) = parser.Parse(s.Forms, s.Xpos, s.Upos, ws);
            parser.ParseBeam(ws, 1);
            for (int i = 0; i < s.Forms.Length; i++)
            {
                Assert.Equal(heads[i], ws.State.Head[i + 1] - 1);
                Assert.Equal(relations[i], parser.Model.Labels[ws.State.Label[i + 1]]);
            }
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public void BeamDecoding_GivesTheTreesOfAPlainItemByItemBeam(int width)
    {
        // The decoder scores the beam in phases and moves states instead of copying them; a plain beam that scores,
        // labels and copies item by item must find the same trees and relations.
        var parser = new DependencyParser(ParserStage.ShippedModel(), width);
        var ws = new ParserWorkspace();
        foreach (var s in ParserTestData.DevSlice(120))
        {
            var (heads, relations) = parser.Parse(s.Forms, s.Xpos, s.Upos, ws);
            var expected = PlainBeam(parser, s, width);
            for (int i = 0; i < s.Forms.Length; i++)
            {
                Assert.Equal(expected.Head[i + 1] - 1, heads[i]);
                Assert.Equal(parser.Model.Labels[expected.Label[i + 1]], relations[i]);
            }
        }
    }

    [Fact]
    public void BeamMargin_PrunesTowardsGreedy_AndAWideMarginChangesNothing()
    {
        var model = ParserStage.ShippedModel();
        var wide = new DependencyParser(model, 4);
        var wideMargin = new DependencyParser(model, 4, int.MaxValue / 2);
        var narrow = new DependencyParser(model, 4, 1);
        var greedy = new DependencyParser(model, 1);
        int differFromGreedy = 0;
        foreach (var s in ParserTestData.DevSlice(150))
        {
            var a = wide.Parse(s.Forms, s.Xpos, s.Upos);
            Assert.Equal(a.Heads, wideMargin.Parse(s.Forms, s.Xpos, s.Upos).Heads);
            Assert.Equal(a.Relations, wideMargin.Parse(s.Forms, s.Xpos, s.Upos).Relations);
            // A margin of one score unit keeps only (near-)ties, so the beam decodes as the greedy parser does.
            var g = greedy.Parse(s.Forms, s.Xpos, s.Upos);
            Assert.Equal(g.Heads, narrow.Parse(s.Forms, s.Xpos, s.Upos).Heads);
            if (!a.Heads.SequenceEqual(g.Heads)) differFromGreedy++;
        }
        // The unpruned beam of 4 does find other trees (so the two checks above are not the same check twice).
        Assert.True(differFromGreedy > 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DependencyParser(model, 4, -1));
    }

    [Fact]
    public void BeamWork_CountsTheItemsScored_AndTheMarginScoresFewer()
    {
        var model = ParserStage.ShippedModel();
        var data = ParserTestData.DevSlice(60);
        Assert.Equal((0.0, 0.0), ParserEvaluator.BeamWork(new DependencyParser(model, 1), data));
        var (items, labels) = ParserEvaluator.BeamWork(new DependencyParser(model, 4), data);
        // A full beam of 4 after the first steps; about half the transitions are arcs, each candidate's labelled.
        Assert.InRange(items, 3.0, 4.0);
        Assert.InRange(labels, 0.5, 4.0);
        var (pruned, prunedLabels) = ParserEvaluator.BeamWork(new DependencyParser(model, 4, 30000), data);
        Assert.True(pruned < items, $"{pruned} vs {items}");
        Assert.True(prunedLabels < labels);
    }

    // The textbook beam: extract, score and label each item in turn, copy every surviving state.
    private static ArcHybridState PlainBeam(DependencyParser parser, ParserSentence s, int width)
    {
        var ws = new ParserWorkspace();
        int n = s.Forms.Length, count = parser.Model.FeatureCount;
        ws.Sentence.Reset(n, parser.Model.Clusters);
        for (int i = 0; i < n; i++) ws.Sentence.Set(i + 1, s.Forms[i], s.Xpos[i], s.Upos[i]);
        var beam = new List<(ArcHybridState State, double Score)> { (new ArcHybridState(), 0) };
        beam[0].State.Reset(n);
        var agenda = new BeamAgenda();
        var scores = new int[3];
        var feats = new ulong[width][];
        while (!beam[0].State.IsTerminal)
        {
            agenda.Clear(width);
            for (int i = 0; i < beam.Count; i++)
            {
                feats[i] = new ulong[count];
                FeatureExtractor.Extract(beam[i].State, ws.Sentence, feats[i]);
                parser.ScoreActions(feats[i], ws.Rows, scores);
                for (int a = 0; a < 3; a++)
                    if (beam[i].State.IsValid((ParserAction)a)) agenda.Offer(beam[i].Score + scores[a], i, (ParserAction)a);
            }
            var next = new List<(ArcHybridState, double)>();
            for (int j = 0; j < agenda.Count; j++)
            {
                var parent = beam[agenda.Parent[j]].State;
                var action = agenda.Action[j];
                int label = action == ParserAction.Shift ? -1 : parser.ChooseLabel(ws, parent, feats[agenda.Parent[j]], action);
                var st = new ArcHybridState();
                st.CopyFrom(parent);
                st.Apply(action, label);
                next.Add((st, agenda.Score[j]));
            }
            beam = next;
        }
        return beam[0].State;
    }

    [Fact]
    public void BeamTraining_LearnsTheTrainingSentences_AndDecodesWithItsWidth()
    {
        var data = ParserTestData.DevSlice(200);
        var model = new ParserTrainer(ParserTestData.Small with { Epochs = 6, BeamWidth = 4 }).Train(data);
        Assert.Equal(4, model.BeamWidth);
        var parser = new DependencyParser(model);
        Assert.Equal(4, parser.BeamWidth);
        var scores = ParserEvaluator.Evaluate(parser, data);
        Assert.True(scores.Uas > 85, scores.ToString());
        // Every sentence still comes out as one tree with one root.
        foreach (var s in data.Take(50))
        {
            var (heads, relations) = parser.Parse(s.Forms, s.Xpos, s.Upos);
            Assert.Equal(1, heads.Count(h => h == -1));
            Assert.Equal("root", relations[Array.IndexOf(heads, -1)]);
        }
    }

    [Fact]
    public void BeamTraining_IsDeterministic_AndTheWidthSurvivesSaveAndLoad()
    {
        var data = ParserTestData.DevSlice(80);
        var options = ParserTestData.Small with { BeamWidth = 3 };
        var bytes = ParserTestData.Bytes(new ParserTrainer(options).Train(data));
        Assert.Equal(bytes, ParserTestData.Bytes(new ParserTrainer(options).Train(data)));
        var loaded = ParserModel.Load(new MemoryStream(bytes));
        Assert.True(loaded.Success, loaded.Error);
        Assert.Equal(3, loaded.Value!.BeamWidth);
    }

    [Fact]
    public void BeamTrainedModel_ParsesHeldOutTextBetterWithItsBeam_ThanGreedily()
    {
        // Max-violation training scores whole transition sequences, so greedy decoding of its weights falls behind.
        var train = ParserTestData.DevSlice(300);
        var model = new ParserTrainer(ParserTestData.Small with { Epochs = 3, BeamWidth = 4 }).Train(train[..200]);
        var held = train[200..];
        var beam = ParserEvaluator.Evaluate(new DependencyParser(model, 4), held);
        var greedy = ParserEvaluator.Evaluate(new DependencyParser(model, 1), held);
        Assert.True(beam.Uas > greedy.Uas, $"beam {beam} greedy {greedy}");
    }
}
