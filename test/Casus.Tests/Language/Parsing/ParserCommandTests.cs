using System.IO.Compression;
using Casus.Cli.Commands;
using Casus.Language.Parsing;

namespace Casus.Tests.Language.Parsing;

public class ParserCommandTests
{
    [Fact]
    public void TrainThenEval_InProcess_WritesModelAndScores()
    {
        var dir = Directory.CreateTempSubdirectory("casus-parser-");
        try
        {
            // A small treebank: the first 60 sentences of EWT dev.
            var conllu = Path.Combine(dir.FullName, "small.conllu");
            using (var reader = new StreamReader(new GZipStream(File.OpenRead(TestPaths.SharedData("ud/en_ewt-ud-dev.conllu.gz")), CompressionMode.Decompress)))
            using (var writer = new StreamWriter(conllu))
            {
                int sentences = 0;
                string? line;
                while (sentences < 60 && (line = reader.ReadLine()) != null)
                {
                    writer.WriteLine(line);
                    if (line.Length == 0) sentences++;
                }
            }
            var model = Path.Combine(dir.FullName, "parser.bin");
            var output = new StringWriter();
            var errors = new StringWriter();
            int rc = ParserCommand.RunTrain([conllu], conllu, model, new ParserTrainingOptions { Epochs = 2, ActionBits = 14, LabelBits = 10 }, 0, output, errors);
            Assert.Equal(0, rc);
            Assert.Contains("epoch 2/2", output.ToString());
            Assert.True(File.Exists(model));

            output = new StringWriter();
            var parsedPath = Path.Combine(dir.FullName, "parsed.conllu");
            rc = ParserCommand.RunEval([conllu], model, output, errors, output: parsedPath);
            Assert.Equal(0, rc);
            var uas = System.Text.RegularExpressions.Regex.Match(output.ToString(), @"UAS (\d+\.\d\d)  LAS \d+\.\d\d  full-label LAS \d+\.\d\d");
            Assert.True(uas.Success, output.ToString());
            Assert.Equal("", errors.ToString());
            // --output writes the parser's trees over the same words; their heads agree with gold as often as UAS says.
            var gold = ParserTreebank.Read(conllu, out _);
            var parsed = ParserTreebank.Read(parsedPath, out _);
            Assert.Equal(gold.Count, parsed.Count);
            int words = 0, same = 0;
            for (int s = 0; s < gold.Count; s++)
            {
                Assert.Equal(gold[s].Forms, parsed[s].Forms);
                for (int i = 0; i < gold[s].Heads.Length; i++, words++) if (gold[s].Heads[i] == parsed[s].Heads[i]) same++;
            }
            Assert.Equal(double.Parse(uas.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Math.Round(100.0 * same / words, 2), 2);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void Retag_WritesTheSentencesWithPredictedTags_AndTrainReadsThem()
    {
        var dir = Directory.CreateTempSubdirectory("casus-retag-");
        try
        {
            var gold = ParserTestData.DevSlice(40);
            var input = Path.Combine(dir.FullName, "gold.conllu");
            using (var writer = new StreamWriter(input)) ParserTreebank.Write(writer, gold);
            var tagged = Path.Combine(dir.FullName, "tagged.conllu");
            var output = new StringWriter();
            var errors = new StringWriter();
            Assert.Equal(0, ParserCommand.RunRetag([input], tagged, 0, 1, output, errors));
            Assert.Contains("40 sentences", output.ToString());
            var back = ParserTreebank.Read(tagged, out int skipped);
            Assert.Equal(0, skipped);
            Assert.Equal(gold.Select(s => s.Heads), back.Select(s => s.Heads));
            Assert.Equal(gold.Select(s => s.Relations), back.Select(s => s.Relations));
            // The shipped tagger gets about 94 % of tags right: some differ from gold, most do not.
            Assert.InRange(TagJackknife.TagErrorRate(gold, back), 0.5, 20);

            var model = Path.Combine(dir.FullName, "parser.bin");
            Assert.Equal(0, ParserCommand.RunTrain([tagged], null, model, new ParserTrainingOptions { Epochs = 1, ActionBits = 14, LabelBits = 10 }, 0, output, errors, clusters: true));
            using (var f = File.OpenRead(model)) Assert.NotNull(ParserModel.Load(f).Value!.Clusters);
            Assert.Equal("", errors.ToString());
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void Eval_RejectsABeamWidthOutOfRange()
    {
        var errors = new StringWriter();
        Assert.Equal(2, ParserCommand.RunEval([TestPaths.SharedData("ud/en_ewt-ud-dev.conllu.gz")], null, new StringWriter(), errors, beam: 99));
        Assert.Contains("--beam 99", errors.ToString());
    }

    [Fact]
    public void Eval_ReportsDamagedModel_WithFileName()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model");
            var errors = new StringWriter();
            int rc = ParserCommand.RunEval([TestPaths.SharedData("ud/en_ewt-ud-dev.conllu.gz")], path, new StringWriter(), errors);
            Assert.Equal(2, rc);
            Assert.Contains(path, errors.ToString());
            Assert.Contains("bad magic", errors.ToString());
        }
        finally { File.Delete(path); }
    }
}
