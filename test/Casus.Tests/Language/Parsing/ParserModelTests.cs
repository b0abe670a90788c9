using Casus.Language.Conllu;
using Casus.Language.Parsing;

namespace Casus.Tests.Language.Parsing;

public class ParserModelTests
{
    private static List<ParserSentence> Slice(int count) =>
        ConlluReader.ReadFile(TestPaths.SharedData("ud/en_ewt-ud-dev.conllu.gz")).Take(count)
            .Select(ParserTreebank.From).OfType<ParserSentence>().ToList();

    private static readonly ParserTrainingOptions Small = new() { Epochs = 2, ActionBits = 16, LabelBits = 12 };

    [Fact]
    public void SaveLoad_RoundTrip_KeepsWeightsAndParses()
    {
        var data = Slice(150);
        var model = new ParserTrainer(Small).Train(data);
        var bytes = Save(model);
        var result = ParserModel.Load(new MemoryStream(bytes));
        Assert.True(result.Success, result.Error);
        var loaded = result.Value;
        Assert.Equal(model.Labels, loaded!.Labels);
        Assert.Equal(model.ActionWeights, loaded.ActionWeights);
        Assert.Equal(model.LabelWeights, loaded.LabelWeights);
        Assert.Equal(bytes, Save(loaded));
        var s = data[3];
        Assert.Equal(new DependencyParser(model).Parse(s.Forms, s.Xpos, s.Upos), new DependencyParser(loaded).Parse(s.Forms, s.Xpos, s.Upos), new ParseComparer());
    }

    [Fact]
    public void Training_IsDeterministic_ForFixedSeed()
    {
        var data = Slice(120);
        Assert.Equal(Save(new ParserTrainer(Small).Train(data)), Save(new ParserTrainer(Small).Train(data)));
        Assert.NotEqual(Save(new ParserTrainer(Small).Train(data)), Save(new ParserTrainer(Small with { Seed = 7 }).Train(data)));
    }

    [Fact]
    public void Training_LearnsTheTrainingSentences()
    {
        var data = Slice(200);
        var model = new ParserTrainer(Small with { Epochs = 6 }).Train(data);
        var scores = ParserEvaluator.Evaluate(new DependencyParser(model), data);
        Assert.True(scores.Uas > 85, scores.ToString());
    }

    [Theory]
    [InlineData(new byte[0], "bad magic")]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 }, "bad magic")]
    public void Load_RejectsGarbage_WithReason(byte[] bytes, string reason)
    {
        var result = ParserModel.Load(new MemoryStream(bytes));
        Assert.False(result.Success);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public void Load_RejectsTruncatedModel_WithReason()
    {
        var bytes = Save(new ParserTrainer(Small with { Epochs = 1 }).Train(Slice(30)));
        var truncated = ParserModel.Load(new MemoryStream(bytes[..(bytes.Length / 2)]));
        Assert.False(truncated.Success);
        Assert.Contains("damaged", truncated.Error);
        var wrongVersion = (byte[])bytes.Clone();
        wrongVersion[8] = 99;
        var old = ParserModel.Load(new MemoryStream(wrongVersion));
        Assert.False(old.Success);
        Assert.Contains("version 99", old.Error);
    }

    private static byte[] Save(ParserModel model)
    {
        var ms = new MemoryStream();
        model.Save(ms);
        return ms.ToArray();
    }

    private sealed class ParseComparer : IEqualityComparer<(int[] Heads, string[] Relations)>
    {
        public bool Equals((int[] Heads, string[] Relations) x, (int[] Heads, string[] Relations) y)
            => x.Heads.SequenceEqual(y.Heads) && x.Relations.SequenceEqual(y.Relations);
        public int GetHashCode((int[] Heads, string[] Relations) obj) => obj.Heads.Length;
    }
}
