using System.Text;
using Casus.Actors;
using Casus.Coding;
using Casus.Document;

namespace Casus.Tests.TestKit;

/// <summary>
/// Builds articles for coder tests from pre-tokenised sentences (tokens split by spaces, UD EWT style) with actor
/// mentions in brackets: "[Russia|RUS] and [China|CHN] vetoed the resolution ." Sentences are separated by " || ".
/// </summary>
internal static class CodingTestKit
{
    public static Article Build(string markup, DateOnly? published = null)
    {
        var text = new StringBuilder();
        var sentences = new List<List<(int Start, int End)>>();
        var mentions = new List<(int Sentence, int FirstToken, int Count, string Text, string Code)>();
        int tokenCount = 0;
        foreach (var sentence in markup.Split(" || "))
        {
            var toks = new List<(int, int)>();
            int i = 0;
            while (i < sentence.Length)
            {
                if (sentence[i] == ' ') { i++; continue; }
                if (sentence[i] == '[')
                {
                    int close = sentence.IndexOf(']', i);
                    var inner = sentence[(i + 1)..close];
                    var bar = inner.LastIndexOf('|');
                    var words = inner[..bar].Split(' ');
                    int first = tokenCount + toks.Count;
                    foreach (var w in words) toks.Add(Append(text, w));
                    mentions.Add((sentences.Count, first, words.Length, inner[..bar], inner[(bar + 1)..]));
                    i = close + 1;
                    continue;
                }
                int end = sentence.IndexOf(' ', i);
                if (end < 0) end = sentence.Length;
                toks.Add(Append(text, sentence[i..end]));
                i = end;
            }
            tokenCount += toks.Count;
            sentences.Add(toks);
        }
        var article = new Article("test", text.ToString(), new ArticleMetadata(Published: published));
        foreach (var s in sentences)
        {
            article.AddSentence(s[0].Start, s[^1].End);
            foreach (var (start, end) in s) article.AddToken(start, end);
        }
        foreach (var m in mentions)
            article.AddMention(new Mention(m.Sentence, new TokenSpan(m.FirstToken, m.Count), m.Text, ActorCode.Parse(m.Code),
                new[] { $"test-actors:{m.Text} {m.Code}" }));
        return article;
    }

    /// <summary>Codes the markup with the default coder and returns "SRC TGT CODE" per event (TGT "-" when none).</summary>
    public static List<string> Code(string markup)
    {
        var article = Build(markup);
        CodingStage.CreateDefault().Process(article);
        return article.Events.Select(e => $"{e.Source.Code} {(e.Target is { } t ? t.Code.Value : "-")} {e.Code}").ToList();
    }

    private static (int, int) Append(StringBuilder text, string word)
    {
        if (text.Length > 0) text.Append(' ');
        int start = text.Length;
        text.Append(word);
        return (start, text.Length);
    }
}
