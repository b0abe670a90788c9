using System.Text;
using Casus.Document;

namespace Casus.Tests.TestKit;

/// <summary>
/// Builds articles by hand for stage tests, splitting sentences into tokens roughly as the Casus tokenizer does
/// (UD EWT conventions): whitespace separates words; punctuation is split off ("Iraq." → "Iraq" "."), except the
/// periods of abbreviations ("U.S.", "U.N."); a possessive "'s" (or a bare "'" after s) is its own token; hyphenated
/// words stay whole. Only for tests: it knows nothing about quotes inside words, numbers or URLs.
/// </summary>
internal static class SimpleTokens
{
    /// <summary>An article holding one sentence per argument (joined with a space).</summary>
    public static Article Article(params string[] sentences) => Article(null, sentences);

    /// <summary>An article published on <paramref name="published"/> holding one sentence per argument.</summary>
    public static Article Article(DateOnly? published, params string[] sentences)
    {
        var text = string.Join(" ", sentences);
        var article = new Article("test", text, new ArticleMetadata(Published: published));
        int offset = 0;
        foreach (var sentence in sentences)
        {
            article.AddSentence(offset, offset + sentence.Length);
            foreach (var (start, end) in Split(sentence)) article.AddToken(offset + start, offset + end);
            offset += sentence.Length + 1;
        }
        article.MarkFilled(Annotations.Sentences | Annotations.Tokens);
        return article;
    }

    /// <summary>The tokens of <paramref name="sentence"/> as [start, end) character ranges.</summary>
    public static IEnumerable<(int Start, int End)> Split(string sentence)
    {
        int i = 0;
        while (i < sentence.Length)
        {
            if (char.IsWhiteSpace(sentence[i])) { i++; continue; }
            int j = i;
            while (j < sentence.Length && !char.IsWhiteSpace(sentence[j])) j++;
            foreach (var t in SplitChunk(sentence, i, j)) yield return t;
            i = j;
        }
    }

    private static IEnumerable<(int, int)> SplitChunk(string s, int start, int end)
    {
        // Leading punctuation: ( " ' and the like.
        while (start < end && IsPunct(s[start]))
        {
            yield return (start, start + 1);
            start++;
        }
        var trailing = new Stack<(int, int)>();
        while (end > start && IsPunct(s[end - 1]))
        {
            if (s[end - 1] == '.' && IsAbbreviation(s.AsSpan(start, end - start))) break;
            if (s[end - 1] is '\'' or '’' && end - start > 1 && s[end - 2] is 's' or 'S') { trailing.Push((end - 1, end)); end--; break; }
            trailing.Push((end - 1, end));
            end--;
        }
        if (end - start > 2 && s[end - 2] is '\'' or '’' && s[end - 1] is 's' or 'S')
        {
            trailing.Push((end - 2, end));
            end -= 2;
        }
        if (end > start) yield return (start, end);
        while (trailing.Count > 0) yield return trailing.Pop();
    }

    private static bool IsPunct(char c) => char.IsPunctuation(c) && c != '-' || char.IsSymbol(c);

    // "U.S.", "U.N.", "U.A.E.": single letters each followed by a period.
    private static bool IsAbbreviation(ReadOnlySpan<char> w)
    {
        if (w.Length < 4 || w.Length % 2 != 0) return false;
        for (int k = 0; k < w.Length; k += 2)
            if (!char.IsLetter(w[k]) || w[k + 1] != '.') return false;
        return true;
    }

    /// <summary>The tokens of an article joined with spaces, to assert the split in tests.</summary>
    public static string Show(Article article)
    {
        var sb = new StringBuilder();
        foreach (var t in article.Tokens) { if (sb.Length > 0) sb.Append(' '); sb.Append(t.Text); }
        return sb.ToString();
    }
}
