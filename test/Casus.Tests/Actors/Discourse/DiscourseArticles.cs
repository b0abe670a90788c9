using Casus.Actors;
using Casus.Actors.Context;
using Casus.Document;

namespace Casus.Tests.Actors.Discourse;

/// <summary>
/// Hand-built parsed articles of several sentences for the article-level passes: each sentence is written as in
/// <see cref="ParsedSentence"/> (<c>word/UPOS/head/relation</c>, 1-based heads within the sentence), and the shipped
/// actor stage composes the mentions.
/// </summary>
internal static class DiscourseArticles
{
    public static Article Build(params string[] sentences) => BuildAt(null, sentences);

    /// <summary>Builds the article, runs the shipped actor stage and coder over it, and returns each event as
    /// "SOURCE TARGET ROOT" ("THAGOV THACVL 17"; "-" for no target).</summary>
    public static List<string> CodeDyads(params string[] sentences)
    {
        var article = Build(sentences);
        new ActorStage(ActorStage.CreateDefault().Dictionary).Process(article);
        Casus.Coding.CodingStage.CreateDefault().Process(article);
        return article.Events.Select(e => $"{e.Source.Code} {e.Target?.Code.Value ?? "-"} {e.Code.Root:00}").ToList();
    }

    /// <summary>An article published at <paramref name="url"/> (null for none).</summary>
    public static Article BuildAt(string? url, params string[] sentences) => BuildTitled(url, null, sentences);

    /// <summary>An article published at <paramref name="url"/> under the headline <paramref name="title"/> (null for none).</summary>
    public static Article BuildTitled(string? url, string? title, params string[] sentences)
    {
        var rows = sentences.Select(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            var f = p.Split('/');
            // "PROPN:NNPS": a tag may carry its Penn tag after a colon.
            var tag = f[^3].Split(':');
            return (Word: string.Join('/', f[..^3]), Upos: Enum.Parse<Upos>(tag[0]), Xpos: tag.Length > 1 ? tag[1] : null,
                Head: int.Parse(f[^2]), Rel: f[^1]);
        }).ToList()).ToList();
        var text = string.Join(' ', rows.Select(r => string.Join(' ', r.Select(t => t.Word))));
        var article = new Article("discourse", text, url is null && title is null ? null : new ArticleMetadata(Title: title, Url: url));
        int offset = 0;
        foreach (var sentence in rows)
        {
            int length = sentence.Sum(t => t.Word.Length) + sentence.Count - 1;
            article.AddSentence(offset, offset + length);
            int first = article.Tokens.Count;
            foreach (var t in sentence)
            {
                article.AddToken(offset, offset + t.Word.Length);
                offset += t.Word.Length + 1;
            }
            for (int i = 0; i < sentence.Count; i++)
            {
                article.SetMorphology(first + i, sentence[i].Upos, sentence[i].Xpos, null);
                article.SetDependency(first + i, sentence[i].Head == 0 ? -1 : first + sentence[i].Head - 1, sentence[i].Rel);
            }
        }
        article.MarkFilled(Annotations.Sentences | Annotations.Tokens | Annotations.PartOfSpeech | Annotations.Dependencies);
        return article;
    }

    /// <summary>The article-level passes on (the pronoun pass is off by default; the article pass is on except on a
    /// government's own site).</summary>
    public static ContextCountryOptions On { get; } = new() { Article = true, Pronouns = true };

    /// <summary>The article's mentions after the stage with the article-level passes on (or with <paramref name="options"/>).</summary>
    public static IReadOnlyList<Mention> Mentions(ContextCountryOptions? options, params string[] sentences)
    {
        var article = Build(sentences);
        var stage = new ActorStage(ActorStage.CreateDefault().Dictionary, options ?? On);
        stage.Process(article);
        return article.Mentions;
    }

    /// <summary>"text=CODE" for each mention, in the order of the text.</summary>
    public static string[] Code(params string[] sentences) => ActorTestData.Show(Mentions(null, sentences));
}
