using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>"war" after launch/open: war games are exercises (062 between partners) and a launched war is no war
/// crimes inquiry (094 needs crimes or an inquiry noun after "war"; data/verbs/09_investigate.txt).</summary>
public class LaunchedWarTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void Partners_launching_war_games_cooperate_militarily()
    {
        var codes = Code("""
            1 France   France   PROPN NNP 4 nsubj    B-FRA
            2 and      and      CCONJ CC  3 cc       _
            3 Egypt    Egypt    PROPN NNP 1 conj     B-EGY
            4 launched launch   VERB  VBD 0 root     _
            5 war      war      NOUN  NN  6 compound _
            6 games    game     NOUN  NNS 4 obj      _
            7 .        .        PUNCT .   4 punct    _
            """);
        Assert.Equal(["EGY FRA 062", "FRA EGY 062"], codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Launching_a_war_against_a_country_is_no_war_crimes_inquiry()
    {
        var codes = Code("""
            1 Iraq     Iraq     PROPN NNP 2 nsubj B-IRQ
            2 launched launch   VERB  VBD 0 root  _
            3 a        a        DET   DT  4 det   _
            4 war      war      NOUN  NN  2 obj   _
            5 against  against  ADP   IN  6 case  _
            6 Iran     Iran     PROPN NNP 4 nmod  B-IRN
            7 .        .        PUNCT .   2 punct _
            """);
        Assert.DoesNotContain(codes, c => c.EndsWith(" 094", StringComparison.Ordinal));
    }

    [Fact]
    public void A_war_crimes_inquiry_opened_into_a_country_is_094()
    {
        Assert.Equal(["ICC SRB 094"], Code("""
            1 ICC      ICC      PROPN NNP 2 nsubj    B-ICC
            2 opened   open     VERB  VBD 0 root     _
            3 a        a        DET   DT  6 det      _
            4 war      war      NOUN  NN  5 compound _
            5 crimes   crime    NOUN  NNS 6 compound _
            6 inquiry  inquiry  NOUN  NN  2 obj      _
            7 into     into     ADP   IN  8 case     _
            8 Serbia   Serbia   PROPN NNP 6 nmod     B-SRB
            9 .        .        PUNCT .   2 punct    _
            """));
    }
}
