using Casus.Language.Conllu;
using Casus.Language.Models;
using Casus.Language.Parsing;
using Casus.Language.Tagging;

namespace Casus.Tests.Language.Parsing;

public class JackknifeAndClusterTests
{
    [Fact]
    public void Jackknife_KeepsOrderAndTrees_ChangesSomeTags_AndIsDeterministic()
    {
        var gold = ParserTestData.DevSlice(240);
        var clusters = PosTagger.CreateDefault().Clusters;
        var a = TagJackknife.Retag(gold, 3, clusters, 1, 2, TextWriter.Null);
        var b = TagJackknife.Retag(gold, 3, clusters, 1, 2, TextWriter.Null);
        Assert.Equal(gold.Count, a.Count);
        for (int s = 0; s < gold.Count; s++)
        {
            Assert.Equal(gold[s].Forms, a[s].Forms);
            Assert.Equal(gold[s].Heads, a[s].Heads);
            Assert.Equal(gold[s].Relations, a[s].Relations);
            Assert.Equal(a[s].Xpos, b[s].Xpos);
        }
        // Taggers trained on 160 sentences are poor but far better than chance; they are not the gold tags.
        double errors = TagJackknife.TagErrorRate(gold, a);
        Assert.InRange(errors, 1, 40);
    }

    [Fact]
    public void Jackknife_RejectsFewerThanTwoFolds()
        => Assert.Throws<ArgumentOutOfRangeException>(() => TagJackknife.Retag(ParserTestData.DevSlice(10), 1, WordClusters.Empty, 1, 1, TextWriter.Null));

    [Fact]
    public void ClusterModel_CarriesItsClusters_ThroughSaveAndLoad()
    {
        var clusters = PosTagger.CreateDefault().Clusters;
        var data = ParserTestData.DevSlice(120);
        var model = new ParserTrainer(ParserTestData.Small, clusters).Train(data);
        Assert.Same(clusters, model.Clusters);
        var bytes = ParserTestData.Bytes(model);
        var loaded = ParserModel.Load(new MemoryStream(bytes)).Value!;
        Assert.Equal(clusters.Count, loaded.Clusters!.Count);
        Assert.Equal(bytes, ParserTestData.Bytes(loaded));
        var s = data[5];
        Assert.Equal(new DependencyParser(model).Parse(s.Forms, s.Xpos, s.Upos).Heads, new DependencyParser(loaded).Parse(s.Forms, s.Xpos, s.Upos).Heads);
    }

    [Fact]
    public void ClusterFeatures_DependOnTheWordsCluster()
    {
        var clusters = PosTagger.CreateDefault().Clusters;
        // The same sentence shape with a place name or a time word as b0: only the cluster features tell them apart
        // beyond the word itself.
        var a = Features(["They", "visited", "Paris"], clusters);
        var b = Features(["They", "visited", "yesterday"], clusters);
        Assert.Equal(FeatureExtractor.MaxCount, a.Length);
        Assert.NotEqual(a[FeatureExtractor.BaseCount..], b[FeatureExtractor.BaseCount..]);
        Assert.Equal(FeatureExtractor.BaseCount, FeatureExtractor.CountFor(false));
    }

    [Fact]
    public void LayoutOneModels_StillLoad_AsGreedyModelsWithoutClusters()
    {
        // The first layout had no "layout" and "clusters" sections.
        var bytes = ModelFile.ToBytes(ParserModel.Component, w =>
        {
            w.Section("labels");
            w.Write(new[] { "nsubj", "root" });
            w.Section("actions");
            w.Write(8);
            w.WriteSparse(new short[(1 << 8) * 4]);
            w.Section("relations");
            w.Write(8);
            w.Write(WeightTable.PaddedWidth(2));
            w.WriteSparse(new short[(1 << 8) * WeightTable.PaddedWidth(2)]);
        });
        var loaded = ParserModel.Load(new MemoryStream(bytes));
        Assert.True(loaded.Success, loaded.Error);
        Assert.Equal(1, loaded.Value!.BeamWidth);
        Assert.Null(loaded.Value.Clusters);
        Assert.Equal(1, loaded.Value.RootLabel);
    }

    private static ulong[] Features(string[] words, WordClusters clusters)
    {
        var sf = new SentenceFeatures();
        sf.Reset(words.Length, clusters);
        for (int i = 0; i < words.Length; i++) sf.Set(i + 1, words[i], "NN", Casus.Document.Upos.NOUN);
        var st = new ArcHybridState();
        st.Reset(words.Length);
        st.Apply(ParserAction.Shift, -1);
        st.Apply(ParserAction.Shift, -1);
        var f = new ulong[FeatureExtractor.MaxCount];
        FeatureExtractor.Extract(st, sf, f);
        return f;
    }
}
