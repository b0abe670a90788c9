using System.CommandLine;
using Casus.Language.Parsing;
using Casus.Language.Tagging;

namespace Casus.Cli.Commands;

/// <summary><c>casus parser train|eval</c>: trains the dependency parser on CoNLL-U treebanks and scores it.</summary>
internal static class ParserCommand
{
    public static Command Create()
    {
        var command = new Command("parser", "Train and evaluate the dependency parser.");
        command.Subcommands.Add(CreateTrain());
        command.Subcommands.Add(CreateEval());
        command.Subcommands.Add(CreateRetag());
        return command;
    }

    private static Command CreateTrain()
    {
        var c = new Command("train", "Train the parser on CoNLL-U files (GUM's non-commercial genres are left out).");
        var train = new Argument<string[]>("train") { Arity = ArgumentArity.OneOrMore, Description = "Training CoNLL-U files (.conllu or .conllu.gz)." };
        var dev = new Option<string?>("--dev") { Description = "Development CoNLL-U file; the epoch scoring best on it is kept." };
        var output = new Option<string>("--output") { Description = "Where to write the model.", DefaultValueFactory = _ => "data/models/parser.bin" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the data.", DefaultValueFactory = _ => new ParserTrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var actionBits = new Option<int>("--action-bits") { Description = "log2 of the transition table's rows.", DefaultValueFactory = _ => new ParserTrainingOptions().ActionBits };
        var labelBits = new Option<int>("--label-bits") { Description = "log2 of the label table's rows.", DefaultValueFactory = _ => new ParserTrainingOptions().LabelBits };
        var limit = new Option<int>("--limit") { Description = "Use only the first N training sentences (0 = all).", DefaultValueFactory = _ => 0 };
        var clusters = new Option<bool>("--clusters") { Description = "Add word-cluster features (the shipped tagger's clusters, stored in the model)." };
        var jackknife = new Option<int>("--jackknife") { Description = "Retag the training files with K-fold jackknifed taggers first (0 = keep the files' tags).", DefaultValueFactory = _ => 0 };
        var beam = new Option<int>("--beam") { Description = "Beam width (1 = greedy training with the dynamic oracle).", DefaultValueFactory = _ => 1 };
        var attachment = new Option<bool>("--attachment") { Description = "Add the attachment features (candidate heads with the function word of the phrase in the buffer; needs --clusters)." };
        var ensemble = new Option<int>("--ensemble") { Description = "Train N perceptrons with seeds seed..seed+N-1 side by side and ship the average of their weights.", DefaultValueFactory = _ => 1 };
        var predictedDev = new Option<bool>("--predicted-dev") { Description = "Tag the development file with the shipped tagger (choose the epoch by pipeline conditions)." };
        c.Arguments.Add(train);
        c.Options.Add(dev); c.Options.Add(output); c.Options.Add(epochs); c.Options.Add(seed); c.Options.Add(limit); c.Options.Add(actionBits); c.Options.Add(labelBits);
        c.Options.Add(clusters); c.Options.Add(jackknife); c.Options.Add(predictedDev); c.Options.Add(beam);
        c.Options.Add(attachment); c.Options.Add(ensemble);
        c.SetAction(r => RunTrain(r.GetValue(train)!, r.GetValue(dev), r.GetValue(output)!,
            new ParserTrainingOptions { Epochs = r.GetValue(epochs), Seed = r.GetValue(seed), ActionBits = r.GetValue(actionBits), LabelBits = r.GetValue(labelBits), BeamWidth = r.GetValue(beam), AttachmentFeatures = r.GetValue(attachment), Ensemble = r.GetValue(ensemble) }, r.GetValue(limit), Console.Out, Console.Error,
            r.GetValue(clusters), r.GetValue(jackknife), r.GetValue(predictedDev)));
        return c;
    }

    private static Command CreateRetag()
    {
        var c = new Command("retag", "Write CoNLL-U files with predicted tags (gold trees kept): tagged by the shipped tagger, or jackknifed.");
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "CoNLL-U files (GUM's non-commercial genres are left out)." };
        var output = new Option<string>("--output") { Description = "The CoNLL-U file to write.", Required = true };
        var jackknife = new Option<int>("--jackknife") { Description = "K-fold jackknifing with taggers trained on the other folds (0 = the shipped tagger).", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "Base seed of the fold taggers.", DefaultValueFactory = _ => 1 };
        c.Arguments.Add(files);
        c.Options.Add(output); c.Options.Add(jackknife); c.Options.Add(seed);
        c.SetAction(r => RunRetag(r.GetValue(files)!, r.GetValue(output)!, r.GetValue(jackknife), r.GetValue(seed), Console.Out, Console.Error));
        return c;
    }

