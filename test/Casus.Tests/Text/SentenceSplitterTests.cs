using Casus.Document;
using Casus.Pipeline;
using Casus.Text;
using static Casus.Tests.Text.TextTestHelper;

namespace Casus.Tests.Text;

public class SentenceSplitterTests
{
    private static void AssertSentences(string text, params string[] expected) => Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Sentences_SplitAtFinalPunctuation()
        => AssertSentences("Talks failed. Both sides left! Who is next? Nobody knows.",
            "Talks failed.", "Both sides left!", "Who is next?", "Nobody knows.");

    [Theory]
    [InlineData("KABUL — Gunmen attacked a convoy. Police said so.", "KABUL —", "Gunmen attacked a convoy.")]
    [InlineData("BEIRUT, Lebanon (AP) - Rebels shelled the town.", "BEIRUT, Lebanon (AP) -", "Rebels shelled the town.")]
    [InlineData("UNITED NATIONS -- The council voted.", "UNITED NATIONS --", "The council voted.")]
    [InlineData("RIYADH, Saudi Arabia (AP) - The king spoke.", "RIYADH, Saudi Arabia (AP) -", "The king spoke.")]
    // A colon against the place and its country, as AFP writes it.
    [InlineData("GAZA CITY, Palestinian Territories: Four children were killed.", "GAZA CITY, Palestinian Territories:", "Four children were killed.")]
    public void Sentences_DatelineStandsAlone(string text, string dateline, string first)
        => Assert.Equal([dateline, first], Sentences(text).Take(2));

    [Theory]
    [InlineData("NATO - the alliance - met today.")]
    [InlineData("Kabul — the capital — was quiet.")]
    [InlineData("The UN - and Russia - agreed.")]
    [InlineData("NOTE: the figures are provisional.")]
    [InlineData("PILLAR IV: INVESTING IN OUR PEOPLE The governments agreed.")]
    [InlineData("Kabul: Gunmen attacked a convoy.")]
    [InlineData("US : Russia attacked Ukraine.")]
    public void Sentences_NoDatelineWithoutCapitalsAndDash(string text)
        => Assert.Single(Sentences(text));

    [Fact]
    public void Sentences_TitlesDoNotEnd()
        => AssertSentences("Mr. Smith met Gen. Allen and Sen. Warren on Jan. 5. They talked.",
            "Mr. Smith met Gen. Allen and Sen. Warren on Jan. 5.", "They talked.");

    [Fact]
    public void Sentences_InitialsDoNotEnd()
        => AssertSentences("J. R. R. Tolkien wrote it. He died in 1973.", "J. R. R. Tolkien wrote it.", "He died in 1973.");

    [Fact]
    public void Sentences_FinalAbbreviationBeforeOpenerEnds()
        => AssertSentences("Troops arrived in the U.S. The talks resumed with U.S. Army officers.",
            "Troops arrived in the U.S.", "The talks resumed with U.S. Army officers.");

    [Fact]
    public void Sentences_EtcEnds()
        => AssertSentences("They sold rice, beans, etc. Prices rose.", "They sold rice, beans, etc.", "Prices rose.");

    [Fact]
    public void Sentences_EndInsideClosingQuote()
        => AssertSentences("\"We will fight,\" he said. \"They lost.\" Then he left.",
            "\"We will fight,\" he said.", "\"They lost.\"", "Then he left.");

    [Fact]
    public void Sentences_NestedCurlyQuotes()
        => AssertSentences("“He told me ‘go home.’” She agreed.", "“He told me ‘go home.’”", "She agreed.");

    [Fact]
    public void Sentences_ParenthesisedSentence()
        => AssertSentences("He spoke. (Nobody listened.) Then he sat.", "He spoke.", "(Nobody listened.)", "Then he sat.");

    [Fact]
    public void Sentences_NumbersAndLinksDoNotSplit()
        => AssertSentences("It rose 3.5% to $2.5bn at www.example.com today. It fell later.",
            "It rose 3.5% to $2.5bn at www.example.com today.", "It fell later.");

    [Fact]
    public void Sentences_LowerCaseAfterQuestionContinues()
        => AssertSentences("\"Why?\" asked the minister. Fine.", "\"Why?\" asked the minister.", "Fine.");

