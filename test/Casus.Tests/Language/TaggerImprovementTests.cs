using Casus.Language.Conllu;
using Casus.Language.Lemmas;
using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Tests.Language;

public class TaggerImprovementTests
{
    [Fact]
    public void Ambiguity_lexicon_gives_each_word_the_set_of_its_classes()
    {
        var lexicon = AmbiguityLexicon.Build([("run", 1), ("run", 2), ("run", 1), ("walk", 2), ("walk", 1), ("walk", 1), ("once", 3)], minCount: 2, minShare: 0);
        Assert.Equal("1,2", lexicon.SetOf("run"));
        Assert.Equal(lexicon.Lookup("run"), lexicon.Lookup("walk")); // same set, same value
        Assert.Null(lexicon.SetOf("once")); // seen once: below the minimum count
        Assert.Equal(AmbiguityLexicon.Unknown, lexicon.Lookup("once"));
        Assert.Equal(AmbiguityLexicon.Unknown, lexicon.Lookup("never"));
    }

    [Fact]
    public void Ambiguity_lexicon_falls_back_to_the_lower_cased_form_with_a_distinct_value()
    {
        var lexicon = AmbiguityLexicon.Build([("run", 1), ("run", 1)], minCount: 2, minShare: 0);
        var upper = lexicon.Lookup("Run");
        Assert.NotEqual(AmbiguityLexicon.Unknown, upper);
        Assert.NotEqual(lexicon.Lookup("run"), upper);
        Assert.Equal(AmbiguityLexicon.Unknown, lexicon.Lookup(new string('r', 200)));
    }

    [Fact]
    public void Ambiguity_lexicon_drops_classes_below_the_minimum_share()
    {
        var occurrences = Enumerable.Repeat(("the", 4), 99).Append(("the", 9)).ToList();
        Assert.Equal("4", AmbiguityLexicon.Build(occurrences, 2, 0.05).SetOf("the"));
        Assert.Equal("4,9", AmbiguityLexicon.Build(occurrences, 2, 0).SetOf("the"));
    }

    [Theory]
    [InlineData("Russia vetoes the resolution on Syria", 0)]
    [InlineData("Russia Vetoes New Resolution On Syria", 1)]
    [InlineData("RUSSIA VETOES THE RESOLUTION", 2)]
    [InlineData("Hello there", 0)] // too short to tell
    public void Sentence_case_recognises_headlines_and_capitals(string sentence, int expected)
    {
        var st = SentenceText.Of(sentence.Split(' '));
        Assert.Equal(expected, TaggerFeatures.SentenceCase(st.Text, st.Starts, st.Ends));
    }

    [Fact]
    public void Feature_groups_add_their_templates_after_the_base_ones()
    {
        var st = SentenceText.Of(["Russia", "vetoed", "it"]);
        var w = new WordHashes[st.Count + 4];
        TaggerFeatures.Prepare(st.Text, st.Starts, st.Ends, w, WordClusters.Empty);
        var amb = new ulong[st.Count + 4];
        TaggerFeatures.PrepareAmbiguity(st.Text, st.Starts, st.Ends, amb, AmbiguityLexicon.Build([("vetoed", 1), ("vetoed", 1)], 2, 0));
        var set = TaggerFeatureSet.Ambiguity | TaggerFeatureSet.SentenceCase;
        var a = new int[TaggerFeatures.CountFor(set)];
        var b = new int[TaggerFeatures.Count];
        TaggerFeatures.Extract(set, w, amb, default, 0, 0, -1, -1, 12, a);
        TaggerFeatures.Extract(w, 0, -1, -1, 12, b);
        Assert.Equal(TaggerFeatures.Count + TaggerFeatures.AmbiguityCount + TaggerFeatures.SentenceCaseCount, a.Length);
        Assert.Equal(b, a[..TaggerFeatures.Count]);
        // The next word's ambiguity class is read: a different lexicon changes the ambiguity templates.
        var other = new ulong[st.Count + 4];
        TaggerFeatures.PrepareAmbiguity(st.Text, st.Starts, st.Ends, other, AmbiguityLexicon.Empty);
        var c = new int[a.Length];
        TaggerFeatures.Extract(set, w, other, default, 0, 0, -1, -1, 12, c);
        Assert.NotEqual(a[TaggerFeatures.Count..(TaggerFeatures.Count + TaggerFeatures.AmbiguityCount)], c[TaggerFeatures.Count..(TaggerFeatures.Count + TaggerFeatures.AmbiguityCount)]);
    }

    [Fact]
    public void Two_pass_tagger_learns_its_training_set_and_round_trips_byte_identically()
    {
        var sentences = LanguageTestData.Sentences();
        var tagger = new PosTaggerTrainer { BucketBits = 10, TwoPass = true, JackknifeFolds = 3 }.Train(sentences, WordClusters.Empty, 5, 1, TextWriter.Null);
        Assert.Equal(2, tagger.PassCount);
        var bytes = Save(tagger);
        AssertReloadsAndTagsItsTrainingSet(bytes, sentences);
    }

