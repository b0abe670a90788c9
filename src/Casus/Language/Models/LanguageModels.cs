using Casus.Language.Entities;
using Casus.Language.Evaluation;
using Casus.Language.Lemmas;
using Casus.Language.Parsing;
using Casus.Language.Tagging;

namespace Casus.Language.Models;

/// <summary>The trained language models together, from a folder of model files or from Casus.dll.
/// The parser component adds itself as <see cref="Parser"/> (null until then).</summary>
/// <param name="Tagger">Part-of-speech tagger.</param><param name="Lemmatizer">Lemmatizer.</param>
/// <param name="Entities">Entity recogniser (null when its model is not there).</param>
/// <param name="Parser">Dependency parser as the evaluator sees it (null when absent).</param>
public sealed record LanguageModels(PosTagger Tagger, Lemmatizer Lemmatizer, EntityRecognizer? Entities, IDependencyAnnotator? Parser)
{
    /// <summary>The shipped models. They load on parallel threads: each is read and laid out independently, and
    /// the parser's tables alone take as long as the other three together.</summary>
    public static LanguageModels Shipped()
    {
        var parser = Task.Run(() => ModelFile.OpenEmbedded(ParserStage.ResourceName) is { } p ? CloseThen(p, new DependencyParser(ParserStage.ShippedModel())) : null);
        var entities = Task.Run(() => ModelFile.OpenEmbedded(EntityRecognizer.ResourceName) is { } s ? CloseThen(s, EntityRecognizer.CreateDefault()) : null);
        var lemmatizer = Task.Run(Lemmatizer.CreateDefault);
        var tagger = PosTagger.CreateDefault();
        return new(tagger, lemmatizer.GetAwaiter().GetResult(), entities.GetAwaiter().GetResult(), parser.GetAwaiter().GetResult());
    }

    /// <summary>Loads models from <paramref name="directory"/> (tagger.bin, lemmatizer.bin, ner.bin, parser.bin), each on
    /// its own thread; returns null and a reason when a required file is missing or damaged.</summary>
    public static LanguageModels? FromDirectory(string directory, out string? error)
    {
        string nerPath = Path.Combine(directory, "ner.bin"), parserPath = Path.Combine(directory, "parser.bin");
        var parserTask = Task.Run(() => File.Exists(parserPath) ? Load(parserPath, ParserModel.Load) : default);
        var nerTask = Task.Run(() => File.Exists(nerPath) ? Load(nerPath, EntityRecognizer.Load) : default);
        var lemmatizerTask = Task.Run(() => Load(Path.Combine(directory, "lemmatizer.bin"), Lemmatizer.Load));
        var tagger = Load(Path.Combine(directory, "tagger.bin"), PosTagger.Load);
        var (lemmatizer, ner, parser) = (lemmatizerTask.GetAwaiter().GetResult(), nerTask.GetAwaiter().GetResult(), parserTask.GetAwaiter().GetResult());
        // The first failure in the order the files were always checked: tagger, lemmatizer, entities, parser.
        error = tagger.Error ?? lemmatizer.Error ?? ner.Error ?? parser.Error;
        if (error is not null) return null;
        return new LanguageModels(tagger.Value!, lemmatizer.Value!, ner.Value, parser.Value is { } model ? new DependencyParser(model) : null);
    }

    private static (T? Value, string? Error) Load<T>(string path, Func<Stream, ModelLoadResult<T>> load) where T : class
    {
        if (!File.Exists(path)) return (null, $"{path}: no such model file");
        using var f = File.OpenRead(path);
        var r = load(f);
        return (r.Value, r.Error is null ? null : $"{path}: {r.Error}");
    }

    // The probe stream only tells whether the resource exists; CreateDefault opens its own.
    private static T CloseThen<T>(Stream s, T value) { s.Dispose(); return value; }
}
