using static Casus.Tests.Actors.ParsedSentence;

namespace Casus.Tests.Actors;

/// <summary>A surname written in lower case is read as the person only after a title or honorific ("President obama"):
/// alone, the same word may be a common noun.</summary>
public class LowerCaseNameTests
{
    [Fact]
    public void A_lower_case_surname_after_a_title_is_the_person()
        => Assert.Equal(["President obama=USAGOV"],
            Code("President/PROPN/2/compound obama/PROPN/3/nsubj spoke/VERB/0/root"));

    [Fact]
    public void A_lower_case_surname_after_a_two_word_title_is_the_person()
        => Assert.Equal(["Prime Minister netanyahu=ISRGOV"],
            Code("Prime/PROPN/2/compound Minister/PROPN/3/compound netanyahu/PROPN/4/nsubj spoke/VERB/0/root"));

    [Fact]
    public void A_lower_case_surname_without_a_title_is_not()
        => Assert.DoesNotContain(Code("The/DET/2/det obama/NOUN/3/nsubj spoke/VERB/0/root"), s => s.StartsWith("obama=", StringComparison.Ordinal));

    [Fact]
    public void A_word_tagged_as_a_verb_after_a_title_is_no_name()
        // The tag says the word is no name, whatever its spelling ("the President bush-whacked ...").
        => Assert.DoesNotContain(Code("The/DET/2/det President/NOUN/3/nsubj obama/VERB/0/root"), s => s.Contains("obama=", StringComparison.Ordinal));
}
