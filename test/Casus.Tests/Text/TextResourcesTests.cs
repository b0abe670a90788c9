using Casus.Text;

namespace Casus.Tests.Text;

public class TextResourcesTests
{
    private static TextDataResult Parse(string abbreviations = "", string starters = "", string prefixes = "", string contractions = "")
        => TextResources.Parse(new StringReader(abbreviations), new StringReader(starters), new StringReader(prefixes), new StringReader(contractions));

    [Fact]
    public void Default_LoadsShippedListsWithoutErrors()
    {
        var asm = typeof(TextResources).Assembly;
        string Read(string name) { using var r = new StreamReader(asm.GetManifestResourceStream(name)!); return r.ReadToEnd(); }
        var result = Parse(Read(TextResources.AbbreviationsResource), Read(TextResources.StartersResource),
            Read(TextResources.PrefixesResource), Read(TextResources.ContractionsResource));
        Assert.Empty(result.Errors);
        var d = TextResources.Default;
        Assert.True(d.AbbreviationCount > 50);
        Assert.Equal(AbbreviationKind.Title, d.Abbreviation("Mr."));
        Assert.Equal(AbbreviationKind.Medial, d.Abbreviation("U.S."));
        Assert.Equal(AbbreviationKind.Final, d.Abbreviation("etc."));
        Assert.Equal(AbbreviationKind.None, d.Abbreviation("May."));
        Assert.Equal(AbbreviationKind.None, d.Abbreviation("no."));
        Assert.True(d.IsSentenceStarter("The"));
        Assert.True(d.IsHyphenPrefix("NON"));
        Assert.True(d.TryContraction("Cannot", out int first) && first == 3);
    }

    [Fact]
    public void Parse_BadAbbreviationLinesNameFileAndLine()
    {
        var result = Parse(abbreviations: "# comment\nMr. title\nDr title\nGen. colonel\nMr. title\nSt. title extra\n");
        Assert.Equal(new[]
        {
            "text/abbreviations.txt:3: abbreviation 'Dr' must start with a letter and end in '.'",
            "text/abbreviations.txt:4: kind 'colonel' is not one of title, medial, final, numeric",
            "text/abbreviations.txt:5: abbreviation 'Mr.' is listed twice",
            "text/abbreviations.txt:6: expected '<abbreviation> <kind>', found 3 field(s)",
        }, result.Errors.Select(e => e.ToString()).ToArray());
        Assert.Equal(1, result.Resources.AbbreviationCount); // the good line is still used
        Assert.Equal(AbbreviationKind.Title, result.Resources.Abbreviation("Mr."));
    }

    [Fact]
    public void Parse_BadListAndContractionLinesAreReported()
    {
        var result = Parse(starters: "the\nthe\nfoo bar\n", prefixes: "non\nco-\n", contractions: "cannot can|not\ngonna go|na\nwanna wanna\n");
        Assert.Equal(new[]
        {
            "text/sentence_starters.txt:2: 'the' is listed twice",
            "text/sentence_starters.txt:3: expected one word, found 2 fields",
            "text/hyphen_prefixes.txt:2: 'co-' must consist of letters only",
            "text/contractions.txt:2: parts 'go|na' do not spell the word 'gonna'",
            "text/contractions.txt:3: parts 'wanna' must hold exactly one '|' between two non-empty parts",
        }, result.Errors.Select(e => e.ToString()).ToArray());
        Assert.True(result.Resources.IsHyphenPrefix("non"));
        Assert.False(result.Resources.IsHyphenPrefix("co"));
    }
}
