using Casus.Language.Conllu;

namespace Casus.Language.Models;

/// <summary>Gold-tokenised words laid out as one string with offsets, the shape the taggers read.</summary>
public readonly record struct SentenceText(string Text, int[] Starts, int[] Ends)
{
    /// <summary>Joins the words of a sentence with single spaces.</summary>
    public static SentenceText Of(IReadOnlyList<string> words)
    {
        var starts = new int[words.Count];
        var ends = new int[words.Count];
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            starts[i] = sb.Length;
            sb.Append(words[i]);
            ends[i] = sb.Length;
        }
        return new SentenceText(sb.ToString(), starts, ends);
    }

    /// <summary>Joins the forms of a CoNLL-U sentence.</summary>
    public static SentenceText Of(ConlluSentence sentence) => Of(sentence.Words.Select(w => w.Form).ToArray());

    /// <summary>Number of words.</summary>
    public int Count => Starts.Length;
}
