using Casus.Document;
using Casus.Language.Conllu;
using Casus.Language.Models;

namespace Casus.Language.Parsing;

/// <summary>One sentence with gold (or predicted) tags and a gold tree, as the trainer and evaluator use it.</summary>
/// <param name="Forms">Word forms.</param>
/// <param name="Xpos">Penn tags (null or "_" where absent).</param>
/// <param name="Upos">Universal tags.</param>
/// <param name="Heads">Gold heads, 1-based, 0 for the root.</param>
/// <param name="Relations">Gold relations.</param>
public sealed record ParserSentence(string[] Forms, string?[] Xpos, Upos[] Upos, int[] Heads, string[] Relations);

/// <summary>Reads treebank sentences for parser training and evaluation.</summary>
public static class ParserTreebank
{
    /// <summary>
    /// Reads a CoNLL-U file, keeping sentences whose every word has a head. GUM documents of non-commercial genres
    /// (see <see cref="TrainingCorpus.IsPermitted"/>) are left out.
    /// </summary>
    public static List<ParserSentence> Read(string path, out int skipped)
    {
        var list = new List<ParserSentence>();
        skipped = 0;
        foreach (var s in ConlluReader.ReadFile(path))
        {
            if (!TrainingCorpus.IsPermitted(s)) { skipped++; continue; }
            var sentence = From(s);
            if (sentence == null) { skipped++; continue; }
            list.Add(sentence);
        }
        return list;
    }

    /// <summary>Writes sentences as CoNLL-U (form, UPOS, XPOS, head, relation; other columns "_"), e.g. training
    /// data retagged by <see cref="TagJackknife"/>, so experiments can reuse it.</summary>
    public static void Write(TextWriter writer, IEnumerable<ParserSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Forms.Length; i++)
            {
                var xpos = string.IsNullOrEmpty(s.Xpos[i]) ? "_" : s.Xpos[i];
                writer.Write($"{i + 1}\t{s.Forms[i]}\t_\t{(s.Upos[i] == Upos.None ? "_" : s.Upos[i].ToString())}\t{xpos}\t_\t{s.Heads[i]}\t{s.Relations[i]}\t_\t_\n");
            }
            writer.Write('\n');
        }
    }

    /// <summary>Converts a CoNLL-U sentence; null when a word lacks a head or a head is out of range.</summary>
    public static ParserSentence? From(ConlluSentence s)
    {
        int n = s.Words.Count;
        var forms = new string[n]; var xpos = new string?[n]; var upos = new Upos[n];
        var heads = new int[n]; var rels = new string[n];
        for (int i = 0; i < n; i++)
        {
            var w = s.Words[i];
            if (w.Head < 0 || w.Head > n) return null;
            forms[i] = w.Form; xpos[i] = w.Xpos; upos[i] = w.Upos; heads[i] = w.Head; rels[i] = w.Relation;
        }
        return new ParserSentence(forms, xpos, upos, heads, rels);
    }
}
