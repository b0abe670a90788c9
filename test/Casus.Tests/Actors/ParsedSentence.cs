using Casus.Actors;
using Casus.Document;

namespace Casus.Tests.Actors;

/// <summary>
/// Hand-built parsed sentences for the parse rules of the actor stage: each token is written
/// <c>word/UPOS/head/relation</c> with a 1-based head (0 for the root), as in CoNLL-U, separated by spaces.
/// </summary>
internal static class ParsedSentence
{
    /// <summary>An article of one parsed sentence.</summary>
    public static Article Article(string conllish)
    {
        var parts = conllish.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rows = parts.Select(p =>
        {
            // The word itself may hold '/' ("SPLM/A"): the last three fields are UPOS, head and relation.
            var f = p.Split('/');
            var word = string.Join('/', f[..^3]);
            return (Word: word, Upos: Enum.Parse<Upos>(f[^3]), Head: int.Parse(f[^2]), Rel: f[^1]);
        }).ToList();
        var text = string.Join(' ', rows.Select(r => r.Word));
        var article = new Article("parsed", text);
        article.AddSentence(0, text.Length);
        int offset = 0;
        foreach (var r in rows)
        {
            article.AddToken(offset, offset + r.Word.Length);
            offset += r.Word.Length + 1;
        }
        for (int i = 0; i < rows.Count; i++)
        {
            article.SetMorphology(i, rows[i].Upos, null, null);
            article.SetDependency(i, rows[i].Head - 1, rows[i].Rel);
        }
        article.MarkFilled(Annotations.Sentences | Annotations.Tokens | Annotations.PartOfSpeech | Annotations.Dependencies);
        return article;
    }

    /// <summary>The mentions the shipped actor stage finds in the sentence.</summary>
    public static IReadOnlyList<Mention> Mentions(string conllish)
    {
        var article = Article(conllish);
        ActorStage.CreateDefault().Process(article);
        return article.Mentions;
    }

    /// <summary>"text=CODE" for each mention.</summary>
    public static string[] Code(string conllish) => ActorTestData.Show(Mentions(conllish));
}