    [Fact]
    public void Ensemble_tagger_with_cluster_context_learns_its_training_set_and_is_deterministic()
    {
        var sentences = LanguageTestData.Sentences();
        PosTagger Train(int members) => new PosTaggerTrainer { BucketBits = 10, EnsembleSize = members, UseClusterContext = true }
            .Train(sentences, WordClusters.Empty, 5, 1, TextWriter.Null);
        var tagger = Train(2);
        var bytes = Save(tagger);
        Assert.Equal(bytes, Save(Train(2)));
        Assert.NotEqual(bytes, Save(Train(1))); // the second member changes the weights
        AssertReloadsAndTagsItsTrainingSet(bytes, sentences);
    }

    [Fact]
    public void Cluster_context_templates_read_the_neighbours_clusters()
    {
        var st = SentenceText.Of(["Russia", "vetoed", "it", "today"]);
        var w = new WordHashes[st.Count + 4];
        TaggerFeatures.Prepare(st.Text, st.Starts, st.Ends, w, WordClusters.Empty);
        var a = new int[TaggerFeatures.ClusterContextCount];
        TaggerFeatures.ExtractClusterContext(w, 1, 3, 12, a);
        w[4].Fine ^= 1; // the next word's fine cluster
        var b = new int[a.Length];
        TaggerFeatures.ExtractClusterContext(w, 1, 3, 12, b);
        Assert.NotEqual(a[0], b[0]);
        Assert.Equal(a[1], b[1]);
        Assert.Equal(TaggerFeatures.Count + TaggerFeatures.ClusterContextCount, TaggerFeatures.CountFor(TaggerFeatureSet.ClusterContext));
    }

    // The saved model loads, saves to the same bytes and tags its training sentences as annotated.
    private static void AssertReloadsAndTagsItsTrainingSet(byte[] bytes, IReadOnlyList<ConlluSentence> sentences)
    {
        var loaded = PosTagger.Load(new MemoryStream(bytes));
        Assert.True(loaded.Success, loaded.Error);
        Assert.Equal(bytes, Save(loaded.Value!));
        foreach (var s in sentences)
        {
            var st = SentenceText.Of(s);
            var classes = new int[st.Count];
            loaded.Value!.Tag(st.Text, st.Starts, st.Ends, classes);
            Assert.Equal(s.Words.Select(w => w.Xpos), classes.Select(loaded.Value.Xpos));
        }
    }

    [Fact]
    public void A_tagger_file_of_the_first_layout_still_loads()
    {
        // Layout before ambiguity classes and passes: classes, dictionary, clusters, weights.
        var bytes = ModelFile.ToBytes(PosTagger.Component, w =>
        {
            w.Section("classes");
            w.Write(["DT|DET", "NN|NOUN"]);
            w.Section("dictionary");
            w.Write(["the"]);
            w.Write([0]);
            WordClusters.Empty.Write(w);
            var weights = new short[(1 << 4) * 2];
            for (int b = 0; b < 16; b++) weights[b * 2 + 1] = 1; // every feature votes NN
            new WeightTable(4, 2, weights).Write(w);
        });
        var r = PosTagger.Load(new MemoryStream(bytes));
        Assert.True(r.Success, r.Error);
        Assert.Equal(1, r.Value!.PassCount);
        var st = SentenceText.Of(["the", "dog"]);
        var classes = new int[2];
        r.Value.Tag(st.Text, st.Starts, st.Ends, classes);
        Assert.Equal(["DT", "NN"], classes.Select(r.Value.Xpos));
    }

    [Fact]
    public void Lemmatizer_repairs_a_rule_output_that_is_no_known_lemma()
    {
        const string conllu = """
# sent_id = k-1
1	looked	look	VERB	VBD	_	0	root	_	_
2	cooked	cook	VERB	VBD	_	1	obj	_	_
3	provoke	provoke	VERB	VB	_	1	obj	_	_
4	smell	smell	VERB	VB	_	1	obj	_	_

""";
        var train = ConlluReader.Read(new StringReader(conllu), "k").ToList();
        var plain = new LemmatizerTrainer { MinRuleCount = 1, UseKnownLemmas = false }.Train(train);
        var repaired = new LemmatizerTrainer { MinRuleCount = 1 }.Train(train);
        Assert.Equal("provok", plain.Lemmatize("provoked", "VBD")); // the "-oked" rule strips two letters
        Assert.Equal("provoke", repaired.Lemmatize("provoked", "VBD"));
        Assert.Equal("smell", repaired.Lemmatize("smelled", "VBD"));
        Assert.Equal("hooked", repaired.Lemmatize("hooked", "NN")); // not an inflected tag: untouched
        var bytes = Save(repaired);
        var loaded = Lemmatizer.Load(new MemoryStream(bytes));
        Assert.True(loaded.Success, loaded.Error);
        Assert.Equal(repaired.KnownLemmaCount, loaded.Value!.KnownLemmaCount);
        Assert.Equal("provoke", loaded.Value.Lemmatize("provoked", "VBD"));
    }

    private static byte[] Save(PosTagger t) { var m = new MemoryStream(); t.Save(m); return m.ToArray(); }
    private static byte[] Save(Lemmatizer l) { var m = new MemoryStream(); l.Save(m); return m.ToArray(); }
}
