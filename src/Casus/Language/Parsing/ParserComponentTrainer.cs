using Casus.Language.Models;

namespace Casus.Language.Parsing;

/// <summary>
/// The "parser" component of <c>casus train</c>: trains on EWT train plus GUM's CC BY genres with gold tags, keeps the
/// epoch scoring best on EWT dev, and writes parser.bin.
/// </summary>
public sealed class ParserComponentTrainer : ITrainableComponent
{
    /// <summary>Training settings other than seed and epochs, which come from the <c>casus train</c> options.</summary>
    public ParserTrainingOptions Options { get; init; } = new();

    /// <inheritdoc/>
    public string Name => ParserModel.Component;

    /// <inheritdoc/>
    public string FileName => "parser.bin";

    /// <inheritdoc/>
    public TrainingReport Train(TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var train = TrainingCorpus.Train(options.DataDirectory).Select(ParserTreebank.From).OfType<ParserSentence>().ToList();
        var dev = TrainingCorpus.Dev(options.DataDirectory).Select(ParserTreebank.From).OfType<ParserSentence>().ToList();
        options.Log.WriteLine($"parser: {train.Count} training sentences, {train.Sum(s => s.Forms.Length)} words; {dev.Count} dev sentences");
        var settings = Options with { Seed = options.Seed, Epochs = options.Epochs ?? Options.Epochs };
        Directory.CreateDirectory(options.OutputDirectory);
        var path = Path.Combine(options.OutputDirectory, FileName);
        void Write(ParserModel m) { using var f = File.Create(path); m.Save(f); }
        var model = new ParserTrainer(settings).Train(train, dev, line => options.Log.WriteLine("parser: " + line), Write);
        Write(model);
        var scores = ParserEvaluator.Evaluate(new DependencyParser(model), dev);
        options.Log.WriteLine($"parser: dev {scores} → {path} ({new FileInfo(path).Length / 1024} KiB)");
        return new TrainingReport(Name, path, new Dictionary<string, double> { ["uas"] = scores.Uas, ["las"] = scores.Las, ["las_full"] = scores.FullLas });
    }
}
