using Casus.Language.Conllu;
using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Tests.Language;

public class ClauseContextTests
{
    private static readonly string[] Classes = ["NNS|NOUN", "VBD|AUX", "RB|PART", "RB|ADV", "VBN|VERB", "VBD|VERB", "DT|DET", "WP|PRON", "NN|NOUN", "MD|AUX", "VB|VERB"];
    private static readonly byte[] Kinds = ClauseKinds.Of(Classes);

    private static ClauseContext After(params string[] classes)
    {
        var c = default(ClauseContext);
        foreach (var name in classes) c.Advance(Array.IndexOf(Classes, name), Kinds);
        return c;
    }

    [Fact]
    public void Kinds_come_from_the_penn_and_universal_tags()
    {
        Assert.Equal(ClauseKinds.Nominal, Kinds[0]);
        Assert.Equal(ClauseKinds.Auxiliary | ClauseKinds.Verb, Kinds[1]);
        Assert.Equal(ClauseKinds.Adverb, Kinds[2]); // "not"
        Assert.Equal(ClauseKinds.Verb, Kinds[4]);
        Assert.Equal(0, Kinds[6]);
        Assert.Equal(ClauseKinds.Boundary, Kinds[7]);
        Assert.Equal(ClauseKinds.Auxiliary | ClauseKinds.Verb, Kinds[9]); // MD|AUX
    }

    [Fact]
    public void An_auxiliary_governs_across_adverbs_and_negation_but_not_across_other_words()
    {
        int had = Array.IndexOf(Classes, "VBD|AUX") + 1;
        Assert.Equal(0, default(ClauseContext).Aux);
        Assert.Equal(had, After("NNS|NOUN", "VBD|AUX").Aux);
        Assert.Equal(had, After("NNS|NOUN", "VBD|AUX", "RB|PART", "RB|ADV").Aux); // "had not yet"
        Assert.Equal(0, After("NNS|NOUN", "VBD|AUX", "DT|DET").Aux); // "was the"
        Assert.Equal(0, After("NNS|NOUN", "VBD|AUX", "VBN|VERB").Aux); // the participle ends it
    }

    [Fact]
    public void The_nearest_verb_records_whether_a_boundary_or_a_noun_came_after_it()
    {
        int said = Array.IndexOf(Classes, "VBD|VERB") + 1;
        Assert.Equal(0, default(ClauseContext).Verb);
        Assert.Equal(0, After("DT|DET").Verb);
        Assert.Equal(2, After("NNS|NOUN").Verb); // a subject and no verb yet: "police [arrested]"
        Assert.Equal(said << 2, After("NNS|NOUN", "VBD|VERB").Verb);
        Assert.Equal(said << 2 | 2, After("NNS|NOUN", "VBD|VERB", "DT|DET", "NN|NOUN").Verb);
        Assert.Equal(said << 2 | 3, After("NNS|NOUN", "VBD|VERB", "NN|NOUN", "WP|PRON").Verb); // "... the man who"
        Assert.Equal(said << 2, After("NNS|NOUN", "VBD|VERB", "RB|ADV").Verb); // adverbs change nothing
    }

    [Fact]
    public void Clause_templates_follow_the_base_ones_and_read_the_clause_state()
    {
        var st = SentenceText.Of(["police", "had", "not", "arrested", "him"]);
        var w = new WordHashes[st.Count + 4];
        TaggerFeatures.Prepare(st.Text, st.Starts, st.Ends, w, WordClusters.Empty);
        var set = TaggerFeatureSet.Clause;
        Assert.Equal(TaggerFeatures.Count + TaggerFeatures.ClauseCount, TaggerFeatures.CountFor(set));
        var a = new int[TaggerFeatures.CountFor(set)];
        var b = new int[a.Length];
        var plain = new int[TaggerFeatures.Count];
        TaggerFeatures.Extract(set, w, default, default, 0, After("NNS|NOUN", "VBD|AUX", "RB|PART"), 3, 2, 1, 12, a);
        TaggerFeatures.Extract(set, w, default, default, 0, After("NNS|NOUN", "VBD|VERB", "RB|PART"), 3, 2, 1, 12, b);
        TaggerFeatures.Extract(w, 3, 2, 1, 12, plain);
        Assert.Equal(plain, a[..TaggerFeatures.Count]);
        Assert.Equal(a[..TaggerFeatures.Count], b[..TaggerFeatures.Count]);
        Assert.NotEqual(a[TaggerFeatures.Count], b[TaggerFeatures.Count]); // the governing auxiliary differs
        Assert.Equal(a[^1], b[^1]); // the word-and-next-word template does not read the state
    }

    [Fact]
    public void Tagger_with_clause_templates_learns_its_training_set_and_round_trips()
    {
        var sentences = LanguageTestData.Sentences();
        var tagger = new PosTaggerTrainer { BucketBits = 10, UseClause = true }.Train(sentences, WordClusters.Empty, 5, 1, TextWriter.Null);
        using var ms = new MemoryStream();
        tagger.Save(ms);
        var reloaded = PosTagger.Load(new MemoryStream(ms.ToArray()));
        Assert.True(reloaded.Success, reloaded.Error);
        int right = 0, total = 0;
        foreach (var s in sentences)
        {
            var st = SentenceText.Of(s);
            var classes = new int[st.Count];
            reloaded.Value!.Tag(st.Text, st.Starts, st.Ends, classes);
            for (int i = 0; i < st.Count; i++, total++) if (reloaded.Value.Xpos(classes[i]) == s.Words[i].Xpos) right++;
        }
        Assert.True(right >= total * 0.95, $"{right}/{total}");
    }
}
