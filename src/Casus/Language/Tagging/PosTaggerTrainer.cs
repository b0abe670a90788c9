using Casus.Language.Conllu;
using Casus.Language.Evaluation;
using Casus.Language.Models;

namespace Casus.Language.Tagging;

/// <summary>Trains the <see cref="PosTagger"/> on EWT train plus GUM's CC BY genres and scores it on EWT dev.</summary>
public sealed record PosTaggerTrainer : ITrainableComponent
{
    /// <summary>Default passes over the training data.</summary>
    public const int DefaultEpochs = 10;
    /// <summary>log2 of the weight-table rows (2^18 rows keep collisions rare at about 400k distinct features).</summary>
    public int BucketBits { get; init; } = 18;
    /// <summary>Minimum count for a word to enter the tag dictionary.</summary>
    public int DictionaryMinCount { get; init; } = 20;
    /// <summary>Share of a word's occurrences its commonest class must have to enter the tag dictionary.</summary>
    public double DictionaryMinShare { get; init; } = 0.995;

    /// <summary>Learn word clusters from raw text and use them as features.</summary>
    public bool UseClusters { get; init; } = true;

    /// <summary>Use ambiguity-class features (<see cref="AmbiguityLexicon"/>).</summary>
    public bool UseAmbiguity { get; init; } = true;
    /// <summary>Minimum count for a word to get an ambiguity class.</summary>
    public int AmbiguityMinCount { get; init; } = 1;
    /// <summary>Share of a word's occurrences a class needs to enter its ambiguity class.</summary>
    public double AmbiguityMinShare { get; init; } = 0.01;
    /// <summary>Give training words the ambiguity class of their other occurrences (see <see cref="Train(IReadOnlyList{ConlluSentence}, WordClusters, int, int, TextWriter, IReadOnlyList{ConlluSentence}?)"/>).</summary>
    public bool AmbiguityLeaveOneOut { get; init; } = true;
    /// <summary>Train on GUM's dev and test documents too (permitted genres; see <see cref="TrainingCorpus.GumHeldOut"/>).</summary>
    public bool UseGumHeldOut { get; init; } = true;
    /// <summary>Use the wider ambiguity-class conjunctions (<see cref="TaggerFeatureSet.AmbiguityContext"/>).</summary>
    public bool UseAmbiguityContext { get; init; }
    /// <summary>Use the wider cluster-context templates (<see cref="TaggerFeatureSet.ClusterContext"/>).</summary>
    public bool UseClusterContext { get; init; }
    /// <summary>Use the clause templates (<see cref="TaggerFeatureSet.Clause"/>): governing auxiliary, nearest preceding verb.</summary>
    public bool UseClause { get; init; }
    /// <summary>Use the document templates (<see cref="TaggerFeatureSet.Document"/>): how the document writes the word elsewhere.</summary>
    public bool UseDocument { get; init; }
    /// <summary>Use the tag-cache templates (<see cref="TaggerFeatureSet.DocumentTags"/>), trained on a jackknifed first
    /// pass's predictions (<see cref="JackknifeFolds"/> folds) so the model does not learn to trust gold tags.</summary>
    public bool UseDocumentTags { get; init; }
    /// <summary>With <see cref="UseDocument"/>: the codes carry the document's style (<see cref="DocumentCase.Style"/>).</summary>
    public bool UseDocumentStyle { get; init; }
    /// <summary>Use the sentence-capitalisation features (headlines, all-capitals text).</summary>
    public bool UseSentenceCase { get; init; }
    /// <summary>Add a second pass that re-tags each sentence reading the first pass's tags of the words to the right.</summary>
    public bool TwoPass { get; init; }
    /// <summary>Folds for the first-pass tags the second pass trains on.</summary>
    public int JackknifeFolds { get; init; } = 4;
    /// <summary>Perceptrons trained on different shuffles whose averaged weights are averaged into the first pass.</summary>
    public int EnsembleSize { get; init; } = 1;

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
        // The clusters stay learned from the training treebanks (and news text) alone: the entity recogniser reads
        // them too, and relearning them from more text moved its dev F1 by about a point either way.
        var clusterText = train.ToList();
        // tagger.gum-heldout=1 adds GUM's dev and test documents of permitted genres (the scores are EWT's).
        if (options.Setting(Name, "gum-heldout", UseGumHeldOut ? 1 : 0) != 0) train.AddRange(TrainingCorpus.GumHeldOut(options.DataDirectory));
        var dev = TrainingCorpus.Dev(options.DataDirectory);
        options.Log.WriteLine($"tagger: {train.Count} training sentences, {train.Sum(s => s.Words.Count)} tokens; {dev.Count} dev sentences");
        var trainer = this with
        {
            BucketBits = options.Setting(Name, "bits", BucketBits),
            UseClusters = options.Setting(Name, "clusters", UseClusters ? 1 : 0) != 0,
            UseAmbiguity = options.Setting(Name, "amb", UseAmbiguity ? 1 : 0) != 0,
            AmbiguityMinCount = options.Setting(Name, "amb-min", AmbiguityMinCount),
            AmbiguityMinShare = options.Setting(Name, "amb-share-permille", (int)Math.Round(AmbiguityMinShare * 1000)) / 1000.0,
            AmbiguityLeaveOneOut = options.Setting(Name, "amb-loo", AmbiguityLeaveOneOut ? 1 : 0) != 0,
            TwoPass = options.Setting(Name, "passes", TwoPass ? 2 : 1) == 2,
            UseAmbiguityContext = options.Setting(Name, "amb-context", UseAmbiguityContext ? 1 : 0) != 0,
            UseSentenceCase = options.Setting(Name, "sentence-case", UseSentenceCase ? 1 : 0) != 0,
            UseClusterContext = options.Setting(Name, "cluster-context", UseClusterContext ? 1 : 0) != 0,
            UseClause = options.Setting(Name, "clause", UseClause ? 1 : 0) != 0,
            UseDocument = options.Setting(Name, "doc", UseDocument ? 1 : 0) != 0,
            UseDocumentTags = options.Setting(Name, "doc-tags", UseDocumentTags ? 1 : 0) != 0,
            UseDocumentStyle = options.Setting(Name, "doc-style", UseDocumentStyle ? 1 : 0) != 0,
            JackknifeFolds = options.Setting(Name, "folds", JackknifeFolds),
            EnsembleSize = Math.Clamp(options.Setting(Name, "ensemble", EnsembleSize), 1, 16),
        };
        if (!ReferenceEquals(trainer, this) && trainer != this) return trainer.Train(options);
        var clusters = UseClusters ? new WordClusterer().Learn(WordClusterer.Corpus(options.DataDirectory, clusterText), options.Log) : WordClusters.Empty;
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
        var dictWords = dict.Select(d => d.Word).ToArray();
        var dictClasses = dict.Select(d => d.Class).ToArray();

