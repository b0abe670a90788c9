using Casus.Document;
using Casus.Language.Entities;
using Casus.Language.Models;
using Casus.Language.Parsing;
using Casus.Language.Tagging;

namespace Casus.Tests.Language;

/// <summary>The in-memory layouts that make scoring fast (row bitmaps, narrow rows, vector sums, shared word hashes)
/// must give exactly the scores of the plain dense formula: these tests compare them with it.</summary>
public class ScoringLayoutTests
{
    [Fact]
    public void Row_index_finds_each_present_row_at_its_rank_and_no_absent_row()
    {
        var rng = new Random(3);
        const int rows = 1000; // not a multiple of 64: the last block is partial
        var present = Enumerable.Range(0, rows).Select(_ => rng.Next(5) == 0).ToArray();
        var index = new RowIndex(rows, r => present[r]);
        int rank = 0;
        for (int r = 0; r < rows; r++)
        {
            Assert.Equal(present[r] ? rank : -1, index.Find(r));
            if (present[r]) rank++;
        }
        Assert.Equal(rank, index.Count);
    }

    [Theory]
    [InlineData(7)]   // narrow: bitmap + dense 8-weight rows
    [InlineData(3)]
    [InlineData(20)]  // wide: sparse rows
    public void Weight_table_scores_equal_the_dense_sums(int classes)
    {
        const int bits = 10;
        var rng = new Random(classes);
        var dense = new short[(1 << bits) * classes];
        // Most rows empty, as in a hashed table; the rest with a few weights, some at the extremes.
        for (int r = 0; r < 1 << bits; r++)
        {
            if (rng.Next(4) != 0) continue;
            for (int c = 0; c < classes; c++)
                if (rng.Next(3) == 0) dense[r * classes + c] = (short)(rng.Next(5) == 0 ? (rng.Next(2) == 0 ? short.MaxValue : short.MinValue) : rng.Next(-3000, 3000));
        }
        var table = new WeightTable(bits, classes, dense);
        for (int trial = 0; trial < 50; trial++)
        {
            var buckets = Enumerable.Range(0, rng.Next(1, 200)).Select(_ => rng.Next(1 << bits)).ToArray();
            var expected = new int[classes];
            foreach (int b in buckets) for (int c = 0; c < classes; c++) expected[c] += dense[b * classes + c];
            var scores = Enumerable.Range(0, classes).Select(c => c * 11).ToArray(); // Score adds to what is there
            table.Score(buckets, scores);
            Assert.Equal(expected.Select((e, c) => e + c * 11), scores);
        }
    }

    [Theory]
    [InlineData(116, 16)] // the tagger's shape: rows with 16 weights or more also kept dense
    [InlineData(116, 1)]  // every non-empty row dense
    [InlineData(40, 4)]   // a width that is not a whole number of vectors
    [InlineData(9, 1_000)] // no row dense: all sparse
    public void Wide_weight_table_scores_equal_the_dense_sums_whichever_rows_are_dense(int classes, int denseRowMinimum)
    {
        const int bits = 9;
        var rng = new Random(classes * 31 + denseRowMinimum);
        var dense = new short[(1 << bits) * classes];
        // Rows from empty to full, so both layouts are exercised in one table.
        for (int r = 0; r < 1 << bits; r++)
        {
            int fill = rng.Next(4) switch { 0 => 0, 1 => 2, 2 => 10, _ => 100 };
            for (int c = 0; c < classes; c++)
                if (rng.Next(100) < fill) dense[r * classes + c] = (short)(rng.Next(6) == 0 ? (rng.Next(2) == 0 ? short.MaxValue : short.MinValue) : rng.Next(-3000, 3000));
        }
        var table = new WeightTable(bits, classes, dense, denseRowMinimum);
        if (denseRowMinimum <= 16) Assert.True(table.DenseRows > 0);
        else Assert.Equal(0, table.DenseRows);
        for (int trial = 0; trial < 50; trial++)
        {
            // Up to 300 buckets: more than one 128-bucket chunk.
            var buckets = Enumerable.Range(0, rng.Next(1, 300)).Select(_ => rng.Next(1 << bits)).ToArray();
            var expected = new int[classes];
            foreach (int b in buckets) for (int c = 0; c < classes; c++) expected[c] += dense[b * classes + c];
            var scores = Enumerable.Range(0, classes).Select(c => c * 7 - 100).ToArray();
            table.Score(buckets, scores);
            Assert.Equal(expected.Select((e, c) => e + c * 7 - 100), scores);
        }
    }

    [Fact]
    public void Shipped_tagger_keeps_its_fullest_rows_dense()
    {
        var tagger = PosTagger.CreateDefault();
        Assert.True(tagger.PassWeights(0).DenseRows > 1000);
    }

