using Casus.Document;
using Casus.Language.Conllu;
using Casus.Language.Lemmas;
using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Tests.Language;

public class DocumentCaseTests
{
    private static int[][] Codes(params string[][] sentences) => DocumentCase.OfDocument(sentences.Select(SentenceText.Of).ToArray());

    private static int Alone(string[] sentence, int i)
    {
        var st = SentenceText.Of(sentence);
        var codes = new int[st.Count];
        DocumentCase.SentenceOnly(st.Text, st.Starts, st.Ends, codes);
        return codes[i];
    }

    [Fact]
    public void How_the_document_writes_a_word_elsewhere_changes_its_code()
    {
        string[] s = ["They", "met", "the", "Bank", "today", "."];
        var lowerElsewhere = Codes(s, ["a", "bank", "closed", "."]);
        var capElsewhere = Codes(s, ["a", "Bank", "official", "spoke", "."]);
        var capTwice = Codes(s, ["a", "Bank", "official", "spoke", "."], ["the", "Bank", "fell", "."]);
        var alone = Codes(s);
        Assert.NotEqual(DocumentCase.None, alone[0][3]);
        Assert.Equal(Alone(s, 3), alone[0][3]); // the word's own occurrence is no evidence about itself
        var distinct = new[] { alone[0][3], lowerElsewhere[0][3], capElsewhere[0][3], capTwice[0][3] };
        Assert.Equal(4, distinct.Distinct().Count());
        Assert.Equal(lowerElsewhere[0][4], alone[0][4]); // "today" is not written elsewhere
    }

    [Fact]
    public void Sentence_starts_and_headlines_are_no_evidence_but_get_their_own_position()
    {
        string[] s = ["we", "saw", "Reform", "there", "."];
        var alone = Codes(s);
        // "Reform" first in a sentence, and in a title-case headline: neither says how the word is written.
        var afterStart = Codes(s, ["Reform", "came", "late", "."]);
        var afterHeadline = Codes(s, ["Party", "Reform", "Plans", "Fail", "Again"]);
        Assert.Equal(alone[0][2], afterStart[0][2]);
        Assert.Equal(alone[0][2], afterHeadline[0][2]);
        // The same word read at those positions has codes of its own positions, which read the ordinary occurrence.
        Assert.NotEqual(afterStart[1][0], Codes(["Reform", "came", "late", "."])[0][0]);
        Assert.NotEqual(afterHeadline[1][1], afterStart[1][0]);
    }

    [Fact]
    public void The_tag_cache_holds_the_latest_earlier_decision_for_the_word()
    {
        var texts = new[] { SentenceText.Of(["the", "Bank", "fell"]), SentenceText.Of(["a", "BANK", "rose"]), SentenceText.Of(["Bank", "shares"]) };
        var codes = DocumentCase.OfDocument(texts, [[1, 5, 7], [1, 6, 7], [5, 2]]);
        Assert.Equal(0, codes[0][1] >> 8); // nothing before the first sentence
        Assert.Equal(5 + 1, codes[1][1] >> 8); // compared lower-cased
        Assert.Equal(6 + 1, codes[2][0] >> 8); // the latest occurrence wins
        Assert.Equal(0, codes[2][1] >> 8);
        Assert.Equal(DocumentCase.OfDocument(texts)[1][1], codes[1][1] & DocumentCase.CaseMask); // the case bits are unchanged
        Assert.All(DocumentCase.OfDocument(texts).SelectMany(c => c), c => Assert.Equal(0, c >> 8));
    }

    [Fact]
    public void Tagger_with_the_tag_cache_trains_on_jackknifed_predictions_and_round_trips()
    {
        var sentences = LanguageTestData.Sentences();
        var tagger = new PosTaggerTrainer { BucketBits = 10, UseDocumentTags = true, JackknifeFolds = 2 }.Train(sentences, WordClusters.Empty, 3, 1, TextWriter.Null);
        Assert.True(tagger.UsesDocument);
        Assert.True(tagger.UsesDocumentTags);
        using var ms = new MemoryStream();
        tagger.Save(ms);
        var reloaded = PosTagger.Load(new MemoryStream(ms.ToArray()));
        Assert.True(reloaded.Success, reloaded.Error);
        Assert.True(reloaded.Value!.UsesDocumentTags);
    }

