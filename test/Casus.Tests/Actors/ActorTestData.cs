using Casus.Actors;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Actors;

/// <summary>Runs the shipped actor stage on hand-built articles.</summary>
internal static class ActorTestData
{
    public static IReadOnlyList<Mention> Mentions(params string[] sentences) => Mentions(null, sentences);

    public static IReadOnlyList<Mention> Mentions(DateOnly? date, params string[] sentences)
    {
        var article = SimpleTokens.Article(date, sentences);
        ActorStage.CreateDefault().Process(article);
        return article.Mentions;
    }

    /// <summary>"text=CODE" for each mention, in order.</summary>
    public static string[] Show(IReadOnlyList<Mention> mentions) => mentions.Select(m => $"{m.Text}={m.Code}").ToArray();

    public static string[] Code(params string[] sentences) => Show(Mentions(sentences));
}