        // Ambiguity classes. In training each word sees the classes of its *other* occurrences (leave-one-out), so a
        // word seen once looks unknown, as a new word does at run time, and no word's set leaks its own gold tag.
        var occurrences = train.SelectMany(s => s.Words).Select(w => (w.Form, classId[ClassName(w)])).ToList();
        var ambiguity = UseAmbiguity ? AmbiguityLexicon.Build(occurrences, AmbiguityMinCount, AmbiguityMinShare) : AmbiguityLexicon.Empty;
        var ambCounts = UseAmbiguity && AmbiguityLeaveOneOut ? AmbiguityLexicon.Counts(occurrences) : null;

        // Precompute word hashes, ambiguity classes and gold classes once; epochs reuse them. Document codes are
        // computed per treebank document (# newdoc id), the unit an article is at run time; they read only the text.
        var texts = train.Select(SentenceText.Of).ToArray();
        var docCodes = new int[train.Count][];
        if (UseDocument || UseDocumentTags)
        {
            int at = 0;
            foreach (var document in ConlluDocuments.Group(train))
            {
                var codes = DocumentCase.OfDocument(texts.AsSpan(at, document.Count).ToArray(), null, UseDocument && UseDocumentStyle);
                codes.CopyTo(docCodes, at);
                at += document.Count;
            }
        }
        var data = new TrainingSentence[train.Count];
        for (int si = 0; si < train.Count; si++)
        {
            var s = train[si];
            var st = texts[si];
            int n = st.Count;
            var h = new WordHashes[n + 4];
            TaggerFeatures.Prepare(st.Text, st.Starts, st.Ends, h, clusters);
            var gold = s.Words.Select(w => classId[ClassName(w)]).ToArray();
            var amb = Array.Empty<ulong>();
            if (UseAmbiguity)
            {
                amb = new ulong[n + 4];
                TaggerFeatures.PrepareAmbiguity(st.Text, st.Starts, st.Ends, amb, ambiguity);
                if (ambCounts != null)
                    for (int i = 0; i < n; i++) amb[i + 2] = LeaveOneOut(ambCounts, s.Words[i].Form, gold[i]);
            }
            var fixedClass = s.Words.Select(w => dictSet.TryGetValue(w.Form, out int c) ? c : -1).ToArray();
            data[si] = new TrainingSentence(h, amb, gold, fixedClass, TaggerFeatures.SentenceCase(st.Text, st.Starts, st.Ends), docCodes[si] ?? []);
        }

