using Casus.Actors;
using Casus.Coding;
using Casus.Coding.Clauses;
using Casus.Tests.Actors.Discourse;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A place threatened with force falls on its people as the force itself would, and a country's towns struck
/// by force are its civilians (docs/formats/verbs.md, "A place struck is its civilians"); on hand-built parses run
/// through the shipped actor stage and coder.</summary>
public class StruckPlaceTests
{
    private static List<string> Code(string sentence) => DiscourseArticles.CodeDyads(sentence);

    [Theory]
    [InlineData("1384", 19)]
    [InlineData("1381", 19)]
    [InlineData("138", 19)]
    [InlineData("1324", 17)]
    [InlineData("137", 17)]
    [InlineData("1382", 13)] // a threatened occupation aims at the seat and its rulers
    [InlineData("1312", 13)]
    [InlineData("0351", 8)]
    [InlineData("190", 19)]
    public void A_threat_of_force_follows_the_force_it_threatens(string code, int root)
        => Assert.Equal(root, TargetFallback.PlaceRoot(CameoCode.Parse(code)));

    [Fact]
    public void A_seat_threatened_with_bombing_is_its_civilians()
        => Assert.Equal(["SYR LBNCVL 13"], Code("Syria/PROPN/2/nsubj threatened/VERB/0/root to/PART/4/mark bomb/VERB/2/xcomp Beirut/PROPN/4/obj ./PUNCT/2/punct"));

    [Fact]
    public void A_seat_threatened_with_sanctions_stays_the_government()
        => Assert.Equal(["SYR LBNGOV 13"], Code("Syria/PROPN/2/nsubj threatened/VERB/0/root to/PART/4/mark impose/VERB/2/xcomp sanctions/NOUN/4/obj on/ADP/7/case Beirut/PROPN/4/obl ./PUNCT/2/punct"));

    [Fact]
    public void A_seat_threatened_with_capture_stays_the_government()
        => Assert.Equal(["RUS UKRGOV 13"], Code("Russia/PROPN/2/nsubj threatened/VERB/0/root to/PART/4/mark capture/VERB/2/xcomp Kyiv/PROPN/4/obj ./PUNCT/2/punct"));

    [Fact]
    public void Towns_threatened_with_shelling_are_the_countrys_civilians()
        => Assert.Equal(["IRN IRQCVL 13"], Code("Iran/PROPN/2/nsubj threatened/VERB/0/root to/PART/4/mark shell/VERB/2/xcomp Iraqi/ADJ/6/amod towns/NOUN/4/obj ./PUNCT/2/punct"));

    [Fact]
    public void Towns_shelled_are_the_countrys_civilians()
        => Assert.Equal(["IRN IRQCVL 19"], Code("Iran/PROPN/2/nsubj shelled/VERB/0/root Iraqi/ADJ/4/amod villages/NOUN/2/obj ./PUNCT/2/punct"));

    [Fact]
    public void Any_listed_settlement_noun_shelled_is_the_countrys_civilians()
        // [settlement-nouns] of data/frames/frame_words.txt: a plural as written ("hamlets"), and a word off the list
        // ("positions", below) stays the country.
        => Assert.Equal(["IRN IRQCVL 19"], Code("Iran/PROPN/2/nsubj shelled/VERB/0/root Iraqi/ADJ/4/amod hamlets/NOUN/2/obj ./PUNCT/2/punct"));

    [Fact]
    public void Positions_shelled_stay_the_country()
        => Assert.Equal(["IRN IRQ 19"], Code("Iran/PROPN/2/nsubj shelled/VERB/0/root Iraqi/ADJ/4/amod positions/NOUN/2/obj ./PUNCT/2/punct"));

    [Fact]
    public void Towns_criticised_stay_the_country()
        => Assert.Equal(["IRN IRQ 11"], Code("Iran/PROPN/2/nsubj criticised/VERB/0/root Iraqi/ADJ/4/amod towns/NOUN/2/obj ./PUNCT/2/punct"));
}
