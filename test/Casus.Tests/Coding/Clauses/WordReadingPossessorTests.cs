using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The word reading (a parse with no event) of a list of targets: an actor that owns the noun after it
/// ("Russia's war") is no item of the list — the item is its noun, a second act of its own or a thing — so it is not a
/// second target of the first act.</summary>
public class WordReadingPossessorTests
{
    [Fact]
    public void A_possessor_after_and_is_no_second_target_of_the_act_before()
    {
        // "Hamas' attacks against Israel and Russia's war against Ukraine shook Europe", flat parse.
        var events = ParsedArticles.Code("""
            1  Hamas    Hamas    PROPN NNP 0 root  B-PSEREBHMS
            2  '        's       PART  POS 1 dep   _
            3  attacks  attack   NOUN  NNS 1 dep   _
            4  against  against  ADP   IN  1 dep   _
            5  Israel   Israel   PROPN NNP 1 dep   B-ISR
            6  and      and      CCONJ CC  1 dep   _
            7  Russia   Russia   PROPN NNP 1 dep   B-RUS
            8  's       's       PART  POS 1 dep   _
            9  war      war      NOUN  NN  1 dep   _
            10 against  against  ADP   IN  1 dep   _
            11 Ukraine  Ukraine  PROPN NNP 1 dep   B-UKR
            12 shook    shake    VERB  VBD 1 dep   _
            13 Europe   Europe   PROPN NNP 1 dep   B-EUR
            14 .        .        PUNCT .   1 punct _
            """);
        Assert.Contains(events, e => e.StartsWith("PSEREBHMS ISR 1", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.StartsWith("PSEREBHMS RUS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Iran", "'s", "proxies", false)]
    [InlineData("Iran", "and", "Syria", true)]
    public void A_verb_object_list_ends_before_a_possessor(string second, string after, string last, bool secondIsTarget)
    {
        // "Israel struck Hamas and Iran's proxies": the proxies are struck, not Iran; "Hamas and Iran and Syria" lists
        // three targets (control).
        var events = ParsedArticles.Code($"""
            1 Israel  Israel  PROPN NNP 0 root  B-ISR
            2 struck  strike  VERB  VBD 1 dep   _
            3 Hamas   Hamas   PROPN NNP 1 dep   B-PSEREBHMS
            4 and     and     CCONJ CC  1 dep   _
            5 {second,-7} {second,-7} PROPN NNP 1 dep   B-IRN
            6 {after,-7} {after,-7} {(after == "'s" ? "PART  POS" : "CCONJ CC ")} 1 dep   _
            7 {last,-7} {last,-7} {(last == "Syria" ? "PROPN NNP" : "NOUN  NNS")} 1 dep   {(last == "Syria" ? "B-SYR" : "_")}
            8 .       .       PUNCT .   1 punct _
            """);
        Assert.Contains(events, e => e.StartsWith("ISR PSEREBHMS 19", StringComparison.Ordinal));
        Assert.Equal(secondIsTarget, events.Any(e => e.StartsWith("ISR IRN 19", StringComparison.Ordinal)));
    }
}
