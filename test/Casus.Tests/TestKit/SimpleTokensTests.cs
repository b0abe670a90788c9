namespace Casus.Tests.TestKit;

public class SimpleTokensTests
{
    [Theory]
    [InlineData("Syria's ambassador met U.S. officials.", "Syria 's ambassador met U.S. officials .")]
    [InlineData("(Reuters) - The pro-government forces' base.", "( Reuters ) - The pro-government forces ' base .")]
    [InlineData("He said: \"No.\"", "He said : \" No . \"")]
    public void Splits_like_the_tokenizer(string sentence, string expected)
        => Assert.Equal(expected, SimpleTokens.Show(SimpleTokens.Article(sentence)));

    [Fact]
    public void Sentences_get_their_own_token_ranges()
    {
        var a = SimpleTokens.Article("Russia vetoed.", "China abstained.");
        Assert.Equal(2, a.Sentences.Count);
        Assert.Equal("China", a.Sentences[1][0].Text);
        Assert.Equal(3, a.Sentences[1].FirstToken);
    }
}
