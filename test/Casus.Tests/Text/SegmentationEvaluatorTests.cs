using Casus.Cli.Commands;
using Casus.Text;
using Casus.Text.Evaluation;

namespace Casus.Tests.Text;

public class SegmentationEvaluatorTests
{
    private const string Sample =
        "# newdoc id = d1\n# newpar id = p1\n# sent_id = 1\n# text = I don't know.\n" +
        "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n" +
        "# sent_id = 2\n# text = Mr. Smith left\n1\tMr.\tMr.\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n2\tSmith\tSmith\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n3\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n\n" +
        "# newpar id = p2\n# sent_id = 3\n# text = Bad line\n1\tBad\n\n" +
        "# sent_id = 4\n# text = Nope.\n1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n\n" +
        "# newdoc id = d2\n# sent_id = 5\n# text = Fine.\n1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";

    [Fact]
    public void GoldReader_RebuildsDocumentsAndReportsBadSentences()
    {
        var reader = new ConlluGoldReader();
        var docs = reader.Read(new StringReader(Sample), "s.conllu").ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal("I don't know. Mr. Smith left", docs[0].Text);
        Assert.Equal(new[] { "I", "do", "n't", "know", ".", "Mr.", "Smith", "left" }, docs[0].Words.Select(w => docs[0].Text[w.Start..w.End]).ToArray());
        Assert.Equal(7, docs[0].SurfaceTokens.Count);
        Assert.Equal(2, docs[0].Sentences.Count);
        Assert.Equal(2, reader.SkippedSentences);
        Assert.Equal("s.conllu:21: expected tab-separated ID and FORM columns", reader.Errors[0]);
        Assert.StartsWith("s.conllu:23: token 'Yes' not found", reader.Errors[1]);
    }

    [Fact]
    public void Evaluator_ScoresExactSpans()
    {
        var docs = new ConlluGoldReader().Read(new StringReader(Sample), "s").ToList();
        var score = new SegmentationEvaluator(TextStage.CreateDefault()).Evaluate(docs);
        Assert.Equal(2, score.Documents);
        Assert.Equal(new PrfScore(10, 10, 10), score.Words);
        Assert.Equal(new PrfScore(9, 9, 9), score.SurfaceTokens);
        Assert.Equal(new PrfScore(3, 3, 3), score.Sentences);
    }

    [Fact]
    public void Evaluator_CountsMisses()
    {
        // Gold says one sentence where the stage finds two, and keeps "New York" as one word.
        var doc = new GoldDocument("d", "New York. Yes.", new CharSpan[] { new(0, 8), new(8, 9), new(10, 13), new(13, 14) },
            new CharSpan[] { new(0, 8), new(8, 9), new(10, 13), new(13, 14) }, new CharSpan[] { new(0, 14) });
        var score = new SegmentationEvaluator(TextStage.CreateDefault()).Evaluate(new[] { doc });
        Assert.Equal(new PrfScore(4, 5, 3), score.Words);
        Assert.Equal(new PrfScore(1, 2, 0), score.Sentences);
        Assert.Equal(new PrfScore(0, 1, 0), score.SentenceBoundaries);
    }

    [Fact]
    public void Evaluator_MissingFileGivesReason()
    {
        var score = new SegmentationEvaluator(TextStage.CreateDefault()).EvaluateFile("/nonexistent/x.conllu");
        Assert.Equal(0, score.Documents);
        Assert.Contains("file not found", score.Errors[0]);
    }

    [Fact]
    public void Evaluator_EwtTestReachesTokenTarget()
    {
        var path = TestPaths.SharedData("ud/en_ewt-ud-test.conllu.gz");
        if (!File.Exists(path)) return; // the treebank is optional outside the project machines
        var score = new SegmentationEvaluator(TextStage.CreateDefault()).EvaluateFile(path);
        Assert.Equal(0, score.SkippedSentences);
        Assert.True(score.Words.F1 >= 0.99, $"word F1 {score.Words.F1:P2}");
        Assert.True(score.Sentences.F1 >= 0.75, $"sentence F1 {score.Sentences.F1:P2}");
    }

    [Fact]
    public void SegmentCommand_WritesScores()
    {
        var file = Path.Combine(Path.GetTempPath(), $"casus-seg-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(file, Sample);
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(0, NlpSegmentCommand.Run(new[] { file }, json: true, output, error));
            Assert.Contains("\"words\":{\"gold\":10,\"predicted\":10,\"correct\":10", output.ToString());
            Assert.Contains(":21: expected tab-separated", error.ToString());
            Assert.Equal(1, NlpSegmentCommand.Run(new[] { file + ".missing" }, json: false, new StringWriter(), error));
        }
        finally { File.Delete(file); }
    }
}
