using Casus.Actors;
using Casus.Coding;
using Casus.Tests.Actors.Discourse;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A curfew, martial law or state of emergency imposed or threatened with no one named falls on the source's
/// own country's people; easing one yields to that country (ParseCoder.OwnPeople.cs); on hand-built parses run through
/// the shipped actor stage and coder.</summary>
public class OwnPeopleTests
{
    private static List<string> Code(string sentence) => DiscourseArticles.CodeDyads(sentence);

    [Fact]
    public void Martial_law_imposed_falls_on_the_countrys_civilians()
        => Assert.Equal(["THAGOV THACVL 17"], Code("Thai/ADJ/2/amod government/NOUN/3/nsubj imposed/VERB/0/root martial/ADJ/5/amod law/NOUN/3/obj ./PUNCT/3/punct"));

    [Fact]
    public void Martial_law_threatened_falls_on_the_countrys_civilians()
        => Assert.Equal(["IRQ IRQCVL 13"], Code("Iraq/PROPN/2/nsubj threatened/VERB/0/root to/PART/4/mark impose/VERB/2/xcomp martial/ADJ/6/amod law/NOUN/4/obj ./PUNCT/2/punct"));

    [Fact]
    public void A_curfew_lifted_yields_to_the_country()
        => Assert.Equal(["KENGOV KEN 08"], Code("Kenyan/ADJ/2/amod government/NOUN/3/nsubj lifted/VERB/0/root the/DET/5/det curfew/NOUN/3/obj ./PUNCT/3/punct"));

    [Fact]
    public void A_source_without_a_country_names_no_people()
        => Assert.Equal(["---REB - 17"], Code("Rebels/NOUN/2/nsubj imposed/VERB/0/root a/DET/4/det curfew/NOUN/2/obj ./PUNCT/2/punct"));
}
