using Casus.Language.Parsing;
using Casus.Language.Parsing.Neural;
using Xunit;

namespace Casus.Tests.Language.Parsing;

/// <summary>The neural kind of the parser: its gradients, that it learns, and its model file.</summary>
public class NeuralParserTests
{
    private static readonly MlpTrainingOptions Tiny = new()
    {
        Epochs = 40, Hidden = 24, WordDim = 8, TagDim = 6, ClusterDim = 2, LabelDim = 4, ShapeDim = 3,
        Dropout = 0, WordDropout = 0, MinCount = 1, ExploreFromEpoch = 1000, LearningRate = 0.01f, Batch = 4,
    };

    private static MlpNetwork TinyNetwork(int seed)
    {
        var vocabulary = new MlpVocabulary(["russia", "vetoed", "the"], ["NNP", "VBD", "DT"], null);
        var net = new MlpNetwork(vocabulary, [3, 2, 2, 2, 2], hidden: 12, labels: 3);
        net.Initialise(new Random(seed));
        // Non-zero output biases, so their gradients are checked too.
        for (int i = 0; i < net.B2.Length; i++) net.B2[i] = 0.1f * i;
        // Small starting embeddings leave the units near zero: biases keep three in four active and the rest dead,
        // so both sides of the ReLU are checked.
        for (int i = 0; i < net.B1.Length; i++) net.B1[i] = i % 4 == 0 ? -1f : 0.2f;
        return net;
    }

    // Slot ids drawn from each slot's table.
    private static int[] Ids(MlpNetwork net, Random rng)
    {
        var ids = new int[MlpSlots.Count];
        for (int k = 0; k < ids.Length; k++) ids[k] = rng.Next(net.Rows[MlpSlots.All[k].Table]);
        return ids;
    }

    private static float Loss(MlpNetwork net, int[] ids, int[] valid, int target)
    {
        var learner = new MlpLearner(net, 1);
        learner.Forward(net, ids, 0);
        learner.Score(net, valid);
        // Backward into a scratch gradient only to read the loss it returns.
        return learner.Backward(net, new MlpGradients(net), valid, target);
    }

    [Fact]
    public void Gradients_MatchFiniteDifferences()
    {
        var net = TinyNetwork(7);
        var rng = new Random(3);
        var ids = Ids(net, rng);
        int[] valid = [0, 1, 3, 4, 6];
        int target = 3;
        var learner = new MlpLearner(net, 1);
        var g = new MlpGradients(net);
        learner.Forward(net, ids, 0);
        learner.Score(net, valid);
        learner.Backward(net, g, valid, target);

        var checks = new List<(string Name, float[] Weights, float[] Gradient, int Index)>();
        for (int i = 0; i < 12; i++) checks.Add(("W1", net.W1, g.W1, rng.Next(net.W1.Length)));
        // Output rows of valid outputs only (the others have no gradient).
        for (int i = 0; i < 6; i++) checks.Add(("W2", net.W2, g.W2, valid[rng.Next(valid.Length)] * net.Hidden + rng.Next(net.Hidden)));
        for (int i = 0; i < net.B1.Length; i++) checks.Add(("B1", net.B1, g.B1, i));
        foreach (int o in valid) checks.Add(("B2", net.B2, g.B2, o));
        // The word embedding rows the slots read (each read row gathers the gradient of every slot that read it).
        for (int k = 0; k < MlpSlots.Positions; k += 5)
            checks.Add(("E", net.Embeddings[MlpSlots.WordTable], g.Embeddings[MlpSlots.WordTable], ids[k] * net.Dims[MlpSlots.WordTable]));
        int nonZero = 0;
        var zero = new List<string>();
        // Small enough that no unit crosses its kink, large enough for float precision (the loss is near 1).
        const float h = 2e-3f;
        foreach (var (name, w, grad, i) in checks)
        {
            float keep = w[i];
            w[i] = keep + h; float up = Loss(net, ids, valid, target);
            w[i] = keep - h; float down = Loss(net, ids, valid, target);
            w[i] = keep;
            float numeric = (up - down) / (2 * h);
            Assert.True(Math.Abs(numeric - grad[i]) <= 2e-3f + 0.03f * Math.Abs(numeric), $"{name}[{i}]: analytic {grad[i]}, numeric {numeric}");
            if (Math.Abs(grad[i]) > 1e-4f) nonZero++; else zero.Add($"{name}[{i}]={grad[i]}");
        }
        // The check means something only if most gradients are not zero.
        Assert.True(nonZero > checks.Count / 2, $"only {nonZero} of {checks.Count} gradients are non-zero: {string.Join(' ', zero)}");
    }

