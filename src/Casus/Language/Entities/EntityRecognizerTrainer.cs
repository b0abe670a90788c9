using Casus.Document;
using Casus.Language.Evaluation;
using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Language.Entities;

/// <summary>Trains the <see cref="EntityRecognizer"/> on Universal NER over EWT (train) with the tagger's predicted
/// tags as features, and scores it on UNER EWT dev.</summary>
public sealed record EntityRecognizerTrainer : ITrainableComponent
{
    /// <summary>Default passes over the training data.</summary>
    public const int DefaultEpochs = 8;
    /// <summary>log2 of the weight-table rows.</summary>
    public int BucketBits { get; init; } = 19;

    /// <summary>Add GUM's CC BY training documents, converted by <see cref="GumEntities"/>. Off by default: measured on EWT dev it lowered F1 (64.0 → 62.8), as GUM's mention conventions differ from UNER's.</summary>
    public bool UseGum { get; init; }

    /// <inheritdoc/>
    public string Name => EntityRecognizer.Component;
    /// <inheritdoc/>
    public string FileName => "ner.bin";

    /// <summary>The UNER EWT file of a split ("train" is the preliminary release).</summary>
    public static string UnerEwt(string dataDir, string split) => Path.Combine(dataDir, "ner", "uner_en_ewt",
        split == "train" ? "en_ewt-ud-train.PRELIM-2022-12-02-DO-NOT-USE.iob2" : $"en_ewt-ud-{split}.iob2");

    /// <inheritdoc/>
    public TrainingReport Train(TrainingOptions options)
    {
        var configured = this with { BucketBits = options.Setting(Name, "bits", BucketBits), UseGum = options.Setting(Name, "gum", UseGum ? 1 : 0) != 0 };
        if (configured != this) return configured.Train(options);
        // Use the tagger just trained into the output folder when there is one, so a full run is self-consistent.
        var taggerPath = Path.Combine(options.OutputDirectory, "tagger.bin");
        PosTagger tagger;
        if (File.Exists(taggerPath))
        {
            using var f = File.OpenRead(taggerPath);
            var r = PosTagger.Load(f);
            tagger = r.Value ?? throw new InvalidOperationException($"{taggerPath}: {r.Error}");
        }
        else tagger = PosTagger.CreateDefault();

        var train = Iob2Reader.ReadFile(UnerEwt(options.DataDirectory, "train"));
        var dev = Iob2Reader.ReadFile(UnerEwt(options.DataDirectory, "dev"));
        foreach (var reject in train.Rejects.Take(5)) options.Log.WriteLine("ner: " + reject);
        options.Log.WriteLine($"ner: {train.Sentences.Count} training sentences ({train.Rejects.Count} rejected lines), {dev.Sentences.Count} dev sentences");
        var trainSentences = train.Sentences.ToList();
        if (UseGum)
        {
            var gum = Language.Conllu.ConlluReader.ReadFile(Path.Combine(options.DataDirectory, "ud", "en_gum-ud-train.conllu.gz"))
                .Where(TrainingCorpus.IsPermitted).Select(GumEntities.ToIob2).ToList();
            options.Log.WriteLine($"ner: + {gum.Count} GUM sentences with {gum.Sum(g => g.Tags.Count(t => t.Begin))} names");
            trainSentences.AddRange(gum);
        }
        var recognizer = Train(trainSentences, tagger, options.Epochs ?? DefaultEpochs, options.Seed, options.Log, dev.Sentences);
        Directory.CreateDirectory(options.OutputDirectory);
        var path = Path.Combine(options.OutputDirectory, FileName);
        using (var f = File.Create(path)) recognizer.Save(f);
        var scores = Evaluate(dev.Sentences, tagger, recognizer);
        options.Log.WriteLine($"ner: dev P {100 * scores.Precision:F2} R {100 * scores.Recall:F2} F1 {100 * scores.F1:F2} → {path} ({new FileInfo(path).Length / 1024} KiB)");
        return new TrainingReport(Name, path, new Dictionary<string, double> { ["f1"] = 100 * scores.F1, ["precision"] = 100 * scores.Precision, ["recall"] = 100 * scores.Recall });
    }

