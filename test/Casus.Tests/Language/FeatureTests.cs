using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Tests.Language;

public class FeatureTests
{
    [Fact]
    public void Word_hashes_ignore_case_for_lower_and_suffix_but_not_for_word()
    {
        var a = WordHashes.Of("Vetoed", WordClusters.Empty);
        var b = WordHashes.Of("vetoed", WordClusters.Empty);
        Assert.Equal(a.Lower, b.Lower);
        Assert.Equal(a.Suffix3, b.Suffix3);
        Assert.NotEqual(a.Word, b.Word);
        Assert.NotEqual(a.Shape, b.Shape);
    }

    [Fact]
    public void Flags_mark_digits_hyphens_and_capitals()
    {
        Assert.Equal(WordFlags.Digit | WordFlags.Hyphen, WordHashes.Of("covid-19", WordClusters.Empty).Flags);
        Assert.Equal(WordFlags.AllUpper | WordFlags.Title, WordHashes.Of("NATO", WordClusters.Empty).Flags);
        Assert.Equal(WordFlags.Title, WordHashes.Of("Russia", WordClusters.Empty).Flags);
    }

    [Fact]
    public void Shapes_collapse_runs_so_similar_numbers_share_a_shape()
    {
        Assert.Equal(WordHashes.Of("1999", WordClusters.Empty).Shape, WordHashes.Of("42", WordClusters.Empty).Shape);
        Assert.NotEqual(WordHashes.Of("1999", WordClusters.Empty).Shape, WordHashes.Of("3.5", WordClusters.Empty).Shape);
    }

    [Fact]
    public void Hashes_are_stable_across_processes()
    {
        // FNV-1a of "a" is a published constant; string.GetHashCode would differ per process.
        Assert.Equal(0xAF63DC4C8601EC8CUL, FeatureHash.Of("a"));
    }

    [Fact]
    public void Extract_fills_every_bucket_in_range_and_depends_on_the_previous_tag()
    {
        var st = SentenceText.Of(["Russia", "vetoed", "it"]);
        var w = new WordHashes[st.Count + 4];
        TaggerFeatures.Prepare(st.Text, st.Starts, st.Ends, w, WordClusters.Empty);
        var a = new int[TaggerFeatures.Count];
        var b = new int[TaggerFeatures.Count];
        TaggerFeatures.Extract(w, 1, 3, -1, 12, a);
        TaggerFeatures.Extract(w, 1, 4, -1, 12, b);
        Assert.All(a, x => Assert.InRange(x, 0, (1 << 12) - 1));
        Assert.NotEqual(a, b);
        Assert.Equal(TaggerFeatures.Count - 6, a.Zip(b).Count(p => p.First == p.Second)); // 6 templates read the previous tag
    }

    [Fact]
    public void Clusters_give_shared_features_to_words_in_one_cluster()
    {
        var clusters = new WordClusterer { MinCount = 1, ContextWords = 10, CoarseClusters = 2, FineClusters = 2, Iterations = 3 }
            .Learn([["in", "paris", "today"], ["in", "london", "today"], ["they", "ran", "fast"], ["they", "walked", "fast"]]);
        Assert.Equal(clusters.Lookup("paris"), clusters.Lookup("london"));
        Assert.Equal((0, 0), clusters.Lookup("unknown"));
    }
}
