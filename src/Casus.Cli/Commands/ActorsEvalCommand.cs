using System.CommandLine;
using Casus.Document;
using Casus.Evaluation;
using Casus.Pipeline;

namespace Casus.Cli.Commands;

/// <summary><c>casus actors eval FILE.jsonl [--errors]</c>: runs the default pipeline on gold actor phrases and prints
/// the share whose mention codes equal the expected set.</summary>
internal static class ActorsEvalCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Gold actor phrases, JSON Lines: {\"text\",\"date\",\"expected_actor_codes\"}; or an event gold file, whose sources and targets are the expected codes." };
        var errors = new Option<bool>("--errors") { Description = "List each wrong record with its mentions and their evidence." };
        var command = new Command("eval", "Score actor phrases: accuracy of the set of mention codes against the expected codes.");
        command.Arguments.Add(file);
        command.Options.Add(errors);
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(errors), DefaultPipeline.Create(),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Scores the file; returns 0, or 1 when a line was rejected or a record could not be processed.</summary>
    public static int Run(string path, bool listErrors, CasusPipeline pipeline, TextWriter output, TextWriter error)
    {
        var evaluator = new ActorPhraseEvaluator();
        int rejected = 0, failed = 0;
        foreach (var item in ActorPhraseReader.Read(path))
        {
            if (item.Error is { } bad) { error.WriteLine(bad); rejected++; continue; }
            var record = item.Record!;
            var article = new Article(record.Id, record.Text, new ArticleMetadata(Published: record.Date));
            try { pipeline.Process(article); }
            catch (Exception e)
            {
                // A stage bug must not end the run: the record is scored with whatever was found before it failed.
                error.WriteLine($"{record.Source}:{record.Line}: {record.Id}: processing failed: {e.GetType().Name}: {e.Message}");
                failed++;
            }
            var score = evaluator.Add(record, article);
            if (listErrors && !score.Correct)
            {
                output.WriteLine($"{record.Id}: \"{record.Text}\" expected [{string.Join(", ", record.Expected)}] found [{string.Join(", ", score.Found)}]");
                foreach (var m in score.Mentions)
                    output.WriteLine($"  {m.Text} = {m.Code}: {string.Join("; ", m.Evidence)}");
            }
        }
        output.WriteLine($"actor phrases: {evaluator.Total}, correct {evaluator.Correct}, accuracy {evaluator.Accuracy:P1}");
        double Share(int n) => evaluator.Expected == 0 ? 0 : (double)n / evaluator.Expected;
        output.WriteLine($"expected codes: {evaluator.Expected}, found (6 letters) {evaluator.Found6} ({Share(evaluator.Found6):P1}), found (3 letters) {evaluator.Found3} ({Share(evaluator.Found3):P1})");
        if (rejected > 0) output.WriteLine($"rejected lines: {rejected}");
        if (failed > 0) output.WriteLine($"records that failed: {failed}");
        return rejected + failed > 0 ? 1 : 0;
    }
}
