using Casus.Coding;
using Casus.Document;
using Casus.Tests.TestKit;
using Casus.Time;

namespace Casus.Tests.Time;

/// <summary>A sentence with no time word takes the day of the sentence before in its paragraph when their events share
/// an actor (docs/formats/events-jsonl.md, "Dates").</summary>
public class ParagraphDateTests
{
    private static readonly DateOnly Published = new(2024, 5, 23);

    // "Abc met Xyz yesterday ." then the second sentence.
    private const string MetYesterday = """
        1 Abc Abc PROPN NNP 2 nsubj B-ABC
        2 met meet VERB VBD 0 root _
        3 Xyz Xyz PROPN NNP 2 obj B-XYZ
        4 yesterday yesterday NOUN NN 2 obl:tmod _
        5 . . PUNCT . 2 punct _
        """;

    private static EventDate DateOfSecond(string second, string separator = "\n\n", int source = 2, int? target = 3,
        string firstSentence = MetYesterday, int firstVerb = 1, string firstCode = "040", string secondCode = "040")
    {
        var article = ParsedArticles.Build(firstSentence + separator + second, Published);
        foreach (var (sentence, verb, s, t, code) in new[] { (0, firstVerb, 0, (int?)1, firstCode), (1, -1, source, target, secondCode) })
        {
            int first = article.SentenceData[sentence].FirstToken;
            int trigger = verb >= 0 ? first + verb : first + FindVerb(article, sentence);
            article.AddEvent(new Event
            {
                Sentence = sentence,
                Source = article.Mentions[s],
                Target = t is int ti ? article.Mentions[ti] : null,
                Code = CameoCode.Parse(code),
                Goldstein = 0,
                QuadClass = QuadClass.VerbalCooperation,
                Trigger = new TokenSpan(trigger, 1),
                Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
            });
        }
        new EventDateStage().Process(article);
        return article.Events[1].When!;
    }

    private static int FindVerb(Article article, int sentence)
    {
        var s = article.SentenceData[sentence];
        for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
            if (article.TokenData[t].Head < 0) return t - s.FirstToken;
        return 0;
    }

    // "<subject> [will] <verb> Xyz", one sentence.
    private static string Second(string verb = "discussed", string xpos = "VBD", string? aux = null, string subject = "Abc", string tag = "B-ABC")
    {
        int v = aux is null ? 2 : 3;
        var lines = new List<string> { $"1 {subject} {subject} PROPN NNP {v} nsubj {tag}" };
        if (aux is not null) lines.Add($"2 {aux} {aux} AUX MD 3 aux _");
        lines.Add($"{v} {verb} {verb} VERB {xpos} 0 root _");
        lines.Add($"{v + 1} Xyz Xyz PROPN NNP {v} obj B-XYZ");
        return string.Join("\n", lines);
    }

    [Fact]
    public void A_sentence_with_no_time_word_takes_the_day_of_the_sentence_before()
    {
        var when = DateOfSecond(Second());
        Assert.Equal(DateSource.Paragraph, when.Source);
        Assert.Equal(Published.AddDays(-1), when.Date);
        Assert.Equal("paragraph", when.SourceName);
    }

    [Fact]
    public void A_paragraph_break_or_no_shared_actor_carries_nothing()
    {
        Assert.Equal(DateSource.Publication, DateOfSecond(Second(), separator: "\n¶\n").Source);
        // "Qrs discussed ...": with the target left out, nothing of the meeting's pair acts.
        Assert.Equal(DateSource.Publication, DateOfSecond(Second(subject: "Qrs", tag: "B-QRS"), target: null).Source);
    }

    [Fact]
    public void A_future_act_takes_no_past_day()
    {
        Assert.Equal(DateSource.Publication, DateOfSecond(Second(verb: "discuss", xpos: "VB", aux: "will")).Source);
    }

    // "Abc said yesterday Abc praised Xyz .": the praise takes "yesterday" from the statement above it.
    private const string SaidYesterdayPraised = """
        1 Abc Abc PROPN NNP 2 nsubj B-ABC
        2 said say VERB VBD 0 root _
        3 yesterday yesterday NOUN NN 2 obl:tmod _
        4 Abc Abc PROPN NNP 5 nsubj B-ABC
        5 praised praise VERB VBD 2 ccomp _
        6 Xyz Xyz PROPN NNP 5 obj B-XYZ
        7 . . PUNCT . 2 punct _
        """;

    [Theory]
    // A meeting is an occasion the next sentence goes on describing.
    [InlineData("040", "051", true)]
    // The same act told again ("killed 100 people" ... "injured by these attacks").
    [InlineData("051", "051", true)]
    // A praise dated by the statement above it is over in one act: the next sentence's talks are not dated by it.
    [InlineData("051", "040", false)]
    public void Only_an_act_that_can_continue_carries_a_time_borrowed_from_above_it(string firstCode, string secondCode, bool carried)
    {
        var when = DateOfSecond(Second(), firstSentence: SaidYesterdayPraised, firstVerb: 4, firstCode: firstCode, secondCode: secondCode);
        Assert.Equal(carried ? DateSource.Paragraph : DateSource.Publication, when.Source);
        Assert.Equal(carried ? Published.AddDays(-1) : Published, when.Date);
    }

    [Fact]
    public void An_act_dated_by_its_own_clause_carries_whatever_its_kind()
    {
        // "Abc met Xyz yesterday ." coded as a praise: the time is the act's own, so the day carries.
        var when = DateOfSecond(Second(), firstCode: "051", secondCode: "040");
        Assert.Equal(DateSource.Paragraph, when.Source);
    }
}
