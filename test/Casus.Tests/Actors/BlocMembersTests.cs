using Casus.Actors;

namespace Casus.Tests.Actors;

/// <summary>The bloc member list (data/actors/blocs.txt): members by country prefix or bloc prefix, both orders, and
/// bad lines reported with their file and line.</summary>
public class BlocMembersTests
{
    private static BlocMembers Load(string text, out List<Casus.Coding.DataFileError> errors)
        => BlocMembers.Load(new StringReader(text), "blocs.txt", out errors);

    [Fact]
    public void A_country_code_with_a_role_is_a_member_of_a_bloc_code_with_a_role()
    {
        var blocs = Load("IGOG07 | USA JPN IGOEUREEC\n", out var errors);
        Assert.Empty(errors);
        Assert.True(blocs.IsMemberOf("USAGOV", "IGOG07GOV"));
        Assert.True(blocs.EitherIsMemberOfOther("IGOG07", "JPN"));
        Assert.True(blocs.IsMemberOf("IGOEUREEC", "IGOG07"));
        Assert.False(blocs.IsMemberOf("CHN", "IGOG07"));
        Assert.False(blocs.IsMemberOf("IGOG07", "USA"));
        Assert.False(blocs.EitherIsMemberOfOther("USA", "JPN"));
    }

    [Fact]
    public void Bad_lines_are_reported_with_file_and_line()
    {
        var blocs = Load("# comment\nIGOG07 | USA usa\nIGOG07 USA\nIGO | USA\nIGOG20 | USA\nIGOG20 | CHN\n", out var errors);
        Assert.Equal(["blocs.txt:2", "blocs.txt:3", "blocs.txt:4", "blocs.txt:6"], errors.Select(e => $"{e.File}:{e.Line}"));
        Assert.Equal(1, blocs.Count);
    }

    [Fact]
    public void The_embedded_list_loads()
        => Assert.True(BlocMembers.Default.IsMemberOf("DEU", "IGOWSTNATMIL"));
}
