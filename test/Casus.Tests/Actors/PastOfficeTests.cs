using static Casus.Tests.Actors.ActorTestData;

namespace Casus.Tests.Actors;

/// <summary>"ousted President Askar Akayev", "former lawmakers" (docs/formats/actors.md, "Past offices"): a 'past:' word
/// of data/actors/roles.txt before a government, legislative or judicial role makes the phrase ELI, the CAMEO
/// codebook's elites (former government officials); before any other role it is a filler.</summary>
public class PastOfficeTests
{
    [Theory]
    [InlineData("Ousted Kenyan President Tomas Vell criticised the police .")]
    [InlineData("Deposed Kenyan President Tomas Vell criticised the police .")]
    [InlineData("The former Kenyan interior minister criticised the police .")]
    public void A_past_office_of_government_is_an_elite(string sentence)
    {
        var shown = Code(sentence);
        Assert.Contains(shown, s => s.EndsWith("=KENELI", StringComparison.Ordinal));
        Assert.DoesNotContain(shown, s => s.EndsWith("=KENGOV", StringComparison.Ordinal));
    }

    [Fact]
    public void Former_lawmakers_and_judges_are_elites()
    {
        Assert.Contains("former Kenyan lawmakers=KENELI", Code("Police arrested former Kenyan lawmakers ."));
        Assert.Contains("retired Kenyan judges=KENELI", Code("Police arrested retired Kenyan judges ."));
    }

    // "former rebels", "retired generals": the codebook's elites are former officials; other roles keep theirs.
    [Fact]
    public void A_past_word_before_another_role_is_a_filler()
    {
        Assert.Contains("former Kenyan rebels=KENREB", Code("Police arrested former Kenyan rebels ."));
        Assert.Contains("retired Kenyan generals=KENMIL", Code("Police arrested retired Kenyan generals ."));
    }

    [Fact]
    public void Without_a_past_word_the_office_is_held()
        => Assert.Contains("Kenyan lawmakers=KENLEG", Code("Police arrested Kenyan lawmakers ."));
}

/// <summary>A person whose office on the article's date the dictionary cannot give (docs/formats/actors.md, "Titles
/// that date a person"): the title before the name picks one of the person's listed offices, or makes a past office
/// ELI; with a date an entry that holds on it wins over any title.</summary>
public class TitleDatesPersonTests
{
    [Fact]
    public void Without_a_date_the_title_picks_the_listed_office()
    {
        // Ismail Haniyeh: Hamas (to 2006), Palestinian prime minister (2006-07), Hamas again (latest).
        Assert.Contains("Palestinian Prime Minister Ismail Haniyeh=PSEGOV", Code("Palestinian Prime Minister Ismail Haniyeh met Joe Biden ."));
        Assert.Contains("Ismail Haniyeh=PSEREBHMS", Code("Ismail Haniyeh met Joe Biden ."));
    }

    [Fact]
    public void An_entry_that_holds_on_the_date_wins_over_the_title()
        => Assert.Contains("Palestinian Prime Minister Ismail Haniyeh=PSEREBHMS",
            Show(Mentions(new DateOnly(2010, 5, 1), "Palestinian Prime Minister Ismail Haniyeh met Joe Biden .")));

    [Fact]
    public void A_past_office_after_the_term_is_an_elite()
    {
        // Bill Clinton: USAGOV 1993-2001.
        Assert.Contains("Former President Bill Clinton=USAELI",
            Show(Mentions(new DateOnly(2015, 5, 1), "Former President Bill Clinton met Vladimir Putin .")));
        Assert.Contains("Former President Bill Clinton=USAELI", Code("Former President Bill Clinton met Vladimir Putin ."));
        Assert.DoesNotContain("President Bill Clinton=USAELI",
            Show(Mentions(new DateOnly(2015, 5, 1), "President Bill Clinton met Vladimir Putin .")));
    }

    // "Iran's religious leader Ayatollah Ruhollah Khomeini" was head of state: a title that names none of the person's
    // listed offices describes, and the dictionary's office stays.
    [Fact]
    public void A_title_outside_the_listed_offices_keeps_the_dictionary()
        => Assert.Contains(Code("Iran 's religious leader Ayatollah Ruhollah Khomeini met Joe Biden ."),
            s => s.EndsWith("=IRNGOV", StringComparison.Ordinal));
}
