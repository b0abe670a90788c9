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

    private static EventDate DateOfSecond(string second, string separator = "\n\n", int source = 2, int? target = 3)
    {
        var article = ParsedArticles.Build(MetYesterday + separator + second, Published);
        foreach (var (sentence, verb, s, t) in new[] { (0, 1, 0, (int?)1), (1, -1, source, target) })
        {
            int first = article.SentenceData[sentence].FirstToken;
            int trigger = verb >= 0 ? first + verb : first + FindVerb(article, sentence);
            article.AddEvent(new Event
            {
                Sentence = sentence,
                Source = article.Mentions[s],
                Target = t is int ti ? article.Mentions[ti] : null,
                Code = CameoCode.Parse("040"),
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
}
