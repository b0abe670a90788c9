using Casus.Actors;
using Casus.Coding;
using Casus.Document;
using Casus.Pipeline;

namespace Casus.Tests.TestKit;

/// <summary>Hand-built coded articles and a fake coding stage, so evaluation and output are tested without the
/// real stages.</summary>
internal static class CodedArticles
{
    /// <summary>An article split into one sentence per line, tokens at spaces (punctuation '.' and ',' split off).</summary>
    public static Article Tokenized(string id, string text, ArticleMetadata? metadata = null)
    {
        var article = new Article(id, text, metadata);
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            if (lineEnd > lineStart)
            {
                article.AddSentence(lineStart, lineEnd);
                int i = lineStart;
                while (i < lineEnd)
                {
                    if (text[i] == ' ') { i++; continue; }
                    if (text[i] is '.' or ',') { article.AddToken(i, i + 1); i++; continue; }
                    int start = i;
                    while (i < lineEnd && text[i] is not (' ' or '.' or ',')) i++;
                    article.AddToken(start, i);
                }
            }
            lineStart = lineEnd + 1;
        }
        article.MarkFilled(Annotations.Sentences | Annotations.Tokens);
        return article;
    }

    /// <summary>The index of the first token whose text is <paramref name="word"/>.</summary>
    public static int TokenOf(Article article, string word)
    {
        foreach (var t in article.Tokens) if (t.Text == word) return t.Index;
        throw new ArgumentException($"no token '{word}'");
    }

    /// <summary>A mention of the single word <paramref name="word"/>.</summary>
    public static Mention MentionOf(Article article, string word, string code)
    {
        int t = TokenOf(article, word);
        return new Mention(article.Tokens[t].SentenceIndex, new TokenSpan(t, 1), word, ActorCode.Parse(code), [$"actors/test.txt:1 {word} [{code}]"]);
    }

    /// <summary>An event "<paramref name="source"/> <paramref name="verb"/> <paramref name="target"/>" with test evidence.</summary>
    public static Event EventOf(Article article, string source, string sourceCode, string verb, string? target, string? targetCode,
        string code, PloverCategory? plover, double goldstein = -10, QuadClass quad = QuadClass.MaterialConflict, Location? location = null)
    {
        var s = MentionOf(article, source, sourceCode);
        var t = target is null ? null : MentionOf(article, target, targetCode!);
        int v = TokenOf(article, verb);
        return new Event
        {
            Sentence = article.Tokens[v].SentenceIndex,
            Source = s,
            Target = t,
            Code = CameoCode.Parse(code),
            Goldstein = goldstein,
            QuadClass = quad,
            Plover = plover,
            PloverMode = plover is null ? null : "test-mode",
            PloverContext = null,
            Location = location,
            Trigger = new TokenSpan(v, 1),
            Evidence = new Evidence("subject-verb-object", $"verbs/test.txt:7 {verb.ToUpperInvariant()} [{code}]",
                s.Evidence, t?.Evidence ?? [], ["not negated"]),
        };
    }
}

/// <summary>A coder stand-in: tokenizes like <see cref="CodedArticles.Tokenized"/> and adds the events a test
/// function gives for the article.</summary>
internal sealed class FakeCoderStage(Func<Article, IEnumerable<Event>> code) : IStage
{
    public string Name => "fake-coder";
    public Annotations Requires => Annotations.None;
    public Annotations Assigns => Annotations.Sentences | Annotations.Tokens | Annotations.Mentions | Annotations.Events;

    public void Process(Article article)
    {
        var tokenized = CodedArticles.Tokenized(article.Id, article.Text, article.Metadata);
        // Copy the layers onto the article the pipeline holds.
        foreach (var s in tokenized.Sentences)
        {
            article.AddSentence(s.Start, s.End);
            foreach (var t in s.Tokens) article.AddToken(t.Start, t.End);
        }
        foreach (var e in code(article))
        {
            article.AddMention(e.Source);
            if (e.Target is { } target) article.AddMention(target);
            article.AddEvent(e);
        }
    }

    public static CasusPipeline Pipeline(Func<Article, IEnumerable<Event>> code) => new PipelineBuilder().Add(new FakeCoderStage(code)).Build();
}

/// <summary>A fake stage that always throws, for error paths.</summary>
internal sealed class ThrowingStage : IStage
{
    public string Name => "throwing";
    public Annotations Requires => Annotations.None;
    public Annotations Assigns => Annotations.Events;
    public void Process(Article article) => throw new InvalidOperationException("stage bug");
}