    /// <summary>Trains on <paramref name="train"/>, tagging the words with <paramref name="tagger"/> for POS features.</summary>
    public EntityRecognizer Train(IReadOnlyList<Iob2Sentence> train, PosTagger tagger, int epochs, int seed, TextWriter log, IReadOnlyList<Iob2Sentence>? dev = null)
    {
        var data = new (WordHashes[] Hashes, int[] Pos, int[] Gold)[train.Count];
        for (int si = 0; si < train.Count; si++)
        {
            var s = train[si];
            var st = SentenceText.Of(s.Words);
            var h = new WordHashes[st.Count + 4];
            TaggerFeatures.Prepare(st.Text, st.Starts, st.Ends, h, tagger.Clusters);
            var pos = new int[st.Count];
            tagger.Tag(h, st.Text, st.Starts, st.Ends, pos);
            data[si] = (h, pos, s.Tags.Select(EntityRecognizer.ClassOf).ToArray());
        }
        int classes = EntityRecognizer.Classes.Count;
        var model = new AveragedPerceptron(BucketBits, classes);
        var random = new Random(seed);
        Span<int> buckets = stackalloc int[EntityFeatures.Count];
        Span<float> scores = stackalloc float[classes];
        var sw = System.Diagnostics.Stopwatch.StartNew();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            int errors = 0;
            foreach (int si in TrainingCorpus.Shuffled(data.Length, random))
            {
                var (h, pos, gold) = data[si];
                int p1 = -1, p2 = -1;
                for (int i = 0; i < gold.Length; i++)
                {
                    EntityFeatures.Extract(h, pos, i, p1, p2, BucketBits, buckets);
                    model.Score(buckets, scores);
                    int guess = 0;
                    for (int c = 1; c < classes; c++)
                        if (EntityRecognizer.Allowed(p1, c) && scores[c] > scores[guess]) guess = c;
                    model.Tick();
                    model.Update(buckets, gold[i], guess);
                    if (guess != gold[i]) errors++;
                    p2 = p1;
                    p1 = guess;
                }
            }
            var line = $"ner: epoch {epoch}/{epochs}: {errors} token errors ({sw.Elapsed.TotalSeconds:F0} s)";
            if (dev != null && (epoch % 2 == 0 || epoch == epochs))
            {
                var sc = Evaluate(dev, tagger, new EntityRecognizer(model.ToWeightTable(), tagger.Clusters));
                line += $"; dev F1 {100 * sc.F1:F2}";
            }
            log.WriteLine(line);
        }
        return new EntityRecognizer(model.ToWeightTable(), tagger.Clusters);
    }

    /// <summary>Span-level scores of <paramref name="recognizer"/> on gold-tokenised IOB2 sentences.</summary>
    public static EntityScores Evaluate(IEnumerable<Iob2Sentence> sentences, PosTagger tagger, EntityRecognizer recognizer, TextWriter? errors = null, int maxErrors = 0)
    {
        int shown = 0;
        var score = new EntityScores(0, 0, 0);
        foreach (var s in sentences)
        {
            var st = SentenceText.Of(s.Words);
            var pos = new int[st.Count];
            tagger.Tag(st.Text, st.Starts, st.Ends, pos);
            var classes = new int[st.Count];
            recognizer.Recognize(st.Text, st.Starts, st.Ends, pos, classes);
            var predicted = classes.Select(c => EntityRecognizer.Classes[c]).ToArray();
            score = EntitySpans.Add(score, s.Tags, predicted);
            if (errors != null && shown < maxErrors && !predicted.AsSpan().SequenceEqual(s.Tags))
            {
                shown++;
                errors.WriteLine($"{s.Id}: " + string.Join(" ", s.Words.Select((w, i) =>
                    s.Tags[i] == predicted[i] ? (s.Tags[i].IsOutside ? w : $"{w}/{s.Tags[i]}") : $"{w}/{s.Tags[i]}≠{predicted[i]}")));
            }
        }
        return score;
    }
}
