using Casus.Document;
using Casus.Language.Entities;
using Casus.Language.Evaluation;
using Casus.Language.Lemmas;
using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Tests.Language;

public class MetricsTests
{
    private const string Gold = """
# sent_id = a
1	Barack	B-PER	-	-
2	Obama	I-PER	-	-
3	visited	O	-	-
4	New	B-LOC	-	-
5	York	I-LOC	-	-
6	and	O	-	-
7	IBM	B-ORG	-	-

# sent_id = b
1	the	O	-	-
2	UN	B-OTH	-	-
3	met	B-O	-	-

""";

    [Fact]
    public void Iob2_reader_maps_other_types_to_outside()
    {
        var r = Iob2Reader.Read(new StringReader(Gold), "gold");
        Assert.Empty(r.Rejects);
        Assert.Equal(2, r.Sentences.Count);
        Assert.All(r.Sentences[1].Tags, t => Assert.True(t.IsOutside));
        Assert.Equal("B-PER I-PER O B-LOC I-LOC O B-ORG", string.Join(" ", r.Sentences[0].Tags));
    }

    [Fact]
    public void Iob2_reader_rejects_bad_lines_with_file_and_line_and_goes_on()
    {
        var r = Iob2Reader.Read(new StringReader("1\tA\tB-PER\nbroken line\n2\tB\tX-Y\n\n1\tC\tO\n"), "f.iob2");
        Assert.Equal(2, r.Rejects.Count);
        Assert.StartsWith("f.iob2:2:", r.Rejects[0]);
        Assert.StartsWith("f.iob2:3:", r.Rejects[1]);
        Assert.Equal(2, r.Sentences.Count);
    }

    [Fact]
    public void Span_scores_count_exact_matches_only()
    {
        var gold = Iob2Reader.Read(new StringReader(Gold), "gold").Sentences[0].Tags;
        // Predicted: PER right, LOC cut short (wrong), ORG typed as LOC (wrong), one extra entity.
        var predicted = new[] { "B-PER", "I-PER", "B-LOC", "B-LOC", "O", "O", "B-LOC" }.Select(t => EntityTag.Parse(t)).ToArray();
        var s = EntitySpans.Add(new EntityScores(0, 0, 0), gold, predicted);
        Assert.Equal(3, s.Gold);
        Assert.Equal(4, s.Predicted);
        Assert.Equal(1, s.Correct);
        Assert.Equal(0.25, s.Precision, 6);
        Assert.Equal(1.0 / 3, s.Recall, 6);
        Assert.Equal(2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3), s.F1, 6);
    }

    [Fact]
    public void An_inside_tag_after_outside_starts_an_entity()
    {
        var spans = EntitySpans.Of(new[] { "O", "I-PER", "I-PER", "I-LOC" }.Select(t => EntityTag.Parse(t)).ToArray());
        Assert.Equal([(1, 3, EntityType.Person), (3, 4, EntityType.Location)], spans);
    }

    [Fact]
    public void Tagging_evaluator_counts_tokens_and_scores_against_gold()
    {
        var sentences = LanguageTestData.Sentences();
        var tagger = new PosTaggerTrainer { BucketBits = 10 }.Train(sentences, WordClusters.Empty, 5, 1, TextWriter.Null);
        var lemmatizer = new LemmatizerTrainer { MinRuleCount = 1 }.Train(sentences);
        var s = TaggingEvaluator.Evaluate(sentences, tagger, lemmatizer, null);
        Assert.Equal(15, s.Tokens);
        Assert.Equal(100, s.Upos); // a perceptron separates its own tiny training set
        Assert.Equal(100, s.Lemma!.Value);
        Assert.Null(s.Uas);
        Assert.Null(s.Las);
    }

    [Fact]
    public void Tagging_evaluator_scores_lemmas_under_gold_tags_apart_from_tag_errors()
    {
        var sentences = LanguageTestData.Sentences();
        var lemmatizer = new LemmatizerTrainer { MinRuleCount = 1 }.Train(sentences);
        // A tagger that learned one tag for every word: its lemmas suffer, the gold-tag lemmas do not.
        var oneTag = sentences.Select(s => s with { Words = s.Words.Select(w => w with { Xpos = "XX" }).ToList() }).ToList();
        var tagger = new PosTaggerTrainer { BucketBits = 10 }.Train(oneTag, WordClusters.Empty, 5, 1, TextWriter.Null);
        var errors = new StringWriter();
        var s = TaggingEvaluator.Evaluate(sentences, tagger, lemmatizer, null, errors);
        Assert.Equal(100, s.LemmaGoldTags!.Value);
        Assert.True(s.Lemma < 100);
        Assert.DoesNotContain("lemma-gold\t", errors.ToString());
    }

    [Fact]
    public void Tagging_evaluator_scores_a_parser_when_given_one()
    {
        var sentences = LanguageTestData.Sentences();
        var tagger = new PosTaggerTrainer { BucketBits = 10 }.Train(sentences, WordClusters.Empty, 5, 1, TextWriter.Null);
        var s = TaggingEvaluator.Evaluate(sentences, tagger, null, new EverythingHangsOnTheFirstWord());
        // Gold heads equal to 1 with relation "det": "The"→2? no: only words whose gold head is 1.
        int headIsOne = sentences.Sum(x => x.Words.Count(w => w.Head == 1));
        int headIsOneDet = sentences.Sum(x => x.Words.Count(w => w.Head == 1 && w.Relation == "det"));
        Assert.Equal(100.0 * headIsOne / 15, s.Uas!.Value, 6);
        Assert.Equal(100.0 * headIsOneDet / 15, s.Las!.Value, 6);
    }

    private sealed class EverythingHangsOnTheFirstWord : IDependencyAnnotator
    {
        public void Parse(IReadOnlyList<string> forms, ReadOnlySpan<Upos> upos, IReadOnlyList<string> xpos, Span<int> heads, string[] relations)
        {
            for (int i = 0; i < forms.Count; i++) { heads[i] = 1; relations[i] = "det"; }
        }
    }
}
