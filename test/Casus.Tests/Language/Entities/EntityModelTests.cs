using Casus.Document;
using Casus.Language.Entities;
using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Tests.Language.Entities;

public class EntityModelTests
{
    private static readonly Iob2Sentence[] Train =
    [
        Sentence("Mr. Smith visited Paris on Monday .", "O B-PER O B-LOC O O O"),
        Sentence("John Smith works for Acme Corp in London .", "B-PER I-PER O O B-ORG I-ORG O B-LOC O"),
        Sentence("The bank in Berlin hired Mary Jones .", "O O O B-LOC O B-PER I-PER O"),
        Sentence("Acme Corp opened an office in Paris .", "B-ORG I-ORG O O O O B-LOC O"),
    ];

    private static Iob2Sentence Sentence(string words, string tags) =>
        new(null, words.Split(' '), tags.Split(' ').Select(t => EntityTag.Parse(t)).ToArray(), 1);

    private static PosTagger TinyTagger() => new PosTaggerTrainer { BucketBits = 10 }.Train(LanguageTestData.Sentences(), WordClusters.Empty, 3, 7, TextWriter.Null);

    /// <summary>Asserts that <paramref name="better"/> finds the names of <paramref name="sentences"/> and does better than <paramref name="worse"/>.</summary>
    private static void AssertBetter(IReadOnlyList<Iob2Sentence> sentences, PosTagger tagger, EntityRecognizer better, EntityRecognizer worse)
    {
        var s = EntityRecognizerTrainer.Evaluate(sentences, tagger, better);
        Assert.True(s.F1 > 0.9, $"F1 {s.F1:F2}");
        Assert.True(s.F1 > EntityRecognizerTrainer.Evaluate(sentences, tagger, worse).F1);
    }

    private static (PosTagger, EntityRecognizer) TrainTiny()
    {
        var tagger = TinyTagger();
        var ner = new EntityRecognizerTrainer { BucketBits = 12, Folds = 2 }.Train(Train, tagger, 6, 1, TextWriter.Null);
        return (tagger, ner);
    }

    private static byte[] Save(EntityRecognizer r)
    {
        var ms = new MemoryStream();
        r.Save(ms);
        return ms.ToArray();
    }

    [Fact]
    public void Save_load_save_is_byte_identical_and_training_is_deterministic()
    {
        var (_, ner) = TrainTiny();
        var bytes = Save(ner);
        var loaded = EntityRecognizer.Load(new MemoryStream(bytes));
        Assert.True(loaded.Success, loaded.Error);
        Assert.Equal(bytes, Save(loaded.Value!));
        Assert.Equal(bytes, Save(TrainTiny().Item2));
        Assert.True(loaded.Value!.Gazetteer.PhraseCount > 0);
        Assert.True(loaded.Value!.Viterbi && loaded.Value!.SplitTitles, "the trainer's default decoding switches survive the file");
    }

    [Fact]
    public void The_tiny_model_learns_its_training_sentences()
    {
        var (tagger, ner) = TrainTiny();
        var s = EntityRecognizerTrainer.Evaluate(Train, tagger, ner);
        Assert.True(s.F1 > 0.9, $"F1 {s.F1:F2}");
    }

    [Fact]
    public void Lower_cased_copies_teach_names_without_capitals()
    {
        var tagger = TinyTagger();
        var lowered = Train.Select(s => s with { Words = s.Words.Select(w => w.ToLowerInvariant()).ToArray() }).ToArray();
        var plain = new EntityRecognizerTrainer { BucketBits = 12, Folds = 0 }.Train(Train, tagger, 6, 1, TextWriter.Null);
        var copies = new EntityRecognizerTrainer { BucketBits = 12, Folds = 0, LowerCaseCopies = 100 }.Train(Train, tagger, 6, 1, TextWriter.Null);
        AssertBetter(lowered, tagger, copies, plain);
    }

    [Fact]
    public void Domain_augmented_source_sentences_do_not_override_the_target_scheme()
    {
        // The source scheme calls every organisation a place, three times as often as the target calls it one:
        // mixed into one training set it would outvote the target; augmented, the target's own weights keep ORG.
        var tagger = TinyTagger();
        var relabelled = Train.Select(s => s with { Tags = s.Tags.Select(t => t.Type == EntityType.Organization ? new EntityTag(EntityType.Location, t.Begin) : t).ToArray() });
        var source = Enumerable.Range(0, 3).SelectMany(k => relabelled.Select((s, i) => s with { Id = $"src{k}{i}-1" })).ToList();
        var trainer = new EntityRecognizerTrainer { BucketBits = 12, Folds = 0, EnsembleSize = 1 };
        var augmented = trainer.Train(Train, tagger, 6, 1, TextWriter.Null, source: source);
        var mixed = trainer.Train([.. Train, .. source], tagger, 6, 1, TextWriter.Null);
        AssertBetter(Train, tagger, augmented, mixed);
    }

