using Casus.Coding;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Blame aims at the doer, never at the one an act struck: "condemned acts of terror against Israeli
/// citizens" (the against-phrase hung on the verb) and "alleged Navalny was poisoned" (the subject of a passive content
/// clause) name victims. Sentences written for these tests.</summary>
public class BlamedThingTests
{
    private static List<(string Code, string Source, string Target)> Code(string conll)
    {
        var article = Casus.Tests.TestKit.ParsedArticles.Build(conll);
        CodingStage.CreateDefault().Process(article);
        return article.Events.Select(e => (e.Code.Digits, e.Source.Code.Value, e.Target?.Code.Value ?? "")).ToList();
    }

    [Fact]
    public void Condemned_acts_against_civilians_do_not_blame_the_civilians()
        => Assert.DoesNotContain(Code("""
            1 France     France     PROPN NNP 2 nsubj B-FRA
            2 condemned  condemn    VERB  VBD 0 root  _
            3 acts       act        NOUN  NNS 2 obj   _
            4 of         of         ADP   IN  5 case  _
            5 terror     terror     NOUN  NN  3 nmod  _
            6 against    against    ADP   IN  8 case  _
            7 Israeli    Israeli    ADJ   JJ  8 amod  B-ISRCVL
            8 citizens   citizen    NOUN  NNS 2 obl   I-ISRCVL
            9 .          .          PUNCT .   2 punct _
            """), e => e.Target == "ISRCVL");

    [Fact]
    public void Thanks_for_a_country_s_leadership_keep_the_country()
        // Praise keeps the verb's for-phrase: the restriction is blame's alone.
        => Assert.Contains(Code("""
            1 Biden      Biden      PROPN NNP 2 nsubj B-USAGOV
            2 thanked    thank      VERB  VBD 0 root  _
            3 Ms.        Ms.        PROPN NNP 4 compound _
            4 Wallensteen Wallensteen PROPN NNP 2 obj _
            5 for        for        ADP   IN  8 case  _
            6 Sweden     Sweden     PROPN NNP 8 nmod:poss B-SWE
            7 's         's         PART  POS 6 case  _
            8 leadership leadership NOUN  NN  2 obl   _
            9 .          .          PUNCT .   2 punct _
            """), e => e.Code == "051" && e.Target.StartsWith("SWE", StringComparison.Ordinal));

    private static string Alleged(string verb, string xpos, string rel, string aux) => $"""
        1 France     France     PROPN NNP 2 nsubj B-FRA
        2 alleged    allege     VERB  VBD 0 root  _
        3 Navalny    Navalny    PROPN NNP 5 {rel} B-RUSOPP
        {aux}
        5 {verb}     poison     VERB  {xpos} 2 ccomp _
        6 .          .          PUNCT .   2 punct _
        """;

    [Fact]
    public void Alleging_someone_was_harmed_does_not_accuse_them()
        => Assert.DoesNotContain(Code(Alleged("poisoned", "VBN", "nsubj:pass", "4 was be AUX VBD 5 aux:pass _")),
            e => e.Target == "RUSOPP" && e.Code.StartsWith("11", StringComparison.Ordinal));

    [Fact]
    public void Alleging_someone_acted_accuses_them()
        => Assert.Contains(Code(Alleged("poisons", "VBZ", "nsubj", "4 still still ADV RB 5 advmod _")),
            e => e.Target == "RUSOPP" && e.Code == "112");
}