        var set1 = (UseAmbiguity ? TaggerFeatureSet.Ambiguity : TaggerFeatureSet.Base)
            | (UseAmbiguity && UseAmbiguityContext ? TaggerFeatureSet.AmbiguityContext : TaggerFeatureSet.Base)
            | (UseSentenceCase ? TaggerFeatureSet.SentenceCase : TaggerFeatureSet.Base)
            | (UseClusterContext ? TaggerFeatureSet.ClusterContext : TaggerFeatureSet.Base)
            | (UseClause ? TaggerFeatureSet.Clause : TaggerFeatureSet.Base)
            | (UseDocument ? TaggerFeatureSet.Document : TaggerFeatureSet.Base)
            | (UseDocument && UseDocumentStyle ? TaggerFeatureSet.DocumentStyle : TaggerFeatureSet.Base);
        var kinds = ClauseKinds.Of(classNames);
        var all = Enumerable.Range(0, data.Length).ToArray();
        if (UseDocumentTags) AddTagCache(train, texts, data, all, set1, kinds, classNames.Length, epochs, seed, log);
        if (UseDocumentTags) set1 |= TaggerFeatureSet.DocumentTags;
        string DevScore(TaggerPass[] passes)
        {
            if (dev is null) return "";
            var sc = TaggingEvaluator.Evaluate(dev, new PosTagger(passes, classNames, dictWords, dictClasses, clusters, ambiguity), null, null);
            return $"; dev UPOS {sc.Upos:F2} XPOS {sc.Xpos:F2}";
        }
        var pass1 = new TaggerPass(EnsembleSize <= 1
            ? TrainPass(data, all, set1, null, kinds, classNames.Length, epochs, seed, log, "tagger pass 1", w => DevScore([new TaggerPass(w, set1)])).ToWeightTable()
            : Ensemble(data, all, set1, kinds, classNames.Length, epochs, seed, log, w => DevScore([new TaggerPass(w, set1)])), set1);
        if (!TwoPass) return new PosTagger([pass1], classNames, dictWords, dictClasses, clusters, ambiguity);