    private static Command CreateEval()
    {
        var c = new Command("eval", "Parse CoNLL-U files with their given tags and report UAS/LAS and speed.");
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "CoNLL-U files to score." };
        var model = new Option<string?>("--model") { Description = "Model file; the embedded model when omitted." };
        var predicted = new Option<bool>("--predicted-tags") { Description = "Tag with the shipped tagger first instead of using the file's gold tags." };
        var beam = new Option<int>("--beam") { Description = "Decode with this beam width (0 = the model's own).", DefaultValueFactory = _ => 0 };
        var margin = new Option<int>("--beam-margin") { Description = "Drop beam candidates scoring more than this below the step's best (quantised score units; 0 = none).", DefaultValueFactory = _ => 0 };
        var output = new Option<string?>("--output") { Description = "Write the parsed sentences (tags as parsed, predicted trees) as CoNLL-U to this file, for error analysis; with several input files, the last one's." };
        c.Options.Add(beam); c.Options.Add(margin);
        c.Arguments.Add(files);
        c.Options.Add(model);
        c.Options.Add(predicted);
        c.Options.Add(output);
        c.SetAction(r => RunEval(r.GetValue(files)!, r.GetValue(model), Console.Out, Console.Error, r.GetValue(predicted), r.GetValue(beam), r.GetValue(output), r.GetValue(margin)));
        return c;
    }

    /// <summary>Trains and writes a model; returns the exit code.</summary>
    internal static int RunTrain(string[] trainPaths, string? devPath, string output, ParserTrainingOptions options, int limit, TextWriter @out, TextWriter err,
        bool clusters = false, int jackknife = 0, bool predictedDev = false)
    {
        var train = new List<ParserSentence>();
        foreach (var path in trainPaths)
        {
            if (!File.Exists(path)) { err.WriteLine($"error: {path}: file not found"); return 2; }
            var part = ParserTreebank.Read(path, out int skipped);
            @out.WriteLine($"{path}: {part.Count} sentences, {skipped} left out");
            train.AddRange(part);
        }
        if (limit > 0 && train.Count > limit) train = train.GetRange(0, limit);
        List<ParserSentence>? dev = null;
        if (devPath != null)
        {
            if (!File.Exists(devPath)) { err.WriteLine($"error: {devPath}: file not found"); return 2; }
            dev = ParserTreebank.Read(devPath, out _);
            if (predictedDev) dev = ParserEvaluator.Retag(dev, PosTagger.CreateDefault());
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (jackknife >= 2) train = TagJackknife.Retag(train, jackknife, PosTagger.CreateDefault().Clusters, options.Seed, null, @out);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        void Write(ParserModel m) { using var stream = File.Create(output); m.Save(stream); }
        // Each new best epoch is written at once, so a long run stopped early still leaves its best model.
        var model = new ParserTrainer(options, clusters ? PosTagger.CreateDefault().Clusters : null).Train(train, dev, line => @out.WriteLine(line), Write);
        @out.WriteLine($"trained in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMinutes:F1} min on {train.Sum(s => s.Forms.Length)} words");
        Write(model);
        @out.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F1} MiB, {model.NonZeroWeights} non-zero weights)");
        return 0;
    }

    /// <summary>Retags CoNLL-U files and writes them as one file; returns the exit code.</summary>
    internal static int RunRetag(string[] paths, string output, int jackknife, int seed, TextWriter @out, TextWriter err)
    {
        var sentences = new List<ParserSentence>();
        foreach (var path in paths)
        {
            if (!File.Exists(path)) { err.WriteLine($"error: {path}: file not found"); return 2; }
            sentences.AddRange(ParserTreebank.Read(path, out _));
        }
        var tagger = PosTagger.CreateDefault();
        var tagged = jackknife >= 2
            ? TagJackknife.Retag(sentences, jackknife, tagger.Clusters, seed, null, @out)
            : ParserEvaluator.Retag(sentences, tagger);
        using (var writer = new StreamWriter(output)) ParserTreebank.Write(writer, tagged);
        @out.WriteLine($"wrote {output}: {tagged.Count} sentences, {TagJackknife.TagErrorRate(sentences, tagged):F2}% of words tagged otherwise than in the input");
        return 0;
    }

    /// <summary>Scores a model on CoNLL-U files; returns the exit code.</summary>
    internal static int RunEval(string[] paths, string? modelPath, TextWriter @out, TextWriter err, bool predictedTags = false, int beam = 0, string? output = null, int beamMargin = 0)
    {
        ParserModel model;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (modelPath != null)
        {
            using var stream = File.OpenRead(modelPath);
            var loaded = ParserModel.Load(stream);
            if (!loaded.Success) { err.WriteLine($"error: {modelPath}: {loaded.Error}"); return 2; }
            model = loaded.Value!;
        }
        else
        {
            try { model = ParserStage.ShippedModel(); }
            catch (InvalidOperationException e) { err.WriteLine($"error: {e.Message}"); return 2; }
        }
        @out.WriteLine($"model loaded in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
        if (beam is < 0 or > ParserTrainingOptions.MaxBeamWidth) { err.WriteLine($"error: --beam {beam}: must be 0 to {ParserTrainingOptions.MaxBeamWidth}"); return 2; }
        if (beamMargin < 0) { err.WriteLine($"error: --beam-margin {beamMargin}: must not be negative"); return 2; }
        var parser = new DependencyParser(model, beam > 0 ? beam : model.BeamWidth, beamMargin);
        @out.WriteLine($"beam width {parser.BeamWidth}{(beamMargin > 0 ? $", margin {beamMargin}" : "")}{(model.Clusters != null ? $", {model.Clusters.Count} cluster words" : "")}");
        foreach (var path in paths)
        {
            if (!File.Exists(path)) { err.WriteLine($"error: {path}: file not found"); return 2; }
            var sentences = ParserTreebank.Read(path, out _);
            if (predictedTags) sentences = ParserEvaluator.Retag(sentences, PosTagger.CreateDefault());
            var scores = ParserEvaluator.Evaluate(parser, sentences);
            if (output != null)
                using (var writer = new StreamWriter(output)) ParserTreebank.Write(writer, ParserEvaluator.Parse(parser, sentences));
            double speed = ParserEvaluator.WordsPerSecond(parser, sentences, rounds: 3);
            @out.WriteLine($"{path} ({(predictedTags ? "predicted" : "gold")} tags): {scores}; parser alone {speed:F0} words/s on one thread");
            if (parser.BeamWidth > 1)
            {
                var (items, labels) = ParserEvaluator.BeamWork(parser, sentences);
                @out.WriteLine($"  beam work per transition: {items:F2} items scored, {labels:F2} arcs labelled (greedy: at most 1 and 0.5)");
            }
        }
        return 0;
    }
}
