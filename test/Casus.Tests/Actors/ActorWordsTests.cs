using static Casus.Tests.Actors.ParsedSentence;

namespace Casus.Tests.Actors;

/// <summary>People news names by what they are rather than by country or office: believers of a creed (RAD), people held
/// by a state and single unnamed persons (CVL); and nationalities written in lower case.</summary>
public class ActorWordsTests
{
    // The codebook's radicals (RAD): not fighters (REB), not clergy (REL), and apart from the civilians who protest
    // against them ("Nigerians protested the violations by Islamic fundamentalists" keeps two actors).
    [Fact]
    public void Fundamentalists_are_the_codebook_s_radicals()
        => Assert.Equal(["Islamic fundamentalists=---RAD"],
            Code("Islamic/ADJ/2/amod fundamentalists/NOUN/3/nsubj protested/VERB/0/root"));

    [Fact]
    public void Prisoners_and_detainees_are_civilians_held()
    {
        Assert.Equal(["Inmates=---CVL"], Code("Inmates/NOUN/2/nsubj rioted/VERB/0/root"));
        Assert.Equal(["police=---COP", "detainees=---CVL"],
            Code("The/DET/2/det police/NOUN/3/nsubj freed/VERB/0/root 40/NUM/5/nummod detainees/NOUN/3/obj"));
        Assert.Equal(["political prisoners=---CVL"],
            Code("They/PRON/2/nsubj freed/VERB/0/root political/ADJ/4/amod prisoners/NOUN/2/obj"));
    }

    [Fact]
    public void A_single_unnamed_person_is_a_civilian()
        => Assert.Equal(["Gunmen=---UAF", "man=---CVL"],
            Code("Gunmen/NOUN/2/nsubj shot/VERB/0/root a/DET/4/det man/NOUN/2/obj"));

    [Fact]
    public void A_lower_case_nationality_on_a_noun_is_read()
        => Assert.Equal(["tunisian rioters=TUNOPP"],
            Code("Police/NOUN/2/nsubj met/VERB/0/root tunisian/ADJ/4/amod rioters/NOUN/2/obj").Where(s => s.StartsWith("tunisian", StringComparison.Ordinal)).ToList());

    [Fact]
    public void A_lower_case_country_name_or_untagged_word_is_not()
    {
        // "turkey" is a bird, and a lower-case demonym that is not an adjective on a noun proves nothing.
        Assert.DoesNotContain(Code("They/PRON/2/nsubj ate/VERB/0/root turkey/NOUN/2/obj"), s => s.StartsWith("turkey=", StringComparison.Ordinal));
        Assert.DoesNotContain(Code("He/PRON/2/nsubj is/AUX/0/root tunisian/ADJ/2/xcomp"), s => s.StartsWith("tunisian=", StringComparison.Ordinal));
    }
}
