using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Frames added for demands carried by nouns ("a reminder to Y that it must Z", "its demand that Y grant Z"),
/// document nouns whose participle speaks for their issuer, object control ("X expects Y to Z"), and opposition to
/// mediation; on hand-built parses.</summary>
public class DemandAndControlFrameTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void A_reminder_that_it_must_act_is_a_demand_on_the_actor_it_is_addressed_to()
    {
        // The parser hangs the that-clause on the verb; the pronoun stands for the reminder's addressee.
        Assert.Equal(["ITA LBY 1056"], Code("""
            1 Italy    Italy    PROPN NNP 2 nsubj  B-ITA
            2 sent     send     VERB  VBD 0 root   _
            3 a        a        DET   DT  4 det    _
            4 reminder reminder NOUN  NN  2 obj    _
            5 to       to       ADP   IN  6 case   _
            6 Libya    Libya    PROPN NNP 4 nmod   B-LBY
            7 that     that     SCONJ IN  10 mark  _
            8 it       it       PRON  PRP 10 nsubj _
            9 must     must     AUX   MD  10 aux   _
            10 withdraw withdraw VERB VB  2 ccomp  _
            11 its     its      PRON  PRP$ 12 nmod:poss _
            12 troops  troops   NOUN  NNS 10 obj   _
            13 .       .        PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void A_that_clause_parsed_as_adverbial_is_still_the_reported_demand()
    {
        // "Italy declared today that Libya must withdraw its troops": a parser may attach the that-clause as advcl.
        Assert.Equal(["ITA LBY 1056"], Code(DeclaredThat("today", "today", "ADV", "RB")));
    }

    [Fact]
    public void A_so_that_clause_is_no_reported_demand()
    {
        // "so that" introduces a purpose, not what was declared.
        Assert.DoesNotContain("ITA LBY 1056", Code(DeclaredThat("so", "so", "ADV", "RB")));
    }

    private static string DeclaredThat(string word, string lemma, string upos, string xpos) => $"""
        1 Italy    Italy    PROPN NNP 2 nsubj  B-ITA
        2 declared declare  VERB  VBD 0 root   _
        3 {word}   {lemma}  {upos} {xpos} 4 advmod _
        4 that     that     SCONJ IN  7 mark   _
        5 Libya    Libya    PROPN NNP 7 nsubj  B-LBY
        6 must     must     AUX   MD  7 aux    _
        7 withdraw withdraw VERB  VB  2 advcl  _
        8 its      its      PRON  PRP$ 9 nmod:poss _
        9 troops   troops   NOUN  NNS 7 obj    _
        10 .       .        PUNCT .   2 punct  _
        """;

    [Fact]
    public void A_demand_noun_with_a_subjunctive_that_clause_is_a_demand()
    {
        // "insisted on its demand that Mali withdraw ...": the clause attached to the noun (acl), bare subjunctive.
        Assert.Equal(["---REB MLIGOV 1056"], Code("""
            1 The      the      DET   DT  2 det    _
            2 rebels   rebel    NOUN  NNS 3 nsubj  B----REB
            3 insisted insist   VERB  VBD 0 root   _
            4 on       on       ADP   IN  6 case   _
            5 their    their    PRON  PRP$ 6 nmod:poss _
            6 demand   demand   NOUN  NN  3 obl    _
            7 that     that     SCONJ IN  10 mark  _
            8 Malian   Malian   ADJ   JJ  9 amod   B-MLIGOV
            9 government government NOUN NN 10 nsubj I-MLIGOV
            10 withdraw withdraw VERB VB  6 acl    _
            11 its     its      PRON  PRP$ 12 nmod:poss _
            12 troops  troops   NOUN  NNS 10 obj   _
            13 .       .        PUNCT .   3 punct  _
            """));
    }

    [Fact]
    public void A_present_tag_after_a_singular_subject_is_the_subjunctive()
    {
        // "repeated their demands that the government release ...": tagged VBP, but a singular subject would take VBZ.
        Assert.Equal(["---REB TURGOV 1053"], Code("""
            1 The      the      DET   DT  2 det    _
            2 rebels   rebel    NOUN  NNS 3 nsubj  B----REB
            3 repeated repeat   VERB  VBD 0 root   _
            4 their    their    PRON  PRP$ 5 nmod:poss _
            5 demands  demand   NOUN  NNS 3 obj    _
            6 that     that     SCONJ IN  10 mark  _
            7 the      the      DET   DT  9 det    _
            8 Turkish  Turkish  ADJ   JJ  9 amod   B-TURGOV
            9 government government NOUN NN 10 nsubj I-TURGOV
            10 release release  VERB  VBP 3 ccomp  _
            11 their   their    PRON  PRP$ 12 nmod:poss _
            12 leader  leader   NOUN  NN  10 obj   _
            13 .       .        PUNCT .   3 punct  _
            """));
    }

    [Fact]
    public void A_complementizer_read_as_a_relative_pronoun_still_marks_the_demand()
    {
        // "renewed its demand that Israel withdraw from Gaza": parsed as a relative clause with "that" its object; the
        // demanded withdrawal is a demand on Israel (1056), not a withdrawal done (087).
        Assert.Equal(["HMS ISR 1056"], Code("""
            1 Hamas    Hamas    PROPN NNP 2 nsubj  B-HMS
            2 renewed  renew    VERB  VBD 0 root   _
            3 its      its      PRON  PRP$ 4 nmod:poss _
            4 demand   demand   NOUN  NN  2 obj    _
            5 that     that     PRON  WDT 7 obj    _
            6 Israel   Israel   PROPN NNP 7 nsubj  B-ISR
            7 withdraw withdraw VERB  VBP 4 acl:relcl _
            8 from     from     ADP   IN  9 case   _
            9 Gaza     Gaza     PROPN NNP 7 obl    B-PSE
            10 .       .        PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void A_relative_clause_in_the_past_under_a_demand_noun_is_no_demand()
    {
        // "rejected the demand that Israel made": a real relative clause; no demand by Hamas on Israel.
        Assert.DoesNotContain(Code("""
            1 Hamas    Hamas    PROPN NNP 2 nsubj  B-HMS
            2 rejected reject   VERB  VBD 0 root   _
            3 the      the      DET   DT  4 det    _
            4 demand   demand   NOUN  NN  2 obj    _
            5 that     that     PRON  WDT 7 obj    _
            6 Israel   Israel   PROPN NNP 7 nsubj  B-ISR
            7 made     make     VERB  VBD 4 acl:relcl _
            8 .        .        PUNCT .   2 punct  _
            """), e => e.StartsWith("HMS ISR 10", StringComparison.Ordinal));
    }

    [Fact]
    public void A_that_clause_of_a_noun_that_is_no_demand_noun_is_no_demand()
    {
        // "a report that Libya must withdraw ...": not a demand noun; the must-clause stays uncoded.
        Assert.Empty(Code("""
            1 Italy    Italy    PROPN NNP 2 nsubj  B-ITA
            2 sent     send     VERB  VBD 0 root   _
            3 a        a        DET   DT  4 det    _
            4 report   report   NOUN  NN  2 obj    _
            5 that     that     SCONJ IN  8 mark   _
            6 Libya    Libya    PROPN NNP 8 nsubj  B-LBY
            7 must     must     AUX   MD  8 aux    _
            8 withdraw withdraw VERB  VB  4 acl    _
            9 its      its      PRON  PRP$ 10 nmod:poss _
            10 troops  troops   NOUN  NNS 8 obj    _
            11 .       .        PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void A_participle_under_an_issued_statement_speaks_for_the_issuer()
    {
        Assert.Equal(["KEN UGA 1056"], Code("""
            1 Kenya     Kenya     PROPN NNP 2 nsubj B-KEN
            2 issued    issue     VERB  VBD 0 root  _
            3 a         a         DET   DT  4 det   _
            4 statement statement NOUN  NN  2 obj   _
            5 demanding demand    VERB  VBG 4 acl   _
            6 that      that      SCONJ IN  9 mark  _
            7 Uganda    Uganda    PROPN NNP 9 nsubj B-UGA
            8 immediately immediately ADV RB 9 advmod _
            9 withdraw  withdraw  VERB  VB  5 ccomp _
            10 its      its       PRON  PRP$ 11 nmod:poss _
            11 troops   troops    NOUN  NNS 9 obj   _
            12 .        .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Expecting_another_actor_to_act_is_an_appeal_to_it_not_the_speakers_intent()
    {
        Assert.Equal(["CHN JPN 0253"], Code("""
            1 China    China    PROPN NNP 2 nsubj B-CHN
            2 expects  expect   VERB  VBZ 0 root  _
            3 Japan    Japan    PROPN NNP 2 obj   B-JPN
            4 to       to       PART  TO  5 mark  _
            5 release  release  VERB  VB  2 xcomp _
            6 the      the      DET   DT  7 det   _
            7 prisoners prisoner NOUN NNS 5 obj   _
            8 .        .        PUNCT .   2 punct _
            """));
    }

    [Theory]
    [InlineData("B-RUS", 0)]
    [InlineData("_", 1)]
    public void An_actor_between_expect_and_an_adverbial_infinitive_is_the_one_who_would_act(string objectActor, int events)
    {
        // "Obama expects Putin to attack Switzerland", parsed with the infinitive as an advcl: Putin's act, not Obama's
        // threat (force has no appeal code, so nothing is coded). Behind a word that names no actor the adverbial
        // infinitive stays the subject's own purpose ("committed additional assets to support ...").
        Assert.Equal(events, Code($"""
            1 Obama    Obama    PROPN NNP 2 nsubj B-USAGOV
            2 expects  expect   VERB  VBZ 0 root  _
            3 Putin    Putin    PROPN NNP 2 obj   {objectActor}
            4 to       to       PART  TO  5 mark  _
            5 attack   attack   VERB  VB  2 advcl _
            6 Switzerland Switzerland PROPN NNP 5 obj B-CHE
            7 .        .        PUNCT .   2 punct _
            """).Count);
    }

    [Fact]
    public void An_object_between_a_subject_control_frame_and_its_infinitive_blocks_the_intent_reading()
    {
        // "Chile hopes Peru to ..." is not Chile's hope to act: "hope to <verb>" has no <obj> slot, so nothing is coded.
        Assert.Empty(Code("""
            1 Chile    Chile    PROPN NNP 2 nsubj B-CHL
            2 hopes    hope     VERB  VBZ 0 root  _
            3 Peru     Peru     PROPN NNP 2 obj   B-PER
            4 to       to       PART  TO  5 mark  _
            5 hold     hold     VERB  VB  2 xcomp _
            6 talks    talk     NOUN  NNS 5 obj   _
            7 with     with     ADP   IN  8 case  _
            8 Bolivia  Bolivia  PROPN NNP 5 obl   B-BOL
            9 .        .        PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void An_agentless_passive_of_expect_keeps_the_subjects_own_frame()
    {
        // "Spain is expected to visit Morocco": a prediction of Spain's act (intent frame), not an appeal by no one.
        var c = Assert.Single(Code("""
            1 Spain    Spain    PROPN NNP 3 nsubj:pass B-ESP
            2 is       be       AUX   VBZ 3 aux:pass   _
            3 expected expect   VERB  VBN 0 root       _
            4 to       to       PART  TO  5 mark       _
            5 visit    visit    VERB  VB  3 xcomp      _
            6 Morocco  Morocco  PROPN NNP 5 obj        B-MAR
            7 .        .        PUNCT .   3 punct      _
            """));
        Assert.StartsWith("ESP MAR 03", c);
    }

    [Fact]
    public void Being_opposed_to_an_actors_mediation_rejects_mediation()
    {
        Assert.Equal(["VEN BRA 126"], Code("""
            1 Venezuela Venezuela PROPN NNP 3 nsubj B-VEN
            2 is        be        AUX   VBZ 3 cop   _
            3 opposed   oppose    ADJ   JJ  0 root  _
            4 to        to        ADP   IN  6 case  _
            5 Brazilian Brazilian ADJ   JJ  6 amod  B-BRA
            6 mediation mediation NOUN  NN  3 obl   _
            7 .         .         PUNCT .   3 punct _
            """));
    }
}

/// <summary>Loading data/frames/frame_words.txt: the shipped lists and the file:line errors of bad ones.</summary>
public class FrameWordsTests
{
    [Fact]
    public void The_shipped_lists_load_without_errors()
    {
        using var stream = typeof(FrameWords).Assembly.GetManifestResourceStream(FrameWords.ResourceName)!;
        var words = FrameWords.Load(new StreamReader(stream), FrameWords.ResourceName, out var errors);
        Assert.Empty(errors);
        Assert.True(words.Contains(FrameWordList.ReportingVerbs, "say"));
        Assert.True(words.Contains(FrameWordList.DemandNouns, "reminder"));
        Assert.True(words.Contains(FrameWordList.DocumentNouns, "statement"));
        Assert.True(words.Contains(FrameWordList.AimParticiples, "seek"));
        Assert.False(words.Contains(FrameWordList.AimParticiples, "pledge"));
        Assert.False(words.Contains(FrameWordList.DemandNouns, "report"));
        Assert.True(words.Contains(FrameWordList.RecourseVerbs, "resort"));
        Assert.False(words.Contains(FrameWordList.RecourseVerbs, "commit"));
        Assert.True(words.Contains(FrameWordList.AspectVerbs, "continue"));
        Assert.False(words.Contains(FrameWordList.AspectVerbs, "stop"));
        Assert.True(words.Contains(FrameWordList.DraftNouns, "bill"));
        Assert.False(words.Contains(FrameWordList.DraftNouns, "statement"));
        Assert.True(words.Contains(FrameWordList.AdoptingVerbs, "adopt"));
        Assert.False(words.Contains(FrameWordList.AdoptingVerbs, "veto"));
        Assert.True(words.Contains(FrameWordList.IssuingVerbs, "issue"));
        Assert.False(words.Contains(FrameWordList.IssuingVerbs, "welcome"));
        Assert.True(words.Contains(FrameWordList.UnissuingVerbs, "veto"));
        Assert.True(words.Contains(FrameWordList.NonFactiveReporting, "allege"));
        Assert.False(words.Contains(FrameWordList.NonFactiveReporting, "say"));
        Assert.True(words.Contains(FrameWordList.SettlementNouns, "villages"));
        Assert.True(words.Contains(FrameWordList.SettlementNouns, "Towns".AsSpan()));
        Assert.False(words.Contains(FrameWordList.SettlementNouns, "positions"));
        Assert.True(words.Contains(FrameWordList.ResponsibilityNouns, "credit"));
        Assert.True(words.Contains(FrameWordList.AccusingReports, "allege"));
        Assert.False(words.Contains(FrameWordList.AccusingReports, "deny"));
        Assert.True(words.Contains(FrameWordList.SupportPurposes, "commemorate"));
        Assert.False(words.Contains(FrameWordList.SupportPurposes, "denounce"));
        Assert.True(words.Contains(FrameWordList.CopularVerbs, "remain"));
        Assert.False(words.Contains(FrameWordList.CopularVerbs, "decide"));
        Assert.True(words.Contains(FrameWordList.ReciprocalCues, "Jointly".AsSpan()));
        Assert.False(words.Contains(FrameWordList.ReciprocalCues, "also"));
        Assert.True(words.Contains(FrameWordList.RealisingVerbs, "schedule"));
        Assert.False(words.Contains(FrameWordList.RealisingVerbs, "decide"));
        Assert.True(words.Contains(FrameWordList.StatementVerbs, "declare"));
        Assert.False(words.Contains(FrameWordList.StatementVerbs, "insist"));
        Assert.True(words.Contains(FrameWordList.BeForms, "'S".AsSpan()));
        Assert.False(words.Contains(FrameWordList.BeForms, "has"));
        Assert.True(words.Contains(FrameWordList.PhaseForms, "Began".AsSpan()));
        Assert.False(words.Contains(FrameWordList.PhaseForms, "keeps"));
        Assert.True(words.Contains(FrameWordList.StateVerbs, "belong"));
        Assert.False(words.Contains(FrameWordList.StateVerbs, "stand"));
        Assert.True(words.Contains(FrameWordList.StateComplementVerbs, "stand"));
        Assert.False(words.Contains(FrameWordList.StateComplementVerbs, "exist"));
        Assert.True(words.Contains(FrameWordList.PlaceAdjectives, "Bordering".AsSpan()));
        Assert.False(words.Contains(FrameWordList.PlaceAdjectives, "visiting"));
        Assert.True(words.Contains(FrameWordList.OwnerPronouns, "Their".AsSpan()));
        Assert.False(words.Contains(FrameWordList.OwnerPronouns, "your"));
        Assert.True(words.Contains(FrameWordList.AimingVerbs, "target"));
        Assert.False(words.Contains(FrameWordList.AimingVerbs, "worry"));
        Assert.True(words.Contains(FrameWordList.CollectiveNouns, "groups"));
        Assert.False(words.Contains(FrameWordList.CollectiveNouns, "prices"));
        Assert.True(words.Contains(FrameWordList.NameHeads, "Partnership".AsSpan()));
        Assert.False(words.Contains(FrameWordList.NameHeads, "Government".AsSpan()));
        Assert.True(words.Contains(FrameWordList.TwoSidedNouns, "negotiation"));
        Assert.False(words.Contains(FrameWordList.TwoSidedNouns, "meeting"));
        Assert.True(words.Contains(FrameWordList.AdversaryNouns, "critic"));
        Assert.False(words.Contains(FrameWordList.AdversaryNouns, "leader"));
        // A meeting in person, told apart by its venue; a call or a discussion may be by telephone.
        Assert.True(words.Contains(FrameWordList.InPersonWords, "meet"));
        Assert.True(words.Contains(FrameWordList.InPersonWords, "summit"));
        Assert.False(words.Contains(FrameWordList.InPersonWords, "discuss"));
        Assert.False(words.Contains(FrameWordList.InPersonWords, "consult"));
    }

    [Fact]
    public void The_file_holds_its_named_lists_and_bad_lines_are_reported_by_the_shared_reader()
    {
        // The file's specifics: its list names, all required (the reader's rules are tested in WordListFileTests).
        var text = "[reporting-verbs]\nsay Tell\n[no-such-list]\nx\n[demand-nouns]\ndemand\n";
        var words = FrameWords.Load(new StringReader(text), "t.txt", out var errors);
        Assert.Equal(
            [
                "t.txt:2: word: 'Tell' must be a lower-case word (letters, '-' and ''')",
                "t.txt:3: list: unknown list 'no-such-list' (known: reporting-verbs, demand-nouns, document-nouns, purpose-acts, force-nouns, purpose-participles, measure-objects, withheld-nouns, custody-nouns, aim-participles, authored-nouns, count-nouns, attempt-verbs, attribution-verbs, transfer-nouns, recourse-verbs, aspect-verbs, joint-nouns, party-nouns, draft-nouns, adopting-verbs, issuing-verbs, unissuing-verbs, binding-command-verbs, wish-verbs, non-factive-reporting, settlement-nouns, responsibility-nouns, accusing-reports, halting-nouns, support-purposes, copular-verbs, reciprocal-cues, realising-verbs, statement-verbs, be-forms, phase-forms, state-verbs, state-complement-verbs, place-adjectives, owner-pronouns, worded-force-verbs, aiming-verbs, collective-nouns, name-heads, stance-voicing-verbs, stance-nouns, endorsing-verbs, warning-verbs, threat-cues, readiness-frames, open-conditions, mobilising-verbs, site-nouns, directing-verbs, market-nouns, fulfilled-nouns, allied-cues, two-sided-nouns, adversary-nouns, relation-nouns, in-person-words)",
                "t.txt:6: list: list 'document-nouns' is missing",
                "t.txt:6: list: list 'purpose-acts' is missing",
                "t.txt:6: list: list 'force-nouns' is missing",
                "t.txt:6: list: list 'purpose-participles' is missing",
                "t.txt:6: list: list 'measure-objects' is missing",
                "t.txt:6: list: list 'withheld-nouns' is missing",
                "t.txt:6: list: list 'custody-nouns' is missing",
                "t.txt:6: list: list 'aim-participles' is missing",
                "t.txt:6: list: list 'authored-nouns' is missing",
                "t.txt:6: list: list 'count-nouns' is missing",
                "t.txt:6: list: list 'attempt-verbs' is missing",
                "t.txt:6: list: list 'attribution-verbs' is missing",
                "t.txt:6: list: list 'transfer-nouns' is missing",
                "t.txt:6: list: list 'recourse-verbs' is missing",
                "t.txt:6: list: list 'aspect-verbs' is missing",
                "t.txt:6: list: list 'joint-nouns' is missing",
                "t.txt:6: list: list 'party-nouns' is missing",
                "t.txt:6: list: list 'draft-nouns' is missing",
                "t.txt:6: list: list 'adopting-verbs' is missing",
                "t.txt:6: list: list 'issuing-verbs' is missing",
                "t.txt:6: list: list 'unissuing-verbs' is missing",
                "t.txt:6: list: list 'binding-command-verbs' is missing",
                "t.txt:6: list: list 'wish-verbs' is missing",
                "t.txt:6: list: list 'non-factive-reporting' is missing",
                "t.txt:6: list: list 'settlement-nouns' is missing",
                "t.txt:6: list: list 'responsibility-nouns' is missing",
                "t.txt:6: list: list 'accusing-reports' is missing",
                "t.txt:6: list: list 'halting-nouns' is missing",
                "t.txt:6: list: list 'support-purposes' is missing",
                "t.txt:6: list: list 'copular-verbs' is missing",
                "t.txt:6: list: list 'reciprocal-cues' is missing",
                "t.txt:6: list: list 'realising-verbs' is missing",
                "t.txt:6: list: list 'statement-verbs' is missing",
                "t.txt:6: list: list 'be-forms' is missing",
                "t.txt:6: list: list 'phase-forms' is missing",
                "t.txt:6: list: list 'state-verbs' is missing",
                "t.txt:6: list: list 'state-complement-verbs' is missing",
                "t.txt:6: list: list 'place-adjectives' is missing",
                "t.txt:6: list: list 'owner-pronouns' is missing",
                "t.txt:6: list: list 'worded-force-verbs' is missing",
                "t.txt:6: list: list 'aiming-verbs' is missing",
                "t.txt:6: list: list 'collective-nouns' is missing",
                "t.txt:6: list: list 'name-heads' is missing",
                "t.txt:6: list: list 'stance-voicing-verbs' is missing",
                "t.txt:6: list: list 'stance-nouns' is missing",
                "t.txt:6: list: list 'endorsing-verbs' is missing",
                "t.txt:6: list: list 'warning-verbs' is missing",
                "t.txt:6: list: list 'threat-cues' is missing",
                "t.txt:6: list: list 'readiness-frames' is missing",
                "t.txt:6: list: list 'open-conditions' is missing",
                "t.txt:6: list: list 'mobilising-verbs' is missing",
                "t.txt:6: list: list 'site-nouns' is missing",
                "t.txt:6: list: list 'directing-verbs' is missing",
                "t.txt:6: list: list 'market-nouns' is missing",
                "t.txt:6: list: list 'fulfilled-nouns' is missing",
                "t.txt:6: list: list 'allied-cues' is missing",
                "t.txt:6: list: list 'two-sided-nouns' is missing",
                "t.txt:6: list: list 'adversary-nouns' is missing",
                "t.txt:6: list: list 'relation-nouns' is missing",
                "t.txt:6: list: list 'in-person-words' is missing",
            ],
            errors.Select(e => e.ToString()));
        Assert.True(words.Contains(FrameWordList.ReportingVerbs, "say"));
        Assert.True(words.Contains(FrameWordList.DemandNouns, "Demand"));
    }
}

/// <summary>Purpose clauses: "X did A to B" codes A; the aim B is not asserted.</summary>
public class PurposeClauseTests
{
    [Fact]
    public void An_infinitive_after_a_phase_verb_with_an_object_is_a_purpose_not_an_act()
    {
        // "began a hunger strike to demand the release of prisoners": the strike is coded, the demand is its aim.
        var codes = ParsedArticles.Code("""
            1 Farmers  farmer   NOUN  NNS 2 nsubj  B-KENAGR
            2 began    begin    VERB  VBD 0 root   _
            3 a        a        DET   DT  5 det    _
            4 hunger   hunger   NOUN  NN  5 compound _
            5 strike   strike   NOUN  NN  2 obj    _
            6 to       to       PART  TO  7 mark   _
            7 demand   demand   VERB  VB  2 xcomp  _
            8 the      the      DET   DT  9 det    _
            9 release  release  NOUN  NN  7 obj    _
            10 of      of       ADP   IN  11 case  _
            11 prisoners prisoner NOUN NNS 9 nmod  _
            12 from    from     ADP   IN  14 case  _
            13 the     the      DET   DT  14 det   _
            14 government government NOUN NN 7 obl B-KENGOV
            15 .       .        PUNCT .   2 punct  _
            """);
        Assert.DoesNotContain(codes, c => c.Contains(" 10", StringComparison.Ordinal));
        // The aim is the strike's purpose words ([purpose-participles]): a hunger strike for a release is 1423.
        Assert.Contains(codes, c => c.StartsWith("KENAGR", StringComparison.Ordinal) && c.EndsWith(" 1423", StringComparison.Ordinal));
    }
}

/// <summary>Reported demands whose addressee the parse puts elsewhere than the must-clause's subject.</summary>
public class ReportedDemandAddresseeTests
{
    [Fact]
    public void A_must_clause_subject_taken_for_the_reporting_verbs_object_is_still_the_addressee()
    {
        // "said [Chadian forces] must ensure security", with "forces" parsed as the object of "said".
        Assert.Equal(["NGOIRC TCDMIL 100"], ParsedArticles.Code("""
            1 The      the      DET   DT  3 det    _
            2 Red      Red      PROPN NNP 3 compound B-NGOIRC
            3 Cross    Cross    PROPN NNP 4 nsubj  I-NGOIRC
            4 said     say      VERB  VBD 0 root   _
            5 Chadian  Chadian  ADJ   JJ  6 amod   B-TCDMIL
            6 forces   force    NOUN  NNS 4 obj    I-TCDMIL
            7 must     must     AUX   MD  8 aux    _
            8 ensure   ensure   VERB  VB  4 ccomp  _
            9 security security NOUN  NN  8 obj    _
            10 .       .        PUNCT .   4 punct  _
            """));
    }

    [Fact]
    public void A_pronoun_subject_after_telling_an_actor_stands_for_the_actor_told()
    {
        Assert.Equal(["FRA IRQ 101"], ParsedArticles.Code("""
            1 France    France    PROPN NNP 2 nsubj B-FRA
            2 told      tell      VERB  VBD 0 root  _
            3 Iraq      Iraq      PROPN NNP 2 obj   B-IRQ
            4 it        it        PRON  PRP 6 nsubj _
            5 must      must      AUX   MD  6 aux   _
            6 cooperate cooperate VERB  VB  2 ccomp _
            7 .         .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_pronoun_subject_with_no_one_told_is_the_speakers_own_duty()
    {
        Assert.Empty(ParsedArticles.Code("""
            1 France    France    PROPN NNP 2 nsubj B-FRA
            2 said      say       VERB  VBD 0 root  _
            3 it        it        PRON  PRP 5 nsubj _
            4 must      must      AUX   MD  5 aux   _
            5 cooperate cooperate VERB  VB  2 ccomp _
            6 with      with      ADP   IN  7 case  _
            7 Iraq      Iraq      PROPN NNP 5 obl   B-IRQ
            8 .         .         PUNCT .   2 punct _
            """));
    }
}

/// <summary>"X said Y should Z": advice, coded as an appeal (CAMEO 02) in the places a must-clause is a demand.</summary>
public class ReportedAdviceTests
{
    [Fact]
    public void Y_should_act_under_a_reporting_verb_is_an_appeal_coded_by_the_act()
    {
        // release (084) in the appeal frame → 0253.
        Assert.Equal(["FRA RUS 0253"], ParsedArticles.Code("""
            1 France    France    PROPN NNP 2 nsubj B-FRA
            2 said      say       VERB  VBD 0 root  _
            3 Russia    Russia    PROPN NNP 6 nsubj B-RUS
            4 should    should    AUX   MD  6 aux   _
            5 quickly   quickly   ADV   RB  6 advmod _
            6 release   release   VERB  VB  2 ccomp _
            7 the       the       DET   DT  8 det   _
            8 prisoners prisoner  NOUN  NNS 6 obj   _
            9 .         .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_role_named_only_by_a_modifier_of_a_thing_is_no_addressee()
    {
        // "said a military operation must stop": "military" is no one asked.
        Assert.Empty(ParsedArticles.Code("""
            1 France    France    PROPN NNP 2 nsubj B-FRA
            2 said      say       VERB  VBD 0 root  _
            3 a         a         DET   DT  5 det   _
            4 military  military  ADJ   JJ  5 amod  B----MIL
            5 operation operation NOUN  NN  7 nsubj _
            6 must      must      AUX   MD  7 aux   _
            7 stop      stop      VERB  VB  2 ccomp _
            8 .         .         PUNCT .   2 punct _
            """));
    }
}

/// <summary>A threat's if/unless clause names whom it is aimed at when its own slots name no one.</summary>
public class ThreatConditionTests
{
    private const string VenezuelaThreatens = """
        1 Venezuela  Venezuela  PROPN NNP 2 nsubj B-VEN
        2 threatened threaten   VERB  VBD 0 root  _
        3 to         to         PART  TO  4 mark  _
        4 cut        cut        VERB  VB  2 xcomp _
        5 off        off        ADP   RP  4 compound:prt _
        6 ties       tie        NOUN  NNS 4 obj   _
        7 unless     unless     SCONJ IN  9 mark  _
        8 Colombia   Colombia   PROPN NNP 9 nsubj B-COL
        9 releases   release    VERB  VBZ 4 advcl _
        10 the       the        DET   DT  11 det  _
        11 prisoners prisoner   NOUN  NNS 9 obj   _
        12 .         .          PUNCT .   2 punct _
        """;

    [Fact]
    public void The_subject_of_an_unless_clause_is_the_target_of_the_threat()
    {
        var codes = ParsedArticles.Code(VenezuelaThreatens);
        Assert.Contains(codes, c => c.StartsWith("VEN COL 13", StringComparison.Ordinal));
        // The condition itself ("Colombia releases the prisoners") is not asserted.
        Assert.DoesNotContain(codes, c => c.StartsWith("COL", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unless_clause_of_a_cooperative_act_gives_no_target()
    {
        // "Venezuela agreed to meet again unless Colombia ...": not a threat; the condition names no target here.
        var codes = ParsedArticles.Code("""
            1 Venezuela  Venezuela  PROPN NNP 2 nsubj B-VEN
            2 agreed     agree      VERB  VBD 0 root  _
            3 to         to         PART  TO  4 mark  _
            4 meet       meet       VERB  VB  2 xcomp _
            5 again      again      ADV   RB  4 advmod _
            6 unless     unless     SCONJ IN  8 mark  _
            7 Colombia   Colombia   PROPN NNP 8 nsubj B-COL
            8 releases   release    VERB  VBZ 4 advcl _
            9 the        the        DET   DT  10 det  _
            10 prisoners prisoner   NOUN  NNS 8 obj   _
            11 .         .          PUNCT .   2 punct _
            """);
        Assert.DoesNotContain(codes, c => c.StartsWith("VEN COL", StringComparison.Ordinal));
    }
}

/// <summary>Where advice ("should") is no appeal.</summary>
public class ReportedAdviceLimitTests
{
    [Fact]
    public void Advice_to_a_role_without_a_country_is_a_general_remark()
    {
        Assert.Empty(ParsedArticles.Code("""
            1 Ukraine   Ukraine   PROPN NNP 2 nsubj B-UKRGOV
            2 said      say       VERB  VBD 0 root  _
            3 a         a         DET   DT  4 det   _
            4 president president NOUN  NN  6 nsubj B----GOV
            5 should    should    AUX   MD  6 aux   _
            6 cooperate cooperate VERB  VB  2 ccomp _
            7 .         .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void Should_not_states_a_view_not_an_appeal()
    {
        Assert.Empty(ParsedArticles.Code("""
            1 France    France    PROPN NNP 2 nsubj B-FRA
            2 said      say       VERB  VBD 0 root  _
            3 Russia    Russia    PROPN NNP 6 nsubj B-RUS
            4 should    should    AUX   MD  6 aux   _
            5 not       not       PART  RB  6 advmod _
            6 release   release   VERB  VB  2 ccomp _
            7 the       the       DET   DT  8 det   _
            8 prisoners prisoner  NOUN  NNS 6 obj   _
            9 .         .         PUNCT .   2 punct _
            """));
    }
}

/// <summary>A refused act of diplomatic cooperation (05) is a rejection not specified further (120).</summary>
public class RefusedDiplomaticCooperationTests
{
    [Fact]
    public void Will_not_recognize_an_actors_independence_is_a_rejection()
    {
        Assert.Equal(["SRB KOS 120"], ParsedArticles.Code("""
            1 Serbia       Serbia       PROPN NNP 4 nsubj  B-SRB
            2 will         will         AUX   MD  4 aux    _
            3 not          not          PART  RB  4 advmod _
            4 recognize    recognize    VERB  VB  0 root   _
            5 the          the          DET   DT  6 det    _
            6 independence independence NOUN  NN  4 obj    _
            7 of           of           ADP   IN  8 case   _
            8 Kosovo       Kosovo       PROPN NNP 6 nmod   B-KOS
            9 .            .            PUNCT .   4 punct  _
            """));
    }
}
