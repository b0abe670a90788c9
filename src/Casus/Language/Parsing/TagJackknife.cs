using Casus.Document;
using Casus.Language.Conllu;
using Casus.Language.Models;
using Casus.Language.Tagging;

namespace Casus.Language.Parsing;

/// <summary>
/// Jackknife tagging: gives training sentences the tags a tagger would predict for text it never saw, so the parser
/// learns from the kind of tags it will get in the pipeline (with gold tags in training, a parser trusts tags too much
/// and loses 3–5 points when they are predicted). The sentences are cut into k contiguous folds (contiguous, so a
/// fold's documents are unseen by its tagger); each fold is tagged by a <see cref="PosTaggerTrainer"/> model trained
/// on the other k−1. Deterministic: fold f's tagger uses seed <c>seed + f</c>.
/// </summary>
public static class TagJackknife
{
    /// <summary>The sentences (gold trees kept) with jackknifed predicted tags, in their original order.</summary>
    /// <param name="sentences">Training sentences with gold tags and trees.</param>
    /// <param name="folds">k, at least 2.</param>
    /// <param name="clusters">The word clusters the fold taggers use (those of the shipped tagger, say).</param>
    /// <param name="seed">Base seed of the fold taggers.</param>
    /// <param name="epochs">Tagger epochs; null for the tagger's default.</param>
    /// <param name="log">Progress.</param>
    public static List<ParserSentence> Retag(IReadOnlyList<ParserSentence> sentences, int folds, WordClusters clusters, int seed, int? epochs, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var conllu = sentences.Select(ToConllu).ToArray();
        var result = new ParserSentence[sentences.Count];
        for (int f = 0; f < folds; f++)
        {
            int start = FoldStart(f, folds, sentences.Count), end = FoldStart(f + 1, folds, sentences.Count);
            var rest = conllu.Take(start).Concat(conllu.Skip(end)).ToList();
            log.WriteLine($"jackknife: fold {f + 1}/{folds}: tagging sentences {start}..{end - 1} with a tagger trained on the other {rest.Count}");
            var tagger = new PosTaggerTrainer().Train(rest, clusters, epochs ?? PosTaggerTrainer.DefaultEpochs, seed + f, log);
            var tagged = ParserEvaluator.Retag(sentences.Skip(start).Take(end - start), tagger);
            tagged.CopyTo(result, start);
        }
        return result.ToList();
    }

    /// <summary>Share of words whose (XPOS, UPOS) pair differs between two equally long lists of sentences, percent.</summary>
    public static double TagErrorRate(IReadOnlyList<ParserSentence> gold, IReadOnlyList<ParserSentence> predicted)
    {
        long words = 0, wrong = 0;
        for (int s = 0; s < gold.Count; s++)
            for (int i = 0; i < gold[s].Forms.Length; i++)
            {
                words++;
                if (gold[s].Upos[i] != predicted[s].Upos[i] || !string.Equals(gold[s].Xpos[i], predicted[s].Xpos[i], StringComparison.Ordinal)) wrong++;
            }
        return words == 0 ? 0 : 100.0 * wrong / words;
    }

    private static int FoldStart(int fold, int folds, int count) => (int)((long)fold * count / folds);

    private static ConlluSentence ToConllu(ParserSentence s)
    {
        var words = new ConlluWord[s.Forms.Length];
        for (int i = 0; i < words.Length; i++)
            words[i] = new ConlluWord(s.Forms[i], "_", s.Upos[i], s.Xpos[i] ?? "_", s.Heads[i], s.Relations[i], "_", true);
        return new ConlluSentence(null, null, null, words, 0);
    }
}
