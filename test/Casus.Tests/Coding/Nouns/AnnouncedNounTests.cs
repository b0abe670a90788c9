using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Nouns;

/// <summary>A measure announced is taken: "the ministry announced the arrest of X" is the ministry arresting X, for
/// coercion, sanctions and releases only; an announced meeting or visit is yet to come. Hand-built parses.</summary>
public class AnnouncedNounTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    private static string Announced(string verb, string verbLemma, string noun, string nounLemma, string prep) => $"""
        1 Egyptian  Egyptian  ADJ   JJ  2 amod      B-EGYCOP
        2 police    police    NOUN  NN  3 nsubj     I-EGYCOP
        3 {verb}    {verbLemma} VERB VBD 0 root     _
        4 the       the       DET   DT  5 det       _
        5 {noun}    {nounLemma} NOUN NN 3 obj       _
        6 {prep}    {prep}    ADP   IN  9 case      _
        7 the       the       DET   DT  9 det       _
        8 opposition opposition NOUN NN 9 compound  B----OPP
        9 leader    leader    NOUN  NN  5 nmod      I----OPP
        10 .        .         PUNCT .   3 punct     _
        """;

    [Fact]
    public void An_arrest_announced_is_an_arrest_by_the_announcer()
    {
        Assert.Contains("EGYCOP ---OPP 173", Code(Announced("announced", "announce", "arrest", "arrest", "of")));
        Assert.Contains("EGYCOP ---OPP 0841", Code(Announced("confirmed", "confirm", "release", "release", "of")));
    }

    [Fact]
    public void An_announced_visit_is_no_visit()
    {
        Assert.DoesNotContain(Code(Announced("announced", "announce", "visit", "visit", "to")), e => e.EndsWith(" 042", StringComparison.Ordinal));
    }

    [Fact]
    public void An_announcement_not_asserted_announces_nothing()
    {
        // "Egyptian police did not announce the arrest of the opposition leader."
        var events = Code("""
            1 Egyptian  Egyptian  ADJ   JJ  2 amod      B-EGYCOP
            2 police    police    NOUN  NN  5 nsubj     I-EGYCOP
            3 did       do        AUX   VBD 5 aux       _
            4 not       not       PART  RB  5 advmod    _
            5 announce  announce  VERB  VB  0 root      _
            6 the       the       DET   DT  7 det       _
            7 arrest    arrest    NOUN  NN  5 obj       _
            8 of        of        ADP   IN  11 case     _
            9 the       the       DET   DT  11 det      _
            10 opposition opposition NOUN NN 11 compound B----OPP
            11 leader   leader    NOUN  NN  7 nmod      I----OPP
            12 .        .         PUNCT .   5 punct     _
            """);
        Assert.DoesNotContain(events, e => e.EndsWith(" 173", StringComparison.Ordinal));
    }

    [Fact]
    public void A_suspension_announced_reduces_relations_with_the_one_the_ties_link_to()
    {
        // "Italy announced a suspension of air links with Serbia."
        var events = Code("""
            1 Italy      Italy      PROPN NNP 2 nsubj     B-ITA
            2 announced  announce   VERB  VBD 0 root      _
            3 a          a          DET   DT  4 det       _
            4 suspension suspension NOUN  NN  2 obj       _
            5 of         of         ADP   IN  7 case      _
            6 air        air        NOUN  NN  7 compound  _
            7 links      link       NOUN  NNS 4 nmod      _
            8 with       with       ADP   IN  9 case      _
            9 Serbia     Serbia     PROPN NNP 7 nmod      B-SRB
            10 .         .          PUNCT .   2 punct     _
            """);
        Assert.Contains("ITA SRB 160", events);
    }

    [Fact]
    public void A_suspension_imposed_is_taken_and_one_of_a_thing_names_no_one()
    {
        // "The government imposed a suspension of flights to Qatar." / "... of the law."
        string Imposed(string what, string lemma, string tail) => $"""
            1 The        the        DET   DT  2 det       _
            2 government government NOUN  NN  3 nsubj     B----GOV
            3 imposed    impose     VERB  VBD 0 root      _
            4 a          a          DET   DT  5 det       _
            5 suspension suspension NOUN  NN  3 obj       _
            6 of         of         ADP   IN  7 case      _
            7 {what}     {lemma}    NOUN  NNS 5 nmod      _
            {tail}
            """;
        Assert.Contains("---GOV QAT 160", Code(Imposed("flights", "flight", "8 to to ADP IN 9 case _\n9 Qatar Qatar PROPN NNP 7 nmod B-QAT\n10 . . PUNCT . 3 punct _")));
        Assert.DoesNotContain(Code(Imposed("law", "law", "8 . . PUNCT . 3 punct _")), e => e.EndsWith(" 160", StringComparison.Ordinal));
    }
}
