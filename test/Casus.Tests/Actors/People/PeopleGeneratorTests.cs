using Casus.PeopleGen;

namespace Casus.Tests.Actors.People;

public class PeopleGeneratorTests
{
    private const string Header = "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year";

    private static string[] Lines(string text) =>
        text.Split('\n').Where(l => l.Contains("person:")).Select(l => l.Trim()).ToArray();

    [Fact]
    public void A_successor_in_the_same_office_closes_an_open_term()
    {
        var r = PeopleGenerator.Generate(
        [
            Header,
            "Q734,Guyana,Q1,President of Guyana,Q10,David A. Granger,2015,",
            "Q734,Guyana,Q1,President of Guyana,Q11,Irfaan Ali,2020,",
        ], "t.csv");
        Assert.Equal(
            ["GUYGOV | person: David A. Granger | from: 2015 | until: 2020", "GUYGOV | person: Irfaan Ali | from: 2020"],
            Lines(r.Text));
    }

    [Fact]
    public void Another_office_or_a_collegial_office_leaves_the_term_open()
    {
        var r = PeopleGenerator.Generate(
        [
            Header,
            "Q734,Guyana,Q1,President of Guyana,Q10,David A. Granger,2015,",
            "Q734,Guyana,Q2,Prime Minister of Guyana,Q12,Mark Phillips,2020,",
            "Q39,Switzerland,Q3,Member of the Swiss Federal Council,Q13,Ueli Maurer,2009,",
            "Q39,Switzerland,Q3,Member of the Swiss Federal Council,Q14,Alain Berset,2012,",
        ], "t.csv");
        Assert.Contains("GUYGOV | person: David A. Granger | from: 2015", Lines(r.Text));
        Assert.Contains("CHEGOV | person: Ueli Maurer | from: 2009", Lines(r.Text));
    }

    [Fact]
    public void A_term_the_table_ends_keeps_its_end_and_a_second_term_of_the_same_person_does_not_close_the_first()
    {
        var r = PeopleGenerator.Generate(
        [
            Header,
            "Q1,Yemen,Q4,Prime Minister of Yemen,Q15,Ahmed Saeed,2016,2018",
            "Q1,Yemen,Q4,Prime Minister of Yemen,Q16,Ali Nasser,2010,",
            "Q1,Yemen,Q4,Prime Minister of Yemen,Q16,Ali Nasser,2019,",
        ], "t.csv");
        Assert.Equal(
            ["YEMGOV | person: Ahmed Saeed | from: 2016 | until: 2018",
             "YEMGOV | person: Ali Nasser | from: 2010 | until: 2016",
             "YEMGOV | person: Ali Nasser | from: 2019"],
            Lines(r.Text));
    }

    [Fact]
    public void Leaders_of_a_de_facto_state_are_not_coded_as_the_government_of_the_state_that_claims_it()
    {
        var r = PeopleGenerator.Generate(
        [
            Header,
            "Q1,Somaliland,Q5,President of Somaliland,Q17,Muse Bihi Abdi,2017,",
            "Q2,Somalia,Q6,President of Somalia,Q18,Hassan Sheikh Mohamud,2022,",
        ], "t.csv");
        Assert.Equal(["SOMGOV | person: Hassan Sheikh Mohamud | from: 2022"], Lines(r.Text));
        Assert.Contains(r.Rejects, x => x.Contains("Somaliland"));
    }
}
