using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Casus.Language.Conllu;
using Casus.Language.Entities;
using Casus.Language.Evaluation;
using Casus.Language.Models;

namespace Casus.Cli.Commands;

/// <summary><c>casus nlp eval FILE</c>: scores the models on gold tokenisation (CoNLL-U, or IOB2 with --ner).</summary>
internal static class NlpEvalCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Gold CoNLL-U (or IOB2 with --ner), plain or .gz" };
        var ner = new Option<bool>("--ner") { Description = "Score named entities on an IOB2 file (span-level exact match)" };
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON object" };
        var models = new Option<string?>("--models") { Description = "Load model files from this folder instead of the shipped ones" };
        var c = new Command("eval", "Score tagging, lemmas (and parsing) on a CoNLL-U file, or entities on an IOB2 file.");
        var errors = new Option<int>("--show-errors") { Description = "Print errors to stderr: with --ner up to N sentences whose entities differ from gold; else every wrong tag and lemma" };
        var beam = new Option<int>("--beam") { Description = "With --ner: decode with a beam of N hypotheses (1 = greedy) instead of the model's own setting", DefaultValueFactory = _ => 0 };
        c.Arguments.Add(file); c.Options.Add(ner); c.Options.Add(json); c.Options.Add(models); c.Options.Add(errors); c.Options.Add(beam);
        c.SetAction(r => Run(r.GetValue(file)!, r.GetValue(ner), r.GetValue(json), r.GetValue(models), Console.Out, Console.Error, r.GetValue(errors), r.GetValue(beam)));
        return c;
    }

    /// <summary>Runs the evaluation; returns the exit code.</summary>
    public static int Run(string file, bool ner, bool json, string? modelDir, TextWriter stdout, TextWriter stderr, int showErrors = 0, int beam = 0)
    {
        if (!File.Exists(file)) { stderr.WriteLine($"nlp eval: '{file}' does not exist"); return 2; }
        LanguageModels? m;
        if (modelDir != null)
        {
            m = LanguageModels.FromDirectory(modelDir, out var error);
            if (m is null) { stderr.WriteLine("nlp eval: " + error); return 2; }
        }
        else m = LanguageModels.Shipped();

        if (ner)
        {
            if (m.Entities is null) { stderr.WriteLine("nlp eval: no entity model is loaded"); return 2; }
            var read = Iob2Reader.ReadFile(file);
            foreach (var reject in read.Rejects) stderr.WriteLine(reject);
            var entities = beam > 0 ? m.Entities.WithBeam(beam) : m.Entities;
            var s = EntityRecognizerTrainer.Evaluate(read.Sentences, m.Tagger, entities, showErrors > 0 ? stderr : null, showErrors);
            if (json)
                stdout.WriteLine(JsonSerializer.Serialize(new { precision = Round(100 * s.Precision), recall = Round(100 * s.Recall), f1 = Round(100 * s.F1) }));
            else
                stdout.WriteLine($"entities: gold {s.Gold}, predicted {s.Predicted}, correct {s.Correct}; P {100 * s.Precision:F2} R {100 * s.Recall:F2} F1 {100 * s.F1:F2}");
            return 0;
        }

        List<ConlluSentence> sentences;
        try { sentences = ConlluReader.ReadFile(file).ToList(); }
        catch (FormatException e) { stderr.WriteLine("nlp eval: " + e.Message); return 2; }
        var t = TaggingEvaluator.Evaluate(sentences, m.Tagger, m.Lemmatizer, m.Parser, showErrors > 0 ? stderr : null);
        if (json)
            stdout.WriteLine(JsonSerializer.Serialize(new { tokens = t.Tokens, upos = Round(t.Upos), xpos = Round(t.Xpos), lemma = Round(t.Lemma), lemmaGoldTags = Round(t.LemmaGoldTags), uas = Round(t.Uas), las = Round(t.Las) }));
        else
        {
            stdout.WriteLine($"tokens {t.Tokens}");
            stdout.WriteLine($"UPOS   {t.Upos:F2}");
            stdout.WriteLine($"XPOS   {t.Xpos:F2}");
            stdout.WriteLine($"lemma  {Fmt(t.Lemma)}");
            stdout.WriteLine($"lemma with gold tags  {Fmt(t.LemmaGoldTags)}");
            stdout.WriteLine($"UAS    {Fmt(t.Uas)}");
            stdout.WriteLine($"LAS    {Fmt(t.Las)}");
        }
        return 0;
    }

    private static double? Round(double? v) => v is null ? null : Math.Round(v.Value, 2);
    private static double Round(double v) => Math.Round(v, 2);
    private static string Fmt(double? v) => v is null ? "-" : v.Value.ToString("F2", CultureInfo.InvariantCulture);
}
