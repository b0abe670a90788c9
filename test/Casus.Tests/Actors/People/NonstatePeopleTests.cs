using Casus.Actors;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Actors.People;

/// <summary>The shipped people outside government (actors/people-nonstate.txt) code by the article's date: an
/// opposition leader as the opposition before taking office and as the government after, the head of an international
/// organisation as the organisation, an armed group's leader as the group.</summary>
public class NonstatePeopleTests
{
    private static readonly ActorStage Stage = new(ActorDictionary.Load(ActorSource.Embedded()));

    private static string CodeOf(string name, DateOnly published)
    {
        var sentence = name + " spoke to reporters on Tuesday .";
        var article = new Article("test", sentence, new ArticleMetadata(Published: published));
        article.AddSentence(0, sentence.Length);
        foreach (var (start, end) in SimpleTokens.Split(sentence)) article.AddToken(start, end);
        article.MarkFilled(Annotations.Sentences | Annotations.Tokens);
        Stage.Process(article);
        var mention = article.Mentions.FirstOrDefault(m => m.Text == name) ?? throw new Xunit.Sdk.XunitException(
            $"no mention '{name}' in: {string.Join(", ", article.Mentions.Select(m => m.Text + "=" + m.Code))}");
        return mention.Code.Value;
    }

    [Fact]
    public void The_file_is_shipped() => Assert.Contains("actors/people-nonstate.txt", ActorSource.EmbeddedNames);

    [Fact]
    public void An_opposition_leader_codes_as_the_opposition_until_taking_office()
    {
        Assert.Equal("UKROPP", CodeOf("Viktor Yushchenko", new DateOnly(2004, 11, 25)));
        Assert.Equal("UKRGOV", CodeOf("Viktor Yushchenko", new DateOnly(2007, 3, 1)));
        Assert.Equal("ZWEOPP", CodeOf("Morgan Tsvangirai", new DateOnly(2008, 6, 20)));
        Assert.Equal("KENOPP", CodeOf("Raila Odinga", new DateOnly(2017, 10, 30)));
    }

    [Fact]
    public void A_head_of_an_international_organisation_codes_as_the_organisation()
    {
        Assert.Equal("IGOUNOIAE", CodeOf("Mohamed ElBaradei", new DateOnly(2005, 10, 7)));
        Assert.Equal("EGYOPP", CodeOf("Mohamed ElBaradei", new DateOnly(2011, 1, 28)));
        Assert.Equal("IGOUNOHCR", CodeOf("Filippo Grandi", new DateOnly(2019, 6, 20)));
        Assert.Equal("IGOAFRAFU", CodeOf("Moussa Faki Mahamat", new DateOnly(2021, 2, 7)));
        Assert.Equal("IGOIMF", CodeOf("Christine Lagarde", new DateOnly(2015, 1, 15)));
        Assert.Equal("IGOEURECB", CodeOf("Christine Lagarde", new DateOnly(2022, 7, 21)));
        // A national career after the international office is its own line, so the office does not outlive its term.
        Assert.Equal("IGOEUREEC", CodeOf("Donald Tusk", new DateOnly(2017, 3, 9)));
        Assert.Equal("POLGOV", CodeOf("Donald Tusk", new DateOnly(2024, 5, 1)));
    }

    [Fact]
    public void An_armed_group_leader_codes_as_the_group()
    {
        Assert.Equal("UGAREBLRA", CodeOf("Joseph Kony", new DateOnly(2008, 4, 10)));
        Assert.Equal("PSEREBQSM", CodeOf("Mohammed Deif", new DateOnly(2014, 8, 20)));
        Assert.Equal("SSDREB", CodeOf("Riek Machar", new DateOnly(2014, 5, 9)));
        Assert.Equal("SSDGOV", CodeOf("Riek Machar", new DateOnly(2021, 5, 9)));
    }

    [Fact]
    public void Archbishop_before_a_full_name_is_a_title_of_the_person()
    {
        // Not a title, "Archbishop" was a name word no phrase explained, and the whole mention was dropped.
        Assert.Equal("ZAFREL", CodeOf("Archbishop Desmond Tutu", new DateOnly(1995, 11, 12)));
        Assert.Equal("ZAFREL", CodeOf("Desmond Tutu", new DateOnly(1995, 11, 12)));
    }

    [Fact]
    public void A_short_form_names_the_person_alone()
    {
        Assert.Equal("UGAOPP", CodeOf("Besigye", new DateOnly(2016, 2, 18)));
        Assert.Equal("AGOREBUNI", CodeOf("Savimbi", new DateOnly(1998, 12, 5)));
    }
}
