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
    /// <summary>The shipped models.</summary>
    public static LanguageModels Shipped() =>
        new(PosTagger.CreateDefault(), Lemmatizer.CreateDefault(),
            ModelFile.OpenEmbedded(EntityRecognizer.ResourceName) is { } s ? CloseThen(s, EntityRecognizer.CreateDefault()) : null,
            ModelFile.OpenEmbedded(ParserStage.ResourceName) is { } p ? CloseThen(p, new DependencyParser(ParserStage.ShippedModel())) : null);

    /// <summary>Loads models from <paramref name="directory"/> (tagger.bin, lemmatizer.bin, ner.bin, parser.bin); returns null
    /// and a reason when a required file is missing or damaged.</summary>
    public static LanguageModels? FromDirectory(string directory, out string? error)
    {
        var tagger = LoadFile(Path.Combine(directory, "tagger.bin"), PosTagger.Load, out error);
        if (tagger is null) return null;
        var lemmatizer = LoadFile(Path.Combine(directory, "lemmatizer.bin"), Lemmatizer.Load, out error);
        if (lemmatizer is null) return null;
        EntityRecognizer? ner = null;
        if (File.Exists(Path.Combine(directory, "ner.bin")))
        {
            ner = LoadFile(Path.Combine(directory, "ner.bin"), EntityRecognizer.Load, out error);
            if (ner is null) return null;
        }
        DependencyParser? parser = null;
        if (File.Exists(Path.Combine(directory, "parser.bin")))
        {
            var model = LoadFile(Path.Combine(directory, "parser.bin"), ParserModel.Load, out error);
            if (model is null) return null;
            parser = new DependencyParser(model);
        }
        error = null;
        return new LanguageModels(tagger, lemmatizer, ner, parser);
    }

    private static T? LoadFile<T>(string path, Func<Stream, ModelLoadResult<T>> load, out string? error) where T : class
    {
        if (!File.Exists(path)) { error = $"{path}: no such model file"; return null; }
        using var f = File.OpenRead(path);
        var r = load(f);
        error = r.Error is null ? null : $"{path}: {r.Error}";
        return r.Value;
    }

    // The probe stream only tells whether the resource exists; CreateDefault opens its own.
    private static T CloseThen<T>(Stream s, T value) { s.Dispose(); return value; }
}
