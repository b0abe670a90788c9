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
    public int BucketBits { get; init; } = 21;

    /// <summary>Add GUM's CC BY training documents, converted by <see cref="GumEntities"/>. Off by default: measured on EWT dev it lowered F1 (64.0 → 62.8), as GUM's mention conventions differ from UNER's.</summary>
    public bool UseGum { get; init; }

    /// <summary>Add the names of GUM's Wikipedia-identified people, organisations and places (training documents
    /// of the permitted genres) to the dictionary lists.</summary>
    public bool GumLists { get; init; }

    /// <summary>Train GUM's sentences (when <see cref="UseGum"/> is on) as a second annotation scheme with
    /// domain-augmented weights (Daumé 2007): every feature has a shared weight, one for UNER and one for GUM; a
    /// sentence is scored with the shared weights plus its own scheme's, and the model keeps shared + UNER. GUM then
    /// teaches what names look like without imposing its mention conventions, which UNER's own weights override.</summary>
    public bool AugmentGum { get; init; }

    /// <summary>Which GUM entities need a Wikipedia identity when <see cref="UseGum"/> is on.</summary>
    public GumIdentity GumIdentity { get; init; } = GumIdentity.Any;

    /// <summary>Folds for the training-data name lists: each fold's sentences see lists built from the other folds
    /// only, so the model learns how far such a list can be trusted for names it has not seen (0: no trained lists).</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Use the shipped name lists (<see cref="GazetteerSources"/>).</summary>
    public bool UseShippedLists { get; init; } = true;

    /// <summary>Read the shipped name lists from today's actor dictionaries and gazetteer lists rather than from the
    /// committed snapshot (<see cref="NameListSnapshot"/>): for trying a dictionary edit before refreshing the
    /// snapshot. Off by default, so that training rebuilds the shipped model byte for byte.</summary>
    public bool LiveLists { get; init; }

    /// <summary>Per cent of training sentences (per epoch) whose gazetteer codes are hidden, so the model does not
    /// lean on the lists alone.</summary>
    public int GazetteerDropout { get; init; }

    /// <summary>Per cent of training sentences (per epoch) trained without their document memory, as the first
    /// recognition pass sees them.</summary>
    public int DocumentDropout { get; init; } = 50;

    /// <summary>A phrase enters a trained list when at least this per cent of its occurrences in the training text
    /// (any case) carry the list's type.</summary>
    public int MinListShare { get; init; } = 30;

    /// <summary>Fill the training sentences' document memory from the labels a first pass predicts rather than from the
    /// gold labels: per fold of documents, a greedy model trained for <see cref="MemoryEpochs"/> epochs on the other
    /// folds tags the fold's sentences without memory, as recognition's first pass does. The memory then carries the
    /// first pass's mistakes in training as it does at run time, so the model learns how far to trust it.</summary>
    public bool PredictedMemory { get; init; }

    /// <summary>Epochs of the fold models of <see cref="PredictedMemory"/>.</summary>
    public int MemoryEpochs { get; init; } = 4;

    /// <summary>Per cent of training sentences that are also trained on in a lower-cased copy. Web text writes
    /// names in lower case far more often than the training annotation has them (UNER EWT dev and test: 7–10 % of
    /// names; the preliminary training file: 2 %), so the copies teach the model to find names from their context,
    /// cluster and list matches when the capital letter is missing.</summary>
    public int LowerCaseCopies { get; init; } = 10;

    /// <summary>How many of <see cref="GazetteerSources.PeopleFiles"/> fill the person list (1: heads of state and
    /// government only).</summary>
    public int PeopleLists { get; init; } = 3;

    /// <summary>Perceptrons trained on different shuffles whose weights are averaged into the model (1: one).</summary>
    public int EnsembleSize { get; init; } = 5;

    /// <summary>Train a structured perceptron (Collins 2002): each sentence is decoded by exact second-order Viterbi
    /// search with the current weights and, where the best sequence differs from the gold one, the gold sequence's
    /// features are rewarded and the predicted sequence's penalised; the model then decodes by Viterbi too. Off:
    /// the greedy per-word perceptron, decoded greedily or with a beam chosen on dev. Domain-augmented training
    /// (<see cref="AugmentGum"/>) is always greedy.</summary>
    public bool Structured { get; init; } = true;

    /// <summary>How many of the <see cref="EntityFeatures"/> templates the model uses (the first ones; at least the 51
    /// before the document memory), for ablations of templates appended later; 0: all of them with
    /// <see cref="GeoNames"/>, else those before the GeoNames templates.</summary>
    public int Templates { get; init; }

    private int TemplateCount => Templates > 0 ? Templates : GeoNames ? EntityFeatures.Count : EntityFeatures.GeoNamesStart;

    /// <summary>Add the event-location gazetteer's towns and divisions as a list of their own
    /// (<see cref="GazetteerList.GeoPlace"/>).</summary>
    public bool GeoNames { get; init; }

    /// <summary>Choose a per-type bias for beginning a name on development data after training
    /// (<see cref="ChooseSpanBias"/>; Viterbi-decoded models only).</summary>
    public bool TuneSpanBias { get; init; }

    /// <summary>Which types' span bias <see cref="ChooseSpanBias"/> tunes (bits: 1 person, 2 organisation, 4 place).</summary>
    public int SpanBiasTypes { get; init; } = 7;

    /// <summary>Largest span bias (either sign) <see cref="ChooseSpanBias"/> may choose.</summary>
    public int MaxSpanBias { get; init; } = int.MaxValue;

    /// <summary>How many times each UNER EWT dev sentence joins the training data per epoch (0: dev is not trained
    /// on). Dev and test were annotated more consistently than the preliminary training file (annotator agreement,
    /// pairwise F1 on doubly annotated documents: ORG .53 in train, .64 in dev, .87 in test), so dev teaches the
    /// conventions test is scored by, and a weight above 1 lets it outvote train where the two disagree. With dev
    /// trained on, the dev score reported is the <see cref="DevFolds"/>-fold cross-validation score.</summary>
    public int DevWeight { get; init; }

    /// <summary>Folds of dev documents for the cross-validation score when <see cref="DevWeight"/> is above 0: each
    /// fold is scored by a model trained on train and the other folds (the same recipe as the shipped model), and
    /// the fold scores are pooled. 1: no cross-validation (the model is trained once; no dev score).</summary>
    public int DevFolds { get; init; } = 3;

    /// <summary>Per cent of training documents left out because they disagree most with a model trained on the dev
    /// sentences it is given (per-document F1 of its names against the training labels; documents without a name
    /// in either are kept), with <see cref="DevWeight"/> only. Meant to drop the preliminary file's least consistent
    /// annotation.</summary>
    public int DropDocuments { get; init; }

    /// <summary>Trim leading title words off predicted person names (<see cref="TitleSplit"/>).</summary>
    public bool SplitTitles { get; init; } = true;

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
        var configured = this with
        {
            BucketBits = options.Setting(Name, "bits", BucketBits),
            UseGum = options.Setting(Name, "gum", UseGum ? 1 : 0) != 0,
            GumIdentity = (GumIdentity)Math.Clamp(options.Setting(Name, "gum", UseGum ? 1 : 0) - 1, 0, 2),
            Folds = options.Setting(Name, "folds", Folds),
            UseShippedLists = options.Setting(Name, "lists", UseShippedLists ? 1 : 0) != 0,
            LiveLists = options.Setting(Name, "livenames", LiveLists ? 1 : 0) != 0,
            GazetteerDropout = options.Setting(Name, "gazdrop", GazetteerDropout),
            MinListShare = options.Setting(Name, "share", MinListShare),
            DocumentDropout = options.Setting(Name, "docdrop", DocumentDropout),
            GumLists = options.Setting(Name, "gumlists", GumLists ? 1 : 0) != 0,
            AugmentGum = options.Setting(Name, "augment", AugmentGum ? 1 : 0) != 0,
            PredictedMemory = options.Setting(Name, "predmem", PredictedMemory ? 1 : 0) != 0,
            MemoryEpochs = Math.Max(1, options.Setting(Name, "predmem-epochs", MemoryEpochs)),
            LowerCaseCopies = options.Setting(Name, "lower", LowerCaseCopies),
            EnsembleSize = Math.Clamp(options.Setting(Name, "ensemble", EnsembleSize), 1, 16),
            PeopleLists = Math.Clamp(options.Setting(Name, "people", PeopleLists), 1, GazetteerSources.PeopleFiles.Count),
            Structured = options.Setting(Name, "structured", Structured ? 1 : 0) != 0,
            SplitTitles = options.Setting(Name, "titles", SplitTitles ? 1 : 0) != 0,
            TuneSpanBias = options.Setting(Name, "bias", TuneSpanBias ? 1 : 0) != 0,
            SpanBiasTypes = options.Setting(Name, "biastypes", SpanBiasTypes),
            MaxSpanBias = options.Setting(Name, "biasmax", MaxSpanBias),
            GeoNames = options.Setting(Name, "geonames", GeoNames ? 1 : 0) != 0,
            Templates = options.Setting(Name, "templates", Templates) is var t && t > 0 ? Math.Clamp(t, 51, EntityFeatures.Count) : 0,
            DevWeight = Math.Clamp(options.Setting(Name, "dev", DevWeight), 0, 16),
            DevFolds = Math.Clamp(options.Setting(Name, "devfolds", DevFolds), 1, 10),
            DropDocuments = Math.Clamp(options.Setting(Name, "dropdocs", DropDocuments), 0, 90),
        };
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
        List<Iob2Sentence>? source = null;
        if (UseGum)
        {
            var gum = Language.Conllu.ConlluReader.ReadFile(Path.Combine(options.DataDirectory, "ud", "en_gum-ud-train.conllu.gz"))
                .Where(TrainingCorpus.IsPermitted).Select(g => GumEntities.ToIob2(g, GumIdentity)).ToList();
            options.Log.WriteLine($"ner: + {gum.Count} GUM sentences with {gum.Sum(g => g.Tags.Count(t => t.Begin))} names{(AugmentGum ? ", domain-augmented" : "")}");
            if (AugmentGum) source = gum;
            else trainSentences.AddRange(gum);
        }
        IReadOnlyList<Iob2Sentence>? gumNames = null;
        if (GumLists)
            gumNames = Language.Conllu.ConlluReader.ReadFile(Path.Combine(options.DataDirectory, "ud", "en_gum-ud-train.conllu.gz"))
                .Where(TrainingCorpus.IsPermitted).Select(g => GumEntities.ToIob2(g, GumIdentity.All)).ToList();
        if (DropDocuments > 0 && DevWeight == 0) throw new InvalidOperationException("ner.dropdocs needs ner.dev above 0");
        if (DevWeight > 0) return TrainWithDev(options, tagger, trainSentences, dev.Sentences, gumNames, source);
        var recognizer = Train(trainSentences, tagger, options.Epochs ?? DefaultEpochs, options.Seed, options.Log, dev.Sentences, gumNames, source);
        recognizer = Structured && !AugmentGum ? recognizer : ChooseDecoding(recognizer, dev.Sentences, tagger, options.Log);
        if (TuneSpanBias && recognizer.Viterbi) recognizer = ChooseSpanBias(recognizer, dev.Sentences, tagger, options.Log, MaxSpanBias, SpanBiasTypes);
        Directory.CreateDirectory(options.OutputDirectory);
        var path = Path.Combine(options.OutputDirectory, FileName);
        using (var f = File.Create(path)) recognizer.Save(f);
        var scores = Evaluate(dev.Sentences, tagger, recognizer);
        options.Log.WriteLine($"ner: dev P {100 * scores.Precision:F2} R {100 * scores.Recall:F2} F1 {100 * scores.F1:F2} → {path} ({new FileInfo(path).Length / 1024} KiB)");
        return new TrainingReport(Name, path, new Dictionary<string, double> { ["f1"] = 100 * scores.F1, ["precision"] = 100 * scores.Precision, ["recall"] = 100 * scores.Recall });
    }

    /// <summary>Trains on train + dev (<see cref="DevWeight"/>): first, when <see cref="DevFolds"/> is above 1, one model
    /// per fold of dev documents trained without that fold, which scores it (the cross-validation score reported);
    /// then the model written, trained on all of dev. Decoding is not chosen on dev here (Viterbi models need no
    /// choice), and no span bias is tuned, as no dev data is left to choose them on.</summary>
    private TrainingReport TrainWithDev(TrainingOptions options, PosTagger tagger, List<Iob2Sentence> train, IReadOnlyList<Iob2Sentence> dev,
        IReadOnlyList<Iob2Sentence>? gumNames, List<Iob2Sentence>? source)
    {
        if (!Structured || AugmentGum || TuneSpanBias)
            throw new InvalidOperationException("ner.dev needs the structured model without GUM augmentation or span bias: those choose settings on dev");
        int epochs = options.Epochs ?? DefaultEpochs;
        EntityScores? cv = null;
        if (DevFolds > 1)
        {
            cv = new EntityScores(0, 0, 0);
            // Folds by document (whole documents stay together, as the document memory reads across sentences).
            var devFold = dev.Select(s => (int)(FeatureHash.Of("cv:" + DocumentOf(s.Id)) % (ulong)DevFolds)).ToArray();
            for (int k = 0; k < DevFolds; k++)
            {
                var heldOut = dev.Where((_, i) => devFold[i] == k).ToList();
                var rest = dev.Where((_, i) => devFold[i] != k).ToList();
                options.Log.WriteLine($"ner: dev fold {k + 1}/{DevFolds}: {heldOut.Count} held-out sentences, {rest.Count} trained with weight {DevWeight}");
                var kept = DropDocuments > 0 ? DropDisagreeing(train, rest, tagger, epochs, options.Seed, options.Log) : train;
                var model = Train([.. kept, .. rest], tagger, epochs, options.Seed, options.Log, heldOut, gumNames, source, kept.Count, DevWeight);
                var s = Evaluate(heldOut, tagger, model);
                options.Log.WriteLine($"ner: dev fold {k + 1}/{DevFolds}: P {100 * s.Precision:F2} R {100 * s.Recall:F2} F1 {100 * s.F1:F2}");
                cv = new EntityScores(cv.Gold + s.Gold, cv.Predicted + s.Predicted, cv.Correct + s.Correct);
            }
        }
        var all = DropDocuments > 0 ? DropDisagreeing(train, dev, tagger, epochs, options.Seed, options.Log) : train;
        var recognizer = Train([.. all, .. dev], tagger, epochs, options.Seed, options.Log, null, gumNames, source, all.Count, DevWeight);
        Directory.CreateDirectory(options.OutputDirectory);
        var path = Path.Combine(options.OutputDirectory, FileName);
        using (var f = File.Create(path)) recognizer.Save(f);
        if (cv is null)
        {
            options.Log.WriteLine($"ner: trained on train + dev (weight {DevWeight}), no cross-validation → {path} ({new FileInfo(path).Length / 1024} KiB)");
            return new TrainingReport(Name, path, new Dictionary<string, double>());
        }
        options.Log.WriteLine($"ner: dev {DevFolds}-fold cross-validation P {100 * cv.Precision:F2} R {100 * cv.Recall:F2} F1 {100 * cv.F1:F2} → {path} ({new FileInfo(path).Length / 1024} KiB)");
        return new TrainingReport(Name, path, new Dictionary<string, double> { ["f1"] = 100 * cv.F1, ["precision"] = 100 * cv.Precision, ["recall"] = 100 * cv.Recall });
    }

    /// <summary><paramref name="train"/> without the <see cref="DropDocuments"/> per cent of its documents whose names
    /// a model trained on <paramref name="dev"/> (one perceptron) agrees with least; ties go by document name.</summary>
    private List<Iob2Sentence> DropDisagreeing(List<Iob2Sentence> train, IReadOnlyList<Iob2Sentence> dev, PosTagger tagger, int epochs, int seed, TextWriter log)
    {
        var judge = (this with { EnsembleSize = 1 }).Train(dev, tagger, epochs, seed, TextWriter.Null);
        var scored = new List<(int Start, int End, string Document, double F1)>();
        for (int a = 0; a < train.Count;)
        {
            int b = a + 1;
            while (b < train.Count && DocumentOf(train[b].Id) == DocumentOf(train[a].Id)) b++;
            var s = Evaluate(train.GetRange(a, b - a), tagger, judge);
            if (s.Gold + s.Predicted > 0) scored.Add((a, b, DocumentOf(train[a].Id), s.F1));
            a = b;
        }
        var dropped = scored.OrderBy(d => d.F1).ThenBy(d => d.Document, StringComparer.Ordinal).Take(scored.Count * DropDocuments / 100).ToList();
        var drop = new bool[train.Count];
        foreach (var d in dropped) for (int i = d.Start; i < d.End; i++) drop[i] = true;
        var kept = train.Where((_, i) => !drop[i]).ToList();
        log.WriteLine($"ner: dropped {dropped.Count} of {scored.Count} training documents with names ({train.Count - kept.Count} sentences; agreement with the dev model at most {(dropped.Count > 0 ? 100 * dropped[^1].F1 : 0):F1} F1)");
        return kept;
    }

    /// <summary>Trains on <paramref name="train"/>, tagging the words with <paramref name="tagger"/> for POS features.
    /// <paramref name="extraNames"/>, when given, are annotated sentences whose names join the dictionary lists;
    /// <paramref name="source"/>, when given, are sentences annotated by another scheme, trained with domain-augmented
    /// weights (see <see cref="AugmentGum"/>); they see the lists of all of <paramref name="train"/>. The sentences of
    /// <paramref name="train"/> from <paramref name="weightedFrom"/> on are trained <paramref name="weight"/> times per
    /// epoch (their original-case rows; repeating a row is how a perceptron weights an example).</summary>
    public EntityRecognizer Train(IReadOnlyList<Iob2Sentence> train, PosTagger tagger, int epochs, int seed, TextWriter log, IReadOnlyList<Iob2Sentence>? dev = null,
        IReadOnlyList<Iob2Sentence>? extraNames = null, IReadOnlyList<Iob2Sentence>? source = null, int weightedFrom = int.MaxValue, int weight = 1)
    {
        // The shipped lists, then per fold the lists learned from the other folds' annotation (jackknifing), so that
        // training sees trained-list matches exactly as often as unseen text will.
        var shipped = new EntityGazetteer.Builder();
        // A listed one-word name that the raw text mostly writes in lower case is an ordinary word first.
        bool IsCommonWord(string w) => tagger.Clusters.LookupAll(w).Case is 1 or 2;
        void AddExtra(EntityGazetteer.Builder b)
        {
            if (extraNames is null) return;
            foreach (var s in extraNames)
                for (int i = 0; i < s.Tags.Length; i++)
                {
                    if (s.Tags[i].IsOutside || !s.Tags[i].Begin) continue;
                    int j = i + 1;
                    while (j < s.Tags.Length && !s.Tags[j].IsOutside && !s.Tags[j].Begin) j++;
                    b.Add(string.Join(' ', s.Words[i..j]), s.Tags[i].Type switch
                    {
                        EntityType.Person => GazetteerList.Person,
                        EntityType.Organization => GazetteerList.Organization,
                        _ => GazetteerList.Location,
                    });
                }
        }
        var peopleFiles = GazetteerSources.PeopleFiles.Take(PeopleLists).ToList();
        // The committed snapshot, not the live dictionaries, unless asked: edits of the dictionaries must not change
        // what training writes until the snapshot is refreshed on purpose.
        var names = !UseShippedLists ? [] : LiveLists ? GazetteerSources.ShippedEntries(log, peopleFiles).ToList() : NameListSnapshot.LoadShipped();
        if (UseShippedLists)
        {
            log.WriteLine($"ner: {names.Count} shipped name-list entries from {(LiveLists ? "the live dictionaries" : NameListSnapshot.Resource)}");
            NameListSnapshot.AddTo(shipped, names, peopleFiles, log, LiveLists ? null : NameListSnapshot.Resource);
            if (GeoNames) log.WriteLine($"ner: {GazetteerSources.AddGeoNames(shipped, log)} GeoNames places");
            AddExtra(shipped);
            log.WriteLine($"ner: {shipped.RemoveCommonWords(IsCommonWord)} listed one-word names are common lower-case words; left out");
        }
        var fold = train.Select(s => (int)(FeatureHash.Of(DocumentOf(s.Id)) % (ulong)Math.Max(1, Folds))).ToArray();
        var foldGazetteers = new EntityGazetteer[Math.Max(1, Folds)];
        for (int k = 0; k < foldGazetteers.Length; k++)
        {
            var b = new EntityGazetteer.Builder();
            if (UseShippedLists)
            {
                NameListSnapshot.AddTo(b, names, peopleFiles, TextWriter.Null);
                if (GeoNames) GazetteerSources.AddGeoNames(b, TextWriter.Null);
                AddExtra(b);
                b.RemoveCommonWords(IsCommonWord);
            }
            if (Folds > 0) AddTrainedLists(b, train.Where((_, i) => fold[i] != k));
            foldGazetteers[k] = b.Build();
        }
        var final = shipped;
        if (Folds > 0) AddTrainedLists(final, train);
        var gazetteer = final.Build();
        log.WriteLine($"ner: gazetteer of {gazetteer.PhraseCount} phrases ({Folds} folds for the trained lists)");

        var data = Prepare(train, tagger, si => foldGazetteers[fold[si]]);
        if (PredictedMemory && Folds > 1) FillPredictedMemory(train, data, fold, foldGazetteers, tagger, seed, log);
        if (LowerCaseCopies > 0) data = [.. data, .. LowerCased(train, data, fold, foldGazetteers, tagger)];
        if (weight > 1 && weightedFrom < train.Count)
        {
            var original = data;
            data = [.. data, .. Enumerable.Range(1, weight - 1).SelectMany(_ => Enumerable.Range(weightedFrom, train.Count - weightedFrom)).Select(si => original[si])];
        }
        int targetRows = data.Length;
        if (source is { Count: > 0 }) data = [.. data, .. Prepare(source, tagger, _ => gazetteer)];
        int classes = EntityRecognizer.Classes.Count;
        if (EnsembleSize <= 1) return Decoding(new EntityRecognizer(AveragedPerceptron.Quantise(BucketBits, classes, TrainOne(data, targetRows, epochs, seed, log, dev, tagger, gazetteer)), tagger.Clusters, gazetteer, TemplateCount), augmented: targetRows < data.Length);
        // Several perceptrons trained on different shuffles, their averaged weights averaged again: one linear model
        // that scores like the ensemble of all of them (at the cost of one), steadier than any single shuffle.
        var sum = new double[(1 << BucketBits) * classes];
        for (int m = 0; m < EnsembleSize; m++)
        {
            var member = TrainOne(data, targetRows, epochs, seed + 1000 * m, log, m == 0 ? dev : null, tagger, gazetteer);
            for (int i = 0; i < sum.Length; i++) sum[i] += member[i];
        }
        var mean = new float[sum.Length];
        for (int i = 0; i < sum.Length; i++) mean[i] = (float)(sum[i] / EnsembleSize);
        return Decoding(new EntityRecognizer(AveragedPerceptron.Quantise(BucketBits, classes, mean), tagger.Clusters, gazetteer, TemplateCount), augmented: targetRows < data.Length);
    }

    /// <summary>The decoding switches this trainer's settings give a model trained with or without a second scheme.</summary>
    private EntityRecognizer Decoding(EntityRecognizer recognizer, bool augmented) => recognizer.WithDecoding(Structured && !augmented, SplitTitles);

    /// <summary>Tags, lists and memory codes of annotated sentences: the training rows. <paramref name="gazetteerOf"/>
    /// gives the gazetteer sentence <c>si</c> is listed with; the document memory comes from the gold labels of each
    /// document's other sentences.</summary>
    private static (WordHashes[] Hashes, int[] Pos, int[] Gazetteer, int[] Document, int[] Gold)[] Prepare(
        IReadOnlyList<Iob2Sentence> train, PosTagger tagger, Func<int, EntityGazetteer> gazetteerOf)
    {
        var data = new (WordHashes[] Hashes, int[] Pos, int[] Gazetteer, int[] Document, int[] Gold)[train.Count];
        for (int si = 0; si < train.Count; si++)
        {
            var s = train[si];
            var st = SentenceText.Of(s.Words);
            var h = new WordHashes[st.Count + 4];
            TaggerFeatures.Prepare(st.Text, st.Starts, st.Ends, h, tagger.Clusters);
            var pos = new int[st.Count];
            tagger.Tag(h, st.Text, st.Starts, st.Ends, pos);
            var gz = new int[st.Count];
            gazetteerOf(si).Mark(st.Text, st.Starts, st.Ends, gz);
            data[si] = (h, pos, gz, new int[st.Count], s.Tags.Select(EntityRecognizer.ClassOf).ToArray());
        }
        var memory = new DocumentMemory();
        for (int a = 0; a < train.Count;)
        {
            int b = a + 1;
            while (b < train.Count && DocumentOf(train[b].Id) == DocumentOf(train[a].Id)) b++;
            memory.Clear();
            for (int si = a; si < b; si++) memory.Add(data[si].Hashes, data[si].Gold);
            for (int si = a; si < b; si++) memory.Codes(data[si].Hashes, data[si].Gold, data[si].Document);
            a = b;
        }
        return data;
    }

    /// <summary>Replaces the gold-label document memory of <paramref name="data"/> by one filled from jackknifed
    /// first-pass predictions (see <see cref="PredictedMemory"/>).</summary>
    private void FillPredictedMemory(IReadOnlyList<Iob2Sentence> train, (WordHashes[] Hashes, int[] Pos, int[] Gazetteer, int[] Document, int[] Gold)[] data,
        int[] fold, EntityGazetteer[] foldGazetteers, PosTagger tagger, int seed, TextWriter log)
    {
        int classes = EntityRecognizer.Classes.Count;
        var predicted = new int[data.Length][];
        for (int k = 0; k < foldGazetteers.Length; k++)
        {
            var rows = Enumerable.Range(0, data.Length).Where(si => fold[si] != k).Select(si => data[si]).ToArray();
            var weights = TrainOne(rows, rows.Length, MemoryEpochs, seed + 77 * (k + 1), TextWriter.Null, null, tagger, foldGazetteers[k]);
            var first = Decoding(new EntityRecognizer(AveragedPerceptron.Quantise(BucketBits, classes, weights), tagger.Clusters, foldGazetteers[k], TemplateCount), augmented: false);
            int tokens = 0, wrong = 0;
            for (int si = 0; si < data.Length; si++)
            {
                if (fold[si] != k) continue;
                var (h, pos, gz, _, gold) = data[si];
                predicted[si] = new int[gold.Length];
                first.Recognize(h, pos, gz, new int[gold.Length], predicted[si]);
                tokens += gold.Length;
                for (int i = 0; i < gold.Length; i++) if (predicted[si][i] != gold[i]) wrong++;
            }
            log.WriteLine($"ner: memory fold {k}: first pass wrong on {wrong} of {tokens} tokens");
        }
        var memory = new DocumentMemory();
        for (int a = 0; a < train.Count;)
        {
            int b = a + 1;
            while (b < train.Count && DocumentOf(train[b].Id) == DocumentOf(train[a].Id)) b++;
            memory.Clear();
            for (int si = a; si < b; si++) memory.Add(data[si].Hashes, predicted[si]);
            for (int si = a; si < b; si++) memory.Codes(data[si].Hashes, predicted[si], data[si].Document);
            a = b;
        }
    }

    /// <summary>Trains one averaged perceptron and returns its averaged weights. Rows from <paramref name="targetRows"/>
    /// on are of the source scheme: with any, the weights are domain-augmented (shared + per scheme; see
    /// <see cref="AugmentGum"/>) and the result is shared + target.</summary>
    private float[] TrainOne((WordHashes[] Hashes, int[] Pos, int[] Gazetteer, int[] Document, int[] Gold)[] data, int targetRows, int epochs, int seed, TextWriter log,
        IReadOnlyList<Iob2Sentence>? dev, PosTagger tagger, EntityGazetteer gazetteer)
    {
        int classes = EntityRecognizer.Classes.Count;
        var model = new AveragedPerceptron(BucketBits, classes);
        bool augmented = targetRows < data.Length;
        var target = augmented ? new AveragedPerceptron(BucketBits, classes) : null;
        var other = augmented ? new AveragedPerceptron(BucketBits, classes) : null;
        float[] Averaged()
        {
            var w = model.AveragedWeights();
            if (target is null) return w;
            var t = target.AveragedWeights();
            for (int i = 0; i < w.Length; i++) w[i] += t[i];
            return w;
        }
        var random = new Random(seed);
        Span<int> buckets = stackalloc int[EntityFeatures.Count];
        Span<float> scores = stackalloc float[classes];
        Span<float> own = stackalloc float[classes];
        var sw = System.Diagnostics.Stopwatch.StartNew();
        float[] local = [];
        int[] guessed = [];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            int errors = 0;
            foreach (int si in TrainingCorpus.Shuffled(data.Length, random))
            {
                var (h, pos, gz, doc, gold) = data[si];
                var scheme = !augmented ? null : si < targetRows ? target : other;
                if (GazetteerDropout > 0 && random.Next(100) < GazetteerDropout) gz = new int[gz.Length];
                if (DocumentDropout > 0 && random.Next(100) < DocumentDropout) doc = new int[doc.Length];
                if (Structured && !augmented)
                {
                    errors += TrainStructured(model, h, pos, gz, doc, gold, ref local, ref guessed);
                    continue;
                }
                int p1 = -1, p2 = -1;
                for (int i = 0; i < gold.Length; i++)
                {
                    EntityFeatures.Extract(h, pos, gz, doc, i, p1, p2, BucketBits, buckets, TemplateCount);
                    model.Score(buckets[..TemplateCount], scores);
                    if (scheme != null)
                    {
                        scheme.Score(buckets[..TemplateCount], own);
                        for (int c = 0; c < classes; c++) scores[c] += own[c];
                    }
                    int guess = 0;
                    for (int c = 1; c < classes; c++)
                        if (EntityRecognizer.Allowed(p1, c) && scores[c] > scores[guess]) guess = c;
                    model.Tick();
                    model.Update(buckets[..TemplateCount], gold[i], guess);
                    if (augmented)
                    {
                        target!.Tick();
                        other!.Tick();
                        scheme!.Update(buckets[..TemplateCount], gold[i], guess);
                    }
                    if (guess != gold[i]) errors++;
                    p2 = p1;
                    p1 = guess;
                }
            }
            var line = $"ner: seed {seed} epoch {epoch}/{epochs}: {errors} token errors ({sw.Elapsed.TotalSeconds:F0} s)";
            if (dev != null && (epoch % 2 == 0 || epoch == epochs))
            {
                var sc = Evaluate(dev, tagger, Decoding(new EntityRecognizer(AveragedPerceptron.Quantise(BucketBits, classes, Averaged()), tagger.Clusters, gazetteer, TemplateCount), augmented));
                line += $"; dev F1 {100 * sc.F1:F2}";
            }
            log.WriteLine(line);
        }
        return Averaged();
    }

    /// <summary>One structured-perceptron step on a sentence: Viterbi-decodes it with the current weights and, where
    /// the predicted sequence differs from <paramref name="gold"/>, rewards the gold classes on the features of the
    /// gold history and penalises the predicted classes on the features of the predicted history. Words whose class
    /// and two previous classes agree in both sequences would get cancelling updates and are skipped. Returns the
    /// number of wrongly predicted words. <paramref name="local"/> and <paramref name="guessed"/> are scratch buffers
    /// grown as needed.</summary>
    private int TrainStructured(AveragedPerceptron model, WordHashes[] h, int[] pos, int[] gz, int[] doc, int[] gold, ref float[] local, ref int[] guessed)
    {
        int n = gold.Length;
        model.Tick();
        if (n == 0) return 0;
        if (local.Length < n * EntityLocalScores.Stride) local = new float[n * EntityLocalScores.Stride];
        if (guessed.Length < n) guessed = new int[n];
        EntityLocalScores.Fill(model, TemplateCount, h, pos, gz, doc, local.AsSpan(0, n * EntityLocalScores.Stride));
        var guess = guessed.AsSpan(0, n);
        EntityViterbi.Decode<float>(local.AsSpan(0, n * EntityLocalScores.Stride), guess);
        Span<int> buckets = stackalloc int[EntityFeatures.Count];
        int errors = 0;
        for (int i = 0; i < n; i++)
        {
            if (guess[i] != gold[i]) errors++;
            int g1 = i > 0 ? gold[i - 1] : -1, g2 = i > 1 ? gold[i - 2] : -1;
            int q1 = i > 0 ? guess[i - 1] : -1, q2 = i > 1 ? guess[i - 2] : -1;
            if (guess[i] == gold[i] && g1 == q1 && g2 == q2) continue;
            EntityFeatures.Extract(h, pos, gz, doc, i, g1, g2, BucketBits, buckets, TemplateCount);
            model.Add(buckets[..TemplateCount], gold[i], 1f);
            EntityFeatures.Extract(h, pos, gz, doc, i, q1, q2, BucketBits, buckets, TemplateCount);
            model.Add(buckets[..TemplateCount], guess[i], -1f);
        }
        return errors;
    }

    /// <summary>Lower-cased copies of the <see cref="LowerCaseCopies"/> per cent of <paramref name="train"/> whose id
    /// hashes below that share (a choice that does not depend on the order or the seed), tagged and listed again in
    /// lower case; the document memory is the original's, as the memory ignores case.</summary>
    private IEnumerable<(WordHashes[] Hashes, int[] Pos, int[] Gazetteer, int[] Document, int[] Gold)> LowerCased(
        IReadOnlyList<Iob2Sentence> train, (WordHashes[] Hashes, int[] Pos, int[] Gazetteer, int[] Document, int[] Gold)[] data,
        int[] fold, EntityGazetteer[] foldGazetteers, PosTagger tagger)
    {
        for (int si = 0; si < train.Count; si++)
        {
            var s = train[si];
            if (FeatureHash.Of("lower:" + (s.Id ?? si.ToString(System.Globalization.CultureInfo.InvariantCulture))) % 100 >= (ulong)LowerCaseCopies) continue;
            var words = s.Words.Select(w => w.ToLowerInvariant()).ToArray();
            if (words.AsSpan().SequenceEqual(s.Words)) continue;
            var st = SentenceText.Of(words);
            var h = new WordHashes[st.Count + 4];
            TaggerFeatures.Prepare(st.Text, st.Starts, st.Ends, h, tagger.Clusters);
            var pos = new int[st.Count];
            tagger.Tag(h, st.Text, st.Starts, st.Ends, pos);
            var gz = new int[st.Count];
            foldGazetteers[fold[si]].Mark(st.Text, st.Starts, st.Ends, gz);
            yield return (h, pos, gz, data[si].Document, data[si].Gold);
        }
    }

    /// <summary>Beam widths and temperatures tried on development data after training.</summary>
    public static IReadOnlyList<(int Width, double Temperature)> DecodingChoices { get; } =
        [(1, 1000), (4, 500), (4, 1000), (4, 1500), (4, 2000)];

    /// <summary>Picks the decoding (greedy or beam, and the beam's temperature) that scores best on
    /// <paramref name="dev"/>: model selection, which is what development data is for. Ties keep the cheaper choice.</summary>
    public static EntityRecognizer ChooseDecoding(EntityRecognizer recognizer, IReadOnlyList<Iob2Sentence> dev, PosTagger tagger, TextWriter log)
    {
        EntityRecognizer best = recognizer;
        double bestF1 = -1;
        foreach (var (width, temperature) in DecodingChoices)
        {
            var candidate = recognizer.WithBeam(width, temperature);
            var s = Evaluate(dev, tagger, candidate);
            log.WriteLine($"ner: dev with beam {width}, temperature {temperature}: P {100 * s.Precision:F2} R {100 * s.Recall:F2} F1 {100 * s.F1:F2}");
            if (s.F1 > bestF1 + 1e-9) { best = candidate; bestF1 = s.F1; }
        }
        return best;
    }

    /// <summary>Span-bias steps (weight-table units) tried per type by <see cref="ChooseSpanBias"/>.</summary>
    public static IReadOnlyList<int> SpanBiasSteps { get; } = [-16000, -12000, -9000, -6000, -4000, -3000, -2000, -1000, 0, 1000, 2000, 3000, 4000, 6000, 9000, 12000];

    /// <summary>Picks the <see cref="EntityRecognizer.SpanBias"/> that scores best on <paramref name="dev"/>: two rounds
    /// of coordinate ascent over the three types, each trying <see cref="SpanBiasSteps"/>; a bias must gain more
    /// than one tenth of a point of F1 over the current one to be taken, so noise does not move it. Only the types
    /// whose bit is set in <paramref name="types"/> (1 person, 2 organisation, 4 place) are tuned, within
    /// ±<paramref name="maxBias"/>.</summary>
    public static EntityRecognizer ChooseSpanBias(EntityRecognizer recognizer, IReadOnlyList<Iob2Sentence> dev, PosTagger tagger, TextWriter log, int maxBias = int.MaxValue, int types = 7)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        int[] bias = [recognizer.SpanBias.Person, recognizer.SpanBias.Organization, recognizer.SpanBias.Location];
        double best = Evaluate(dev, tagger, recognizer).F1;
        log.WriteLine($"ner: dev F1 {100 * best:F2} with span bias {bias[0]} / {bias[1]} / {bias[2]}");
        for (int round = 0; round < 2; round++)
        {
            bool moved = false;
            for (int type = 0; type < 3; type++)
            {
                if ((types & (1 << type)) == 0) continue;
                int keep = bias[type], chosen = keep;
                foreach (int value in SpanBiasSteps)
                {
                    if (value == keep || Math.Abs(value) > maxBias) continue;
                    bias[type] = value;
                    double f1 = Evaluate(dev, tagger, recognizer.WithSpanBias(bias[0], bias[1], bias[2])).F1;
                    if (f1 > best + 0.001) { best = f1; chosen = value; }
                }
                bias[type] = chosen;
                moved |= chosen != keep;
            }
            log.WriteLine($"ner: dev F1 {100 * best:F2} with span bias {bias[0]} / {bias[1]} / {bias[2]} (person / organisation / place)");
            if (!moved) break;
        }
        return recognizer.WithSpanBias(bias[0], bias[1], bias[2]);
    }

    /// <summary>The document of a sentence id (<c>doc-0001</c> → <c>doc</c>): folds split by document, so that a
    /// name repeated through one document does not leak into its own fold's lists.</summary>
    internal static string DocumentOf(string? id)
    {
        if (id is null) return "";
        int dash = id.LastIndexOf('-');
        return dash > 0 ? id[..dash] : id;
    }

    /// <summary>Adds the phrases annotated in <paramref name="sentences"/> to the trained lists: a phrase goes to the
    /// list of its most frequent type when that type covers at least <see cref="MinListShare"/> per cent of the
    /// phrase's occurrences in the text (any case), so "apple" or "bush" as common words keep it out.</summary>
    private void AddTrainedLists(EntityGazetteer.Builder builder, IEnumerable<Iob2Sentence> sentences)
    {
        var list = sentences.ToList();
        var typed = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var s in list)
        {
            for (int i = 0; i < s.Tags.Length; i++)
            {
                if (s.Tags[i].IsOutside || !s.Tags[i].Begin) continue;
                int j = i + 1;
                while (j < s.Tags.Length && !s.Tags[j].IsOutside && !s.Tags[j].Begin && s.Tags[j].Type == s.Tags[i].Type) j++;
                if (j - i > EntityGazetteer.MaxWords) continue;
                var key = EntityGazetteer.Normalise(string.Join(' ', s.Words[i..j]));
                if (!typed.TryGetValue(key, out var counts)) typed[key] = counts = new int[3];
                counts[TypeIndex(s.Tags[i].Type)]++;
            }
        }
        // Occurrences of each candidate phrase anywhere in the text.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in list)
        {
            var lower = s.Words.Select(w => w.ToLowerInvariant()).ToArray();
            for (int i = 0; i < lower.Length; i++)
            {
                var sb = new System.Text.StringBuilder();
                for (int j = i; j < lower.Length && j - i < EntityGazetteer.MaxWords; j++)
                {
                    if (j > i) sb.Append(' ');
                    sb.Append(lower[j]);
                    var key = sb.ToString();
                    if (typed.ContainsKey(key)) seen[key] = seen.GetValueOrDefault(key) + 1;
                }
            }
        }
        foreach (var (key, counts) in typed)
        {
            int best = counts[0] >= counts[1] ? (counts[0] >= counts[2] ? 0 : 2) : (counts[1] >= counts[2] ? 1 : 2);
            if (100 * counts[best] < MinListShare * Math.Max(1, seen.GetValueOrDefault(key))) continue;
            builder.Add(key, best switch { 0 => GazetteerList.TrainedPerson, 1 => GazetteerList.TrainedOrganization, _ => GazetteerList.TrainedLocation });
        }
    }

    private static int TypeIndex(EntityType t) => t switch { EntityType.Person => 0, EntityType.Organization => 1, _ => 2 };

    /// <summary>Span-level scores of <paramref name="recognizer"/> on gold-tokenised IOB2 sentences. Consecutive
    /// sentences of one document (by sentence id, <c>doc-0001</c>) are recognised together, as a pipeline recognises
    /// an article.</summary>
    public static EntityScores Evaluate(IEnumerable<Iob2Sentence> sentences, PosTagger tagger, EntityRecognizer recognizer, TextWriter? errors = null, int maxErrors = 0)
    {
        int shown = 0;
        var score = new EntityScores(0, 0, 0);
        var list = sentences as IReadOnlyList<Iob2Sentence> ?? sentences.ToList();
        for (int a = 0; a < list.Count;)
        {
            int b = a + 1;
            while (b < list.Count && list[a].Id != null && DocumentOf(list[b].Id) == DocumentOf(list[a].Id)) b++;
            var words = new List<string>();
            var pos = new List<int>();
            var sentenceStarts = new int[b - a];
            for (int si = a; si < b; si++)
            {
                var st = SentenceText.Of(list[si].Words);
                var p = new int[st.Count];
                tagger.Tag(st.Text, st.Starts, st.Ends, p);
                sentenceStarts[si - a] = words.Count;
                words.AddRange(list[si].Words);
                pos.AddRange(p);
            }
            var doc = SentenceText.Of(words);
            var classes = new int[doc.Count];
            recognizer.RecognizeDocument(doc.Text, doc.Starts, doc.Ends, pos.ToArray(), sentenceStarts, classes);
            for (int si = a; si < b; si++)
            {
                var s = list[si];
                var predicted = classes.AsSpan(sentenceStarts[si - a], s.Words.Length).ToArray().Select(c => EntityRecognizer.Classes[c]).ToArray();
                score = EntitySpans.Add(score, s.Tags, predicted);
                if (errors != null && shown < maxErrors && !predicted.AsSpan().SequenceEqual(s.Tags))
                {
                    shown++;
                    errors.WriteLine($"{s.Id}: " + string.Join(" ", s.Words.Select((w, i) =>
                        s.Tags[i] == predicted[i] ? (s.Tags[i].IsOutside ? w : $"{w}/{s.Tags[i]}") : $"{w}/{s.Tags[i]}≠{predicted[i]}")));
                }
            }
            a = b;
        }
        return score;
    }
}