    [Fact]
    public void Parser_transition_and_relation_scores_equal_the_dense_sums()
    {
        var model = ParserStage.ShippedModel();
        var parser = new DependencyParser(model);
        var ws = new ParserWorkspace();
        string[] forms = ["The", "council", "rejected", "the", "plan", "on", "Monday", "."];
        string[] xpos = ["DT", "NN", "VBD", "DT", "NN", "IN", "NNP", "."];
        Upos[] upos = [Upos.DET, Upos.NOUN, Upos.VERB, Upos.DET, Upos.NOUN, Upos.ADP, Upos.PROPN, Upos.PUNCT];
        ws.Sentence.Reset(forms.Length, model.Clusters);
        for (int i = 0; i < forms.Length; i++) ws.Sentence.Set(i + 1, forms[i], xpos[i], upos[i]);
        var st = ws.State;
        st.Reset(forms.Length);
        var features = ws.Features.AsSpan(0, model.FeatureCount);
        var actions = model.ActionWeights;
        var labels = model.LabelWeights.ToArray();
        int checkedStates = 0;
        while (!st.IsTerminal)
        {
            if (st.StackSize == 1) { st.Apply(ParserAction.Shift, -1); continue; }
            FeatureExtractor.Extract(st, ws.Sentence, features);
            var scores = new int[3];
            parser.ScoreActions(features, ws.Rows, scores);
            var expected = new int[3];
            foreach (ulong f in features)
            {
                int row = ParserTables.ActionRow(f, model.ActionBits) * ParserTables.ActionWidth;
                for (int a = 0; a < 3; a++) expected[a] += actions[row + a];
            }
            Assert.Equal(expected, scores);
            var action = DependencyParser.Best(st, scores);
            int label = -1;
            if (action != ParserAction.Shift)
            {
                label = parser.ChooseLabel(ws, st, features, action);
                bool rootArc = action == ParserAction.Right && st.StackSize == 2;
                if (!rootArc)
                {
                    var sums = new int[model.LabelWidth];
                    foreach (ulong f in features)
                    {
                        int row = ParserTables.LabelRow(f, action, model.LabelBits) * model.LabelWidth;
                        for (int k = 0; k < sums.Length; k++) sums[k] += labels[row + k];
                    }
                    int best = -1;
                    for (int k = 0; k < model.Labels.Count; k++)
                        if (k != model.RootLabel && (best < 0 || sums[k] > sums[best])) best = k;
                    Assert.Equal(best, label);
                }
            }
            st.Apply(action, label);
            checkedStates++;
        }
        Assert.True(checkedStates >= forms.Length);
    }

    [Fact]
    public void The_tagger_and_the_entity_recogniser_carry_the_same_clusters()
    {
        var tagger = PosTagger.CreateDefault();
        var ner = EntityRecognizer.CreateDefault();
        Assert.True(tagger.Clusters.SameAs(ner.Clusters));
        Assert.False(tagger.Clusters.SameAs(WordClusters.Empty));
        Assert.False(tagger.Clusters.SameAs(null));
    }

    [Fact]
    public void Entities_from_shared_word_hashes_equal_entities_from_fresh_ones()
    {
        var tagger = PosTagger.CreateDefault();
        var ner = EntityRecognizer.CreateDefault();
        var shared = new SentenceHashes();
        string[] sentences =
        [
            "Vladimir Putin met officials of the United Nations in Geneva on Monday .",
            "The European Union imposed sanctions on Iran .",
            "Angela Merkel spoke to reporters in Berlin after talks with Emmanuel Macron and NATO leaders about Ukraine .",
            "Protesters gathered .",
        ];
        foreach (var words in sentences)
        {
            var s = SentenceText.Of(words.Split(' '));
            int n = s.Count;
            var pos = new int[n];
            var alone = new int[n];
            var reused = new int[n];
            tagger.Tag(s.Text, s.Starts, s.Ends, pos, shared);
            Assert.Equal(n, shared.Count);
            ner.Recognize(s.Text, s.Starts, s.Ends, pos, alone);
            ner.Recognize(s.Text, s.Starts, s.Ends, pos, reused, shared);
            Assert.Equal(alone, reused);
            var tagsAlone = new int[n];
            tagger.Tag(s.Text, s.Starts, s.Ends, tagsAlone);
            Assert.Equal(tagsAlone, pos);
        }
        // A buffer left holding another sentence (here one of the same length) is refilled, not misread.
        var other = SentenceText.Of("Kofi Annan visited Nairobi today".Split(' ')[..3]);
        var p = new int[other.Count];
        tagger.Tag(other.Text, other.Starts, other.Ends, p);
        var fromStale = new int[other.Count];
        var fresh = new int[other.Count];
        ner.Recognize(other.Text, other.Starts, other.Ends, p, fromStale, shared);
        ner.Recognize(other.Text, other.Starts, other.Ends, p, fresh);
        Assert.Equal(fresh, fromStale);
        Assert.Equal(["B-PER", "I-PER", "O"], fresh.Select(c => EntityRecognizer.Classes[c].ToString()));
    }
}
