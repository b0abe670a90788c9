using Casus.Coding;
using Casus.Document;
using Casus.Tests.TestKit;
using Casus.Time;

namespace Casus.Tests.Time;

/// <summary>A present-simple act with a bare weekday is a schedule ("the Vice President arrives in Ghana on Sunday
/// afternoon"): the weekday is the coming one (docs/formats/events-jsonl.md, "Dates").</summary>
public class PresentScheduleTests
{
    // A Thursday.
    private static readonly DateOnly Published = new(2024, 5, 23);

    private static EventDate Date(string conllu, int first, int count)
    {
        var article = ParsedArticles.Build(conllu, Published);
        article.AddEvent(new Event
        {
            Sentence = 0,
            Source = article.Mentions[0],
            Code = CameoCode.Parse("042"),
            Goldstein = 0,
            QuadClass = QuadClass.VerbalCooperation,
            Trigger = new TokenSpan(first, count),
            Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
        });
        new EventDateStage().Process(article);
        return article.Events[^1].When!;
    }

    // "Abc arrives in Xyz on Sunday afternoon" and its past-tense twin.
    [Theory]
    [InlineData("arrives", "VBZ", " afternoon", 26)]
    [InlineData("arrives", "VBZ", "", 26)]
    [InlineData("arrive", "VBP", "", 26)]
    [InlineData("arrived", "VBD", " afternoon", 19)]
    [InlineData("arrived", "VBD", "", 19)]
    public void A_present_simple_act_takes_the_coming_weekday(string verb, string tag, string part, int day)
    {
        var partLine = part.Length == 0 ? "" : $"\n7 {part.Trim()} {part.Trim()} NOUN NN 6 nmod:tmod _";
        var when = Date($"""
            1 Abc Abc PROPN NNP 2 nsubj B-ABC
            2 {verb} arrive VERB {tag} 0 root _
            3 in in ADP IN 4 case _
            4 Xyz Xyz PROPN NNP 2 obl B-XYZ
            5 on on ADP IN 6 case _
            6 Sunday Sunday PROPN NNP 2 obl _{partLine}
            """, 1, 1);
        Assert.Equal(DateSource.Clause, when.Source);
        Assert.Equal(new DateOnly(2024, 5, day), when.Date);
    }

    [Fact]
    public void A_present_perfect_act_keeps_the_weekday_before_publication()
    {
        // "Abc has arrived in Xyz on Sunday": the auxiliary makes it no schedule.
        var when = Date("""
            1 Abc Abc PROPN NNP 3 nsubj B-ABC
            2 has have AUX VBZ 3 aux _
            3 arrived arrive VERB VBN 0 root _
            4 in in ADP IN 5 case _
            5 Xyz Xyz PROPN NNP 3 obl B-XYZ
            6 on on ADP IN 7 case _
            7 Sunday Sunday PROPN NNP 3 obl _
            """, 2, 1);
        Assert.Equal(new DateOnly(2024, 5, 19), when.Date);
    }
}
