using Casus.Actors;
using Casus.Actors.Context;
using Casus.Actors.Discourse;
using Casus.Actors.People;
using Casus.Document;
using static Casus.Tests.Actors.Discourse.DiscourseArticles;

namespace Casus.Tests.Actors.Discourse;

/// <summary>Country from the headline (docs/formats/actors.md): a person the headline names as "TITLE NAME of
/// COUNTRY" is that country's where the body names them, or their title alone, without one; on hand-built parsed
/// articles with made-up people the dictionaries do not know.</summary>
public class HeadlinePersonTests
{
    private const string PresidentKalvetSpoke =
        "President/PROPN/2/compound Kalvet/PROPN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct";
    private const string TheForeignMinisterProtested =
        "the/DET/3/det Foreign/PROPN/3/compound Minister/PROPN/4/nsubj protested/VERB/0/root ./PUNCT/4/punct";

    private static IReadOnlyList<Mention> Under(string? title, params string[] sentences)
    {
        var article = BuildTitled(null, title, sentences);
        ActorStage.CreateDefault().Process(article);
        return article.Mentions;
    }

    private static Mention In(IReadOnlyList<Mention> mentions, int sentence, string text) =>
        Assert.Single(mentions, m => m.Sentence == sentence && m.Text == text);

    [Fact]
    public void A_name_the_headline_gives_a_country_takes_it()
    {
        var president = In(Under("Readout of President Biden’s Meeting with President Aivar Kalvet of Estonia", PresidentKalvetSpoke), 0, "President Kalvet");
        Assert.Equal("ESTGOV", president.Code.Value);
        Assert.Contains(president.Evidence, e => e == HeadlinePersonPass.NotePrefix + "'President Aivar Kalvet of Estonia' → ESTGOV");
        // A context country to the coder, weaker than the phrase's own.
        Assert.True(ContextCountry.FromContext(president));
    }

    [Theory]
    [InlineData("van", "ESTGOV")]
    [InlineData("bin", "ESTGOV")]
    [InlineData("von der", "ESTGOV")]
    [InlineData("zu", "---GOV")]
    [InlineData("and", "---GOV")]
    public void The_headline_s_name_runs_over_a_listed_particle_only(string particle, string code)
    {
        // data/actors/name-particles.txt: "President Aivar van Kalvet of Estonia" is one run of title and name; over
        // a lower-case word off the list the run is "Kalvet" alone, no title, so no holder.
        var mentions = Under($"Readout of the Meeting with President Aivar {particle} Kalvet of Estonia", PresidentKalvetSpoke);
        Assert.Equal(code, In(mentions, 0, "President Kalvet").Code.Value);
    }

