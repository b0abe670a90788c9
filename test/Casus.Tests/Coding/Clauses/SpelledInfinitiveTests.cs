using Casus.Document;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Entries that spell out the infinitive after 'to' ("refuse to comment", "urge &lt;obj&gt; to accept
/// mediation") read the infinitive and its objects as pattern words in the parse reading. The shipped pipeline on
/// sentences written for these tests.</summary>
public class SpelledInfinitiveTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("inf", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void A_refusal_to_comment_is_declining_comment_not_a_rejection()
    {
        Assert.Equal(["RUS - 011"], Code("The Kremlin refused to comment on the report."));
    }

    [Fact]
    public void The_spelled_out_infinitive_outscores_the_general_frame()
    {
        // "refuse to <any>" would code a bare 12x; "refuse to relinquish power" is the refusal of a leadership change.
        Assert.Contains(Code("The president of Gabon refused to give up power."), e => e.EndsWith(" 1231"));
    }

    [Fact]
    public void A_word_of_the_entry_missing_from_the_infinitive_leaves_the_frame_reading()
    {
        // "continue to hold <obj> in custody|..." does not read "hold the regime accountable"; the phase verb codes
        // the act it continues.
        Assert.DoesNotContain(Code("Canada continued to hold the government of Belarus accountable for the crackdown."), e => e.EndsWith(" 1243"));
    }
}
