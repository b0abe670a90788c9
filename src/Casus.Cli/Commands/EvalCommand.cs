using System.CommandLine;
using Casus.Evaluation;
using Casus.Pipeline;

namespace Casus.Cli.Commands;

/// <summary><c>casus eval GOLD.jsonl [--json] [--errors] [--level L]</c>: codes each gold record's text with the
/// default pipeline and scores the events against the gold (spec/eval.md).</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "Gold file, JSON Lines (spec/eval.md)." };
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON object." };
        var errors = new Option<bool>("--errors") { Description = "List each record's false positives and false negatives, with evidence." };
        var level = new Option<string>("--level")
        {
            Description = "Level for --errors: plover, root+dyad or code+dyad.",
            DefaultValueFactory = _ => "code+dyad",
        };
        level.AcceptOnlyFromAmong("plover", "root+dyad", "code+dyad");
        var coder = CoderOptions.Create();
        var command = new Command("eval", "Score the coder against a gold file: precision, recall and F1 at three levels.");
        command.Arguments.Add(gold);
        command.Options.Add(json);
        command.Options.Add(errors);
        command.Options.Add(level);
        CoderOptions.AddTo(command, coder);
        command.SetAction(parse =>
        {
            ScoreLevels.TryParse(parse.GetValue(level), out var errorLevel);
            return Run(parse.GetValue(gold)!, parse.GetValue(json), parse.GetValue(errors), errorLevel,
                CoderOptions.Pipeline(parse, coder), CameoCatalogAdapter.Default,
                parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    /// <summary>Runs the evaluation; returns 0, or 1 when a gold line was rejected or a record could not be coded.</summary>
    public static int Run(string goldPath, bool json, bool listErrors, ScoreLevel errorLevel, CasusPipeline pipeline,
        IPloverMapping plover, TextWriter output, TextWriter error)
    {
        var evaluator = new Evaluator();
        var reader = new GoldReader(plover);
        // With --json, stdout holds only the JSON object; the error list goes to stderr.
        var errorOut = json ? error : output;
        int rejected = 0, failed = 0, unmapped = 0;
        var tally = new ErrorTally(errorLevel);
        var categories = new CategoryScores();
        foreach (var item in reader.Read(goldPath))
        {
            if (item.Error is { } bad)
            {
                error.WriteLine(bad.ToString());
                rejected++;
                continue;
            }
            var record = item.Record!;
            foreach (var warning in record.Warnings ?? []) error.WriteLine("warning: " + warning);
            foreach (var g in record.Events)
                if (g.Plover is null && g.Code is { Root: > 2 }) unmapped++;
            var article = record.ToArticle();
            try
            {
                pipeline.Process(article);
            }
            catch (Exception e)
            {
                // A stage bug must not end the run: the record counts with whatever was coded before it failed.
                error.WriteLine($"{record.Source}:{record.Line}: {record.Id}: coding failed: {e.GetType().Name}: {e.Message}");
                failed++;
            }
            var score = evaluator.Add(record, article);
            categories.Add(score);
            if (listErrors)
            {
                ErrorListWriter.Write(score, errorLevel, errorOut);
                tally.Add(score);
            }
        }
        if (listErrors) tally.Write(errorOut);
        var report = evaluator.Report();
        if (json) EvaluationReportWriter.WriteJson(report, output);
        else
        {
            EvaluationReportWriter.WriteText(report, output);
            categories.Write(output);
        }
        error.WriteLine($"records {report.Records}, rejected {rejected}, failed {failed}");
        // Codes outside roots 01-02 should all have a category; if not, the plover level undercounts gold events.
        if (unmapped > 0) error.WriteLine($"warning: the CAMEO-PLOVER mapping gave no category for {unmapped} gold events coded outside roots 01-02");
        return rejected + failed > 0 ? CliApp.InputRejected : CliApp.Ok;
    }
}