    [Fact]
    public void Sentences_CitationMarkStaysWithItsSentence()
        => AssertSentences("He went to Harrow in 1805. [19] His lack of moderation grew.",
            "He went to Harrow in 1805. [19]", "His lack of moderation grew.");

    [Fact]
    public void Sentences_LowerCaseStartAfterQuestionOrPlainWord()
        => AssertSentences("where is it? nobody knows. we asked approx. ten people", "where is it?", "nobody knows.", "we asked approx. ten people");

    [Fact]
    public void Sentences_EllipsisBeforeCapitalEnds()
        => AssertSentences("He waited... Nothing came. It was... odd.", "He waited...", "Nothing came.", "It was... odd.");

    [Fact]
    public void Sentences_BlankLineAlwaysEnds()
        => AssertSentences("Peace talks in Geneva\n\nthe delegates met on Monday", "Peace talks in Geneva", "the delegates met on Monday");

    [Fact]
    public void Sentences_HeadlineLineEnds()
        => AssertSentences("Russia and Ukraine agree to talks\nThe two sides will meet on Monday.",
            "Russia and Ukraine agree to talks", "The two sides will meet on Monday.");

    [Fact]
    public void Sentences_NumberedListItems()
        => AssertSentences("Results:\n1. Unofficial results\n2. Relative to seats", "Results:", "1. Unofficial results", "2. Relative to seats");

    [Fact]
    public void Sentences_WrappedLineContinues()
        => AssertSentences("The minister met the\nPresident of France, and\nthey talked.",
            "The minister met the\nPresident of France, and\nthey talked.");

    [Fact]
    public void Sentences_TokensBelongToTheirSentence()
    {
        var article = Process("A b. C d.");
        Assert.Equal(2, article.Sentences.Count);
        Assert.Equal(new[] { "A", "b", "." }, article.Sentences[0].Tokens.Select(t => t.Text).ToArray());
        Assert.Equal(new[] { "C", "d", "." }, article.Sentences[1].Tokens.Select(t => t.Text).ToArray());
    }

    [Fact]
    public void Stage_DeclaresLayersAndRunsInPipeline()
    {
        var stage = TextStage.CreateDefault();
        Assert.Equal("text", stage.Name);
        Assert.Equal(Annotations.None, stage.Requires);
        Assert.Equal(Annotations.Sentences | Annotations.Tokens, stage.Assigns);
        var article = new PipelineBuilder().Add(stage).Build().Process(new Article("a", "One. Two."));
        Assert.Equal(2, article.Sentences.Count);
        Assert.True(article.Filled.HasFlag(Annotations.Tokens));
    }

    [Theory]
    [InlineData("Japan sent doses to Laos. -   The ministers met in Hanoi.", "Japan sent doses to Laos.", "-   The ministers met in Hanoi.")]
    [InlineData("Talks ended on Friday. •  Rebels shelled the town.", "Talks ended on Friday.", "•  Rebels shelled the town.")]
    [InlineData("The fund grew. *  Kenya signed a pact.", "The fund grew.", "*  Kenya signed a pact.")]
    public void Sentences_ListBulletAfterSentenceStartsNext(string text, string first, string second)
        => AssertSentences(text, first, second);

    [Theory]
    [InlineData("The vote was held in 2019. - said the report.")]
    [InlineData("Prices rose by 2 -   3 percent in May.")]
    public void Sentences_DashWithOneSpaceOrNoSentenceEndGoesOn(string text)
        => Assert.Single(Sentences(text));

    [Fact]
    public void Sentences_ABulletedItemsHeadingStandsAlone()
        => AssertSentences("-   Fast-tracking Visas: The United States and Korea are committed to travel.",
            "-   Fast-tracking Visas:", "The United States and Korea are committed to travel.");

    [Fact]
    public void Sentences_ABulletAfterAColonStartsTheItem()
        => AssertSentences("Work in Asia: -   Japan and Fiji are partnering.", "Work in Asia:", "-   Japan and Fiji are partnering.");

    [Theory]
    [InlineData("The plan covers: -   design of a grid.")]
    [InlineData("The minister said: \"We will stay.\"")]
    [InlineData("-   a note: the minister left.")]
    public void Sentences_ALowerCaseItemOrAnUnbulletedColonGoesOn(string text)
        => Assert.Single(Sentences(text));
}
