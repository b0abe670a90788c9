using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>"Fire at X" is small-arms fire (193) only when nothing else is named as fired; a fired thing no entry
/// places (not shots or bullets, 193; not rockets or shells, 194) leaves the use of force unspecified (190):
/// ParseCoder.FiresAnUnplacedWeapon. Parses built by hand for sentences written for these tests.</summary>
public class FiredWeaponTests
{
    [Fact]
    public void A_fired_thing_no_entry_places_is_force_not_specified()
    {
        const string conllu = """
            1 Egypt     Egypt     PROPN NNP 2 nsubj B-EGY
            2 fired     fire      VERB  VBD 0 root  _
            3 flares    flare     NOUN  NNS 2 obj   _
            4 at        at        ADP   IN  5 case  _
            5 Libya     Libya     PROPN NNP 2 obl   B-LBY
            6 .         .         PUNCT .   2 punct _
            """;
        var events = ParsedArticles.Code(conllu);
        Assert.Contains("EGY LBY 190", events);
        Assert.DoesNotContain("EGY LBY 193", events);
    }

    [Fact]
    public void Firing_at_someone_with_nothing_named_stays_small_arms()
    {
        const string conllu = """
            1 Egypt     Egypt     PROPN NNP 2 nsubj B-EGY
            2 fired     fire      VERB  VBD 0 root  _
            3 at        at        ADP   IN  4 case  _
            4 Libya     Libya     PROPN NNP 2 obl   B-LBY
            5 .         .         PUNCT .   2 punct _
            """;
        Assert.Contains("EGY LBY 193", ParsedArticles.Code(conllu));
    }

    [Fact]
    public void Fired_shots_stay_small_arms()
    {
        const string conllu = """
            1 Egypt     Egypt     PROPN NNP 2 nsubj B-EGY
            2 fired     fire      VERB  VBD 0 root  _
            3 shots     shot      NOUN  NNS 2 obj   _
            4 at        at        ADP   IN  5 case  _
            5 Libya     Libya     PROPN NNP 2 obl   B-LBY
            6 .         .         PUNCT .   2 punct _
            """;
        Assert.Contains("EGY LBY 193", ParsedArticles.Code(conllu));
    }
}
