namespace Casus.Language.Models;

/// <summary>Settings of one <c>casus train</c> run.</summary>
/// <param name="DataDirectory">The training data root (the layout of ../shared/data: ud/, ner/).</param>
/// <param name="OutputDirectory">Where model files are written (data/models in a checkout).</param>
/// <param name="Seed">Seed for shuffling; equal seeds and data give byte-identical models.</param>
/// <param name="Epochs">Passes over the training data; null for each component's default.</param>
/// <param name="Log">Progress and dev scores go here.</param>
/// <param name="Settings">Component hyper-parameters given as <c>--set component.name=value</c> (e.g. tagger.bits=20), for experiments.</param>
public sealed record TrainingOptions(string DataDirectory, string OutputDirectory, int Seed, int? Epochs, TextWriter Log, IReadOnlyDictionary<string, string>? Settings = null)
{
    /// <summary>An integer setting <c>component.name</c>, or <paramref name="fallback"/> when it is not given.</summary>
    /// <exception cref="ArgumentException">The setting is given but is not a whole number: a typo must not train
    /// silently with the default.</exception>
    public int Setting(string component, string name, int fallback)
    {
        if (Settings == null || !Settings.TryGetValue(component + "." + name, out var v)) return fallback;
        return int.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int i)
            ? i
            : throw new ArgumentException($"setting {component}.{name}='{v}' is not a whole number");
    }
}

/// <summary>What a component's training produced: the model file and its dev scores by name (percentages).</summary>
public sealed record TrainingReport(string Component, string ModelPath, IReadOnlyDictionary<string, double> DevScores);

/// <summary>A model <c>casus train</c> can build. Components train in registry order, so a later one may load an
/// earlier one's fresh model from <see cref="TrainingOptions.OutputDirectory"/> (NER reads the tagger's tags).</summary>
public interface ITrainableComponent
{
    /// <summary>The name used by <c>--component</c> and in the model header, e.g. "tagger".</summary>
    string Name { get; }

    /// <summary>The model file name under the output directory (and resource name under models/).</summary>
    string FileName { get; }

    /// <summary>Trains, writes the model, and reports dev scores.</summary>
    TrainingReport Train(TrainingOptions options);
}

/// <summary>The named trainable components, in training order. Add one line per component.</summary>
public static class TrainableComponents
{
    /// <summary>Every component, in the order they must be trained.</summary>
    public static IReadOnlyList<ITrainableComponent> All { get; } =
    [
        new Tagging.PosTaggerTrainer(),
        new Lemmas.LemmatizerTrainer(),
        new Entities.EntityRecognizerTrainer(),
        new Parsing.ParserComponentTrainer(),
    ];

    /// <summary>Components trained only when named, never by a full run: the name-list snapshot, whose refresh must
    /// stay an explicit step so that a full run rebuilds the shipped models.</summary>
    public static IReadOnlyList<ITrainableComponent> OnRequest { get; } =
    [
        new Entities.NameListSnapshotWriter(),
    ];

    /// <summary>The component called <paramref name="name"/> (of <see cref="All"/> or <see cref="OnRequest"/>), or null.</summary>
    public static ITrainableComponent? Find(string name) =>
        All.Concat(OnRequest).FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
