using static Casus.Tests.Actors.ActorTestData;

namespace Casus.Tests.Actors;

/// <summary>Migrants and immigrants are civilians (CAMEO CVL) of the country that names them; refugees (REF) are
/// those who flee and ask for asylum, a narrower word news keeps apart.</summary>
public class MigrantWordsTests
{
    [Fact]
    public void A_country_and_migrants_are_its_civilians()
    {
        Assert.Contains("Guatemalan migrants=GTMCVL", Code("Police detained 13 Guatemalan migrants ."));
        Assert.Contains("Mexican immigrants=MEXCVL", Code("Police detained illegal Mexican immigrants ."));
    }
}
