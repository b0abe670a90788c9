using Casus.Text;
using static Casus.Tests.Text.TextTestHelper;

namespace Casus.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("Hello, world!", "Hello|,|world|!")]
    [InlineData("(Reuters) - Talks ended.", "(|Reuters|)|-|Talks|ended|.")]
    [InlineData("They met; nothing changed: again?", "They|met|;|nothing|changed|:|again|?")]
    public void Text_SplitsPunctuation(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("I don't know.", "I|do|n't|know|.")]
    [InlineData("We can't and won't.", "We|ca|n't|and|wo|n't|.")]
    [InlineData("He's sure we'll win, I'm told.", "He|'s|sure|we|'ll|win|,|I|'m|told|.")]
    [InlineData("They've said I'd go; you're right.", "They|'ve|said|I|'d|go|;|you|'re|right|.")]
    [InlineData("Curly: don’t, it’s, I’m.", "Curly|:|do|n’t|,|it|’s|,|I|’m|.")]
    [InlineData("They cannot go.", "They|can|not|go|.")]
    public void Text_SplitsClitics(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("Russia's army", "Russia|'s|army")]
    [InlineData("the ministers' talks", "the|ministers|'|talks")]
    [InlineData("Iran’s envoy", "Iran|’s|envoy")]
    [InlineData("O'Brien met Shi'ite leaders", "O'Brien|met|Shi'ite|leaders")]
    [InlineData("in the '90s", "in|the|'90s")]
    public void Text_SplitsPossessives(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("a long-term deal", "a|long|-|term|deal")]
    [InlineData("Bashar al-Assad", "Bashar|al|-|Assad")]
    [InlineData("a 20-year-old man", "a|20|-|year|-|old|man")]
    [InlineData("an e-mail to co-workers", "an|e-mail|to|co-workers")]
    [InlineData("a non-binding vote", "a|non-binding|vote")]
    [InlineData("call 713-853-3989 now", "call|713-853-3989|now")]
    [InlineData("pages 5-10", "pages|5|-|10")]
    public void Text_HyphensFollowEwt(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void Text_KeepHyphenatedWordsOption()
    {
        var stage = new TextStage(TextResources.Default, new TextOptions { KeepHyphenatedWords = true });
        Assert.Equal(new[] { "a", "long-term", "deal", "with", "al-Assad" }, Tokens("a long-term deal with al-Assad", stage));
    }

    [Theory]
    [InlineData("Mr. Smith met Dr. Jones", "Mr.|Smith|met|Dr.|Jones")]
    [InlineData("the U.S. and U.N. officials", "the|U.S.|and|U.N.|officials")]
    [InlineData("at 5 p.m. local time", "at|5|p.m.|local|time")]
    [InlineData("J. R. R. Tolkien", "J.|R.|R.|Tolkien")]
    [InlineData("fruit, vegetables, etc. were sold", "fruit|,|vegetables|,|etc.|were|sold")]
    [InlineData("He left. She stayed.", "He|left|.|She|stayed|.")]
    [InlineData("rice, beans, etc. Prices rose in the U.S.", "rice|,|beans|,|etc|.|Prices|rose|in|the|U.S|.")]
    [InlineData("He met Mr. Smith Jr.\n\nThen", "He|met|Mr.|Smith|Jr|.|Then")]
    public void Text_KeepsAbbreviationPeriods(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("It grew 3.5 percent to 1,000.5 tonnes.", "It|grew|3.5|percent|to|1,000.5|tonnes|.")]
    [InlineData("a $2.5bn deal", "a|$|2.5|bn|deal")]
    [InlineData("up 10% at 11:00 on 3/4/2005", "up|10|%|at|11:00|on|3/4/2005")]
    [InlineData("the 21st century and the 1990s", "the|21st|century|and|the|1990s")]
    [InlineData("at 5pm for 65k", "at|5|pm|for|65|k")]
    [InlineData("€5 or £3", "€|5|or|£|3")]
    public void Text_KeepsNumbersTogether(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("See https://example.org/a?b=c, then", "See|https://example.org/a?b=c|,|then")]
    [InlineData("(www.un.org/news).", "(|www.un.org/news|)|.")]
    [InlineData("Write to press@state.gov.", "Write|to|press@state.gov|.")]
    public void Text_KeepsLinksWhole(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("“Yes,” he said.", "“|Yes|,|”|he|said|.")]
    [InlineData("\"No\" -- and 'maybe'...", "\"|No|\"|--|and|'|maybe|'|...")]
    [InlineData("Wait... what?! :) and/or", "Wait|...|what|?!|:)|and|/|or")]
    [InlineData("PG&E and AT&T", "PG&E|and|AT&T")]
    [InlineData("No. 5 said no. No.", "No.|5|said|no|.|No|.")]
    [InlineData("pre- and post-war", "pre-|and|post-war")]
    [InlineData("all about the $$$, friends:)", "all|about|the|$$$|,|friends|:)")]
    [InlineData("CCGM, L.P.. Then", "CCGM|,|L.P.|.|Then")]
    public void Text_QuotesAndSymbols(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void Text_OffsetsPointIntoText()
    {
        const string text = "  Mr. O'Neil's  \"plan\"\n\n costs $1,000.";
        var article = Process(text);
        Assert.Equal(new[] { "Mr.", "O'Neil", "'s", "\"", "plan", "\"", "costs", "$", "1,000", "." }, article.Tokens.Select(t => t.Text).ToArray());
        Assert.Equal(2, article.Tokens[0].Start);
        Assert.Equal(text.Length, article.Tokens[^1].End);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    public void Text_EmptyTextGivesNothing(string text)
    {
        var article = Process(text);
        Assert.Empty(article.Sentences);
        Assert.Empty(article.Tokens);
    }
}
