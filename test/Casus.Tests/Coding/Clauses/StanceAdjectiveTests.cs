using Casus.Document;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Adjectival predicates of a stance (data/verbs/05_diplomatic_cooperation.txt): "remains unwavering in its
/// support for X" and "is grateful to X" say what "expressed support for X" and "expressed gratitude to X" say (051).
/// The shipped pipeline on sentences written for these tests.</summary>
public class StanceAdjectiveTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("stance", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void Remaining_unwavering_in_support_is_praise()
    {
        Assert.Equal(["USA ISR 051"], Code("The United States remains unwavering in its support for Israel."));
        Assert.Equal(["IGO UKR 051"], Code("The EU remained steadfast in its solidarity with Ukraine."));
    }

    [Fact]
    public void Being_grateful_to_an_actor_is_praise()
    {
        Assert.Equal(["JPN QAT 051"], Code("Japan is grateful to Qatar for its mediation."));
    }

    [Fact]
    public void A_negated_stance_is_no_event()
    {
        Assert.Empty(Code("Canada is not grateful to China."));
    }

    [Fact]
    public void Another_verb_of_stating_restates_support()
    {
        // As "reaffirmed support for" (051) is.
        Assert.Equal(["CAN UKR 051"], Code("Canada stressed its support for Ukraine."));
    }
}
