using System.CommandLine;
using Casus.Language.Models;

namespace Casus.Cli.Commands;

/// <summary><c>casus train</c>: rebuilds the shipped language models from the treebanks and prints dev scores.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Training data root (ud/, ner/)", DefaultValueFactory = _ => "../shared/data" };
        var output = new Option<string>("--out") { Description = "Folder the model files are written to", DefaultValueFactory = _ => "data/models" };
        var component = new Option<string>("--component")
        {
            Description = "Which model to train: " + string.Join("|", TrainableComponents.All.Concat(TrainableComponents.OnRequest).Select(c => c.Name)) + "|all",
            DefaultValueFactory = _ => "all",
        };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed (same seed and data give identical models)", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int?>("--epochs") { Description = "Passes over the training data (default: each component's own)" };
        var set = new Option<string[]>("--set") { Description = "Hyper-parameter for experiments, component.name=value (e.g. tagger.bits=20, tagger.clusters=0)", AllowMultipleArgumentsPerToken = false };
        var c = new Command("train", "Train the tagger, lemmatizer and entity recogniser from the treebanks; prints dev scores.");
        c.Options.Add(data); c.Options.Add(output); c.Options.Add(component); c.Options.Add(seed); c.Options.Add(epochs); c.Options.Add(set);
        c.SetAction(r => Run(r.GetValue(data)!, r.GetValue(output)!, r.GetValue(component)!, r.GetValue(seed), r.GetValue(epochs), Console.Out, Console.Error, r.GetValue(set)));
        return c;
    }

    /// <summary>Trains the named component (or all, in registry order). Returns the exit code.</summary>
    public static int Run(string data, string output, string component, int seed, int? epochs, TextWriter stdout, TextWriter stderr, string[]? settings = null)
    {
        var parsed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var kv in settings ?? [])
        {
            int eq = kv.IndexOf('=');
            if (eq <= 0) { stderr.WriteLine($"train: --set '{kv}' is not component.name=value"); return 2; }
            parsed[kv[..eq]] = kv[(eq + 1)..];
        }
        if (!Directory.Exists(data)) { stderr.WriteLine($"train: data folder '{data}' does not exist"); return 2; }
        IReadOnlyList<ITrainableComponent> selected;
        if (string.Equals(component, "all", StringComparison.OrdinalIgnoreCase)) selected = TrainableComponents.All;
        else if (TrainableComponents.Find(component) is { } one) selected = [one];
        else
        {
            stderr.WriteLine($"train: unknown component '{component}' (known: {string.Join(", ", TrainableComponents.All.Concat(TrainableComponents.OnRequest).Select(x => x.Name))}, all)");
            return 2;
        }
        var options = new TrainingOptions(data, output, seed, epochs, stdout, parsed);
        foreach (var trainable in selected)
        {
            TrainingReport report;
            try
            {
                report = trainable.Train(options);
            }
            catch (ArgumentException e)
            {
                // A bad --set value: say which, and stop before writing anything more.
                stderr.WriteLine($"train: {trainable.Name}: {e.Message}");
                return 2;
            }
            stdout.WriteLine($"{report.Component}: " + string.Join(" ", report.DevScores.Select(p => $"{p.Key}={p.Value:F2}")));
        }
        return 0;
    }
}
