using Casus.Document;
using Casus.Language.Entities;
using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Tests.Language.Entities;

public class EntityViterbiTests
{
    private const int C = EntityLocalScores.Classes, S = EntityLocalScores.States;

    private static int Local(int[] local, int i, int p1, int p2, int c) => local[i * EntityLocalScores.Stride + ((p2 + 1) * S + p1 + 1) * C + c];

    /// <summary>Every valid BIO sequence of the sentence, scored by the local table: the exhaustive answer.</summary>
    private static (int[] Best, long Score) BruteForce(int[] local, int n)
    {
        int[] best = [], seq = new int[n];
        long bestScore = long.MinValue;
        void Walk(int i, long sum)
        {
            if (i == n)
            {
                if (sum > bestScore) { bestScore = sum; best = (int[])seq.Clone(); }
                return;
            }
            int p1 = i > 0 ? seq[i - 1] : -1, p2 = i > 1 ? seq[i - 2] : -1;
            for (int c = 0; c < C; c++)
            {
                if (!EntityRecognizer.Allowed(p1, c)) continue;
                seq[i] = c;
                Walk(i + 1, sum + Local(local, i, p1, p2, c));
            }
        }
        Walk(0, 0);
        return (best, bestScore);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(5, 4)]
    [InlineData(7, 5)]
    public void Viterbi_finds_the_best_valid_sequence_found_by_exhaustive_search(int seed, int n)
    {
        var random = new Random(seed);
        var local = new int[n * EntityLocalScores.Stride];
        // Wide range so that second-order terms matter and ties are rare.
        for (int i = 0; i < local.Length; i++) local[i] = random.Next(-100_000, 100_000);
        var classes = new int[n];
        EntityViterbi.Decode<int>(local, classes);
        var (best, score) = BruteForce(local, n);
        long got = 0;
        for (int i = 0; i < n; i++)
        {
            Assert.True(EntityRecognizer.Allowed(i > 0 ? classes[i - 1] : -1, classes[i]), $"invalid transition at {i}: {string.Join(' ', classes)}");
            got += Local(local, i, i > 0 ? classes[i - 1] : -1, i > 1 ? classes[i - 2] : -1, classes[i]);
        }
        Assert.Equal(score, got);
        Assert.Equal(best, classes);
    }

    [Fact]
    public void Local_scores_equal_the_full_feature_scores_for_every_history()
    {
        var st = SentenceText.Of("Mr. Smith visited new york".Split(' '));
        var h = new WordHashes[st.Count + 4];
        TaggerFeatures.Prepare(st.Text, st.Starts, st.Ends, h, WordClusters.Empty);
        int[] pos = [3, 4, 5, 6, 7], gaz = [0, 1 << 25, 0, 2 << 6, 4 << 6], doc = [0, 4, 0, 3, 9];
        const int bits = 10;
        var random = new Random(3);
        var raw = new short[(1 << bits) * C];
        for (int i = 0; i < raw.Length; i++) raw[i] = (short)random.Next(-300, 300);
        var table = new WeightTable(bits, C, raw);
        var local = new int[st.Count * EntityLocalScores.Stride];
        EntityLocalScores.Fill(table, EntityFeatures.Count, h, pos, gaz, doc, local);
        var buckets = new int[EntityFeatures.Count];
        var scores = new int[C];
        for (int i = 0; i < st.Count; i++)
            for (int p1 = i == 0 ? -1 : 0; p1 < (i == 0 ? 0 : C); p1++)
                for (int p2 = i < 2 ? -1 : 0; p2 < (i < 2 ? 0 : C); p2++)
                {
                    if (p2 >= 0 && !EntityRecognizer.Allowed(p2, p1)) continue;
                    EntityFeatures.Extract(h, pos, gaz, doc, i, p1, p2, bits, buckets);
                    Array.Clear(scores);
                    table.Score(buckets, scores);
                    for (int c = 0; c < C; c++) Assert.Equal(scores[c], Local(local, i, p1, p2, c));
                }
    }
}

public class TitleSplitTests
{
    private static int[] Split(string words, string tags)
    {
        var b = new EntityGazetteer.Builder();
        foreach (var t in new[] { "President", "Prime", "Minister", "Gen.", "King" }) b.Add(t, GazetteerWordClass.Title);
        var gazetteer = b.Build();
        var st = SentenceText.Of(words.Split(' '));
        var h = new WordHashes[st.Count + 4];
        TaggerFeatures.Prepare(st.Text, st.Starts, st.Ends, h, WordClusters.Empty);
        var codes = new int[st.Count];
        gazetteer.Mark(st.Text, st.Starts, st.Ends, codes);
        var classes = tags.Split(' ').Select(t => EntityRecognizer.ClassOf(EntityTag.Parse(t))).ToArray();
        TitleSplit.Apply(h, codes, classes);
        return classes;
    }

    private static int[] Classes(string tags) => tags.Split(' ').Select(t => EntityRecognizer.ClassOf(EntityTag.Parse(t))).ToArray();

    [Theory]
    [InlineData("President Obama spoke", "B-PER I-PER O", "O B-PER O")]
    [InlineData("Prime Minister Boris Johnson left", "B-PER I-PER I-PER I-PER O", "O O B-PER I-PER O")]
    [InlineData("Gen. Milley and President Biden", "B-PER I-PER O B-PER I-PER", "O B-PER O O B-PER")]
    // Nothing but titles, a lower-case rest, a title inside the name, other types: left alone.
    [InlineData("the King spoke", "O B-PER O", "O B-PER O")]
    [InlineData("President obama spoke", "B-PER I-PER O", "B-PER I-PER O")]
    [InlineData("Martin Luther King Jr", "B-PER I-PER I-PER I-PER", "B-PER I-PER I-PER I-PER")]
    [InlineData("King Abdullah Bank", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG")]
    public void Leading_titles_leave_person_names(string words, string tags, string expected) =>
        Assert.Equal(Classes(expected), Split(words, tags));
}
