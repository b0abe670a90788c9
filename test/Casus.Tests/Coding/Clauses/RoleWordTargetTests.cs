using Casus.Document;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A pattern's object word that is a role with its country in an of-phrase ("expel ambassador (of) &lt;obj&gt;"
/// on "the ambassador of France") takes the role phrase as the target: the actor is held at the role word. The
/// shipped pipeline on sentences written for these tests.</summary>
public class RoleWordTargetTests
{
    private static List<string> Code(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("role", text));
        return article.Events.Select(e => $"{e.Source.Code.Primary} {(e.Target is { } t ? t.Code.Primary : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void Expelling_the_envoy_of_a_country_reduces_relations_with_it()
    {
        // Before, the entry's <obj> found no actor behind 'of' and the bare "expel <obj>" (174, deporting a person) won.
        Assert.Equal(["NER FRA 161"], Code("Niger expelled the ambassador of France."));
    }

    [Fact]
    public void Without_the_role_word_the_general_entry_stays()
    {
        Assert.DoesNotContain(Code("Niger expelled the journalist of France."), e => e.EndsWith(" 161"));
    }
}
