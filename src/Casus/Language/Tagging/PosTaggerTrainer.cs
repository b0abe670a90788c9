using Casus.Language.Conllu;
using Casus.Language.Evaluation;
using Casus.Language.Models;

namespace Casus.Language.Tagging;

/// <summary>Trains the <see cref="PosTagger"/> on EWT train plus GUM's CC BY genres and scores it on EWT dev.</summary>
public sealed record PosTaggerTrainer : ITrainableComponent
{
    /// <summary>Default passes over the training data.</summary>
    public const int DefaultEpochs = 6;
    /// <summary>log2 of the weight-table rows (2^18 rows keep collisions rare at about 400k distinct features).</summary>
    public int BucketBits { get; init; } = 18;
    /// <summary>Minimum count for a word to enter the tag dictionary.</summary>
    public int DictionaryMinCount { get; init; } = 20;
    /// <summary>Share of a word's occurrences its commonest class must have to enter the tag dictionary.</summary>
    public double DictionaryMinShare { get; init; } = 0.995;

    /// <summary>Learn word clusters from raw text and use them as features.</summary>
    public bool UseClusters { get; init; } = true;

    /// <inheritdoc/>
    public string Name => PosTagger.Component;
    /// <inheritdoc/>
    public string FileName => "tagger.bin";

    /// <inheritdoc/>
    public TrainingReport Train(TrainingOptions options)
    {
        var train = TrainingCorpus.Train(options.DataDirectory);
        // tagger.gum=0 trains on EWT alone (to measure what GUM adds).
        if (options.Setting(Name, "gum", 1) == 0) train = train.Where(s => s.Id is null || !s.Id.StartsWith("GUM_", StringComparison.Ordinal)).ToList();
        var dev = TrainingCorpus.Dev(options.DataDirectory);
        options.Log.WriteLine($"tagger: {train.Count} training sentences, {train.Sum(s => s.Words.Count)} tokens; {dev.Count} dev sentences");
        var trainer = this with { BucketBits = options.Setting(Name, "bits", BucketBits), UseClusters = options.Setting(Name, "clusters", UseClusters ? 1 : 0) != 0 };
        if (!ReferenceEquals(trainer, this) && trainer != this) return trainer.Train(options);
        var clusters = UseClusters ? new WordClusterer().Learn(WordClusterer.Corpus(options.DataDirectory, train), options.Log) : WordClusters.Empty;
        var tagger = Train(train, clusters, options.Epochs ?? DefaultEpochs, options.Seed, options.Log, dev);
        Directory.CreateDirectory(options.OutputDirectory);
        var path = Path.Combine(options.OutputDirectory, FileName);
        using (var f = File.Create(path)) tagger.Save(f);
        var scores = TaggingEvaluator.Evaluate(dev, tagger, null, null);
        options.Log.WriteLine($"tagger: dev UPOS {scores.Upos:F2} XPOS {scores.Xpos:F2} → {path} ({new FileInfo(path).Length / 1024} KiB)");
        return new TrainingReport(Name, path, new Dictionary<string, double> { ["upos"] = scores.Upos, ["xpos"] = scores.Xpos });
    }

    /// <summary>Trains a tagger on <paramref name="train"/>; logs dev accuracy after each epoch when <paramref name="dev"/> is given.</summary>
    public PosTagger Train(IReadOnlyList<ConlluSentence> train, WordClusters clusters, int epochs, int seed, TextWriter log, IReadOnlyList<ConlluSentence>? dev = null)
    {
        // Classes: XPOS|UPOS pairs, ordered for determinism.
        var pairCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in train)
            foreach (var w in s.Words)
            {
                var name = ClassName(w);
                pairCounts[name] = pairCounts.GetValueOrDefault(name) + 1;
            }
        var classNames = pairCounts.Keys.Order(StringComparer.Ordinal).ToArray();
        var classId = classNames.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);

        // Tag dictionary: frequent words that (almost) always carry one class.
        var wordClassCounts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var s in train)
            foreach (var w in s.Words)
            {
                if (!wordClassCounts.TryGetValue(w.Form, out var d)) wordClassCounts[w.Form] = d = new Dictionary<int, int>();
                int c = classId[ClassName(w)];
                d[c] = d.GetValueOrDefault(c) + 1;
            }
        var dict = new List<(string Word, int Class)>();
        foreach (var (word, counts) in wordClassCounts)
        {
            int total = counts.Values.Sum();
            var best = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First();
            if (total >= DictionaryMinCount && best.Value >= DictionaryMinShare * total) dict.Add((word, best.Key));
        }
        dict.Sort((a, b) => string.CompareOrdinal(a.Word, b.Word));
        var dictSet = dict.ToDictionary(d => d.Word, d => d.Class, StringComparer.Ordinal);

        // Precompute word hashes and gold classes once; epochs reuse them.
        var data = new (WordHashes[] Hashes, int[] Gold, bool[] InDict)[train.Count];
        for (int si = 0; si < train.Count; si++)
        {
            var s = train[si];
            var st = SentenceText.Of(s);
            var h = new WordHashes[st.Count + 4];
            TaggerFeatures.Prepare(st.Text, st.Starts, st.Ends, h, clusters);
            data[si] = (h, s.Words.Select(w => classId[ClassName(w)]).ToArray(), s.Words.Select(w => dictSet.ContainsKey(w.Form)).ToArray());
        }

        var model = new AveragedPerceptron(BucketBits, classNames.Length);
        var random = new Random(seed);
        Span<int> buckets = stackalloc int[TaggerFeatures.Count];
        Span<float> scores = new float[classNames.Length];
        var sw = System.Diagnostics.Stopwatch.StartNew();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            int correct = 0, total = 0;
            foreach (int si in TrainingCorpus.Shuffled(data.Length, random))
            {
                var (h, gold, inDict) = data[si];
                int p1 = -1, p2 = -1;
                for (int i = 0; i < gold.Length; i++)
                {
                    int guess;
                    if (inDict[i]) guess = gold[i];
                    else
                    {
                        TaggerFeatures.Extract(h, i, p1, p2, BucketBits, buckets);
                        model.Score(buckets, scores);
                        guess = ArgMax(scores[..classNames.Length]);
                        model.Tick();
                        model.Update(buckets, gold[i], guess);
                    }
                    if (guess == gold[i]) correct++;
                    total++;
                    p2 = p1;
                    p1 = guess;
                }
            }
            var line = $"tagger: epoch {epoch}/{epochs}: train accuracy {100.0 * correct / total:F2}% ({sw.Elapsed.TotalSeconds:F0} s)";
            if (dev != null && (epoch == epochs || epoch % 2 == 0))
            {
                var snapshot = new PosTagger(model.ToWeightTable(), classNames, dict.Select(d => d.Word).ToArray(), dict.Select(d => d.Class).ToArray(), clusters);
                var sc = TaggingEvaluator.Evaluate(dev, snapshot, null, null);
                line += $"; dev UPOS {sc.Upos:F2} XPOS {sc.Xpos:F2}";
            }
            log.WriteLine(line);
        }
        return new PosTagger(model.ToWeightTable(), classNames, dict.Select(d => d.Word).ToArray(), dict.Select(d => d.Class).ToArray(), clusters);
    }

    private static string ClassName(ConlluWord w) => w.Xpos + "|" + w.Upos;

    private static int ArgMax(ReadOnlySpan<float> s)
    {
        int best = 0;
        for (int k = 1; k < s.Length; k++) if (s[k] > s[best]) best = k;
        return best;
    }
}