    [Fact]
    public void The_document_style_marks_careless_lower_case_and_capitals_only_when_asked()
    {
        var careless = new[] { SentenceText.Of(["i", "love", "kerala", "."]), SentenceText.Of(["the", "food", "is", "great"]) };
        var ordinary = new[] { SentenceText.Of(["I", "love", "kerala", "."]), SentenceText.Of(["The", "food", "is", "great"]) };
        var shouted = new[] { SentenceText.Of(["WE", "LOVE", "KERALA", "."]), SentenceText.Of(["THE", "FOOD", "IS", "GREAT"]) };
        Assert.Equal(DocumentCase.OfDocument(careless)[0][2], DocumentCase.OfDocument(ordinary)[0][2]);
        Assert.NotEqual(DocumentCase.OfDocument(careless, style: true)[0][2], DocumentCase.OfDocument(ordinary, style: true)[0][2]);
        Assert.Equal(DocumentCase.OfDocument(ordinary)[0][2], DocumentCase.OfDocument(ordinary, style: true)[0][2]);
        var doc = new DocumentCase { UseStyle = true };
        foreach (var t in shouted) doc.Add(t.Text, t.Starts, t.Ends);
        Assert.Equal(2, doc.Style);
        // A sentence tagged alone is a document of one sentence, with or without its style.
        var alone = new int[careless[0].Count];
        DocumentCase.SentenceOnly(careless[0].Text, careless[0].Starts, careless[0].Ends, alone, style: true);
        Assert.Equal(DocumentCase.OfDocument([careless[0]], style: true)[0], alone);
    }

    [Fact]
    public void Documents_follow_newdoc_ids()
    {
        var text = """
# newdoc id = a
# sent_id = a-1
1	Hi	hi	INTJ	UH	_	0	root	_	_

# sent_id = a-2
1	Yes	yes	INTJ	UH	_	0	root	_	_

# newdoc id = b
# sent_id = b-1
1	No	no	INTJ	UH	_	0	root	_	_

""";
        var docs = ConlluDocuments.Group(ConlluReader.Read(new StringReader(text), "t")).ToList();
        Assert.Equal([2, 1], docs.Select(d => d.Count));
        Assert.Equal("b", docs[1][0].DocId);
    }

    [Fact]
    public void Tagger_with_document_templates_learns_round_trips_and_the_stage_reads_the_article()
    {
        var sentences = LanguageTestData.Sentences();
        var tagger = new PosTaggerTrainer { BucketBits = 10, UseDocument = true }.Train(sentences, WordClusters.Empty, 5, 1, TextWriter.Null);
        Assert.True(tagger.UsesDocument);
        Assert.False(new PosTaggerTrainer { BucketBits = 10 }.Train(sentences, WordClusters.Empty, 1, 1, TextWriter.Null).UsesDocument);
        using var ms = new MemoryStream();
        tagger.Save(ms);
        var reloaded = PosTagger.Load(new MemoryStream(ms.ToArray()));
        Assert.True(reloaded.Success, reloaded.Error);
        Assert.True(reloaded.Value!.UsesDocument);
        var texts = sentences.Select(SentenceText.Of).ToArray();
        var codes = DocumentCase.OfDocument(texts);
        int right = 0, total = 0;
        for (int k = 0; k < sentences.Count; k++)
        {
            var classes = new int[texts[k].Count];
            reloaded.Value.Tag(texts[k].Text, texts[k].Starts, texts[k].Ends, classes, codes[k]);
            for (int i = 0; i < classes.Length; i++, total++) if (reloaded.Value.Xpos(classes[i]) == sentences[k].Words[i].Xpos) right++;
        }
        Assert.True(right >= total * 0.95, $"{right}/{total}");

        // The pipeline stage tags each sentence with the codes of the whole article.
        var article = new Article("a", string.Join(" ", texts.Select(t => t.Text)));
        int at = 0;
        foreach (var t in texts)
        {
            article.AddSentence(at, at + t.Text.Length);
            for (int i = 0; i < t.Count; i++) article.AddToken(at + t.Starts[i], at + t.Ends[i]);
            at += t.Text.Length + 1;
        }
        new TaggerStage(reloaded.Value, Lemmatizer.CreateDefault()).Process(article);
        int token = 0;
        for (int k = 0; k < texts.Length; k++)
        {
            var classes = new int[texts[k].Count];
            reloaded.Value.Tag(texts[k].Text, texts[k].Starts, texts[k].Ends, classes, codes[k]);
            for (int i = 0; i < classes.Length; i++, token++) Assert.Equal(reloaded.Value.Xpos(classes[i]), article.Tokens[token].Xpos);
        }
    }
}
