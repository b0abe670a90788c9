using System.Text;
using Casus.Actors;
using Casus.Document;

namespace Casus.Tests.TestKit;

/// <summary>
/// Builds parsed articles by hand, so the coder's reading of the parse is tested without the tagger and parser.
/// One token per line in CoNLL-U-like columns separated by whitespace:
/// <c>ID FORM LEMMA UPOS XPOS HEAD DEPREL ACTOR</c>, where HEAD is the 1-based id in the sentence (0 for the root),
/// "_" leaves LEMMA/XPOS empty, and ACTOR marks actor mentions IOB-style ("B-RUS" starts a mention coded RUS,
/// "I-RUS" continues it, "_" is none). A blank line separates sentences; a line "¶" starts a new paragraph (the
/// sentences are then separated by a line break in the text). In FORM, "⎵" stands for a space ("-⎵⎵", the bullet of a
/// flattened list, "-   ").
/// </summary>
internal static class ParsedArticles
{
    /// <param name="conllu">The tokens, as above.</param>
    /// <param name="published">The article's date.</param>
    /// <param name="evidence">The evidence lines of a mention from its words and code (default one line,
    /// "test-actors:WORDS CODE"); a test of a rule that reads the actor stage's lines (a person of the people lists)
    /// writes them.</param>
    /// <param name="title">The article's headline.</param>
    public static Article Build(string conllu, DateOnly? published = null, Func<string, string, string[]>? evidence = null, string? title = null)
    {
        var sentences = new List<List<string[]>>();
        var current = new List<string[]>();
        var paragraphStarts = new HashSet<int>();
        foreach (var raw in conllu.Split('\n'))
        {
            var line = raw.Trim();
            if (line == "¶")
            {
                if (current.Count > 0) { sentences.Add(current); current = new List<string[]>(); }
                paragraphStarts.Add(sentences.Count);
                continue;
            }
            if (line.Length == 0)
            {
                if (current.Count > 0) { sentences.Add(current); current = new List<string[]>(); }
                continue;
            }
            var cols = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length != 8) throw new ArgumentException($"expected 8 columns, found {cols.Length}: '{line}'");
            cols[1] = cols[1].Replace('⎵', ' ');
            current.Add(cols);
        }
        if (current.Count > 0) sentences.Add(current);

        var text = new StringBuilder();
        var offsets = new List<List<(int Start, int End)>>();
        foreach (var s in sentences)
        {
            var list = new List<(int, int)>();
            bool paragraph = paragraphStarts.Contains(offsets.Count);
            foreach (var cols in s)
            {
                if (text.Length > 0) text.Append(paragraph ? '\n' : ' ');
                paragraph = false;
                list.Add((text.Length, text.Length + cols[1].Length));
                text.Append(cols[1]);
            }
            offsets.Add(list);
        }
        var article = new Article("parsed-test", text.ToString(), new ArticleMetadata(Title: title, Published: published));
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            var o = offsets[si];
            article.AddSentence(o[0].Start, o[^1].End);
            int first = article.Tokens.Count;
            foreach (var (start, end) in o) article.AddToken(start, end);
            for (int i = 0; i < s.Count; i++)
            {
                var cols = s[i];
                var upos = Enum.Parse<Upos>(cols[3]);
                article.SetMorphology(first + i, upos, cols[4] == "_" ? null : cols[4], cols[2] == "_" ? null : cols[2]);
                int head = int.Parse(cols[5]);
                article.SetDependency(first + i, head == 0 ? -1 : first + head - 1, cols[6]);
            }
            // Mentions, IOB-style.
            int mStart = -1;
            string? mCode = null;
            for (int i = 0; i <= s.Count; i++)
            {
                string tag = i < s.Count ? s[i][7] : "_";
                bool inside = tag.StartsWith("I-", StringComparison.Ordinal) && mCode == tag[2..];
                if (mStart >= 0 && !inside)
                {
                    AddMention(article, si, first + mStart, i - mStart, mCode!, evidence);
                    mStart = -1; mCode = null;
                }
                if (tag.StartsWith("B-", StringComparison.Ordinal) || (tag.StartsWith("I-", StringComparison.Ordinal) && mStart < 0))
                {
                    mStart = i; mCode = tag[2..];
                }
            }
        }
        article.MarkFilled(Annotations.Sentences | Annotations.Tokens | Annotations.PartOfSpeech | Annotations.Lemmas
            | Annotations.Dependencies | Annotations.Mentions);
        return article;
    }

    private static void AddMention(Article article, int sentence, int first, int count, string code, Func<string, string, string[]>? evidence)
    {
        var span = new TokenSpan(first, count);
        var words = string.Join(' ', Enumerable.Range(first, count).Select(t => article.Tokens[t].Text));
        article.AddMention(new Mention(sentence, span, words, ActorCode.Parse(code), evidence?.Invoke(words, code) ?? [$"test-actors:{words} {code}"]));
    }

    /// <summary>Codes the parsed article with the given coder (default options when null) and returns "SRC TGT CODE" per event.</summary>
    public static List<string> Code(string conllu, Casus.Coding.CodingStage? coder = null)
    {
        var article = Build(conllu);
        (coder ?? Casus.Coding.CodingStage.CreateDefault()).Process(article);
        return article.Events.Select(e => $"{e.Source.Code} {(e.Target is { } t ? t.Code.Value : "-")} {e.Code}").ToList();
    }
}
