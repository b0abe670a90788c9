using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>When the coder reads words instead of the parse.</summary>
public class ParseFallbackTests
{
    [Fact]
    public void Unparsed_sentences_are_read_as_words_unless_told_not_to()
    {
        const string markup = "[Russia|RUS] attacked [Ukraine|UKR] .";
        Assert.Equal(["RUS UKR 190"], CodingTestKit.Code(markup));
        var article = CodingTestKit.Build(markup);
        CodingStage.CreateDefault(new CodingOptions { SequenceFallback = SequenceFallback.Never }).Process(article);
        Assert.Empty(article.Events);
    }

    // A parse with no usable predicate: "attacked" mislabelled as a noun modifier.
    private const string BadParse = """
        1 Russia   Russia   PROPN NNP 3 compound B-RUS
        2 attacked attack   VERB  VBD 3 amod     _
        3 Ukraine  Ukraine  PROPN NNP 0 root     B-UKR
        4 .        .        PUNCT .   3 punct    _
        """;

    [Fact]
    public void A_parse_without_an_event_can_fall_back_to_the_word_reading()
    {
        var never = CodingStage.CreateDefault(new CodingOptions { SequenceFallback = SequenceFallback.Never });
        Assert.Empty(ParsedArticles.Code(BadParse, never));
        var noEvent = CodingStage.CreateDefault(new CodingOptions { SequenceFallback = SequenceFallback.NoParseEvent });
        Assert.Equal(["RUS UKR 190"], ParsedArticles.Code(BadParse, noEvent));
    }

    [Fact]
    public void Parse_reading_marks_its_events()
    {
        var a = ParsedArticles.Build("""
            1 Russia   Russia   PROPN NNP 2 nsubj B-RUS
            2 attacked attack   VERB  VBD 0 root  _
            3 Ukraine  Ukraine  PROPN NNP 2 obj   B-UKR
            4 .        .        PUNCT .   2 punct _
            """);
        CodingStage.CreateDefault().Process(a);
        Assert.Contains("read from the dependency parse", Assert.Single(a.Events).Evidence.Notes);
    }
}
