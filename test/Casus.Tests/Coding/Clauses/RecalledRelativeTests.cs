using Casus.Tests.TestKit;
using Casus.Time;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A relative clause in the perfect ("the group that has seized parts of Iraq", "whom they had taken hostage")
/// recalls what its noun is known for and is not coded; one in the simple past is, and so is a main clause the parser
/// mislabelled relative. On hand-built parses.</summary>
public class RecalledRelativeTests
{
    // "Iraq condemned the rebels, who {aux} attacked Syria ." with the relative clause under 'rebels'.
    private static List<string> Relative(string aux, string rel = "acl:relcl", int head = 3) => ParsedArticles.Code($"""
        1 Iraq      Iraq      PROPN NNP 2 nsubj B-IRQ
        2 condemned condemn   VERB  VBD 0 root  _
        3 rebels    rebel     NOUN  NNS 2 obj   B-REB
        4 ,         ,         PUNCT ,   7 punct _
        5 who       who       PRON  WP  7 nsubj _
        6 {(aux.Length > 0 ? aux : "then")} {(aux.Length > 0 ? "have" : "then")} {(aux.Length > 0 ? "AUX VBD" : "ADV RB")} 7 {(aux.Length > 0 ? "aux" : "advmod")} _
        7 attacked  attack    VERB  {(aux.Length > 0 ? "VBN" : "VBD")} {head} {rel} _
        8 Syria     Syria     PROPN NNP 7 obj   B-SYR
        9 .         .         PUNCT .   2 punct _
        """);

    [Fact]
    public void A_relative_clause_in_the_past_perfect_is_not_coded()
    {
        Assert.Equal(["IRQ REB 111"], Relative("had"));
    }

    [Fact]
    public void A_relative_clause_in_the_present_perfect_is_not_coded()
    {
        Assert.Equal(["IRQ REB 111"], Relative("have"));
    }

