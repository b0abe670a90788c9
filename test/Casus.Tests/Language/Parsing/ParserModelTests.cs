using Casus.Language.Conllu;
using Casus.Language.Parsing;

namespace Casus.Tests.Language.Parsing;

public class ParserModelTests
{
    [Fact]
    public void SaveLoad_RoundTrip_KeepsWeightsAndParses()
    {
        var data = ParserTestData.DevSlice(150);
        var model = new ParserTrainer(ParserTestData.Small).Train(data);
        var bytes = ParserTestData.Bytes(model);
        var result = ParserModel.Load(new MemoryStream(bytes));
        Assert.True(result.Success, result.Error);
        var loaded = result.Value;
        Assert.Equal(model.Labels, loaded!.Labels);
        Assert.Equal(model.ActionWeights, loaded.ActionWeights);
        Assert.Equal(model.LabelWeights, loaded.LabelWeights);
        Assert.Equal(bytes, ParserTestData.Bytes(loaded));
        var s = data[3];
        Assert.Equal(new DependencyParser(model).Parse(s.Forms, s.Xpos, s.Upos), new DependencyParser(loaded).Parse(s.Forms, s.Xpos, s.Upos), new ParseComparer());
    }

    [Fact]
    public void Training_IsDeterministic_ForFixedSeed()
    {
        var data = ParserTestData.DevSlice(120);
        Assert.Equal(ParserTestData.Bytes(new ParserTrainer(ParserTestData.Small).Train(data)), ParserTestData.Bytes(new ParserTrainer(ParserTestData.Small).Train(data)));
        Assert.NotEqual(ParserTestData.Bytes(new ParserTrainer(ParserTestData.Small).Train(data)), ParserTestData.Bytes(new ParserTrainer(ParserTestData.Small with { Seed = 7 }).Train(data)));
    }

    [Fact]
    public void Training_LearnsTheTrainingSentences()
    {
        var data = ParserTestData.DevSlice(200);
        var model = new ParserTrainer(ParserTestData.Small with { Epochs = 6 }).Train(data);
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
        var bytes = ParserTestData.Bytes(new ParserTrainer(ParserTestData.Small with { Epochs = 1 }).Train(ParserTestData.DevSlice(30)));
        var truncated = ParserModel.Load(new MemoryStream(bytes[..(bytes.Length / 2)]));
        Assert.False(truncated.Success);
        Assert.Contains("damaged", truncated.Error);
        var wrongVersion = (byte[])bytes.Clone();
        wrongVersion[8] = 99;
        var old = ParserModel.Load(new MemoryStream(wrongVersion));
        Assert.False(old.Success);
        Assert.Contains("version 99", old.Error);
    }

    private sealed class ParseComparer : IEqualityComparer<(int[] Heads, string[] Relations)>
    {
        public bool Equals((int[] Heads, string[] Relations) x, (int[] Heads, string[] Relations) y)
            => x.Heads.SequenceEqual(y.Heads) && x.Relations.SequenceEqual(y.Relations);
        public int GetHashCode((int[] Heads, string[] Relations) obj) => obj.Heads.Length;
    }
}
