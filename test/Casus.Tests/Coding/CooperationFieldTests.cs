using Casus.Tests.TestKit;

namespace Casus.Tests.Coding;

/// <summary>The field of a cooperation decides its CAMEO code (data/verbs/06_material_cooperation.txt): economic
/// fields named after the noun ("deepen cooperation in energy") are economic cooperation (061), defence named before or
/// after it military cooperation (062); without a field, ties stay diplomatic (050). Sentences written for these tests.</summary>
public class CooperationFieldTests
{
    [Theory]
    [InlineData("[Chile|CHL] deepened cooperation in energy with [Peru|PER] .", "CHL PER 061")]
    [InlineData("[Chile|CHL] expanded its partnership on trade with [Peru|PER] .", "CHL PER 061")]
    [InlineData("[Poland|POL] strengthened defense ties with [Lithuania|LTU] .", "POL LTU 062")]
    [InlineData("[Poland|POL] boosted cooperation in defence with [Lithuania|LTU] .", "POL LTU 062")]
    [InlineData("[Chile|CHL] deepened its ties with [Peru|PER] .", "CHL PER 050")]
    public void The_field_named_with_the_cooperation_decides_the_code(string markup, string expected)
    {
        Assert.Contains(expected, CodingTestKit.Code(markup));
    }

    [Theory]
    // Security also names policing, borders and cyber: no military cooperation from the word alone.
    [InlineData("[Poland|POL] strengthened security ties with [Lithuania|LTU] .")]
    [InlineData("[Chile|CHL] deepened cooperation in education with [Peru|PER] .")]
    public void Other_fields_keep_the_diplomatic_code(string markup)
    {
        var events = CodingTestKit.Code(markup);
        Assert.DoesNotContain(events, e => e.EndsWith(" 061", StringComparison.Ordinal) || e.EndsWith(" 062", StringComparison.Ordinal));
    }
}
