using Casus.Actors;
using Casus.Coding;

namespace Casus.Tests.Actors;

/// <summary>The in-place code lookups the article passes use agree with the string forms they replace.</summary>
public class ActorCodeRoleTests
{
    [Theory]
    [InlineData("SYRGOV", "GOV", true)]
    [InlineData("---COPGOV", "GOV", true)]
    [InlineData("---COPGOV", "COP", true)]
    [InlineData("GOVMIL", "GOV", false)] // the first three letters are the country, no role
    [InlineData("USAMILGOV", "MIL", true)]
    [InlineData("USA", "GOV", false)]
    [InlineData("USAGOV", "GO", false)]
    [InlineData("USAGOVX", "GOV", true)]
    public void HasRole_matches_the_roles_list(string code, string role, bool expected)
    {
        var c = code.Length % 3 == 0 ? ActorCode.Parse(code) : ActorCode.Parse(code[..6]);
        Assert.Equal(expected, c.HasRole(role));
        Assert.Equal(c.Roles.Contains(role, StringComparer.Ordinal), c.HasRole(role));
    }

    [Theory]
    [InlineData("SYRGOV")]
    [InlineData("---REB")]
    [InlineData("IGOUNO")]
    public void PrimarySpan_is_Primary(string code)
    {
        var c = ActorCode.Parse(code);
        Assert.Equal(c.Primary, c.PrimarySpan.ToString());
        Assert.Equal("", default(ActorCode).PrimarySpan.ToString());
    }

    [Fact]
    public void NonState_span_lookup_agrees_with_the_string_one()
    {
        foreach (var code in new[] { "IGO", "NGO", "USA", "SYR", "---" })
            Assert.Equal(NonStateCodes.Default.IsNonState(code), NonStateCodes.Default.IsNonState(code.AsSpan()));
        Assert.True(NonStateCodes.Default.IsNonState("IGOUNO".AsSpan(0, 3)));
    }
}
