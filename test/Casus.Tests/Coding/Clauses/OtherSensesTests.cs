using Casus.Coding;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Verb senses that are no event although an entry matched (ParseCoder.Sense.cs): leaving a market, meeting an
/// aim, hosting a thing, releasing a thing named after a country; and daring someone to act, a demand. Sentences
/// written for these tests.</summary>
public class OtherSensesTests
{
    private static List<(string Code, string Source, string Target)> Code(string conll)
    {
        var article = Casus.Tests.TestKit.ParsedArticles.Build(conll);
        CodingStage.CreateDefault().Process(article);
        return article.Events.Select(e => (e.Code.Digits, e.Source.Code.Value, e.Target?.Code.Value ?? "")).ToList();
    }

    private static string Withdrew(string noun, string lemma) => $"""
        1 Russia     Russia     PROPN NNP 2 nsubj B-RUS
        2 withdrew   withdraw   VERB  VBD 0 root  _
        3 from       from       ADP   IN  5 case  _
        4 Ukrainian  Ukrainian  ADJ   JJ  5 amod  B-UKR
        5 {noun}     {lemma}    NOUN  NN  2 obl   _
        6 .          .          PUNCT .   2 punct _
        """;

    [Fact]
    public void Withdrawing_from_a_market_is_no_de_escalation()
        => Assert.DoesNotContain(Code(Withdrew("market", "market")), e => e.Code == "087");

    [Fact]
    public void Withdrawing_from_a_territory_stays_a_de_escalation()
        => Assert.Contains(Code(Withdrew("territory", "territory")), e => e.Code == "087");

    private static string Met(string noun, string lemma) => $"""
        1 Japan      Japan      PROPN NNP 2 nsubj B-JPN
        2 met        meet       VERB  VBD 0 root  _
        3 the        the        DET   DT  5 det   _
        4 Indian     Indian     ADJ   JJ  5 amod  B-IND
        5 {noun}     {lemma}    NOUN  NNS 2 obj   _
        6 .          .          PUNCT .   2 punct _
        """;

    [Fact]
    public void Meeting_goals_is_no_meeting()
        => Assert.DoesNotContain(Code(Met("goals", "goal")), e => e.Code.StartsWith("04", StringComparison.Ordinal));

    [Fact]
    public void Meeting_officials_stays_a_meeting()
        => Assert.Contains(Code(Met("officials", "official")), e => e.Code == "040" && e.Target.StartsWith("IND", StringComparison.Ordinal));

    [Fact]
    public void Hosting_a_thing_with_an_actor_word_is_no_visit()
        => Assert.Empty(Code("""
            1 Biden      Biden      PROPN NNP 2 nsubj    B-USAGOV
            2 hosted     host       VERB  VBD 0 root     _
            3 a          a          DET   DT  5 det      _
            4 Media      media      PROPN NNP 5 compound B----MED
            5 Preview    preview    PROPN NNP 2 obj      _
            6 .          .          PUNCT .   2 punct    _
            """));

    [Fact]
    public void Hosting_a_bloc_s_conference_stays_a_visit()
        => Assert.Contains(Code("""
            1 Italy      Italy      PROPN NNP 2 nsubj    B-ITA
            2 hosted     host       VERB  VBD 0 root     _
            3 a          a          DET   DT  5 det      _
            4 G7         G7         PROPN NNP 5 compound B-IGOG07
            5 conference conference NOUN  NN  2 obj      _
            6 .          .          PUNCT .   2 punct    _
            """), e => e.Code == "043" && e.Target == "IGOG07");

    [Fact]
    public void Hosting_a_leader_stays_a_visit()
        => Assert.Contains(Code("""
            1 Biden      Biden      PROPN NNP 2 nsubj    B-USAGOV
            2 hosted     host       VERB  VBD 0 root     _
            3 Kishida    Kishida    PROPN NNP 2 obj      B-JPNGOV
            4 .          .          PUNCT .   2 punct    _
            """), e => e.Code == "043" && e.Target == "JPNGOV");

    private static string Released(string obj) => $"""
        1 Iran       Iran       PROPN NNP 2 nsubj B-IRN
        2 released   release    VERB  VBD 0 root  _
        3 the        the        DET   DT  4 det   _
        {obj}
        5 .          .          PUNCT .   2 punct _
        """;

    [Fact]
    public void Releasing_a_thing_headed_by_a_country_name_is_no_release_of_persons()
        // "released the first-ever U.S. National Strategy": the parser heads the object with the country's name.
        => Assert.DoesNotContain(Code(Released("4 U.S. U.S. PROPN NNP 2 obj B-USA")), e => e.Code == "0841");

    [Fact]
    public void Releasing_sailors_stays_a_release()
        => Assert.Contains(Code(Released("4 sailors sailor NOUN NNS 2 obj B-USAMIL")), e => e.Code == "0841" && e.Target == "USAMIL");

    private static string Challenged(string tail) => $"""
        1 Russia     Russia     PROPN NNP 2 nsubj B-RUS
        2 challenged challenge  VERB  VBD 0 root  _
        3 Ukraine    Ukraine    PROPN NNP 2 obj   B-UKR
        {tail}
        """;

    [Fact]
    public void Challenging_someone_to_act_is_a_demand()
        => Assert.Contains(Code(Challenged("""
            4 to         to         PART  TO  5 mark  _
            5 prove      prove      VERB  VB  2 xcomp _
            6 it         it         PRON  PRP 5 obj   _
            7 .          .          PUNCT .   2 punct _
            """)), e => e.Code == "100" && e.Source == "RUS" && e.Target == "UKR");

    [Fact]
    public void Challenging_someone_stays_disapproval()
        => Assert.Contains(Code(Challenged("4 . . PUNCT . 2 punct _")), e => e.Code == "110");
    private static string HostedConferenceFor(string word, string lemma, string xpos, string tag) => $"""
        1 Germany    Germany    PROPN NNP 2 nsubj B-DEU
        2 hosted     host       VERB  VBD 0 root  _
        3 a          a          DET   DT  4 det   _
        4 conference conference NOUN  NN  2 obj   _
        5 for        for        ADP   IN  6 case  _
        6 {word}     {lemma}    NOUN  {xpos} 4 nmod  {tag}
        7 .          .          PUNCT .   2 punct _
        """;

    [Fact]
    public void Hosting_a_gathering_for_a_state_hosts_that_state()
        => Assert.Contains(Code(HostedConferenceFor("Ukraine", "Ukraine", "NNP", "B-UKR")), e => e.Code == "043" && e.Source == "DEU" && e.Target == "UKR");

    [Fact]
    public void Hosting_a_gathering_for_people_hosts_no_one()
        => Assert.DoesNotContain(Code(HostedConferenceFor("refugees", "refugee", "NNS", "B----REF")), e => e.Code == "043");
}
