using Casus.Actors;
using Casus.Coding;
using Casus.Tests.Actors.Discourse;

namespace Casus.Tests.Coding.Clauses;

/// <summary>An event noun of force falls on the people of the place it strikes, as a verb of force does
/// (docs/formats/nouns.md, "A place struck"); on hand-built parses run through the shipped actor stage and coder.</summary>
public class StruckNounTests
{
    private static List<string> Code(string sentence) => DiscourseArticles.CodeDyads(sentence);

    [Fact]
    public void A_country_s_towns_shelled_are_its_civilians()
        => Assert.Equal(["ISR LBNCVL 19"], Code("Israeli/ADJ/2/amod shelling/NOUN/6/nsubj of/ADP/5/case Lebanese/ADJ/5/amod towns/NOUN/2/nmod continued/VERB/0/root ./PUNCT/6/punct"));

    [Fact]
    public void A_country_s_positions_struck_stay_the_country()
        => Assert.Equal(["ISR LBN 19"], Code("Israeli/ADJ/3/amod air/NOUN/3/compound strikes/NOUN/7/nsubj on/ADP/6/case Lebanese/ADJ/6/amod positions/NOUN/3/nmod continued/VERB/0/root ./PUNCT/7/punct"));

    [Fact]
    public void A_place_the_gazetteer_knows_is_its_civilians()
        => Assert.Equal(["RUS SYRCVL 19"], Code("Russian/ADJ/3/amod air/NOUN/3/compound strikes/NOUN/6/nsubj on/ADP/5/case Aleppo/PROPN/3/nmod continued/VERB/0/root ./PUNCT/6/punct"));

    [Fact]
    public void Villages_in_a_place_are_its_civilians()
        => Assert.Equal(["RUS SYRCVL 19"], Code("Russian/ADJ/3/amod air/NOUN/3/compound strikes/NOUN/8/nsubj on/ADP/5/case villages/NOUN/3/nmod in/ADP/7/case Idlib/PROPN/5/nmod continued/VERB/0/root ./PUNCT/8/punct"));

    [Fact]
    public void Villages_alone_name_no_one()
        => Assert.Empty(Code("Russian/ADJ/3/amod air/NOUN/3/compound strikes/NOUN/6/nsubj on/ADP/5/case villages/NOUN/3/nmod continued/VERB/0/root ./PUNCT/6/punct"));

    [Fact]
    public void A_seat_bombarded_is_its_civilians()
        => Assert.Equal(["ISR LBNCVL 19"], Code("the/DET/3/det Israeli/ADJ/3/amod bombardment/NOUN/6/nsubj of/ADP/5/case Beirut/PROPN/3/nmod continued/VERB/0/root ./PUNCT/6/punct"));
}
