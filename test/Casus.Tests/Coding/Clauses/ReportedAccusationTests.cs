using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>"X said Y attacked Z": the act with Y as source, and, where X is of the side struck, X's accusation of Y;
/// and a pronoun "it" under plural speakers that binds no one. On hand-built parses.</summary>
public class ReportedAccusationTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    // "<speaker> <verb> that <doer> troops attacked <struck> soldiers ."
    private static string Said(string speaker = "B-UKR", string word = "said", string lemma = "say", string doer = "B-RUSMIL",
        string struck = "B-UKRMIL", string act = "attacked", string actLemma = "attack", string negation = "then") => $"""
        1 Ukraine  Ukraine  PROPN NNP 3 nsubj  {speaker}
        2 {negation} {negation} ADV RB 3 advmod _
        3 {word}   {lemma}  VERB  VBD 0 root   _
        4 that     that     SCONJ IN  7 mark   _
        5 Russian  Russian  ADJ   JJ  6 amod   {doer}
        6 troops   troop    NOUN  NNS 7 nsubj  {(doer == "_" ? "_" : "I" + doer[1..])}
        7 {act}    {actLemma} VERB VBD 3 ccomp _
        8 Ukrainian Ukrainian ADJ JJ  9 amod   {struck}
        9 soldiers soldier  NOUN  NNS 7 obj    {(struck == "_" ? "_" : "I" + struck[1..])}
        10 .       .        PUNCT .   3 punct  _
        """;

    [Fact]
    public void The_struck_side_saying_another_attacked_it_codes_the_act_and_the_accusation()
    {
        var events = Code(Said());
        Assert.Contains("RUSMIL UKRMIL 190", events);
        Assert.Contains("UKR RUSMIL 1123", events);
    }

    [Fact]
    public void A_third_party_reports_the_act_and_accuses_no_one()
    {
        // "Iraq said Russian troops attacked Ukrainian soldiers": Iraq is no side of the attack.
        var events = Code(Said(speaker: "B-IRQ"));
        Assert.Contains("RUSMIL UKRMIL 190", events);
        Assert.DoesNotContain(events, e => e.StartsWith("IRQ", StringComparison.Ordinal));
    }

    [Fact]
    public void News_media_report_and_do_not_accuse()
    {
        var events = Code(Said(speaker: "B-UKRMED"));
        Assert.DoesNotContain(events, e => e.StartsWith("UKRMED", StringComparison.Ordinal));
    }

    [Fact]
    public void A_negated_statement_accuses_no_one()
    {
        Assert.DoesNotContain(Code(Said(negation: "not")), e => e.StartsWith("UKR RUSMIL", StringComparison.Ordinal));
    }

    [Fact]
    public void Coercion_reported_is_an_account_not_a_charge()
    {
        // "Ukraine said Russian troops arrested Ukrainian soldiers": roots 17 and below accuse no one.
        var events = Code(Said(act: "arrested", actLemma: "arrest"));
        Assert.Contains(events, e => e.StartsWith("RUSMIL UKRMIL 17", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.StartsWith("UKR RUSMIL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_reporting_its_own_forces_accuses_no_one_but_one_reporting_rebels_does()
    {
        // "Ukraine said Ukrainian troops attacked Ukrainian soldiers (rebels)": its own state's forces are no accused.
        Assert.DoesNotContain(Code(Said(doer: "B-UKRMIL")), e => e.StartsWith("UKR UKRMIL 112", StringComparison.Ordinal));
        Assert.Contains("UKR UKRREB 1123", Code(Said(doer: "B-UKRREB")));
    }

    private const string Closing = """
        1 Russian  Russian  ADJ   JJ  2 amod   B-RUSMIL
        2 troops   troop    NOUN  NNS 3 nsubj  I-RUSMIL
        3 attacked attack   VERB  VBD 0 root   _
        4 Ukrainian Ukrainian ADJ JJ  5 amod   B-UKRMIL
        5 soldiers soldier  NOUN  NNS 3 obj    I-UKRMIL
        6 ,        ,        PUNCT ,   8 punct  _
        7 Ukraine  Ukraine  PROPN NNP 8 nsubj  B-UKR
        8 said     say      VERB  VBD 3 REL    _
        9 .        .        PUNCT .   3 punct  _
        """;

    [Fact]
    public void A_closing_attribution_accuses_as_a_content_clause_does()
    {
        Assert.Contains("UKR RUSMIL 1123", Code(Closing.Replace("REL", "parataxis")));
        // The parser often reads the attribution as a conjunct of the act.
        Assert.Contains("UKR RUSMIL 1123", Code(Closing.Replace("REL", "conj")));
    }

    [Fact]
    public void A_conjunct_statement_with_and_is_no_attribution()
    {
        // "Russian troops attacked Ukrainian soldiers and Ukraine said": two clauses, no account of the first.
        var conllu = Closing.Replace("REL", "conj").Replace("6 ,        ,        PUNCT ,   8 punct", "6 and      and      CCONJ CC  8 cc   ");
        Assert.DoesNotContain(Code(conllu), e => e.StartsWith("UKR RUSMIL", StringComparison.Ordinal));
    }

    private static string ItUnder(string speaker, string lemma, string xpos, string tag) => $"""
        1 {speaker} {lemma} NOUN {xpos} 2 nsubj {tag}
        2 said     say      VERB  VBD 0 root   _
        3 it       it       PRON  PRP 4 nsubj  _
        4 attacked attack   VERB  VBD 2 ccomp  _
        5 Ukrainian Ukrainian ADJ JJ  6 amod   B-UKRMIL
        6 soldiers soldier  NOUN  NNS 4 obj    I-UKRMIL
        7 .        .        PUNCT .   2 punct  _
        """;

    [Fact]
    public void It_under_plural_speakers_means_no_speaker()
    {
        // "Officials said it attacked ...": "it" is a thing or an act named before, not the officials.
        Assert.Empty(Code(ItUnder("Officials", "official", "NNS", "B-RUSGOV")));
        // "The Syrian Democratic Forces said it ...": a name's plural word (capitalised inside the sentence) binds.
        Assert.Contains(Code("""
            1 The      the      DET   DT  2 det    _
            2 Forces   force    PROPN NNS 3 nsubj  B-SYRREB
            3 said     say      VERB  VBD 0 root   _
            4 it       it       PRON  PRP 5 nsubj  _
            5 attacked attack   VERB  VBD 3 ccomp  _
            6 Turkey   Turkey   PROPN NNP 5 obj    B-TUR
            7 .        .        PUNCT .   3 punct  _
            """), e => e.StartsWith("SYRREB TUR 19", StringComparison.Ordinal));
        // "The government said it attacked ...": a singular speaker binds the pronoun.
        Assert.Contains(Code(ItUnder("Government", "government", "NN", "B-RUSGOV")), e => e.StartsWith("RUSGOV UKRMIL 19", StringComparison.Ordinal));
    }

    private static string AttackedIt(string speaker, string speakerXpos, string tag, string obj = "it", string say = "said", string negation = "then") => $"""
        1 {speaker} {speaker.ToLowerInvariant()} PROPN {speakerXpos} 3 nsubj {tag}
        2 {negation} {negation} ADV RB 3 advmod _
        3 {say}    say      VERB  VBD 0 root   _
        4 Ukraine  Ukraine  PROPN NNP 5 nsubj  B-UKR
        5 attacked attack   VERB  VBD 3 ccomp  _
        6 {obj}    {obj}    PRON  PRP 5 obj    _
        7 .        .        PUNCT .   3 punct  _
        """;

    [Fact]
    public void It_as_the_object_of_a_reported_act_is_the_speaker()
    {
        // "Russia said Ukraine attacked it": the act on Russia, and Russia's accusation of Ukraine.
        var events = Code(AttackedIt("Russia", "NNP", "B-RUS"));
        Assert.Contains("UKR RUS 190", events);
        Assert.Contains("RUS UKR 1123", events);
    }

    [Fact]
    public void It_is_no_speaker_under_plural_speakers_media_or_a_negated_statement()
    {
        Assert.Empty(Code(AttackedIt("Officials", "NNS", "B-RUSGOV")));
        Assert.Empty(Code(AttackedIt("Tass", "NNP", "B-RUSMED")));
        Assert.Empty(Code(AttackedIt("Russia", "NNP", "B-RUS", negation: "not")));
        // A pronoun of no speaker's ("them") binds no one.
        Assert.Empty(Code(AttackedIt("Russia", "NNP", "B-RUS", obj: "them")));
    }
}
