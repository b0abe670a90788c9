using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Casus.Text;
using Casus.Text.Evaluation;

namespace Casus.Cli.Commands;

/// <summary>"casus nlp segment FILE.conllu[.gz] [--json]": token and sentence F1 of the text stage against a treebank.</summary>
internal static class NlpSegmentCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Write the scores as one JSON object." };
        var paths = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "CoNLL-U files, plain or gzipped." };
        var command = new Command("segment", "Rebuild raw text from CoNLL-U, run the text stage and score words, tokens and sentences.");
        command.Options.Add(json);
        command.Arguments.Add(paths);
        command.SetAction(parse => Run(parse.GetValue(paths) ?? Array.Empty<string>(), parse.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Scores each file; returns 0 when every file was read, 1 when one could not be.</summary>
    public static int Run(IReadOnlyList<string> files, bool json, TextWriter output, TextWriter error)
    {
        var evaluator = new SegmentationEvaluator(TextStage.CreateDefault());
        int exit = 0;
        foreach (var file in files)
        {
            var score = evaluator.EvaluateFile(file);
            foreach (var e in score.Errors.Take(20)) error.WriteLine(e);
            if (score.Errors.Count > 20) error.WriteLine($"... and {score.Errors.Count - 20} more problems");
            if (score.Documents == 0) { exit = 1; continue; }
            if (json) output.WriteLine(ToJson(file, score));
            else WriteText(file, score, output);
        }
        return exit;
    }

    private static void WriteText(string file, SegmentationScore s, TextWriter o)
    {
        o.WriteLine($"{file}: {s.Documents} documents, {s.Characters} characters, {s.SkippedSentences} sentences skipped");
        Line(o, "words", s.Words);
        Line(o, "surface tokens", s.SurfaceTokens);
        Line(o, "sentences (spans)", s.Sentences);
        Line(o, "sentence starts", s.SentenceBoundaries);
    }

    private static void Line(TextWriter o, string name, PrfScore p)
        => o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-18} P {p.Precision * 100,6:F2}  R {p.Recall * 100,6:F2}  F1 {p.F1 * 100,6:F2}   (gold {p.Gold}, predicted {p.Predicted}, correct {p.Correct})"));

    private static string ToJson(string file, SegmentationScore s)
    {
        static object P(PrfScore p) => new { gold = p.Gold, predicted = p.Predicted, correct = p.Correct, precision = p.Precision, recall = p.Recall, f1 = p.F1 };
        return JsonSerializer.Serialize(new
        {
            file,
            documents = s.Documents,
            characters = s.Characters,
            skippedSentences = s.SkippedSentences,
            words = P(s.Words),
            surfaceTokens = P(s.SurfaceTokens),
            sentences = P(s.Sentences),
            sentenceStarts = P(s.SentenceBoundaries),
        });
    }
}
