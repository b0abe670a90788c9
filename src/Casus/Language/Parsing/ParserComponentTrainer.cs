using Casus.Language.Models;
using Casus.Language.Parsing.Neural;
using Casus.Language.Tagging;

namespace Casus.Language.Parsing;

/// <summary>
/// The "parser" component of <c>casus train</c>: trains on EWT train plus GUM's CC BY genres, keeps the epoch scoring
/// best on EWT dev, and writes parser.bin. By default it trains 7 epochs on the treebanks' gold tags without word
/// clusters. With <c>--set parser.jackknife=4 --set parser.clusters=1 --epochs 10</c> the training sentences carry
/// jackknifed predicted tags (<see cref="TagJackknife"/>), the dev sentences the tags of the pipeline's tagger, and the
/// model reads that tagger's word clusters. That model scored the same on EWT test with predicted tags (UAS 85.28 / LAS
/// 82.37 against 85.30 / 82.27) but coded fewer gold events (petr2 root+dyad F1 0.244 against 0.333, plover_gsr 0.382
/// against 0.386) and is larger and slower, so the default, shipped model is the gold-tag one (docs/parser.md).
/// </summary>
/// <remarks>The tagger is <c>tagger.bin</c> in the output folder when there is one (so a full <c>casus train</c> is
/// consistent), else the shipped tagger. Settings: <c>--set parser.jackknife=K</c> (0: gold tags, as before),
/// <c>--set parser.clusters=0</c> (no cluster features), <c>--set parser.attachment=1</c> (the attachment features; needs
/// clusters), <c>--set parser.ensemble=N</c> (N seeds averaged in one table), <c>--set parser.labelbits=B</c>,
/// <c>--set parser.beam=N</c> (max-violation beam training; the model then decodes with that width).
/// <c>--set parser.kind=mlp</c> trains the neural kind instead (<see cref="MlpTrainer"/>; word clusters on unless
/// <c>parser.clusters=0</c>), with <c>parser.hidden</c>, <c>parser.batch</c>, <c>parser.explore</c> (first exploring
/// epoch), <c>parser.dropout</c> and <c>parser.lr</c> (both in thousandths).</remarks>
public sealed class ParserComponentTrainer : ITrainableComponent
{
    /// <summary>Jackknife folds unless <c>parser.jackknife</c> says otherwise (0: the treebanks' gold tags).</summary>
    public const int DefaultFolds = 0;

    /// <summary>Whether the model reads word clusters unless <c>parser.clusters</c> says otherwise (0: no).</summary>
    public const int DefaultClusters = 0;

    /// <summary>The kind trained unless <c>parser.kind</c> says otherwise: "perceptron" or "mlp".</summary>
    public const string DefaultKind = "perceptron";

    /// <summary>Settings of the neural kind other than seed and epochs.</summary>
    public MlpTrainingOptions MlpOptions { get; init; } = new();

    /// <summary>Training settings other than seed and epochs, which come from the <c>casus train</c> options.</summary>
    public ParserTrainingOptions Options { get; init; } = new() { Epochs = 7 };

    /// <inheritdoc/>
    public string Name => ParserModel.Component;

    /// <inheritdoc/>
    public string FileName => "parser.bin";

