using Casus.Actors.People;
using Casus.PeopleGen;

namespace Casus.Tests.Actors.People;

public class CiaPeopleGeneratorTests
{
    [Theory]
    [InlineData("Hamdullah MOHIB", "Hamdullah Mohib")]
    [InlineData("Bashar al-ASAD", "Bashar al-Asad")]
    [InlineData("Damien O’CONNOR", "Damien O’Connor")]
    [InlineData("Joko \"Jokowi\" WIDODO", "Joko Widodo")]
    [InlineData("Yisrael KATZ (Acting)", "Yisrael Katz")]
    [InlineData("LEE Ta-wei (a.k.a. David LEE)", "Lee Ta-wei")]
    [InlineData("Judge Paula-Mae WEEKES (Ret.)", "Paula-Mae Weekes")]
    public void Names_are_written_as_news_writes_them(string raw, string expected) => Assert.Equal(expected, CiaPeopleGenerator.CleanName(raw));

    [Theory]
    [InlineData("WIRANTO")]
    [InlineData("")]
    [InlineData("A | B")]
    public void One_word_or_unreadable_names_are_rejected(string raw) => Assert.Null(CiaPeopleGenerator.CleanName(raw));

    [Theory]
    [InlineData("Minister of Foreign Affairs", "GOV")]
    [InlineData("Ambassador to the US", "GOV")]
    [InlineData("Governor of the Central Bank", "GOV")]
    [InlineData("Deputy Minister of National Defense & Chief of Staff, People's National Army", "MIL")]
    [InlineData("Chief of the KPA General Staff Department", "MIL")]
    [InlineData("Chief of Staff to the President", "GOV")]
    [InlineData("Chief Justice", "JUD")]
    [InlineData("Attorney General", "JUD")]
    [InlineData("Minister of Justice", "GOV")]
    [InlineData("Speaker of Parliament", "LEG")]
    [InlineData("Minister of Parliamentary Affairs", "GOV")]
    [InlineData("Commissioner of Police", "COP")]
    [InlineData("Director of Federal Security Service (FSB)", "SPY")]
    public void Titles_map_to_CAMEO_roles(string title, string role) => Assert.Equal(role, CiaPeopleGenerator.RoleOf(title));

    [Fact]
    public void Rows_become_2019_lines_with_the_title_and_bad_rows_are_rejected_with_their_line()
    {
        string[] csv =
        [
            "country,iso2_or_gec,title,name",
            "Syria,sy,President",
            "\"Korea, North\",kn,Minister of Foreign Affairs,RI Yong Ho",
            "Syria,sy,President,Bashar al-ASAD",
            "Atlantis,at,King,Poseidon NEPTUNE",
            "Indonesia,id,Coordinating Minister for Political Affairs,WIRANTO",
            "Iraq,iz,Speaker of Parliament,Muhammad al-HALBUSI",
            "Iraq,iz,Minister of Oil,Muhammad al-HALBUSI",
        ];
        var known = new HashSet<string> { "SYR " + NameKey.Of("Bashar al-Assad") };
        var r = CiaPeopleGenerator.Generate(csv, "cia.csv", known);
        Assert.Contains("# Minister of Foreign Affairs\nPRKGOV | person: Ri Yong Ho | from: 2019 | until: 2019", r.Text.Replace("\r", ""));
        Assert.DoesNotContain("Asad", r.Text);          // already in people.txt
        Assert.Contains("IRQGOV | person: Muhammad al-Halbusi", r.Text); // GOV wins over LEG
        Assert.Equal(2, r.Written);
        Assert.Contains(r.Rejects, x => x.StartsWith("line 2: ", StringComparison.Ordinal));
        Assert.Contains(r.Rejects, x => x.StartsWith("line 5: country 'Atlantis'", StringComparison.Ordinal));
        Assert.Contains(r.Rejects, x => x.StartsWith("line 6: name 'WIRANTO'", StringComparison.Ordinal));
    }
}