    [Fact]
    public void A_relative_clause_in_the_simple_past_is_coded()
    {
        Assert.Contains(Relative(""), e => e.EndsWith(" SYR 190", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_clause_the_parser_hung_on_the_verb_is_still_recalled()
    {
        // "whom/who ... had attacked" attached as an adverbial clause of 'condemned' keeps its relative pronoun.
        Assert.Equal(["IRQ REB 111"], Relative("had", rel: "advcl", head: 2));
    }

    [Fact]
    public void A_main_clause_mislabelled_relative_after_a_fronted_phrase_is_coded()
    {
        // "As a result of the policy, the rebels have attacked Syria": no relative word, a comma before the clause.
        var events = ParsedArticles.Code("""
            1 As        as        ADP   IN  3 case  _
            2 a         a         DET   DT  3 det   _
            3 result    result    NOUN  NN  0 root  _
            4 of        of        ADP   IN  6 case  _
            5 the       the       DET   DT  6 det   _
            6 policy    policy    NOUN  NN  3 nmod  _
            7 ,         ,         PUNCT ,   10 punct _
            8 Iraq      Iraq      PROPN NNP 10 nsubj B-IRQ
            9 have      have      AUX   VBP 10 aux  _
            10 attacked attack    VERB  VBN 6 acl:relcl _
            11 Syria    Syria     PROPN NNP 10 obj  B-SYR
            12 .        .         PUNCT .   3 punct _
            """);
        Assert.Contains("IRQ SYR 190", events);
    }

    // "Iraq condemned {when} the rebels, who {aux} {adv} attacked Syria ." with a recency adverb in the relative clause
    // and/or a day word on the main verb.
    private static List<string> Dated(string aux, string adv, string when) => ParsedArticles.Code($"""
        1 Iraq      Iraq      PROPN NNP 2 nsubj B-IRQ
        2 condemned condemn   VERB  VBD 0 root  _
        3 {when}    {when}    {(when == "then" ? "ADV RB 2 advmod" : "NOUN NN 2 obl:tmod")} _
        4 rebels    rebel     NOUN  NNS 2 obj   B-REB
        5 ,         ,         PUNCT ,   9 punct _
        6 who       who       PRON  WP  9 nsubj _
        7 {aux}     have      AUX   {(aux == "had" ? "VBD" : "VBP")} 9 aux _
        8 {adv}     {adv}     ADV   RB  9 advmod _
        9 attacked  attack    VERB  VBN 4 acl:relcl _
        10 Syria    Syria     PROPN NNP 9 obj   B-SYR
        11 .        .         PUNCT .   2 punct _
        """);

    [Theory]
    [InlineData("just")]
    [InlineData("now")]
    [InlineData("recently")]
    public void A_present_perfect_relative_clause_with_a_recency_adverb_is_coded(string adv)
    {
        Assert.Contains(Dated("have", adv, "then"), e => e.EndsWith(" SYR 190", StringComparison.Ordinal));
    }

    [Fact]
    public void A_present_perfect_relative_clause_with_an_adverb_of_habit_stays_recalled()
    {
        Assert.DoesNotContain(Dated("have", "consistently", "then"), e => e.EndsWith(" SYR 190", StringComparison.Ordinal));
    }

    [Fact]
    public void A_past_perfect_relative_clause_stays_recalled_even_with_just()
    {
        Assert.DoesNotContain(Dated("had", "just", "then"), e => e.EndsWith(" SYR 190", StringComparison.Ordinal));
    }

    [Fact]
    public void A_present_perfect_relative_clause_in_a_clause_dated_today_is_coded()
    {
        Assert.Contains(Dated("have", "also", "today"), e => e.EndsWith(" SYR 190", StringComparison.Ordinal));
    }

    [Fact]
    public void A_day_word_on_the_saying_does_not_date_the_content_clause()
    {
        // "Iraq said today that it condemned the rebels, who have attacked Syria": "today" dates the saying only.
        var events = ParsedArticles.Code("""
            1 Iraq      Iraq      PROPN NNP 2 nsubj B-IRQ
            2 said      say       VERB  VBD 0 root  _
            3 today     today     NOUN  NN  2 obl:tmod _
            4 that      that      SCONJ IN  6 mark  _
            5 Egypt     Egypt     PROPN NNP 6 nsubj B-EGY
            6 condemned condemn   VERB  VBD 2 ccomp _
            7 rebels    rebel     NOUN  NNS 6 obj   B-REB
            8 ,         ,         PUNCT ,   11 punct _
            9 who       who       PRON  WP  11 nsubj _
            10 have     have      AUX   VBP 11 aux _
            11 attacked attack    VERB  VBN 7 acl:relcl _
            12 Syria    Syria     PROPN NNP 11 obj  B-SYR
            13 .        .         PUNCT .   2 punct _
            """);
        Assert.DoesNotContain(events, e => e.EndsWith(" SYR 190", StringComparison.Ordinal));
    }

    [Fact]
    public void A_present_perfect_relative_clause_counted_so_far_is_coded()
    {
        // "Iraq condemned the rebels, who have attacked Syria so far": a running count of an ongoing act is the day's news.
        var events = ParsedArticles.Code("""
            1 Iraq      Iraq      PROPN NNP 2 nsubj B-IRQ
            2 condemned condemn   VERB  VBD 0 root  _
            3 rebels    rebel     NOUN  NNS 2 obj   B-REB
            4 ,         ,         PUNCT ,   7 punct _
            5 who       who       PRON  WP  7 nsubj _
            6 have      have      AUX   VBP 7 aux _
            7 attacked  attack    VERB  VBN 3 acl:relcl _
            8 Syria     Syria     PROPN NNP 7 obj   B-SYR
            9 so        so        ADV   RB  10 advmod _
            10 far      far       ADV   RB  7 advmod _
            11 .        .         PUNCT .   2 punct _
            """);
        Assert.Contains(events, e => e.EndsWith(" SYR 190", StringComparison.Ordinal));
    }

    // The bare words of data/time/recency.txt, read from the shipped list so that a word added there is tested too.
    public static TheoryData<string> RecentWords() => [.. RecencyWords.Default.Recent.Words];

    public static TheoryData<string> DayWords() => [.. RecencyWords.Default.Day.Words];

    [Theory]
    [MemberData(nameof(RecentWords))]
    [MemberData(nameof(DayWords))]
    public void A_present_perfect_relative_clause_with_a_word_of_the_recency_list_is_coded(string word)
    {
        Assert.Contains(Dated("have", word, "then"), e => e.EndsWith(" SYR 190", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DayWords))]
    public void A_day_word_of_the_list_on_the_modified_clause_codes_the_relative_clause(string word)
    {
        Assert.Contains(Dated("have", "also", word), e => e.EndsWith(" SYR 190", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RecentWords))]
    public void A_recency_word_of_the_list_on_the_modified_clause_does_not_date_the_relative_clause(string word)
    {
        // "Iraq condemned now the rebels, who have also attacked Syria": "now" dates the condemning, not the attack.
        Assert.DoesNotContain(Dated("have", "also", word), e => e.EndsWith(" SYR 190", StringComparison.Ordinal));
    }

    // "Iraq condemned the rebels, who have attacked Syria this {noun}": a time noun with "this" in the relative clause.
    public static TheoryData<string> ThisNouns() =>
        [.. RecencyWords.Default.Day.ThisNouns.Concat(RecencyWords.Default.Recent.ThisNouns)];

    [Theory]
    [MemberData(nameof(ThisNouns))]
    public void A_present_perfect_relative_clause_dated_this_noun_of_the_list_is_coded(string noun)
    {
        var events = ParsedArticles.Code($"""
            1 Iraq      Iraq      PROPN NNP 2 nsubj B-IRQ
            2 condemned condemn   VERB  VBD 0 root  _
            3 rebels    rebel     NOUN  NNS 2 obj   B-REB
            4 ,         ,         PUNCT ,   7 punct _
            5 who       who       PRON  WP  7 nsubj _
            6 have      have      AUX   VBP 7 aux _
            7 attacked  attack    VERB  VBN 3 acl:relcl _
            8 Syria     Syria     PROPN NNP 7 obj   B-SYR
            9 this      this      DET   DT  10 det _
            10 {noun}   {noun}    NOUN  NN  7 obl:tmod _
            11 .        .         PUNCT .   2 punct _
            """);
        Assert.Contains(events, e => e.EndsWith(" SYR 190", StringComparison.Ordinal));
    }
}
