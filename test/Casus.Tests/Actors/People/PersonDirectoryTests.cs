using Casus.Actors;
using Casus.Actors.People;

namespace Casus.Tests.Actors.People;

public class PersonDirectoryTests
{
    private static PersonDirectory Directory(string text) => PersonDirectory.Create(ActorDictionary.Load([new ActorSource("p.txt", text)]));

    private const string Defector =
        "SYRGOV | person: Nawaf al-Fares | from: 2008-09-01 | until: 2012-07-10\n" +
        "SYROPP | person: Nawaf al-Fares | from: 2012-07-11";

    [Fact]
    public void Lines_sharing_a_name_are_one_person_with_several_affiliations()
    {
        var d = Directory(Defector + "\nSYRGOV | person: Bashar al-Assad; Assad | from: 2000-07-17");
        Assert.Equal(2, d.People.Count);
        var fares = Assert.Single(d.ByFullName(NameKey.Of("Nawaf Fares")));
        Assert.Equal(2, fares.Affiliations.Count);
        var assad = Assert.Single(d.ByShortForm(NameKey.Strict("Assad")));
        Assert.Equal("Bashar al-Assad", assad.Name);
        Assert.Same(assad, Assert.Single(d.BySurname(NameKey.OfWord("Assad"))));
    }

    [Fact]
    public void A_defector_codes_by_the_side_he_was_on_at_the_date()
    {
        var fares = Directory(Defector).People[0];
        Assert.Equal("SYRGOV", PersonDirectory.Resolve(fares, new DateOnly(2012, 7, 10)).Code.Value);
        Assert.Equal("SYROPP", PersonDirectory.Resolve(fares, new DateOnly(2012, 7, 11)).Code.Value);
        Assert.Equal("", PersonDirectory.Resolve(fares, new DateOnly(2012, 7, 11)).Note);
    }

    [Fact]
    public void Concurrent_posts_that_start_together_resolve_to_the_country_the_person_is_listed_under_most()
    {
        // A head of state who is also, ex officio, co-head of a neighbouring state: both posts start together and
        // neither is a change of side. The line order must not decide.
        const string text =
            "ANDGOV | person: Jean Exemple | from: 2019 | until: 2019\n" +
            "FRAGOV | person: Jean Exemple | from: 2019 | until: 2019\n" +
            "FRAGOV | person: Jean Exemple; Exemple | from: 2017-05-14";
        var p = Directory(text).People[0];
        Assert.Equal("FRAGOV", PersonDirectory.Resolve(p, new DateOnly(2019, 6, 1)).Code.Value);
        Assert.Equal("FRAGOV", PersonDirectory.Resolve(p, null).Code.Value);
        var onlyYearly = Directory("ANDGOV | person: Jean Exemple | from: 2019 | until: 2019\n" +
            "FRAGOV | person: Jean Exemple | from: 2019 | until: 2019\n" +
            "FRAGOV | person: Jean Exemple | from: 2012 | until: 2014").People[0];
        Assert.Equal("FRAGOV", PersonDirectory.Resolve(onlyYearly, new DateOnly(2020, 3, 1)).Code.Value);
    }

    [Fact]
    public void Without_a_date_the_latest_affiliation_holds_with_a_note()
    {
        var r = PersonDirectory.Resolve(Directory(Defector).People[0], null);
        Assert.Equal("SYROPP", r.Code.Value);
        Assert.Contains("no article date", r.Note);
    }

    [Fact]
    public void Near_a_bound_the_nearest_affiliation_holds_far_from_it_the_country_alone()
    {
        var p = Directory("DEUGOV | person: Hans Beispiel | from: 2019 | until: 2019").People[0];
        var near = PersonDirectory.Resolve(p, new DateOnly(2020, 6, 1));
        Assert.Equal("DEUGOV", near.Code.Value);
        Assert.Contains("nearest (ended 153 days before the article date)", near.Note);
        var far = PersonDirectory.Resolve(p, new DateOnly(2023, 1, 1));
        Assert.Equal("DEU", far.Code.Value);
        Assert.Contains("country only", far.Evidence);
        var before = PersonDirectory.Resolve(p, new DateOnly(2015, 1, 1));
        Assert.Equal("DEU", before.Code.Value);
    }

