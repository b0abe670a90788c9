using Casus.Actors;
using Casus.Coding;
using Casus.Tests.Actors.Discourse;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The target fallback's seat of government read as a place (TargetFallback): a city named alone behind a
/// place preposition is its country; a government named with its role word is the government; on hand-built parses
/// run through the shipped actor stage and coder.</summary>
public class SeatAsPlaceTests
{
    private static List<string> Code(string sentence) => DiscourseArticles.CodeDyads(sentence);

    [Fact]
    public void A_protest_in_a_seat_of_government_is_against_the_country()
        => Assert.Equal(["DZAEDU DZA 14"], Code("Algerian/ADJ/2/amod teachers/NOUN/3/nsubj protested/VERB/0/root in/ADP/5/case Algiers/PROPN/3/obl ./PUNCT/3/punct"));

    [Fact]
    public void A_protest_outside_a_ministry_is_against_the_government()
        => Assert.Equal(["DZAEDU DZAGOV 14"], Code("Algerian/ADJ/2/amod teachers/NOUN/3/nsubj protested/VERB/0/root outside/ADP/7/case the/DET/7/det Algerian/ADJ/7/amod ministry/NOUN/3/obl ./PUNCT/3/punct"));
}
