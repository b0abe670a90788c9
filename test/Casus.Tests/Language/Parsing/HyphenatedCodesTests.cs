using Casus.Document;
using Casus.Language.Parsing;

namespace Casus.Tests.Language.Parsing;

/// <summary>Codes written LETTERS-DIGITS ("COVID-19", "F-16") are parsed as one word and given the treebanks'
/// analysis: the letters head the code, the digits are flat on them, the hyphen punct on the digits.</summary>
public class HyphenatedCodesTests
{
    [Theory]
    [InlineData("", "COVID", "-", "19", true)]
    [InlineData("", "F", "-", "16s", true)]
    [InlineData("", "MiG", "-", "29", true)]
    [InlineData("", "MQ", "-", "9B", true)]
    [InlineData("(", "S", "-", "400", true)]
    [InlineData("", "mid", "-", "2018", false)]   // a prefix, no name
    [InlineData("", "COVID", "–", "19", false)]   // an en dash is a range or an aside
    [InlineData("", "COVID", "-", "pandemic", false)]
    [InlineData("", "Art", "-", "11/6", false)]
    [InlineData("II-", "C", "-", "1", false)]     // the middle of a longer designation ("Parts II-C-1")
    [InlineData("SARS-", "CoV", "-", "2", false)]
    public void Recognises_codes_written_letters_hyphen_digits(string before, string letters, string hyphen, string digits, bool expected)
        => Assert.Equal(expected, HyphenatedCodes.IsCode(before, letters, hyphen, digits));

    [Fact]
    public void Collapse_numbers_the_code_as_one_word()
    {
        // "sent F - 16 jets": words 1..5, the code at 2..4.
        var codes = new HyphenatedCodes();
        codes.Reset(5);
        codes.MarkCode(2);
        Assert.Equal(3, codes.Collapse(5));
        Assert.Equal([1, 2, 2, 2, 3], Enumerable.Range(1, 5).Select(codes.Reduced));
        Assert.Equal([0, 1, 2, 5], Enumerable.Range(0, 4).Select(codes.Original));
        Assert.True(codes.IsCode(2));
        Assert.False(codes.IsCode(3));
        Assert.Equal([HyphenatedCodes.Ordinary, HyphenatedCodes.Letters, HyphenatedCodes.Hyphen, HyphenatedCodes.Digits, HyphenatedCodes.Ordinary],
            Enumerable.Range(1, 5).Select(codes.Part));
    }

    [Fact]
    public void An_overlapping_code_keeps_the_first_reading()
    {
        var codes = new HyphenatedCodes();
        codes.Reset(5);
        codes.MarkCode(1);
        codes.MarkCode(3);
        Assert.Equal(3, codes.Collapse(5));
        Assert.Equal(HyphenatedCodes.Digits, codes.Part(3));
    }

    [Fact]
    public void The_code_heads_its_parts_and_the_noun_after_it_stays_in_its_phrase()
    {
        // Before, the parser ended the phrase at "19" and hung "assistance" on "COVID" as an apposition, so "sent" had
        // no object and no event was coded.
        var article = DefaultPipeline.Create().Process(new Article("code", "Canada sent $20 million in COVID-19 assistance to Kenya."));
        var t = article.Tokens;
        int covid = t.First(x => x.Text == "COVID").Index;
        Assert.Equal((covid + 2, "punct"), (t[covid + 1].Head, t[covid + 1].Relation));
        Assert.Equal((covid, "flat"), (t[covid + 2].Head, t[covid + 2].Relation));
        Assert.Equal("assistance", article.Tokens[t[covid].Head].Text);
        Assert.Contains(article.Events, e => e.Source.Code.Primary == "CAN" && e.Target?.Code.Primary == "KEN" && e.Code.Digits.StartsWith("07", StringComparison.Ordinal));
    }

    [Fact]
    public void Spaced_hyphens_are_no_codes()
    {
        // "Newsgroups - 19 Different Servers": a dash between words, read by the parser as it stands.
        var article = DefaultPipeline.Create().Process(new Article("spaced", "Over 100,000 Newsgroups - 19 Different Servers!"));
        var t = article.Tokens;
        int nineteen = t.First(x => x.Text == "19").Index;
        Assert.NotEqual("flat", t[nineteen].Relation);
    }
    [Theory]
    [InlineData("B", true)]
    [InlineData("EX", true)]
    [InlineData("drones", false)]
    [InlineData("b", false)]
    [InlineData("ABC", false)]
    public void Recognises_a_model_letter_after_the_number(string word, bool expected)
        => Assert.Equal(expected, HyphenatedCodes.IsSuffix(word));

    [Fact]
    public void A_model_letter_split_off_the_number_belongs_to_the_code()
    {
        // "sent MQ - 9 B drones": words 1..6, the code at 2..5.
        var codes = new HyphenatedCodes();
        codes.Reset(6);
        codes.MarkCode(2, suffix: true);
        Assert.Equal(3, codes.Collapse(6));
        Assert.Equal(4, codes.Length(2));
        Assert.Equal(1, codes.Length(3));
        Assert.Equal(HyphenatedCodes.Suffix, codes.Part(5));
        Assert.Equal(6, codes.Original(3));

        var article = DefaultPipeline.Create().Process(new Article("suffix", "Denmark will send MQ-9B drones to Ukraine."));
        var t = article.Tokens;
        int mq = t.First(x => x.Text == "MQ").Index;
        Assert.Equal("B", t[mq + 3].Text);
        Assert.Equal((mq, "flat"), (t[mq + 3].Head, t[mq + 3].Relation));
        Assert.Equal("drones", t[t[mq].Head].Text);
    }
}
