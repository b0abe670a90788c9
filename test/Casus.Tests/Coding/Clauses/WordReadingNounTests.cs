using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>
/// The word reading (a parse with no event) on a tagged sentence: a plural noun after its adjective is no verb, so the
/// actor before it is not its doer; one followed by the preposition of the one it acts on still codes.
/// </summary>
public class WordReadingNounTests
{
    [Fact]
    public void A_plural_noun_after_its_adjective_is_no_verb()
    {
        // "Police patrolled after violent protests by crowds": the police did not protest.
        Assert.Empty(ParsedArticles.Code("""
            1 Police    police    NOUN  NNS 2 nsubj B----COP
            2 patrolled patrol    VERB  VBD 0 root  _
            3 after     after     ADP   IN  5 case  _
            4 violent   violent   ADJ   JJ  5 amod  _
            5 protests  protest   NOUN  NNS 2 obl   _
            6 by        by        ADP   IN  7 case  _
            7 crowds    crowd     NOUN  NNS 5 nmod  _
            8 .         .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void The_same_words_untagged_as_an_adjective_read_as_a_verb()
    {
        // Control: with "violent" not tagged an adjective the word reading takes "protests" as the verb, as before.
        Assert.Equal(["---COP - 141"], ParsedArticles.Code("""
            1 Police    police    NOUN  NNS 2 nsubj B----COP
            2 patrolled patrol    VERB  VBD 0 root  _
            3 after     after     ADP   IN  5 case  _
            4 violent   violent   ADV   RB  5 advmod _
            5 protests  protest   NOUN  NNS 2 obl   _
            6 by        by        ADP   IN  7 case  _
            7 crowds    crowd     NOUN  NNS 5 nmod  _
            8 .         .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_noun_followed_by_the_preposition_of_its_target_still_codes()
    {
        // "Hamas terrorist attacks against Israel", the parse leaving every word a loose dependent; a terrorist attack
        // is unconventional violence (180, data/verbs/source_kinds.txt).
        Assert.Equal(["PSEREBHMS ISR 180"], ParsedArticles.Code("""
            1 Hamas     Hamas     PROPN NNP 0 root  B-PSEREBHMS
            2 terrorist terrorist ADJ   JJ  1 dep   _
            3 attacks   attack    NOUN  NNS 1 dep   _
            4 against   against   ADP   IN  1 dep   _
            5 Israel    Israel    PROPN NNP 1 dep   B-ISR
            6 .         .         PUNCT .   1 punct _
            """));
    }

    // "Talks open a day before Sarkozy heads to Beijing." (written for this test) as a parser misreads it: "Sarkozy
    // heads" a noun phrase with "before" as its case; the word reading sees the verb "heads to".
    private static string DayBefore(string prep) => $$"""
        1 Talks     talk      NOUN  NNS 2 nsubj    _
        2 open      open      VERB  VBP 0 root     _
        3 a         a         DET   DT  4 det      _
        4 day       day       NOUN  NN  2 obl:npmod _
        5 {{prep}}  {{prep}}  ADP   IN  7 case     _
        6 Sarkozy   Sarkozy   PROPN NNP 7 compound B-FRAGOV
        7 heads     head      NOUN  NNS 4 nmod     _
        8 to        to        ADP   IN  9 case     _
        9 Beijing   Beijing   PROPN NNP 7 nmod     B-CHN
        10 .        .         PUNCT .   2 punct    _
        """;

    [Fact]
    public void A_clause_under_before_misparsed_as_a_phrase_is_still_not_yet_done()
    {
        Assert.Empty(ParsedArticles.Code(DayBefore("before")));
    }

    [Fact]
    public void The_same_phrase_after_after_is_read_as_a_visit()
    {
        // Control: "after" puts no veto on the word reading, which codes the trip.
        Assert.Contains(ParsedArticles.Code(DayBefore("after")), e => e.EndsWith(" 042"));
    }
    private const string FarLeft = """
        1 Trump        Trump        PROPN NNP 2 nsubj    B-USAGOV
        2 argued       argue        VERB  VBD 0 root     _
        3 the          the          DET   DT  7 det      _
        4 far          far          ADV   RB  5 advmod   _
        5 left         left         {0}   {1} 7 {2}   _
        6 Antifa       Antifa       PROPN NNP 7 compound _
        7 organization organization NOUN  NN  8 nsubj    _
        8 grew         grow         VERB  VBD 2 ccomp    _
        9 .            .            PUNCT .   2 punct    _
        """;

    [Fact]
    public void An_adjective_before_a_noun_is_no_verb()
    {
        // "Trump argued the far left Antifa organization grew": "left" is no leaving of an organisation (160).
        Assert.Empty(ParsedArticles.Code(string.Format(FarLeft, "ADJ  ", "JJ ", "amod  ")));
        // Tagged a verb but parsed as the noun's modifier after a determiner, it is no verb either
        // (ParseCoder.IsPrenominalParticiple).
        Assert.Empty(ParsedArticles.Code(string.Format(FarLeft, "VERB ", "VBD", "amod  ")));
        // Control: tagged a verb and hung loose by the parse, the word reading codes it as before.
        Assert.Equal(["USAGOV - 160"], ParsedArticles.Code(string.Format(FarLeft, "VERB ", "VBD", "dep   ")));
    }
}