    [Fact]
    public void Loss_FallsUnderAdam()
    {
        var net = TinyNetwork(11);
        var ids = Ids(net, new Random(5));
        int[] valid = [0, 1, 2, 4, 5];
        float before = Loss(net, ids, valid, 2);
        var learner = new MlpLearner(net, 1);
        var g = new MlpGradients(net);
        var adam = new MlpAdam(net, 0.01f);
        for (int i = 0; i < 50; i++)
        {
            learner.Forward(net, ids, 0);
            learner.Score(net, valid);
            learner.Backward(net, g, valid, 2);
            adam.Step(net, g, 1);
        }
        float after = Loss(net, ids, valid, 2);
        Assert.True(after < before / 4, $"loss {before} → {after}");
    }

    private static ParserModel TrainTiny(int seed = 1)
    {
        var train = new List<ParserSentence> { ParserTestData.Veto(), ParserTestData.Council() };
        return new MlpTrainer(Tiny with { Seed = seed }).Train(train);
    }

    [Fact]
    public void Trainer_LearnsHandBuiltTreebank()
    {
        var model = TrainTiny();
        Assert.True(model.IsNeural);
        var parser = new DependencyParser(model);
        var scores = ParserEvaluator.Evaluate(parser, [ParserTestData.Veto(), ParserTestData.Council()]);
        Assert.Equal(100.0, scores.Uas, 3);
        Assert.Equal(100.0, scores.Las, 3);
        var veto = ParserTestData.Veto();
        var (heads, relations) = parser.Parse(veto.Forms, veto.Xpos, veto.Upos);
        Assert.Equal([1, -1, 3, 1, 1], heads);
        Assert.Equal(veto.Relations, relations);
    }

    [Fact]
    public void Model_RoundTripsAndTrainsReproducibly()
    {
        var model = TrainTiny();
        var bytes = ParserTestData.Bytes(model);
        var loaded = ParserModel.Load(new MemoryStream(bytes));
        Assert.True(loaded.Success, loaded.Error);
        Assert.True(loaded.Value!.IsNeural);
        Assert.Equal(bytes, ParserTestData.Bytes(loaded.Value));
        Assert.Equal(model.Labels, loaded.Value.Labels);
        // Same seed, same bytes; another seed, other weights.
        Assert.Equal(bytes, ParserTestData.Bytes(TrainTiny()));
        Assert.NotEqual(bytes, ParserTestData.Bytes(TrainTiny(2)));
        var council = ParserTestData.Council();
        Assert.Equal(new DependencyParser(model).Parse(council.Forms, council.Xpos, council.Upos).Heads,
            new DependencyParser(loaded.Value).Parse(council.Forms, council.Xpos, council.Upos).Heads);
    }

    [Fact]
    public void Load_RejectsTruncatedNetwork()
    {
        var bytes = ParserTestData.Bytes(TrainTiny());
        var loaded = ParserModel.Load(new MemoryStream(bytes[..(bytes.Length - 40)]));
        Assert.False(loaded.Success);
    }

    [Fact]
    public void Vocabulary_FoldsCaseAndDigits()
    {
        var vocabulary = new MlpVocabulary(["the", "000"], ["DT", "CD"], null);
        var s = new MlpSentence();
        s.Reset(3);
        vocabulary.Set(s, 1, "The", "DT", Casus.Document.Upos.DET);
        vocabulary.Set(s, 2, "123", "_", Casus.Document.Upos.NUM);
        vocabulary.Set(s, 3, "zebra", "NN", Casus.Document.Upos.NOUN);
        Assert.Equal(MlpSlots.FirstKnown, s.Word[1]);
        Assert.Equal(MlpSlots.FirstKnown + 1, s.Word[2]);
        Assert.Equal(MlpSlots.Unknown, s.Word[3]);
        // No XPOS: the universal tag stands in ("NUM" is not a known tag here).
        Assert.Equal(MlpSlots.Unknown, s.Tag[2]);
        Assert.Equal(MlpSlots.Unknown, s.Tag[3]);
        Assert.Equal(MlpSlots.Unknown, s.Cluster[1]);
    }
}