    /// <inheritdoc/>
    public TrainingReport Train(TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The kind is checked before the treebanks load, so a typo fails at once.
        var kind = options.Settings?.GetValueOrDefault(Name + ".kind") ?? DefaultKind;
        bool neural = kind switch
        {
            "mlp" => true,
            "perceptron" => false,
            _ => throw new ArgumentException($"parser.kind '{kind}' is neither 'perceptron' nor 'mlp'"),
        };
        var train = TrainingCorpus.Train(options.DataDirectory).Select(ParserTreebank.From).OfType<ParserSentence>().ToList();
        var dev = TrainingCorpus.Dev(options.DataDirectory).Select(ParserTreebank.From).OfType<ParserSentence>().ToList();
        options.Log.WriteLine($"parser: {train.Count} training sentences, {train.Sum(s => s.Forms.Length)} words; {dev.Count} dev sentences");
        int folds = options.Setting(Name, "jackknife", DefaultFolds);
        bool useClusters = options.Setting(Name, "clusters", neural ? 1 : DefaultClusters) != 0;
        PosTagger? tagger = null;
        if (folds >= 2 || useClusters)
        {
            tagger = LoadTagger(options.OutputDirectory);
        }
        var devTagged = dev;
        if (folds >= 2)
        {
            var gold = train;
            train = TagJackknife.Retag(train, folds, tagger!.Clusters, options.Seed, null, options.Log);
            options.Log.WriteLine($"parser: jackknifed training tags, {TagJackknife.TagErrorRate(gold, train):F2}% of words with another tag than gold");
            devTagged = ParserEvaluator.Retag(dev, tagger);
        }
        Directory.CreateDirectory(options.OutputDirectory);
        var path = Path.Combine(options.OutputDirectory, FileName);
        void Write(ParserModel m) { using var f = File.Create(path); m.Save(f); }
        ParserModel model;
        if (neural)
        {
            var mlp = MlpOptions with
            {
                Seed = options.Seed,
                Epochs = options.Epochs ?? MlpOptions.Epochs,
                Hidden = options.Setting(Name, "hidden", MlpOptions.Hidden),
                Batch = options.Setting(Name, "batch", MlpOptions.Batch),
                ExploreFromEpoch = options.Setting(Name, "explore", MlpOptions.ExploreFromEpoch),
                Dropout = options.Setting(Name, "dropout", (int)Math.Round(MlpOptions.Dropout * 1000)) / 1000f,
                LearningRate = options.Setting(Name, "lr", (int)Math.Round(MlpOptions.LearningRate * 1000)) / 1000f,
            };
            model = new MlpTrainer(mlp, useClusters ? tagger!.Clusters : null).Train(train, devTagged, line => options.Log.WriteLine("parser: " + line), Write);
        }
        else model = TrainPerceptron(options, train, devTagged, useClusters ? tagger!.Clusters : null, Write);
        Write(model);
        var parser = new DependencyParser(model);
        var scores = ParserEvaluator.Evaluate(parser, dev);
        var report = new Dictionary<string, double> { ["uas"] = scores.Uas, ["las"] = scores.Las, ["las_full"] = scores.FullLas };
        options.Log.WriteLine($"parser: dev, gold tags: {scores} → {path} ({new FileInfo(path).Length / 1024} KiB)");
        if (!ReferenceEquals(devTagged, dev))
        {
            var predicted = ParserEvaluator.Evaluate(parser, devTagged);
            options.Log.WriteLine($"parser: dev, predicted tags: {predicted}");
            report["uas_predicted"] = predicted.Uas;
            report["las_predicted"] = predicted.Las;
        }
        return new TrainingReport(Name, path, report);
    }

    private ParserModel TrainPerceptron(TrainingOptions options, List<ParserSentence> train, List<ParserSentence> dev, WordClusters? clusters, Action<ParserModel> write)
    {
        var settings = Options with
        {
            Seed = options.Seed,
            Epochs = options.Epochs ?? Options.Epochs,
            AttachmentFeatures = options.Setting(Name, "attachment", Options.AttachmentFeatures ? 1 : 0) != 0,
            Ensemble = options.Setting(Name, "ensemble", Options.Ensemble),
            LabelBits = options.Setting(Name, "labelbits", Options.LabelBits),
            BeamWidth = options.Setting(Name, "beam", Options.BeamWidth),
        };
        var trainer = new ParserTrainer(settings, clusters);
        return trainer.Train(train, dev, line => options.Log.WriteLine("parser: " + line), write);
    }

    private static PosTagger LoadTagger(string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, "tagger.bin");
        if (!File.Exists(path)) return PosTagger.CreateDefault();
        using var f = File.OpenRead(path);
        var loaded = PosTagger.Load(f);
        return loaded.Value ?? throw new InvalidOperationException($"{path}: {loaded.Error}");
    }
}
