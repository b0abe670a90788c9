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

    [Fact]
    public void The_word_reading_takes_no_noun_s_infinitive_for_the_verb_s_to()
    {
        // "welcomed Italy's bid to host the games": the parse reading finds no actor as the object ("bid"), so the
        // word reading runs; its `welcome <obj> to` must not take the infinitive of "bid" for a destination (043).
        const string bid = """
            1 France   France  PROPN NNP 2 nsubj     B-FRA
            2 welcomed welcome VERB  VBD 0 root      _
            3 Italy    Italy   PROPN NNP 5 nmod:poss B-ITA
            4 's       's      PART  POS 3 case      _
            5 bid      bid     NOUN  NN  2 obj       _
            6 to       to      PART  TO  7 mark      _
            7 host     host    VERB  VB  5 acl       _
            8 the      the     DET   DT  9 det       _
            9 games    game    NOUN  NNS 7 obj       _
            10 .       .       PUNCT .   2 punct     _
            """;
        Assert.Equal(["FRA ITA 051"], ParsedArticles.Code(bid, CodingStage.CreateDefault()));
    }

    [Theory]
    // "welcome <obj> to" a place is hosting (043), also when the place went into the phrase and a purpose follows.
    [InlineData("[France|FRA] welcomed [Italy|ITA] to Paris .", "FRA ITA 043")]
    [InlineData("[France|FRA] welcomed [the minister of Italy to the Elysee|ITAGOV] today to discuss trade .", "FRA ITAGOV 043")]
    public void The_word_reading_still_reads_a_welcome_to_a_place_as_hosting(string markup, string expected)
        => Assert.Equal([expected], CodingTestKit.Code(markup));
}
