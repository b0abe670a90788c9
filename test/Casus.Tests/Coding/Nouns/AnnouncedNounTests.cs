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
}
