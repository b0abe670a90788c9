using Casus.Document;

namespace Casus.Tests.Document;

public class ArticleTests
{
    [Fact]
    public void Tokens_are_views_over_the_article_text()
    {
        var a = new Article("t1", "Russia vetoed it.");
        a.AddSentence(0, 17);
        a.AddToken(0, 6); a.AddToken(7, 13); a.AddToken(14, 16); a.AddToken(16, 17);
        Assert.Equal(4, a.Tokens.Count);
        Assert.Equal("vetoed", a.Tokens[1].Text);
        Assert.Equal(1, a.Tokens[1].IndexInSentence);
        Assert.Equal(4, a.Sentences[0].TokenCount);
        a.SetMorphology(1, Upos.VERB, "VBD", "veto");
        Assert.Equal("veto", a.Sentences[0][1].Lemma);
    }

    [Fact]
    public void Tokens_outside_their_sentence_are_rejected()
    {
        var a = new Article("t1", "One. Two.");
        a.AddSentence(0, 4);
        Assert.Throws<ArgumentOutOfRangeException>(() => a.AddToken(3, 6));
        Assert.Throws<ArgumentException>(() => a.AddSentence(2, 9));
    }

    [Theory]
    [InlineData("B-PER", EntityType.Person, true)]
    [InlineData("I-GPE", EntityType.Location, false)]
    [InlineData("B-OTH", EntityType.None, false)]
    [InlineData("O", EntityType.None, false)]
    public void Entity_tags_parse(string text, EntityType type, bool begin)
    {
        var tag = EntityTag.Parse(text);
        Assert.Equal(type, tag.Type);
        Assert.Equal(begin, tag.Begin);
    }
}
