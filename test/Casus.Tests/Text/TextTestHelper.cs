using Casus.Document;
using Casus.Text;

namespace Casus.Tests.Text;

/// <summary>Runs the default text stage and returns tokens and sentences as strings, checking offsets on the way.</summary>
internal static class TextTestHelper
{
    private static readonly TextStage Stage = TextStage.CreateDefault();

    public static Article Process(string text, TextStage? stage = null)
    {
        var article = new Article("t", text);
        (stage ?? Stage).Process(article);
        foreach (var t in article.Tokens)
        {
            // Offsets round-trip and no token holds whitespace.
            Assert.Equal(text.Substring(t.Start, t.End - t.Start), t.Text);
            Assert.DoesNotContain(t.Text, char.IsWhiteSpace);
        }
        return article;
    }

    public static string[] Tokens(string text, TextStage? stage = null) => Process(text, stage).Tokens.Select(t => t.Text).ToArray();

    public static string[] Sentences(string text) => Process(text).Sentences.Select(s => s.Text).ToArray();
}
