using Casus.Document;
using Casus.Language.Models;

namespace Casus.Tests.Language;

/// <summary>The tagger and parser read the typographic apostrophe (U+2019) as the ASCII one their treebanks use; the
/// article text, and so every quoted span, stays as written.</summary>
public class ApostropheFoldTests
{
    [Fact]
    public void The_fold_writes_each_typographic_apostrophe_as_ascii_and_keeps_offsets()
    {
        const string text = "Jordan’s support for Iraq’s government";
        var folded = ApostropheFold.ForModels(text);
        Assert.Equal("Jordan's support for Iraq's government", folded);
        Assert.Equal(text.Length, folded.Length);
    }

    [Fact]
    public void A_text_without_one_is_returned_as_is()
    {
        const string text = "Jordan's support for Iraq";
        Assert.Same(text, ApostropheFold.ForModels(text));
    }

    [Fact]
    public void The_pooled_fold_gives_the_same_text_and_rents_only_when_it_must()
    {
        const string text = "Jordan’s support for Iraq’s government";
        var folded = ApostropheFold.ForModels(text, out var rented);
        Assert.NotNull(rented);
        Assert.Equal("Jordan's support for Iraq's government", folded.ToString());
        ApostropheFold.Return(rented);

        const string plain = "Jordan's support";
        var same = ApostropheFold.ForModels(plain, out var none);
        Assert.Null(none);
        Assert.True(same == plain.AsSpan()); // the string's own characters, not a copy
        ApostropheFold.Return(none);
    }

    [Fact]
    public void Tags_and_parse_of_a_typographic_possessive_match_the_ascii_one()
    {
        static List<string> Read(string sentence)
        {
            var article = DefaultPipeline.Create().Process(new Article("fold", sentence));
            return article.Tokens.Select(t => $"{t.Upos} {t.Head} {t.Relation}").ToList();
        }

        var ascii = Read("Secretary Blinken's meeting with the Swedish Prime Minister took place in Stockholm.");
        var typographic = Read("Secretary Blinken’s meeting with the Swedish Prime Minister took place in Stockholm.");
        Assert.Equal(ascii, typographic);
        Assert.Equal("case", ascii[2].Split(' ')[2]); // the 's is the possessive, not "is"
    }

    [Fact]
    public void The_article_keeps_its_own_apostrophe()
    {
        var article = DefaultPipeline.Create().Process(new Article("fold", "Jordan’s king met Biden."));
        Assert.Equal("’s", article.Tokens[1].Text);
    }
}
