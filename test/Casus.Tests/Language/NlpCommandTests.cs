using System.Text.Json;
using Casus.Cli.Commands;

namespace Casus.Tests.Language;

public class NlpCommandTests
{
    [Fact]
    public void Eval_json_reports_every_field_with_attachment_scores_from_the_shipped_parser()
    {
        var file = Path.Combine(Path.GetTempPath(), $"casus-eval-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(file, LanguageTestData.Conllu);
        try
        {
            var output = new StringWriter();
            int rc = NlpEvalCommand.Run(file, ner: false, json: true, modelDir: null, output, TextWriter.Null);
            Assert.Equal(0, rc);
            using var doc = JsonDocument.Parse(output.ToString());
            var root = doc.RootElement;
            Assert.Equal(15, root.GetProperty("tokens").GetInt32());
            Assert.InRange(root.GetProperty("upos").GetDouble(), 60, 100);
            Assert.InRange(root.GetProperty("lemma").GetDouble(), 60, 100);
            // The shipped models include the parser, so attachment scores are numbers.
            Assert.InRange(root.GetProperty("uas").GetDouble(), 40, 100);
            Assert.InRange(root.GetProperty("las").GetDouble(), 30, 100);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Eval_ner_json_reports_precision_recall_f1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"casus-eval-{Guid.NewGuid():N}.iob2");
        File.WriteAllText(file, "1\tBarack\tB-PER\n2\tObama\tI-PER\n3\tvisited\tO\n4\tParis\tB-LOC\n5\t.\tO\n\n");
        try
        {
            var output = new StringWriter();
            Assert.Equal(0, NlpEvalCommand.Run(file, ner: true, json: true, modelDir: null, output, TextWriter.Null));
            using var doc = JsonDocument.Parse(output.ToString());
            foreach (var key in new[] { "precision", "recall", "f1" })
                Assert.InRange(doc.RootElement.GetProperty(key).GetDouble(), 0, 100);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Eval_of_a_missing_file_fails_with_a_message()
    {
        var err = new StringWriter();
        Assert.Equal(2, NlpEvalCommand.Run("/no/such/file.conllu", false, false, null, TextWriter.Null, err));
        Assert.Contains("/no/such/file.conllu", err.ToString());
    }

    [Fact]
    public void Train_rejects_an_unknown_component()
    {
        var err = new StringWriter();
        Assert.Equal(2, TrainCommand.Run(Path.GetTempPath(), Path.GetTempPath(), "nonsense", 1, 1, TextWriter.Null, err));
        Assert.Contains("nonsense", err.ToString());
    }

    [Fact]
    public void Train_rejects_an_unknown_parser_kind_before_reading_the_treebanks()
    {
        var err = new StringWriter();
        // The temp folder holds no treebank: the kind must be refused before any is read.
        Assert.Equal(2, TrainCommand.Run(Path.GetTempPath(), Path.GetTempPath(), "parser", 1, 1, TextWriter.Null, err, ["parser.kind=forest"]));
        Assert.Contains("parser.kind 'forest'", err.ToString());
    }

    [Fact]
    public void A_setting_that_is_not_a_whole_number_is_refused_not_ignored()
    {
        var settings = new Dictionary<string, string> { ["parser.beam"] = "four", ["parser.jackknife"] = "4" };
        var options = new Casus.Language.Models.TrainingOptions(".", ".", 1, null, TextWriter.Null, settings);
        Assert.Equal(4, options.Setting("parser", "jackknife", 0));
        Assert.Equal(7, options.Setting("parser", "hidden", 7));
        var e = Assert.Throws<ArgumentException>(() => options.Setting("parser", "beam", 1));
        Assert.Contains("parser.beam='four'", e.Message);
    }
}
