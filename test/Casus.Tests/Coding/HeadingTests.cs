using Casus.Coding;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding;

/// <summary>A title-case heading before a colon at the start of a sentence ("Enhancing Satellite Cooperation: The
/// United States and Japan announced ...") names the paragraph's topic; no event is triggered inside it.</summary>
public class HeadingTests
{
    private static Article Sentence(string w1, string w2, string w3) => ParsedArticles.Build($"""
        1 {w1,-11} {w1,-11} VERB  VBG 3 amod  _
        2 {w2,-11} {w2,-11} PROPN NNP 3 compound _
        3 {w3,-11} {w3,-11} NOUN  NN  0 root  _
        4 :           :           PUNCT :   3 punct _
        5 Japan       Japan       PROPN NNP 6 nsubj B-JPN
        6 announced   announce    VERB  VBD 3 parataxis _
        7 it          it          PRON  PRP 6 obj   _
        8 .           .           PUNCT .   3 punct _
        """);

    [Fact]
    public void A_trigger_inside_a_title_case_heading_is_in_the_heading()
        => Assert.True(Headings.InHeading(Sentence("Enhancing", "Satellite", "Cooperation"), 0, new TokenSpan(0, 3)));

    [Fact]
    public void The_text_after_the_colon_is_no_heading()
        => Assert.False(Headings.InHeading(Sentence("Enhancing", "Satellite", "Cooperation"), 0, new TokenSpan(5, 1)));

    [Fact]
    public void A_clause_with_lower_case_words_before_a_colon_is_no_heading()
        // "Bolsonaro opposed Macron's statement: ..." is a sentence that quotes, not a heading.
        => Assert.False(Headings.InHeading(Sentence("Bolsonaro", "opposed", "statement"), 0, new TokenSpan(1, 1)));
}