    [Fact]
    public void Weighted_sentences_outvote_the_others_where_the_two_annotations_disagree()
    {
        // A second annotation calls every organisation a place: whichever of the two is trained four times wins.
        var tagger = TinyTagger();
        var relabelled = Train.Select((s, i) => s with
        {
            Id = $"dev{i}-0001",
            Tags = s.Tags.Select(t => t.Type == EntityType.Organization ? new EntityTag(EntityType.Location, t.Begin) : t).ToArray(),
        }).ToArray();
        var trainer = new EntityRecognizerTrainer { BucketBits = 12, Folds = 0, EnsembleSize = 1 };
        var relabelledWeighted = trainer.Train([.. Train, .. relabelled], tagger, 6, 1, TextWriter.Null, weightedFrom: Train.Length, weight: 4);
        var trainWeighted = trainer.Train([.. relabelled, .. Train], tagger, 6, 1, TextWriter.Null, weightedFrom: relabelled.Length, weight: 4);
        AssertBetter(relabelled, tagger, relabelledWeighted, trainWeighted);
        AssertBetter(Train, tagger, trainWeighted, relabelledWeighted);
    }

    [Fact]
    public void Training_on_train_and_dev_reports_a_cross_validation_score_and_is_deterministic()
    {
        var root = Path.Combine(Path.GetTempPath(), "casus-nerdev-" + Guid.NewGuid().ToString("N"));
        try
        {
            var dir = Path.Combine(root, "ner", "uner_en_ewt");
            Directory.CreateDirectory(dir);
            // Four documents each, so that every dev fold holds out some and trains on others.
            static string File(string prefix) => string.Concat(Enumerable.Range(0, 4).SelectMany(d => Train.Select((s, i) =>
                $"# sent_id = {prefix}{d}-{i + 1:D4}\n" + string.Concat(s.Words.Select((w, k) => $"{k + 1}\t{w}\t{s.Tags[k]}\t-\t-\n")) + "\n")));
            System.IO.File.WriteAllText(EntityRecognizerTrainer.UnerEwt(root, "train"), File("train"));
            System.IO.File.WriteAllText(EntityRecognizerTrainer.UnerEwt(root, "dev"), File("dev"));
            var settings = new Dictionary<string, string> { ["ner.bits"] = "12", ["ner.ensemble"] = "1", ["ner.folds"] = "0", ["ner.lists"] = "0", ["ner.dev"] = "2", ["ner.devfolds"] = "2" };
            byte[] Run(string name, out TrainingReport report)
            {
                report = new EntityRecognizerTrainer().Train(new TrainingOptions(root, Path.Combine(root, name), 1, 4, TextWriter.Null, settings));
                return System.IO.File.ReadAllBytes(report.ModelPath);
            }
            var first = Run("a", out var a);
            Assert.Equal(first, Run("b", out _));
            Assert.True(a.DevScores["f1"] > 50, $"cross-validation F1 {a.DevScores["f1"]:F2}");
            settings["ner.devfolds"] = "1";
            Assert.Empty(new EntityRecognizerTrainer().Train(new TrainingOptions(root, Path.Combine(root, "c"), 1, 4, TextWriter.Null, settings)).DevScores);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void Training_with_a_predicted_document_memory_is_deterministic_and_learns()
    {
        var tagger = TinyTagger();
        var docs = Enumerable.Range(0, 4).SelectMany(d => Train.Select((s, i) => s with { Id = $"doc{d}-{i:D4}" })).ToList();
        var trainer = new EntityRecognizerTrainer { BucketBits = 12, Folds = 2, PredictedMemory = true, MemoryEpochs = 2, EnsembleSize = 2 };
        var ner = trainer.Train(docs, tagger, 6, 1, TextWriter.Null);
        Assert.Equal(Save(ner), Save(trainer.Train(docs, tagger, 6, 1, TextWriter.Null)));
        var s = EntityRecognizerTrainer.Evaluate(docs, tagger, ner);
        Assert.True(s.F1 > 0.9, $"F1 {s.F1:F2}");
    }

    [Fact]
    public void Trained_lists_hold_the_annotated_names()
    {
        var (_, ner) = TrainTiny();
        Assert.NotEqual(0, ner.Gazetteer.ListsOf("acme corp") & (1 << (int)GazetteerList.TrainedOrganization));
        Assert.NotEqual(0, ner.Gazetteer.ListsOf("paris") & (1 << (int)GazetteerList.TrainedLocation));
    }

    [Fact]
    public void A_span_bias_survives_the_file_and_a_strong_negative_one_finds_no_names()
    {
        var (tagger, ner) = TrainTiny();
        Assert.Equal((0, 0, 0), ner.SpanBias);
        var biased = ner.WithSpanBias(-30000, 250, -1000);
        var loaded = EntityRecognizer.Load(new MemoryStream(Save(biased)));
        Assert.True(loaded.Success, loaded.Error);
        Assert.Equal((-30000, 250, -1000), loaded.Value!.SpanBias);
        Assert.Equal(Save(biased), Save(loaded.Value!));
        // Beginning any name costs more than the features can pay: the same model finds nothing.
        var silenced = ner.WithSpanBias(-1_000_000, -1_000_000, -1_000_000);
        Assert.Equal(0, EntityRecognizerTrainer.Evaluate(Train, tagger, silenced).Predicted);
        Assert.True(EntityRecognizerTrainer.Evaluate(Train, tagger, ner).Predicted > 0);
    }

    [Fact]
    public void Choosing_the_span_bias_never_lowers_dev_F1()
    {
        var (tagger, ner) = TrainTiny();
        // From a bias that silences every type, the search must bring each type back to find the training names.
        var start = ner.WithSpanBias(-1_000_000, -1_000_000, -1_000_000);
        var chosen = EntityRecognizerTrainer.ChooseSpanBias(start, Train, tagger, TextWriter.Null);
        var s = EntityRecognizerTrainer.Evaluate(Train, tagger, chosen);
        Assert.True(s.F1 > 0.9, $"F1 {s.F1:F2} with bias {chosen.SpanBias}");
        Assert.All(new[] { chosen.SpanBias.Person, chosen.SpanBias.Organization, chosen.SpanBias.Location }, b => Assert.Contains(b, EntityRecognizerTrainer.SpanBiasSteps));
    }

    [Fact]
    public void A_model_trained_with_the_geonames_list_keeps_it_and_loads()
    {
        var tagger = TinyTagger();
        var ner = new EntityRecognizerTrainer { BucketBits = 12, Folds = 0, EnsembleSize = 1, GeoNames = true }.Train(Train, tagger, 6, 1, TextWriter.Null);
        Assert.NotEqual(0, ner.Gazetteer.ListsOf("zurich") & (1 << (int)GazetteerList.GeoPlace));
        var bytes = Save(ner);
        var loaded = EntityRecognizer.Load(new MemoryStream(bytes));
        Assert.True(loaded.Success, loaded.Error);
        Assert.Equal(bytes, Save(loaded.Value!));
        var s = EntityRecognizerTrainer.Evaluate(Train, tagger, loaded.Value!);
        Assert.True(s.F1 > 0.9, $"F1 {s.F1:F2}");
    }

    [Fact]
    public void Loading_a_truncated_entity_model_fails_with_a_reason()
    {
        var bytes = Save(TrainTiny().Item2);
        var r = EntityRecognizer.Load(new MemoryStream(bytes[..(bytes.Length / 2)]));
        Assert.False(r.Success);
        Assert.Contains("damaged", r.Error);
    }
}

public class EntityBeamTests
{
    [Fact]
    public void Beam_search_finds_the_training_names_like_greedy_decoding()
    {
        var tagger = new PosTaggerTrainer { BucketBits = 10 }.Train(LanguageTestData.Sentences(), WordClusters.Empty, 3, 7, TextWriter.Null);
        var sentences = new[]
        {
            new Iob2Sentence("d-1", "John Smith works for Acme Corp in London .".Split(' '), "B-PER I-PER O O B-ORG I-ORG O B-LOC O".Split(' ').Select(t => Casus.Document.EntityTag.Parse(t)).ToArray(), 1),
            new Iob2Sentence("d-2", "Mary Jones visited Paris .".Split(' '), "B-PER I-PER O B-LOC O".Split(' ').Select(t => Casus.Document.EntityTag.Parse(t)).ToArray(), 1),
        };
        var ner = new EntityRecognizerTrainer { BucketBits = 12, Folds = 0 }.Train(sentences, tagger, 6, 1, TextWriter.Null);
        var e1 = new StringWriter();
        var e2 = new StringWriter();
        var greedy = EntityRecognizerTrainer.Evaluate(sentences, tagger, ner, e1, 10);
        var beam = EntityRecognizerTrainer.Evaluate(sentences, tagger, ner.WithBeam(4), e2, 10);
        Assert.True(greedy.F1 == 1.0 && beam.F1 == 1.0, e1 + "\n--\n" + e2);
    }
}

public class EntityFeatureTests
{
    [Fact]
    public void History_templates_hash_exactly_as_the_full_extraction_does()
    {
        var st = SentenceText.Of("Mr. Smith visited new york".Split(' '));
        var h = new WordHashes[st.Count + 4];
        TaggerFeatures.Prepare(st.Text, st.Starts, st.Ends, h, WordClusters.Empty);
        int[] pos = [3, 4, 5, 6, 7], gaz = [0, 1 << 25, 0, 2 << 6, 4 << 6], doc = [0, 4, 0, 3, 9];
        var all = new int[EntityFeatures.Count];
        var history = new int[EntityFeatures.HistoryTemplates.Length];
        for (int i = 0; i < st.Count; i++)
        {
            foreach (var (p1, p2) in new[] { (-1, -1), (1, -1), (2, 1), (5, 0) })
            {
                EntityFeatures.Extract(h, pos, gaz, doc, i, p1, p2, 18, all);
                EntityFeatures.ExtractHistory(h, pos, gaz, doc, i, p1, p2, 18, history);
                for (int t = 0; t < history.Length; t++) Assert.Equal(all[EntityFeatures.HistoryTemplates[t]], history[t]);
            }
        }
    }
}
