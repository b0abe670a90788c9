using Casus.Document;
using Casus.Language.Conllu;
using Casus.Language.Lemmas;
using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Language.Evaluation;

/// <summary>Scores the tagger (and lemmatizer, and a parser when given) against gold CoNLL-U on gold tokenisation.</summary>
public static class TaggingEvaluator
{
    /// <summary>Runs the components on each sentence's gold words and compares with the gold columns.</summary>
    public static TaggingScores Evaluate(IEnumerable<ConlluSentence> sentences, PosTagger tagger, Lemmatizer? lemmatizer, IDependencyAnnotator? parser, TextWriter? errors = null)
    {
        int n = 0, upos = 0, xpos = 0, lemma = 0, lemmaGold = 0, uas = 0, las = 0;
        // Documents stay together (# newdoc id): a tagger with document features reads the whole document's words.
        foreach (var document in ConlluDocuments.Group(sentences))
        {
            var texts = document.Select(SentenceText.Of).ToArray();
            DocumentCase? doc = null;
            if (tagger.UsesDocument)
            {
                doc = tagger.NewDocument();
                foreach (var t in texts) doc.Add(t.Text, t.Starts, t.Ends);
            }
            for (int si = 0; si < document.Count; si++)
            {
                var s = document[si];
                var st = texts[si];
                var classes = new int[st.Count];
                int[]? codes = null;
                if (doc != null)
                {
                    codes = new int[st.Count];
                    doc.Codes(st.Text, st.Starts, st.Ends, codes);
                }
                tagger.Tag(st.Text, st.Starts, st.Ends, classes, codes);
                if (doc != null && tagger.UsesDocumentTags) doc.Remember(st.Text, st.Starts, st.Ends, classes);
                var predictedUpos = new Upos[st.Count];
                var predictedXpos = new string[st.Count];
                for (int i = 0; i < st.Count; i++) { predictedUpos[i] = tagger.Upos(classes[i]); predictedXpos[i] = tagger.Xpos(classes[i]); }
                var sentenceCase = LemmaContext.CaseOf(st.Text, st.Starts, st.Ends);
                int first = LemmaContext.FirstWord(st.Text, st.Starts, st.Ends);
                int[]? heads = null;
                string[]? rels = null;
                if (parser != null)
                {
                    heads = new int[st.Count];
                    rels = new string[st.Count];
                    parser.Parse(s.Words.Select(w => w.Form).ToArray(), s.Words.Select(w => w.SpaceAfter).ToArray(), predictedUpos, predictedXpos, heads, rels);
                }
                for (int i = 0; i < st.Count; i++)
                {
                    var g = s.Words[i];
                    n++;
                    if (predictedUpos[i] == g.Upos) upos++;
                    if (predictedXpos[i] == g.Xpos) xpos++;
                    if (lemmatizer != null)
                    {
                        var l = lemmatizer.Lemmatize(g.Form, predictedXpos[i], new LemmaContext(sentenceCase, i == first));
                        if (LemmaMatches(l, g.Lemma)) lemma++;
                        else errors?.WriteLine($"lemma\t{g.Form}\t{g.Xpos}/{predictedXpos[i]}\t{g.Lemma}/{l}");
                        // The same word under its gold tag: what the lemmatizer gets wrong by itself.
                        var lg = predictedXpos[i] == g.Xpos ? l : lemmatizer.Lemmatize(g.Form, g.Xpos, new LemmaContext(sentenceCase, i == first));
                        if (LemmaMatches(lg, g.Lemma)) lemmaGold++;
                        else errors?.WriteLine($"lemma-gold\t{g.Form}\t{g.Xpos}\t{g.Lemma}/{lg}");
                    }
                    if (predictedUpos[i] != g.Upos) errors?.WriteLine($"upos\t{g.Form}\t{g.Upos}/{predictedUpos[i]}\t{g.Xpos}/{predictedXpos[i]}");
                    // Penn errors within one universal tag (VBD/VBN are both VERB) get their own line, so upos and xpos
                    // lines together list every XPOS error.
                    else if (predictedXpos[i] != g.Xpos) errors?.WriteLine($"xpos\t{g.Form}\t{g.Upos}/{predictedUpos[i]}\t{g.Xpos}/{predictedXpos[i]}");
                    if (heads != null && heads[i] == g.Head)
                    {
                        uas++;
                        if (rels![i] == g.Relation) las++;
                    }
                }
            }
        }
        double Pct(int k) => n == 0 ? 0 : 100.0 * k / n;
        return new TaggingScores(n, Pct(upos), Pct(xpos), lemmatizer == null ? null : Pct(lemma), parser == null ? null : Pct(uas), parser == null ? null : Pct(las),
            lemmatizer == null ? null : Pct(lemmaGold));
    }

    /// <summary>Lemma comparison as the CoNLL 2018 scorer does it: exact string match.</summary>
    public static bool LemmaMatches(string predicted, string gold) => string.Equals(predicted, gold, StringComparison.Ordinal);
}
