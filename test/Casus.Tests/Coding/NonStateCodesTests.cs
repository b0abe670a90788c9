using Casus.Coding;

namespace Casus.Tests.Coding;

/// <summary>The codes of data/cameo/non-state-codes.txt (docs/formats/word-lists.md, "Codes that name no state").</summary>
public class NonStateCodesTests
{
    [Fact]
    public void The_shipped_list_holds_types_and_regions()
    {
        var codes = NonStateCodes.Default;
        Assert.True(codes.IsRegion("MEA"));
        Assert.True(codes.IsNonState("MEA"));
        Assert.True(codes.IsNonState("IGO"));
        Assert.False(codes.IsRegion("IGO"));    // a type, not a region
        Assert.False(codes.IsNonState("USA"));
        Assert.False(codes.IsNonState("mea"));  // codes are upper case
    }

    [Fact]
    public void Bad_lines_are_errors_with_file_and_line()
    {
        var text = string.Join('\n',
            "# a comment",
            "region | AFR   # Africa",
            "area | EUR",                     // 3: unknown kind
            "region | afr",                   // 4: lower case
            "region | AFRICA",                // 5: not three letters
            "region | AFR",                   // 6: repeats line 2
            "transnational | IGO",
            "region");                        // 8: one field
        var list = NonStateCodes.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([3, 4, 5, 6, 8], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Equal("kind", errors[0].Field);
        Assert.Contains("repeats line 2", errors[3].Message, StringComparison.Ordinal);
        Assert.Equal(2, list.Count);
        Assert.True(list.IsRegion("AFR"));
        Assert.False(list.IsRegion("IGO"));
    }
}
