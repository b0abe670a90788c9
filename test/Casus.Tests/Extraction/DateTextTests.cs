using Casus.Extraction;

namespace Casus.Tests.Extraction;

public class DateTextTests
{
    [Theory]
    [InlineData("2024-03-05")]
    [InlineData("2024-03-05T23:59:00-05:00")]
    [InlineData("2024-03-05T10:00:00Z")]
    [InlineData("2024-03-05T10:00:00.123+02:00")]
    public void TryParseIso_AcceptsDateAndDateTime_KeepingTheWrittenDate(string text)
    {
        Assert.True(DateText.TryParseIso(text, out var d));
        Assert.Equal(new DateOnly(2024, 3, 5), d);
    }

    [Theory]
    [InlineData("05/03/2024")]
    [InlineData("2024-13-05")]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseIso_RejectsOtherForms(string? text) => Assert.False(DateText.TryParseIso(text, out _));

    [Fact]
    public void TryParseLoose_RejectsPlaceholderYears() => Assert.False(DateText.TryParseLoose("0001-01-01", out _));
}
