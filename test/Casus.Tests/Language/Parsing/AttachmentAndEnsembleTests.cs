using Casus.Language.Models;
using Casus.Language.Parsing;
using Casus.Language.Tagging;

namespace Casus.Tests.Language.Parsing;

public class AttachmentAndEnsembleTests
{
    [Fact]
    public void AttachmentFeatures_ReadTheFunctionWordUnderB0()
    {
        var clusters = PosTagger.CreateDefault().Clusters;
        // "ate pasta with forks" and "ate pasta of rice": the stack holds "ate pasta", b0 is the noun whose left
        // child is the preposition. Only the preposition differs, and only features that read it may differ.
        var with = Features(["ate", "pasta", "with", "forks"], clusters, FeatureExtractor.MaxCount);
        var of = Features(["ate", "pasta", "of", "forks"], clusters, FeatureExtractor.MaxCount);
        int before = FeatureExtractor.BaseCount + FeatureExtractor.ClusterCount;
        Assert.Equal(FeatureExtractor.MaxCount, before + FeatureExtractor.AttachmentCount);
        // The head-preposition pairs (s0 with b0's child, s1 with b0's child) tell the two apart.
        Assert.NotEqual(with[before], of[before]);
        Assert.NotEqual(with[before + 2], of[before + 2]);
        // The universal-tag templates at the end do not read the preposition.
        Assert.Equal(with[^4..], of[^4..]);
        // A shorter vector gets exactly the features it had before the attachment set existed.
        var shortWith = Features(["ate", "pasta", "with", "forks"], clusters, before);
        Assert.Equal(with[..before], shortWith);
    }

    [Fact]
    public void AttachmentModel_SavesAsLayoutThree_AndLoadsBackTheSame()
    {
        var clusters = PosTagger.CreateDefault().Clusters;
        var data = ParserTestData.DevSlice(120);
        var options = ParserTestData.Small with { AttachmentFeatures = true };
        var model = new ParserTrainer(options, clusters).Train(data);
        Assert.True(model.AttachmentFeatures);
        var bytes = ParserTestData.Bytes(model);
        var loaded = ParserModel.Load(new MemoryStream(bytes));
        Assert.True(loaded.Success, loaded.Error);
        Assert.True(loaded.Value!.AttachmentFeatures);
        Assert.Equal(bytes, ParserTestData.Bytes(loaded.Value));
        foreach (var s in data.Take(10))
            Assert.Equal(new DependencyParser(model).Parse(s.Forms, s.Xpos, s.Upos).Heads, new DependencyParser(loaded.Value).Parse(s.Forms, s.Xpos, s.Upos).Heads);
        // Without the attachment set the model reads (and writes) no flag.
        var plain = new ParserTrainer(ParserTestData.Small, clusters).Train(data);
        var plainBytes = ParserTestData.Bytes(plain);
        Assert.False(ParserModel.Load(new MemoryStream(plainBytes)).Value!.AttachmentFeatures);
        Assert.Equal(plainBytes, ParserTestData.Bytes(ParserModel.Load(new MemoryStream(plainBytes)).Value!));
    }

    [Fact]
    public void AttachmentFeatures_WithoutClusters_AreRejected()
        => Assert.Throws<ArgumentException>(() => new ParserTrainer(ParserTestData.Small with { AttachmentFeatures = true }, null));

    [Fact]
    public void Ensemble_IsDeterministic_AndDiffersFromOneMember()
    {
        var data = ParserTestData.DevSlice(100);
        var two = ParserTestData.Small with { Ensemble = 2 };
        var a = ParserTestData.Bytes(new ParserTrainer(two).Train(data));
        var b = ParserTestData.Bytes(new ParserTrainer(two).Train(data));
        var one = ParserTestData.Bytes(new ParserTrainer(ParserTestData.Small).Train(data));
        Assert.Equal(a, b);
        Assert.NotEqual(one, a);
    }

    [Fact]
    public void Ensemble_AveragedModel_FitsItsTrainingSentences()
    {
        // Averaging two members' weights must still give a working parser: on its own training sentences it gets
        // most heads right (a broken average, e.g. members summed out of step, would not).
        var data = ParserTestData.DevSlice(150);
        var model = new ParserTrainer(ParserTestData.Small with { Ensemble = 2, Epochs = 3 }).Train(data);
        var scores = ParserEvaluator.Evaluate(new DependencyParser(model), data);
        Assert.True(scores.Uas > 70, scores.ToString());
    }

    [Fact]
    public void Ensemble_WithBeam_IsRejected()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ParserTrainer(ParserTestData.Small with { Ensemble = 2, BeamWidth = 2 }));

    private static ulong[] Features(string[] words, WordClusters clusters, int count)
    {
        var sf = new SentenceFeatures();
        sf.Reset(words.Length, clusters);
        string[] tags = ["VBD", "NN", "IN", "NNS"];
        Casus.Document.Upos[] upos = [Casus.Document.Upos.VERB, Casus.Document.Upos.NOUN, Casus.Document.Upos.ADP, Casus.Document.Upos.NOUN];
        for (int i = 0; i < words.Length; i++) sf.Set(i + 1, words[i], tags[i], upos[i]);
        var st = new ArcHybridState();
        st.Reset(words.Length);
        st.Apply(ParserAction.Shift, -1); // ate
        st.Apply(ParserAction.Shift, -1); // pasta
        st.Apply(ParserAction.Shift, -1); // with / of
        st.Apply(ParserAction.Left, 0);   // the preposition becomes the left child of "forks"
        var f = new ulong[count];
        FeatureExtractor.Extract(st, sf, f);
        return f;
    }
}
