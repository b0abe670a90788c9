using Casus.Tests.TestKit;
using Casus.Time;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A relative clause in the simple present describes its noun ("Russia, which backs Assad") unless a time
/// word of data/time/time-words.txt or a weekday name dates it ("Russia, which today backs Assad"): then it reports
/// the day's act. Driven by the shipped list, on hand-built parses.</summary>
public class DatedRelativeClauseTests
{
    // "Russia, which {word} backs Assad, attacked Ukraine ." with the word a dependent of the relative clause.
    private static List<string> Code(string word, string relation) => ParsedArticles.Code($"""
        1 Russia   Russia   PROPN NNP 7 nsubj     B-RUS
        2 ,        ,        PUNCT ,   5 punct     _
        3 which    which    PRON  WDT 5 nsubj     _
        4 {word}   {word}   ADV   RB  5 {relation} _
        5 backs    back     VERB  VBZ 1 acl:relcl _
        6 Assad    Assad    PROPN NNP 5 obj       B-SYRGOV
        7 attacked attack   VERB  VBD 0 root      _
        8 Ukraine  Ukraine  PROPN NNP 7 obj       B-UKR
        9 .        .        PUNCT .   7 punct     _
        """);

    public static TheoryData<string> Deictics() => [.. TimeWords.Default.Deictics];

    public static TheoryData<string> Nouns() => [.. TimeWords.Default.Nouns];

    [Theory]
    [MemberData(nameof(Deictics))]
    public void A_deictic_dates_the_relative_clause(string word)
    {
        Assert.Contains(Code(word, "advmod"), e => e.StartsWith("RUS SYRGOV ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Nouns))]
    [InlineData("Wednesday")]
    public void A_time_noun_or_weekday_dates_the_relative_clause(string word)
    {
        Assert.Contains(Code(word, "obl"), e => e.StartsWith("RUS SYRGOV ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("still", "advmod")]
    [InlineData("region", "obl")]
    public void A_word_off_the_list_leaves_the_clause_a_description(string word, string relation)
    {
        Assert.Equal(["RUS UKR 190"], Code(word, relation));
    }
}
