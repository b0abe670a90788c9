using Casus.Coding;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A threat's if/unless clause names whom it is aimed at, also where the parser hung the clause on the
/// reporting verb that follows the reported threat.</summary>
public class ReportedThreatConditionTests
{
    private static List<Event> Events(string conllu)
    {
        var article = ParsedArticles.Build(conllu);
        CodingStage.CreateDefault().Process(article);
        return article.Events.ToList();
    }

    // "Russia threatened to halt the talks if Japan deploys missiles, the newspaper reported."
    private const string ReportedThreat = """
        1 Russia     Russia     PROPN NNP 2 nsubj     B-RUS
        2 threatened threaten   VERB  VBD 13 ccomp    _
        3 to         to         PART  TO  4 mark      _
        4 halt       halt       VERB  VB  2 xcomp     _
        5 the        the        DET   DT  6 det       _
        6 talks      talk       NOUN  NNS 4 obj       _
        7 if         if         SCONJ IN  9 mark      _
        8 Japan      Japan      PROPN NNP 9 nsubj     B-JPN
        9 deploys    deploy     VERB  VBZ 13 advcl    _
        10 missiles  missile    NOUN  NNS 9 obj       _
        11 ,         ,          PUNCT ,   13 punct    _
        12 newspaper newspaper  NOUN  NN  13 nsubj    _
        13 reported  report     VERB  VBD 0 root      _
        14 .         .          PUNCT .   13 punct    _
        """;

    [Fact]
    public void A_condition_hung_on_the_following_reporting_verb_names_the_threat_s_target()
    {
        var e = Assert.Single(Events(ReportedThreat), x => x.Code.Root == 13);
        Assert.Equal("RUS JPN", $"{e.Source.Code} {e.Target?.Code}");
        Assert.Contains(e.Evidence.Notes, n => n.StartsWith("target: the subject of the threat's 'if' clause", StringComparison.Ordinal));
    }

    [Fact]
    public void A_condition_hung_on_a_trailing_parataxis_report_names_the_threat_s_target()
    {
        // The treebanks' analysis of the same sentence: the threat is the root, the attribution its parataxis, and the
        // parser hangs the condition on the attribution.
        var parataxis = """
            1 Russia     Russia     PROPN NNP 2 nsubj     B-RUS
            2 threatened threaten   VERB  VBD 0 root      _
            3 to         to         PART  TO  4 mark      _
            4 halt       halt       VERB  VB  2 xcomp     _
            5 the        the        DET   DT  6 det       _
            6 talks      talk       NOUN  NNS 4 obj       _
            7 if         if         SCONJ IN  9 mark      _
            8 Japan      Japan      PROPN NNP 9 nsubj     B-JPN
            9 deploys    deploy     VERB  VBZ 13 advcl    _
            10 missiles  missile    NOUN  NNS 9 obj       _
            11 ,         ,          PUNCT ,   13 punct    _
            12 newspaper newspaper  NOUN  NN  13 nsubj    _
            13 reported  report     VERB  VBD 2 parataxis _
            14 .         .          PUNCT .   2 punct     _
            """;
        var e = Assert.Single(Events(parataxis), x => x.Code.Root == 13);
        Assert.Equal("RUS JPN", $"{e.Source.Code} {e.Target?.Code}");
    }

    [Fact]
    public void A_condition_after_a_trailing_parataxis_report_stays_the_reporter_s()
    {
        var after = """
            1 Russia     Russia     PROPN NNP 2 nsubj     B-RUS
            2 threatened threaten   VERB  VBD 0 root      _
            3 to         to         PART  TO  4 mark      _
            4 halt       halt       VERB  VB  2 xcomp     _
            5 the        the        DET   DT  6 det       _
            6 talks      talk       NOUN  NNS 4 obj       _
            7 ,          ,          PUNCT ,   9 punct     _
            8 newspaper  newspaper  NOUN  NN  9 nsubj     _
            9 reported   report     VERB  VBD 2 parataxis _
            10 if        if         SCONJ IN  12 mark     _
            11 Japan     Japan      PROPN NNP 12 nsubj    B-JPN
            12 deploys   deploy     VERB  VBZ 9 advcl     _
            13 missiles  missile    NOUN  NNS 12 obj      _
            14 .         .          PUNCT .   2 punct     _
            """;
        var e = Assert.Single(Events(after), x => x.Code.Root == 13);
        Assert.Null(e.Target);
    }

    [Fact]
    public void A_condition_of_the_reporting_verb_after_it_stays_the_reporter_s()
    {
        // "Russia threatened to halt the talks, the newspaper reported, if Japan deploys missiles" is read as the
        // reporter's clause: only a clause between the threat and its reporting verb moves to the threat.
        var moved = """
            1 Russia     Russia     PROPN NNP 2 nsubj     B-RUS
            2 threatened threaten   VERB  VBD 9 ccomp     _
            3 to         to         PART  TO  4 mark      _
            4 halt       halt       VERB  VB  2 xcomp     _
            5 the        the        DET   DT  6 det       _
            6 talks      talk       NOUN  NNS 4 obj       _
            7 ,          ,          PUNCT ,   9 punct     _
            8 newspaper  newspaper  NOUN  NN  9 nsubj     _
            9 reported   report     VERB  VBD 0 root      _
            10 if        if         SCONJ IN  12 mark     _
            11 Japan     Japan      PROPN NNP 12 nsubj    B-JPN
            12 deploys   deploy     VERB  VBZ 9 advcl     _
            13 missiles  missile    NOUN  NNS 12 obj      _
            14 .         .          PUNCT .   9 punct     _
            """;
        var e = Assert.Single(Events(moved), x => x.Code.Root == 13);
        Assert.Null(e.Target);
    }
}
