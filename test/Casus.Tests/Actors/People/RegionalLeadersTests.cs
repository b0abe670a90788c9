using Casus.Actors;
using Casus.Actors.People;

namespace Casus.Tests.Actors.People;

/// <summary>
/// The shipped people-leaders-mea-asia.txt (heads of state and government of the Middle East, Africa, Asia and
/// Oceania, 1990-2020): hand-written sentences with article dates inside and outside the terms the file states.
/// </summary>
public class RegionalLeadersTests
{
    private static readonly PersonDirectory Shipped = PersonDirectory.Create(ActorDictionary.LoadEmbedded());

    private static string CodeOf(DateOnly date, string sentence, string mention)
    {
        var mentions = ActorTestData.Mentions(date, sentence);
        var m = mentions.FirstOrDefault(x => x.Text == mention) ?? throw new Xunit.Sdk.XunitException(
            $"no mention '{mention}' in: {string.Join(", ", ActorTestData.Show(mentions))}");
        return m.Code.Value;
    }

    [Fact]
    public void The_file_is_shipped_and_read()
        => Assert.Contains("actors/people-leaders-mea-asia.txt", ActorSource.EmbeddedNames);

    [Theory]
    [InlineData(2005, "Mwai Kibaki", "KENGOV")]      // in office 2002-12-30 .. 2013-04-09
    [InlineData(2024, "Mwai Kibaki", "KEN")]         // years after the term: the country alone
    [InlineData(1995, "Mwai Kibaki", "KENOPP")]      // before it, in opposition (1992 .. 2002-12-29)
    [InlineData(2004, "Yousaf Raza Gilani", "PAK")]  // years before his term (2008-03-25 .. 2012-06-19)
    [InlineData(2008, "Yousaf Raza Gilani", "PAKGOV")]
    [InlineData(2020, "Yousaf Raza Gilani", "PAK")]
    public void A_leader_codes_as_the_government_inside_the_term_only(int year, string name, string code)
        => Assert.Equal(code, CodeOf(new DateOnly(year, 6, 1), name + " met the delegation.", name));

    [Fact]
    public void A_person_with_two_offices_codes_by_the_office_held_on_the_date()
    {
        // Chief of staff (ISRMIL) 1998-2002, defence minister (ISRGOV) 2002-2006.
        Assert.Equal("ISRMIL", CodeOf(new DateOnly(2001, 5, 1), "Shaul Mofaz ordered the raid.", "Shaul Mofaz"));
        Assert.Equal("ISRGOV", CodeOf(new DateOnly(2004, 5, 1), "Shaul Mofaz ordered the raid.", "Shaul Mofaz"));
        // Opposition leader, then prime minister of the unity government, then opposition again.
        Assert.Equal("ZWEOPP", CodeOf(new DateOnly(2005, 3, 1), "Morgan Tsvangirai criticised the vote.", "Morgan Tsvangirai"));
        Assert.Equal("ZWEGOV", CodeOf(new DateOnly(2011, 3, 1), "Morgan Tsvangirai criticised the vote.", "Morgan Tsvangirai"));
        Assert.Equal("ZWEOPP", CodeOf(new DateOnly(2016, 3, 1), "Morgan Tsvangirai criticised the vote.", "Morgan Tsvangirai"));
        // Minister, sacked into opposition, prime minister of the power-sharing cabinet, opposition again.
        Assert.Equal("KENGOV", CodeOf(new DateOnly(2004, 3, 1), "Raila Odinga spoke in Kisumu.", "Raila Odinga"));
        Assert.Equal("KENOPP", CodeOf(new DateOnly(2007, 3, 1), "Raila Odinga spoke in Kisumu.", "Raila Odinga"));
        Assert.Equal("KENGOV", CodeOf(new DateOnly(2010, 3, 1), "Raila Odinga spoke in Kisumu.", "Raila Odinga"));
        Assert.Equal("KENOPP", CodeOf(new DateOnly(2015, 3, 1), "Raila Odinga spoke in Kisumu.", "Raila Odinga"));
    }

    [Theory]
    [InlineData("Liamine Zéroual")]
    [InlineData("Liamine Zeroual")]
    public void A_name_with_or_without_diacritics_finds_the_person(string name)
        => Assert.Equal("DZAGOV", CodeOf(new DateOnly(1996, 6, 1), name + " visited Tunis.", name));

    [Theory]
    [InlineData("Nguyễn Tấn Dũng")]
    [InlineData("Nguyen Tan Dung")]
    public void A_vietnamese_name_is_found_with_and_without_its_tone_marks(string name)
        => Assert.Equal("VNMGOV", CodeOf(new DateOnly(2010, 6, 1), name + " visited Tokyo.", name));

    [Fact]
    public void A_short_form_names_the_leader_alone_inside_the_term()
        => Assert.Equal("DZAGOV", CodeOf(new DateOnly(2005, 6, 1), "Bouteflika visited Tunis.", "Bouteflika"));

    [Fact]
    public void Lines_join_the_person_another_people_file_lists()
    {
        // people.txt lists Paul Kagame from 2000 (president); this file adds his vice-presidency from 1994.
        var kagame = Assert.Single(Shipped.ByFullName(NameKey.Of("Paul Kagame")));
        Assert.Equal("RWAGOV", PersonDirectory.Resolve(kagame, new DateOnly(1997, 1, 1)).Code.Value);
        Assert.Equal("", PersonDirectory.Resolve(kagame, new DateOnly(1997, 1, 1)).Note);
        Assert.Equal("RWAGOV", PersonDirectory.Resolve(kagame, new DateOnly(2010, 1, 1)).Code.Value);
    }
}
