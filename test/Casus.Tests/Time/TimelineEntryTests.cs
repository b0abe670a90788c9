using Casus.Coding;
using Casus.Document;
using Casus.Tests.TestKit;
using Casus.Time;

namespace Casus.Tests.Time;

/// <summary>A list flattened into one sentence ("-   November 17: Abc meets Xyz -   November 30: ..."): an entry takes
/// its own label, not the next entry's (docs/formats/events-jsonl.md, "Dates").</summary>
public class TimelineEntryTests
{
    private static readonly DateOnly Published = new(2024, 12, 20);

    // "-   November 17 : Abc meets Xyz <bullet> November 30 : Qrs meets Xyz", with the parse hanging the second label on
    // the first verb and the first label on nothing that dates it (a "dep", as the parser leaves a label).
    private static string Timeline(string bullet) => $"""
        1 -⎵⎵ - PUNCT : 5 punct _
        2 November November PROPN NNP 5 dep _
        3 17 17 NUM CD 2 nummod _
        4 : : PUNCT : 2 punct _
        5 meets meet VERB VBZ 0 root _
        6 Abc Abc PROPN NNP 5 nsubj B-ABC
        7 Xyz Xyz PROPN NNP 5 obj B-XYZ
        8 {bullet} - PUNCT : 5 punct _
        9 November November PROPN NNP 5 obl:tmod _
        10 30 30 NUM CD 9 nummod _
        11 : : PUNCT : 9 punct _
        12 Qrs Qrs PROPN NNP 5 conj B-QRS
        """;

    private static EventDate Date(string conllu)
    {
        var article = ParsedArticles.Build(conllu, Published);
        article.AddEvent(new Event
        {
            Sentence = 0,
            Source = article.Mentions[0],
            Target = article.Mentions[1],
            Code = CameoCode.Parse("040"),
            Goldstein = 0,
            QuadClass = QuadClass.VerbalCooperation,
            Trigger = new TokenSpan(4, 1),
            Evidence = new Evidence("test", "verbs/test.txt:1", [], [], []),
        });
        new EventDateStage().Process(article);
        return article.Events[^1].When!;
    }

    [Fact]
    public void An_entry_takes_its_own_label_not_the_next_entrys()
    {
        var when = Date(Timeline("-⎵⎵"));
        Assert.Equal(new DateOnly(2024, 11, 17), when.Date);
        Assert.Equal("November 17", when.Expression);
    }

    [Fact]
    public void A_plain_dash_is_no_bullet()
    {
        // "... Xyz - November 30 ...": a dash with one space around it is punctuation, and the parse's time stands.
        Assert.Equal(new DateOnly(2024, 11, 30), Date(Timeline("-")).Date);
    }
}
