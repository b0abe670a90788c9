using Casus.Document;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The owner of the pattern's noun may stand before the words that follow the noun: "rejected the request [of
/// Nepal] for aid" fills `reject request for aid (of|from|by) &lt;obj&gt;` (122), not only the general `reject
/// request (of) &lt;obj&gt;` (120). The shipped pipeline on sentences written for these tests.</summary>
public class EarlierOwnerTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("owner", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void The_of_phrase_before_the_noun_complement_is_the_target()
    {
        Assert.Equal(["JPN NPL 122"], Code("Japan rejected the request of Nepal for aid."));
    }

    [Fact]
    public void The_usual_order_still_reads()
    {
        Assert.Equal(["JPN NPL 122"], Code("Japan rejected the request for aid from Nepal."));
    }
}
