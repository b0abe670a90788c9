using static Casus.Tests.Actors.ParsedSentence;

namespace Casus.Tests.Actors;

/// <summary>A head with a 'national:' reading in the shipped roles.txt: "bomber" is a military aircraft when a country
/// names it, a person (UAF) otherwise.</summary>
public class NationalHeadTests
{
    [Fact]
    public void A_country_before_the_head_gives_the_national_role()
        => Assert.Equal(["Japanese bomber=JPNMIL"],
            Code("A/DET/3/det Japanese/ADJ/3/amod bomber/NOUN/4/nsubj attacked/VERB/0/root a/DET/6/det vessel/NOUN/4/obj").Where(m => m.Contains("bomber", StringComparison.Ordinal)).ToList());

    [Fact]
    public void The_head_alone_keeps_its_own_role()
        => Assert.Equal(["bomber=---UAF"],
            Code("The/DET/2/det bomber/NOUN/3/nsubj attacked/VERB/0/root a/DET/5/det mosque/NOUN/3/obj").Where(m => m.StartsWith("bomber", StringComparison.Ordinal)).ToList());

    [Fact]
    public void A_head_of_its_own_wins_over_the_national_reading()
        => Assert.Equal(["Palestinian suicide bomber=PSEUAF"],
            Code("A/DET/4/det Palestinian/ADJ/4/amod suicide/NOUN/4/compound bomber/NOUN/5/nsubj attacked/VERB/0/root").Where(m => m.Contains("bomber", StringComparison.Ordinal)).ToList());
}
