using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A complaint or protest made to an addressee about someone's acts ("complained to the UN over Israeli
/// raids") is coded against the one complained about, not the body complained to (ParseCoder.ComplaintTopic).</summary>
public class ComplaintTopicTests
{
    private static List<string> Dyads(string conllu)
    {
        var article = ParsedArticles.Build(conllu);
        CodingStage.CreateDefault().Process(article);
        return article.Events.Select(e => $"{e.Source.Code} {(e.Target is { } t ? t.Code.Value : "-")} {e.Code}").ToList();
    }

    // "Egypt complained to the Security Council over <topic> strikes."
    private static string ComplainedOver(string prep, string adjective, string tag) => $$"""
        1 Egypt       Egypt       PROPN NNP 2 nsubj    B-EGY
        2 complained  complain    VERB  VBD 0 root     _
        3 to          to          ADP   IN  6 case     _
        4 the         the         DET   DT  6 det      _
        5 Security    Security    PROPN NNP 6 compound B-IGOUNO
        6 Council     Council     PROPN NNP 2 obl      I-IGOUNO
        7 {{prep}}    {{prep}}    ADP   IN  10 case    _
        8 {{adjective}} {{adjective}} ADJ JJ 10 amod   {{tag}}
        9 air         air         NOUN  NN  10 compound _
        10 strikes    strike      NOUN  NNS 2 obl      _
        11 .          .           PUNCT .   2 punct    _
        """;

    [Theory]
    [InlineData("over")]
    [InlineData("about")]
    public void The_target_is_whom_the_complaint_is_about(string prep)
    {
        Assert.Equal(["EGY ISR 114"], Dyads(ComplainedOver(prep, "Israeli", "B-ISR")));
    }

    [Fact]
    public void A_topic_that_names_no_actor_leaves_the_addressee()
    {
        Assert.Equal(["EGY IGOUNO 114"], Dyads(ComplainedOver("over", "recent", "_")));
    }

    [Fact]
    public void A_topic_phrase_behind_another_preposition_is_no_topic()
    {
        // "complained to the Council after Israeli air strikes": a time, not what the complaint is about.
        Assert.Equal(["EGY IGOUNO 114"], Dyads(ComplainedOver("after", "Israeli", "B-ISR")));
    }

    // "Pakistan lodged a complaint with the United Nations over raids by India."
    private const string LodgedWithOverBy = """
        1 Pakistan   Pakistan   PROPN NNP 2 nsubj    B-PAK
        2 lodged     lodge      VERB  VBD 0 root     _
        3 a          a          DET   DT  4 det      _
        4 complaint  complaint  NOUN  NN  2 obj      _
        5 with       with       ADP   IN  8 case     _
        6 the        the        DET   DT  8 det      _
        7 United     United     PROPN NNP 8 compound B-IGOUNO
        8 Nations    Nations    PROPN NNPS 4 nmod    I-IGOUNO
        9 over       over       ADP   IN  10 case    _
        10 raids     raid       NOUN  NNS 4 nmod     _
        11 by        by         ADP   IN  12 case    _
        12 India     India      PROPN NNP 10 nmod    B-IND
        13 .         .          PUNCT .   2 punct    _
        """;

    [Fact]
    public void The_doer_in_the_topic_s_by_phrase_under_the_complaint_noun_is_the_target()
    {
        Assert.Equal(["PAK IND 114"], Dyads(LodgedWithOverBy));
    }
    // "Egypt complained to the Security Council on Tuesday over Israeli strikes": the topic hung on the time phrase.
    [Fact]
    public void A_topic_hung_on_a_time_phrase_is_read()
    {
        Assert.Equal(["EGY ISR 114"], Dyads("""
            1 Egypt       Egypt       PROPN NNP 2 nsubj    B-EGY
            2 complained  complain    VERB  VBD 0 root     _
            3 to          to          ADP   IN  6 case     _
            4 the         the         DET   DT  6 det      _
            5 Security    Security    PROPN NNP 6 compound B-IGOUNO
            6 Council     Council     PROPN NNP 2 obl      I-IGOUNO
            7 on          on          ADP   IN  8 case     _
            8 Tuesday     Tuesday     PROPN NNP 2 obl      _
            9 over        over        ADP   IN  11 case    _
            10 Israeli    Israeli     ADJ   JJ  11 amod    B-ISR
            11 strikes    strike      NOUN  NNS 8 nmod     _
            12 .          .           PUNCT .   2 punct    _
            """));
    }

    // "... on Tuesday over two Israeli strikes", with "over two" read as a quantity and the noun left without a case.
    [Fact]
    public void A_number_split_from_its_noun_still_names_the_topic()
    {
        Assert.Equal(["EGY ISR 114"], Dyads("""
            1 Egypt       Egypt       PROPN NNP 2 nsubj    B-EGY
            2 complained  complain    VERB  VBD 0 root     _
            3 to          to          ADP   IN  6 case     _
            4 the         the         DET   DT  6 det      _
            5 Security    Security    PROPN NNP 6 compound B-IGOUNO
            6 Council     Council     PROPN NNP 2 obl      I-IGOUNO
            7 on          on          ADP   IN  8 case     _
            8 Tuesday     Tuesday     PROPN NNP 2 obl      _
            9 over        over        ADP   IN  10 case    _
            10 two        two         NUM   CD  8 nmod     _
            11 Israeli    Israeli     ADJ   JJ  12 amod    B-ISR
            12 strikes    strike      NOUN  NNS 2 obl:unmarked _
            13 .          .           PUNCT .   2 punct    _
            """));
    }

    // "... on Tuesday over the detention of citizens": a topic that names no actor leaves the addressee.
    [Fact]
    public void A_time_phrase_without_an_actor_topic_leaves_the_addressee()
    {
        Assert.Equal(["EGY IGOUNO 114"], Dyads("""
            1 Egypt       Egypt       PROPN NNP 2 nsubj    B-EGY
            2 complained  complain    VERB  VBD 0 root     _
            3 to          to          ADP   IN  6 case     _
            4 the         the         DET   DT  6 det      _
            5 Security    Security    PROPN NNP 6 compound B-IGOUNO
            6 Council     Council     PROPN NNP 2 obl      I-IGOUNO
            7 on          on          ADP   IN  8 case     _
            8 Tuesday     Tuesday     PROPN NNP 2 obl      _
            9 over        over        ADP   IN  11 case    _
            10 the        the         DET   DT  11 det     _
            11 detention  detention   NOUN  NN  8 nmod     _
            12 .          .           PUNCT .   2 punct    _
            """));
    }
}
