using Casus.Actors;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Actors.People;

/// <summary>The shipped heads of state and government of Europe and the Americas, 1990-2020
/// (data/actors/people-leaders-europe-americas.txt), on hand-written dated sentences: a leader codes as the government
/// inside the term and as the country alone years after it, a person with two offices codes by the one held on the
/// date, and spellings with and without diacritics find the same line.</summary>
public class LeadersEuropeAmericasTests
{
    private static readonly ActorStage Stage = new(ActorDictionary.LoadEmbedded());

    private static IReadOnlyList<Mention> Run(DateOnly published, string sentence)
    {
        var article = new Article("test", sentence, new ArticleMetadata(Published: published));
        article.AddSentence(0, sentence.Length);
        foreach (var (start, end) in SimpleTokens.Split(sentence)) article.AddToken(start, end);
        article.MarkFilled(Annotations.Sentences | Annotations.Tokens);
        Stage.Process(article);
        return article.Mentions;
    }

    private static string CodeOf(DateOnly published, string sentence, string name)
    {
        var mentions = Run(published, sentence);
        var m = mentions.FirstOrDefault(x => x.Text.Contains(name, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException(
            $"no mention of '{name}' in: {string.Join(", ", mentions.Select(x => x.Text + "=" + x.Code))}");
        return m.Code.Value;
    }

    [Fact]
    public void The_file_is_shipped_and_loads()
        => Assert.Contains("actors/people-leaders-europe-americas.txt", ActorSource.EmbeddedNames);

    [Theory]
    [InlineData(1993, 5, 1, "POLGOV")]
    [InlineData(2012, 5, 1, "POL")]
    public void A_president_is_the_government_inside_the_term_and_the_country_years_after(int y, int mo, int d, string code)
        => Assert.Equal(code, CodeOf(new DateOnly(y, mo, d), "Lech Walesa met union leaders in Gdansk.", "Lech Walesa"));

    [Theory]
    [InlineData(2008, 3, 1, "ESPGOV")]
    [InlineData(2016, 3, 1, "ESP")]
    public void A_short_form_follows_the_dates_of_its_line(int y, int mo, int d, string code)
        => Assert.Equal(code, CodeOf(new DateOnly(y, mo, d), "Zapatero met the king.", "Zapatero"));

    [Theory]
    [InlineData(2002, 6, 1, "YUGGOV")]
    [InlineData(2006, 6, 1, "SRBGOV")]
    public void A_person_with_two_offices_codes_by_the_office_held_on_the_date(int y, int mo, int d, string code)
        => Assert.Equal(code, CodeOf(new DateOnly(y, mo, d), "Vojislav Kostunica criticized the tribunal.", "Vojislav Kostunica"));

    [Theory]
    [InlineData(2010, 6, 1, "GEOGOV")]
    [InlineData(2016, 6, 1, "UKRGOV")]
    public void A_president_who_became_a_governor_abroad_codes_by_the_country_served_on_the_date(int y, int mo, int d, string code)
        => Assert.Equal(code, CodeOf(new DateOnly(y, mo, d), "Mikheil Saakashvili accused the police.", "Mikheil Saakashvili"));

    [Theory]
    [InlineData("Traian Băsescu")]
    [InlineData("Traian Basescu")]
    public void A_name_with_or_without_diacritics_finds_the_leader(string name)
        => Assert.Equal("ROUGOV", CodeOf(new DateOnly(2008, 3, 1), name + " praised the agreement.", name));

    [Fact]
    public void A_transliteration_variant_finds_the_leader()
        => Assert.Equal("HRVGOV", CodeOf(new DateOnly(1995, 8, 5), "Franjo Tudman thanked the army.", "Franjo Tudman"));
}