    [Fact]
    public void The_shipped_particle_list_and_bad_lines()
    {
        Assert.True(NameParticles.Default.IsParticle("bin"));
        Assert.False(NameParticles.Default.IsParticle("Bin"));
        Assert.False(NameParticles.Default.IsParticle("and"));
        var text = string.Join('\n',
            "# a comment",
            "arabic | bin",
            "latin | de",                     // 3: unknown kind
            "european | Van",                 // 4: upper case
            "arabic | bin",                   // 5: repeats line 2
            "european | von der");            // 6: two words
        var list = NameParticles.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([3, 4, 5, 6], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Equal(1, list.Count);
    }

    [Fact]
    public void Without_a_headline_or_with_another_name_there_the_name_stays_open()
    {
        Assert.Equal("---GOV", In(Under(null, PresidentKalvetSpoke), 0, "President Kalvet").Code.Value);
        Assert.Equal("---GOV", In(Under("Meeting with President Mart Tamm of Estonia", PresidentKalvetSpoke), 0, "President Kalvet").Code.Value);
    }

    [Fact]
    public void The_headline_needs_a_title_a_name_and_a_country_after_of()
    {
        // No title: "Kalvet of Estonia" may be anyone from there; no country: a body, not a state.
        Assert.Equal("---GOV", In(Under("Meeting with Aivar Kalvet of Estonia", PresidentKalvetSpoke), 0, "President Kalvet").Code.Value);
        Assert.Equal("---GOV", In(Under("Meeting with President Aivar Kalvet of the Tallinn Foundation", PresidentKalvetSpoke), 0, "President Kalvet").Code.Value);
        // No name: "the Foreign Ministers of Senegal" are no one person.
        Assert.Equal("---GOV", In(Under("Meeting with the Foreign Ministers of Senegal", TheForeignMinisterProtested), 0, "Foreign Minister").Code.Value);
    }

    [Fact]
    public void A_bare_title_takes_the_country_of_the_headline_s_one_holder()
    {
        var minister = In(Under("Statement on the Meeting with Foreign Minister Awa Ndoye of Senegal", TheForeignMinisterProtested), 0, "Foreign Minister");
        Assert.Equal("SENGOV", minister.Code.Value);
        // A title of another office is not the headline person's.
        Assert.Equal("---GOV", In(Under("Meeting with Prime Minister Awa Ndoye of Senegal", TheForeignMinisterProtested), 0, "Foreign Minister").Code.Value);
    }

    [Fact]
    public void Two_holders_of_two_countries_leave_a_bare_title_open_but_not_a_name()
    {
        var mentions = Under("Meeting with Prime Minister Anna Berg of Finland and Prime Minister Ulf Lind of Sweden",
            "the/DET/3/det Prime/PROPN/3/compound Minister/PROPN/4/nsubj spoke/VERB/0/root ./PUNCT/4/punct",
            "Prime/PROPN/2/compound Minister/PROPN/3/compound Lind/PROPN/4/nsubj agreed/VERB/0/root ./PUNCT/4/punct");
        Assert.Equal("---GOV", In(mentions, 0, "Prime Minister").Code.Value);
        Assert.Equal("SWEGOV", In(mentions, 1, "Prime Minister Lind").Code.Value);
    }

    [Fact]
    public void A_bare_title_the_body_gives_another_country_s_person_stays_open()
    {
        var mentions = Under("Statement on the Meeting with Foreign Minister Awa Ndoye of Senegal",
            TheForeignMinisterProtested,
            "Malian/ADJ/3/amod Foreign/PROPN/3/compound Minister/PROPN/4/nsubj arrived/VERB/0/root ./PUNCT/4/punct");
        Assert.Equal("MLIGOV", In(mentions, 1, "Malian Foreign Minister").Code.Value);
        Assert.Equal("---GOV", In(mentions, 0, "Foreign Minister").Code.Value);
    }

    [Fact]
    public void Capitalised_words_of_a_title_and_a_title_before_of_are_read()
    {
        // "National Security Advisor" is a title and not the name; the fuller body name holds the headline's.
        var mentions = Under("Call with National Security Advisor Ravi Menon of India",
            "National/PROPN/3/compound Security/PROPN/3/compound Advisor/PROPN/5/compound Ravi/PROPN/5/compound Menon/PROPN/6/nsubj spoke/VERB/0/root ./PUNCT/6/punct");
        Assert.Equal("INDGOV", In(mentions, 0, "National Security Advisor Ravi Menon").Code.Value);
        // "President of Estonia Aivar Kalvet": the name after the country.
        Assert.Equal("ESTGOV", In(Under("Meeting with President of Estonia Aivar Kalvet", PresidentKalvetSpoke), 0, "President Kalvet").Code.Value);
    }

    [Fact]
    public void A_fuller_body_name_takes_the_country_of_the_headline_s_shorter_one()
    {
        var mentions = Under("Meeting with President Kalvet of Estonia",
            "President/PROPN/3/compound Aivar/PROPN/3/compound Kalvet/PROPN/4/nsubj spoke/VERB/0/root ./PUNCT/4/punct");
        Assert.Equal("ESTGOV", In(mentions, 0, "President Aivar Kalvet").Code.Value);
        // A hyphenated given name whose second half is lower-case stays in the headline's name.
        Assert.Equal("KORGOV", In(Under("Call with National Security Advisor Park Jae-won of the Republic of Korea",
            "National/PROPN/3/compound Security/PROPN/3/compound Advisor/PROPN/4/compound Park/PROPN/5/nsubj spoke/VERB/0/root ./PUNCT/5/punct"),
            0, "National Security Advisor Park").Code.Value);
    }

    [Fact]
    public void Plural_titles_are_not_the_headline_s_one_person()
    {
        var mentions = Under("Statement on the Meeting with Foreign Minister Awa Ndoye of Senegal",
            "the/DET/3/det Foreign/PROPN/3/compound Ministers/PROPN:NNPS/4/nsubj met/VERB/0/root ./PUNCT/4/punct");
        Assert.DoesNotContain(mentions, m => m.Code.Primary == "SEN");
    }

    private const string MinisterKalvetSpoke =
        "Minister/PROPN/2/compound Kalvet/PROPN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct";

    [Fact]
    public void A_title_with_its_portfolio_is_read_before_of_country()
    {
        // "Secretary of Foreign Affairs" is one title; the name follows "of Senegal".
        var mentions = Under("Readout of the Meeting with Secretary of Foreign Affairs of Senegal Awa Ndoye Diallo",
            "Secretary/PROPN/5/nsubj of/ADP/4/case Foreign/PROPN/4/compound Affairs/PROPN:NNPS/1/nmod Ndoye/PROPN/1/flat spoke/VERB/0/root ./PUNCT/6/punct");
        Assert.Equal("SENGOV", In(mentions, 0, "Secretary of Foreign Affairs Ndoye").Code.Value);
        // The body's name after the portfolio fits the holder's, even where the article gives the title to another
        // country's person (which leaves a bare title open).
        mentions = Under("Readout of the Meeting with Secretary of Foreign Affairs of Senegal Awa Ndoye Diallo",
            "Malian/ADJ/2/amod Secretary/PROPN/3/nsubj arrived/VERB/0/root ./PUNCT/3/punct",
            "Secretary/PROPN/5/nsubj of/ADP/4/case Foreign/PROPN/4/compound Affairs/PROPN:NNPS/1/nmod Ndoye/PROPN/1/flat spoke/VERB/0/root ./PUNCT/6/punct");
        Assert.Equal("SENGOV", In(mentions, 1, "Secretary of Foreign Affairs Ndoye").Code.Value);
    }

    [Fact]
    public void A_country_before_the_title_gives_the_holder_its_country()
    {
        // "Estonia Minister of Foreign Affairs Aivar Kalvet": country, title with portfolio, name.
        var byName = In(Under("Readout of the Meeting with Estonia Minister of Foreign Affairs Aivar Kalvet", MinisterKalvetSpoke), 0, "Minister Kalvet");
        Assert.Equal("ESTGOV", byName.Code.Value);
        Assert.Contains(byName.Evidence, e => e == HeadlinePersonPass.NotePrefix + "'Estonia Minister of Foreign Affairs Aivar Kalvet' → ESTGOV");
        // A country adjective opens the run as well.
        Assert.Equal("ESTGOV", In(Under("Call with Estonian Minister Aivar Kalvet", MinisterKalvetSpoke), 0, "Minister Kalvet").Code.Value);
        // A portfolio the list does not know leaves no clean name: nothing is taken.
        Assert.Equal("---GOV", In(Under("Meeting with Estonia Minister of Fisheries Aivar Kalvet", MinisterKalvetSpoke), 0, "Minister Kalvet").Code.Value);
        // No title after the country: "Estonia Aivar Kalvet" may be anyone.
        Assert.Equal("---GOV", In(Under("Meeting with Estonia Aivar Kalvet", MinisterKalvetSpoke), 0, "Minister Kalvet").Code.Value);
    }

    [Fact]
    public void A_named_conjunct_after_with_shares_the_holder_s_country()
    {
        const string title = "Meeting with Foreign Minister Aivar Kalvet and Chief of Cabinet Mart Tamm of Estonia";
        Assert.Equal("ESTGOV", In(Under(title, MinisterKalvetSpoke), 0, "Minister Kalvet").Code.Value);
        // A bare title of the conjunct may be the other side's: it stays open.
        Assert.Equal("---GOV", In(Under(title, TheForeignMinisterProtested), 0, "Foreign Minister").Code.Value);
        // Not after "of": "Statement of Foreign Minister Kalvet and Minister Tamm of Estonia" may join two countries.
        Assert.Equal("---GOV", In(Under("Joint Statement of Foreign Minister Aivar Kalvet and Prime Minister Mart Tamm of Estonia", MinisterKalvetSpoke),
            0, "Minister Kalvet").Code.Value);
    }
}