    [Fact]
    public void A_transnational_code_is_kept_whole_outside_the_bounds()
    {
        var p = Directory("IGOUNO | person: Erika Muster | from: 2001 | until: 2002").People[0];
        Assert.Equal("IGOUNO", PersonDirectory.Resolve(p, new DateOnly(2010, 1, 1)).Code.Value);
    }

    [Fact]
    public void The_shipped_people_load_and_the_defector_of_the_sample_changes_side()
    {
        var d = PersonDirectory.Create(ActorDictionary.LoadEmbedded());
        Assert.True(d.People.Count > 5000, $"only {d.People.Count} people");
        var fares = Assert.Single(d.ByFullName(NameKey.Of("Nawaf Fares")));
        Assert.Equal("SYRGOV", PersonDirectory.Resolve(fares, new DateOnly(2012, 6, 1)).Code.Value);
        Assert.Equal("SYROPP", PersonDirectory.Resolve(fares, new DateOnly(2012, 7, 12)).Code.Value);
    }

    [Theory]
    [InlineData("Rashid bin Saeed bin Hamdan Al Nuaimi", "Rashid bin Saeed|Rashid bin Saeed Al Nuaimi")]
    [InlineData("Rashid bin Saeed Al-Nuaimi", "Rashid bin Saeed")]
    [InlineData("Rashid bin Saeed bin Hamdan", "Rashid bin Saeed")]
    [InlineData("Rashid bin Saeed", "")]
    [InlineData("Osama bin Laden", "")]
    [InlineData("Anna Maria Bin", "")]
    public void Patronymic_names_have_shorter_forms(string name, string forms)
        => Assert.Equal(forms, string.Join("|", PatronymicForms.Of(name)));

    [Fact]
    public void A_shorter_patronymic_form_finds_its_one_person_and_never_a_shared_or_full_name()
    {
        var d = Directory(
            "AREGOV | person: Rashid bin Saeed bin Hamdan Al Nuaimi | from: 2010\n" +
            "KWTGOV | person: Fahad bin Nasser Al Sabah | from: 2012\n" +
            "BHRGOV | person: Fahad bin Nasser Al Khalifa | from: 2014\n" +
            "OMNGOV | person: Salim bin Hilal | from: 2016\n" +
            "YEMGOV | person: Salim bin Hilal Al Harthi | from: 2018");
        // Transliteration and the family name left out together.
        Assert.Equal("Rashid bin Saeed bin Hamdan Al Nuaimi", d.ByPatronymicForm(NameKey.Of("Rashed bin Saeed"))?.Name);
        Assert.Equal("Rashid bin Saeed bin Hamdan Al Nuaimi", d.ByPatronymicForm(NameKey.Of("Rashid bin Saeed al-Nuaimi"))?.Name);
        // Two families share "Fahad bin Nasser": neither is found by it.
        Assert.Null(d.ByPatronymicForm(NameKey.Of("Fahad bin Nasser")));
        Assert.Equal(1, d.AmbiguousPatronymicForms);
        // "Salim bin Hilal" is one person's full name: the other's shorter form does not take it.
        Assert.Null(d.ByPatronymicForm(NameKey.Of("Salim bin Hilal")));
        Assert.Equal("OMNGOV", Assert.Single(d.ByFullName(NameKey.Of("Salim bin Hilal"))).Affiliations[0].Code.Value);
    }

    [Fact]
    public void Two_spellings_of_one_key_join_within_one_country_only()
    {
        var d = Directory(
            "AFGGOV | person: Abdullah Karimi | from: 2014\n" +
            "SYRGOV | person: Abdallah Karimi | from: 2016\n" +
            "AFGGOV | person: Abdulla Karimi | from: 2012 | until: 2013\n" +
            "IGOUNO | person: Abdullah Karimi | from: 2020");
        // The Syrian is someone else; the Afghan's other spelling and his later UN post are his.
        Assert.Equal(2, d.People.Count);
        var both = d.ByFullName(NameKey.Of("Abdoullah Karimi"));
        Assert.Equal(2, both.Count);
        var afghan = Assert.Single(both, p => p.Affiliations.Count == 3);
        Assert.Equal(["AFG", "AFG", "IGO"], afghan.Affiliations.Select(a => a.Code.Primary).Order().ToArray());
    }
}