        // The second pass trains on first-pass tags that the first pass did not see the gold of (jackknifing):
        // first-pass tags of the training data itself would be near perfect and teach the second pass to copy them.
        var first = new int[data.Length][];
        int folds = Math.Max(2, JackknifeFolds);
        for (int f = 0; f < folds; f++)
        {
            // Contiguous blocks keep a document's sentences together, so held-out words are as new as at run time.
            int lo = (int)((long)data.Length * f / folds), hi = (int)((long)data.Length * (f + 1) / folds);
            var rest = all.Where(i => i < lo || i >= hi).ToArray();
            var weights = TrainPass(data, rest, set1, null, kinds, classNames.Length, epochs, seed + 1 + f, log, $"tagger fold {f + 1}/{folds}", null).ToWeightTable();
            for (int si = lo; si < hi; si++)
            {
                var d = data[si];
                int n = d.Gold.Length;
                var tags = new int[n + 4];
                tags[0] = tags[1] = -1;
                tags[n + 2] = tags[n + 3] = -2;
                PosTagger.Decode(weights, set1, d.Hashes, d.Ambiguity, default, d.SentenceCase, d.Fixed, tags.AsSpan(2, n), kinds, d.Doc);
                first[si] = tags;
            }
        }
        var set2 = set1 | TaggerFeatureSet.SecondPass;
        var pass2 = new TaggerPass(TrainPass(data, all, set2, first, kinds, classNames.Length, epochs, seed + 1 + folds, log, "tagger pass 2", w => DevScore([pass1, new TaggerPass(w, set2)])).ToWeightTable(), set2);
        return new PosTagger([pass1, pass2], classNames, dictWords, dictClasses, clusters, ambiguity);
    }

    /// <summary>Fills the tag-cache bits of the training sentences' document codes from first-pass predictions made by
    /// models that did not see the sentence (jackknifing, contiguous folds keep documents together): the cache at run
    /// time holds the tagger's own decisions, which are wrong where gold tags never are.</summary>
    private void AddTagCache(IReadOnlyList<ConlluSentence> train, SentenceText[] texts, TrainingSentence[] data, int[] all, TaggerFeatureSet set, byte[] kinds,
        int classes, int epochs, int seed, TextWriter log)
    {
        var predicted = new int[data.Length][];
        int folds = Math.Max(2, JackknifeFolds);
        for (int f = 0; f < folds; f++)
        {
            int lo = (int)((long)data.Length * f / folds), hi = (int)((long)data.Length * (f + 1) / folds);
            var rest = all.Where(i => i < lo || i >= hi).ToArray();
            var weights = TrainPass(data, rest, set, null, kinds, classes, epochs, seed + 1 + f, log, $"tagger cache fold {f + 1}/{folds}", null).ToWeightTable();
            for (int si = lo; si < hi; si++)
            {
                var d = data[si];
                predicted[si] = new int[d.Gold.Length];
                PosTagger.Decode(weights, set, d.Hashes, d.Ambiguity, default, d.SentenceCase, d.Fixed, predicted[si], kinds, d.Doc);
            }
        }
        int at = 0;
        foreach (var document in ConlluDocuments.Group(train))
        {
            var codes = DocumentCase.OfDocument(texts.AsSpan(at, document.Count).ToArray(), predicted.AsSpan(at, document.Count).ToArray(), UseDocument && UseDocumentStyle);
            for (int k = 0; k < codes.Length; k++) data[at + k] = data[at + k] with { Doc = codes[k] };
            at += document.Count;
        }
    }

    /// <summary>The ambiguity-class hash a training word gets from the counts of its other occurrences.</summary>
    private ulong LeaveOneOut(Dictionary<string, SortedDictionary<int, int>> counts, string form, int gold)
    {
        if (form.Length == 0 || form.Length > 63) return AmbiguityLexicon.Unknown;
        if (counts.TryGetValue(form, out var exact) && AmbiguityLexicon.SetName(exact, gold, AmbiguityMinCount, AmbiguityMinShare) is { } set)
            return AmbiguityLexicon.HashOf(set, lowered: false);
        return counts.TryGetValue("\u0001" + form.ToLowerInvariant(), out var lower)
            ? AmbiguityLexicon.HashOf(AmbiguityLexicon.SetName(lower, gold, AmbiguityMinCount, AmbiguityMinShare), lowered: true)
            : AmbiguityLexicon.Unknown;
    }

    /// <summary>Several perceptrons trained on different shuffles (seeds s, s+1000, …), their averaged weights averaged
    /// again and quantised once: one table that scores like the ensemble of all of them, at the cost of one.</summary>
    private WeightTable Ensemble(TrainingSentence[] data, int[] indices, TaggerFeatureSet set, byte[] kinds, int classes, int epochs, int seed,
        TextWriter log, Func<WeightTable, string> dev)
    {
        var sum = new double[(1 << BucketBits) * classes];
        for (int m = 0; m < EnsembleSize; m++)
        {
            var member = TrainPass(data, indices, set, null, kinds, classes, epochs, seed + 1000 * m, log, $"tagger pass 1, member {m + 1}/{EnsembleSize}", m == 0 ? dev : null)
                .AveragedWeights();
            for (int i = 0; i < sum.Length; i++) sum[i] += member[i];
        }
        var mean = new float[sum.Length];
        for (int i = 0; i < sum.Length; i++) mean[i] = (float)(sum[i] / EnsembleSize);
        var table = AveragedPerceptron.Quantise(BucketBits, classes, mean);
        log.WriteLine($"tagger pass 1, mean of {EnsembleSize}{dev(table)}");
        return table;
    }

    /// <summary>Greedy perceptron training of one pass over the sentences <paramref name="indices"/>; returns the perceptron.</summary>
    private AveragedPerceptron TrainPass(TrainingSentence[] data, int[] indices, TaggerFeatureSet set, int[][]? first, byte[] kinds, int classes, int epochs, int seed,
        TextWriter log, string label, Func<WeightTable, string>? dev)
    {
        var model = new AveragedPerceptron(BucketBits, classes);
        var random = new Random(seed);
        var buckets = new int[TaggerFeatures.CountFor(set)];
        var scores = new float[classes];
        var sw = System.Diagnostics.Stopwatch.StartNew();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            int correct = 0, total = 0;
            foreach (int k in TrainingCorpus.Shuffled(indices.Length, random))
            {
                int si = indices[k];
                var d = data[si];
                var f = first is null ? default : first[si].AsSpan();
                int p1 = -1, p2 = -1;
                var clause = default(ClauseContext);
                for (int i = 0; i < d.Gold.Length; i++)
                {
                    int guess;
                    // Dictionary words are not scored; the history then carries their gold class, as in the first version.
                    if (d.Fixed[i] >= 0) guess = d.Gold[i];
                    else
                    {
                        TaggerFeatures.Extract(set, d.Hashes, d.Ambiguity, f, d.SentenceCase, clause, d.Doc, i, p1, p2, BucketBits, buckets);
                        model.Score(buckets, scores);
                        guess = ArgMax(scores);
                        model.Tick();
                        model.Update(buckets, d.Gold[i], guess);
                    }
                    if (guess == d.Gold[i]) correct++;
                    total++;
                    clause.Advance(guess, kinds);
                    p2 = p1;
                    p1 = guess;
                }
            }
            var line = $"{label}: epoch {epoch}/{epochs}: train accuracy {100.0 * correct / total:F2}% ({sw.Elapsed.TotalSeconds:F0} s)";
            if (dev != null && (epoch == epochs || epoch % 2 == 0)) line += dev(model.ToWeightTable());
            log.WriteLine(line);
        }
        return model;
    }

    /// <summary>One training sentence with everything the features read, computed once.</summary>
    private sealed record TrainingSentence(WordHashes[] Hashes, ulong[] Ambiguity, int[] Gold, int[] Fixed, int SentenceCase, int[] Doc);

    private static string ClassName(ConlluWord w) => w.Xpos + "|" + w.Upos;

    private static int ArgMax(ReadOnlySpan<float> s)
    {
        int best = 0;
        for (int k = 1; k < s.Length; k++) if (s[k] > s[best]) best = k;
        return best;
    }
}
