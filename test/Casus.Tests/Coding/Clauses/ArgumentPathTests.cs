using Casus.Coding;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Which dependency path leads from a predicate to its source and target: shared objects of coordinated
/// verbs, the sides of reciprocal acts, the preposition phrases of a subject noun, passive agents.</summary>
public class ArgumentPathTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    private const string CondemnedAndRejected = """
        1 Iran      Iran      PROPN NNP 2 nsubj B-IRN
        2 condemned condemn   VERB  VBD 0 root  _
        3 and       and       CCONJ CC  4 cc    _
        4 rejected  reject    VERB  VBD 2 conj  _
        5 Israel    Israel    PROPN NNP 4 obj   B-ISR
        6 .         .         PUNCT .   2 punct _
        """;

    [Fact]
    public void Coordinated_verbs_share_the_object_of_the_last_conjunct()
    {
        var events = Code(CondemnedAndRejected);
        Assert.Contains("IRN ISR 111", events); // condemned (Israel)
        Assert.Contains("IRN ISR 120", events); // rejected Israel
    }

    [Fact]
    public void A_shared_object_leaves_the_trigger_the_verb_own_words()
    {
        var a = ParsedArticles.Build(CondemnedAndRejected);
        CodingStage.CreateDefault().Process(a);
        var condemned = Assert.Single(a.Events, e => e.Code.Digits == "111");
        Assert.Equal(new Casus.Document.TokenSpan(1, 1), condemned.Trigger);
    }

    [Fact]
    public void A_conjunct_with_its_own_subject_shares_no_object()
    {
        // "Iran condemned and Iraq rejected Israel": Iraq's clause is another act.
        var events = Code("""
            1 Iran      Iran      PROPN NNP 2 nsubj B-IRN
            2 condemned condemn   VERB  VBD 0 root  _
            3 and       and       CCONJ CC  5 cc    _
            4 Iraq      Iraq      PROPN NNP 5 nsubj B-IRQ
            5 rejected  reject    VERB  VBD 2 conj  _
            6 Israel    Israel    PROPN NNP 5 obj   B-ISR
            7 .         .         PUNCT .   2 punct _
            """);
        Assert.DoesNotContain("IRN ISR 111", events);
        Assert.Contains("IRQ ISR 120", events);
    }

    [Fact]
    public void A_verb_with_phrases_of_its_own_shares_no_object()
    {
        // "Iran protested on Monday and rejected Israel": the first verb's clause ends before the conjunction.
        var events = Code("""
            1 Iran      Iran      PROPN NNP 2 nsubj B-IRN
            2 condemned condemn   VERB  VBD 0 root  _
            3 on        on        ADP   IN  4 case  _
            4 Monday    Monday    PROPN NNP 2 obl   _
            5 and       and       CCONJ CC  6 cc    _
            6 rejected  reject    VERB  VBD 2 conj  _
            7 Israel    Israel    PROPN NNP 6 obj   B-ISR
            8 .         .         PUNCT .   2 punct _
            """);
        Assert.DoesNotContain("IRN ISR 111", events);
        Assert.Contains("IRN ISR 120", events);
    }

    private const string PoliceAndProtesters = """
        1 Police     police     NOUN NNS 4 nsubj B----COP
        2 and        and        CCONJ CC 3 cc    _
        3 protesters protester  NOUN NNS 1 conj  B----OPP
        4 clashed    clash      VERB VBD 0 root  _
        5 .          .          PUNCT .  4 punct _
        """;

    [Fact]
    public void Countryless_groups_are_no_sides_of_a_reciprocal_act()
    {
        Assert.Empty(Code(PoliceAndProtesters));
        // With one side named, the other still a group of nobody in particular: no event either.
        Assert.Empty(Code(PoliceAndProtesters.Replace("B----OPP", "B-EGY")));
    }

    [Fact]
    public void A_single_person_without_a_country_yet_is_a_side()
    {
        // "The President and Russia met": somebody particular, whose country the actor stage did not find.
        Assert.Equal(["---GOV RUS 040", "RUS ---GOV 040"], Code("""
            1 The       the       DET   DT  2 det   _
            2 President president NOUN  NN  5 nsubj B----GOV
            3 and       and       CCONJ CC  4 cc    _
            4 Russia    Russia    PROPN NNP 2 conj  B-RUS
            5 met       meet      VERB  VBD 0 root  _
            6 .         .         PUNCT .   5 punct _
            """));
    }

    [Fact]
    public void Countryless_groups_are_no_sides_of_talks_between()
    {
        Assert.Empty(Code("""
            1 Talks      talk       NOUN  NNS 6 nsubj _
            2 between    between    ADP   IN  3 case  _
            3 officials  official   NOUN  NNS 1 nmod  B----GOV
            4 and        and        CCONJ CC  5 cc    _
            5 Iran       Iran       PROPN NNP 3 conj  B-IRN
            6 ended      end        VERB  VBD 0 root  _
            7 .          .          PUNCT .   6 punct _
            """));
    }

    [Fact]
    public void Talks_held_between_two_sides_in_the_passive_are_reciprocal()
    {
        // "Talks were held between Iran and Iraq": the sides hang on the verb, not on the noun.
        Assert.Equal(["IRN IRQ 040", "IRQ IRN 040"], Code("""
            1 Talks   talk    NOUN  NNS 3 nsubj:pass _
            2 were    be      AUX   VBD 3 aux:pass   _
            3 held    hold    VERB  VBN 0 root       _
            4 between between ADP   IN  5 case       _
            5 Iran    Iran    PROPN NNP 3 obl        B-IRN
            6 and     and     CCONJ CC  7 cc         _
            7 Iraq    Iraq    PROPN NNP 5 conj       B-IRQ
            8 .       .       PUNCT .   3 punct      _
            """));
    }

    private const string AttackOnIranKilled = """
        1 An      a       DET   DT  2 det    _
        2 attack  attack  NOUN  NN  5 nsubj  _
        3 on      on      ADP   IN  4 case   _
        4 Iran    Iran    PROPN NNP 2 nmod   B-IRN
        5 killed  kill    VERB  VBD 0 root   _
        6 five    five    NUM   CD  7 nummod _
        7 people  people  NOUN  NNS 5 obj    B----CVL
        8 .       .       PUNCT .   5 punct  _
        """;

    [Fact]
    public void The_actor_behind_a_subject_noun_on_phrase_is_not_the_doer()
    {
        // "An attack on Iran killed five people": Iran was attacked; it killed no one. Neither reading codes it.
        Assert.DoesNotContain(Code(AttackOnIranKilled), e => e.StartsWith("IRN ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subject_noun_by_phrase_names_the_doer_and_its_on_phrase_the_target()
    {
        // "An attack on Iran by Israel killed five people", the by-phrase hung on Iran as parsers often do.
        var events = Code("""
            1 An      a       DET   DT  2 det    _
            2 attack  attack  NOUN  NN  7 nsubj  _
            3 on      on      ADP   IN  4 case   _
            4 Iran    Iran    PROPN NNP 2 nmod   B-IRN
            5 by      by      ADP   IN  6 case   _
            6 Israel  Israel  PROPN NNP 4 nmod   B-ISR
            7 killed  kill    VERB  VBD 0 root   _
            8 five    five    NUM   CD  9 nummod _
            9 people  people  NOUN  NNS 7 obj    B----CVL
            10 .      .       PUNCT .   7 punct  _
            """);
        Assert.Contains("ISR IRN 190", events);
        Assert.DoesNotContain(events, e => e.StartsWith("IRN ", StringComparison.Ordinal));
    }

    [Fact]
    public void Passive_agent_is_the_source_behind_a_coordinated_passive_too()
    {
        // "Iran was condemned and attacked by Israel".
        var events = Code("""
            1 Iran      Iran      PROPN NNP 3 nsubj:pass B-IRN
            2 was       be        AUX   VBD 3 aux:pass   _
            3 condemned condemn   VERB  VBN 0 root       _
            4 and       and       CCONJ CC  5 cc         _
            5 attacked  attack    VERB  VBN 3 conj       _
            6 by        by        ADP   IN  7 case       _
            7 Israel    Israel    PROPN NNP 5 obl:agent  B-ISR
            8 .         .         PUNCT .   3 punct      _
            """);
        Assert.Contains("ISR IRN 190", events);
        Assert.DoesNotContain(events, e => e.StartsWith("IRN ", StringComparison.Ordinal));
    }

    [Fact]
    public void Clashes_with_the_sides_on_the_verb_are_reciprocal()
    {
        // "Clashes erupted between Israel and Hamas": a symmetric noun whose between-pair the parser hung on the verb.
        const string clashes = """
            1 Clashes  clash   NOUN  NNS 2 nsubj _
            2 erupted  erupt   VERB  VBD 0 root  _
            3 between  between ADP   IN  4 case  _
            4 Israel   Israel  PROPN NNP 2 obl   B-ISR
            5 and      and     CCONJ CC  6 cc    _
            6 Hamas    Hamas   PROPN NNP 4 conj  B-PSEREBHMS
            7 .        .       PUNCT .   2 punct _
            """;
        Assert.Equal(["ISR PSEREBHMS 190", "PSEREBHMS ISR 190"], Code(clashes));
        // Only the pair comes from the verb: its other phrases are its own.
        Assert.Empty(Code(clashes.Replace("3 between  between", "3 in       in     ")));
    }

    private const string AgreementSignedBetween = """
        1 An        a         DET   DT  2 det        _
        2 agreement agreement NOUN  NN  4 nsubj:pass _
        3 was       be        AUX   VBD 4 aux:pass   _
        4 signed    sign      VERB  VBN 0 root       _
        5 between   between   ADP   IN  6 case       _
        6 Iran      Iran      PROPN NNP 4 obl        B-IRN
        7 and       and       CCONJ CC  8 cc         _
        8 Iraq      Iraq      PROPN NNP 6 conj       B-IRQ
        9 .         .         PUNCT .   4 punct      _
        """;

    [Fact]
    public void A_symmetric_act_in_the_passive_with_its_sides_behind_between_is_reciprocal()
    {
        // "An agreement was signed between Iran and Iraq": the entry "sign agreement ..." with its object as the subject.
        Assert.Equal(["IRN IRQ 057", "IRQ IRN 057"], Code(AgreementSignedBetween));
    }

    [Fact]
    public void A_passive_reciprocal_reads_entries_whose_object_stands_behind_an_optional_word_or_on()
    {
        // "A ceasefire was agreed between Iran and Iraq": "agree (to) ceasefire|truce" (0871), found although the verb
        // alone ("agree") also matches the passive; "a deal was agreed between ...": "agree on deal ..." (057).
        var ceasefire = AgreementSignedBetween.Replace("2 agreement agreement", "2 ceasefire ceasefire").Replace("4 signed    sign ", "4 agreed    agree");
        Assert.Equal(["IRN IRQ 0871", "IRQ IRN 0871"], Code(ceasefire));
        var deal = AgreementSignedBetween.Replace("2 agreement agreement", "2 deal      deal     ").Replace("4 signed    sign ", "4 agreed    agree");
        Assert.Equal(["IRN IRQ 057", "IRQ IRN 057"], Code(deal));
    }

    [Fact]
    public void A_passive_reciprocal_needs_a_symmetric_entry_an_asserted_clause_and_two_named_sides()
    {
        // "A letter was signed between ...": no symmetric entry has the word.
        Assert.Empty(Code(AgreementSignedBetween.Replace("2 agreement agreement", "2 letter    letter   ")));
        // "An agreement could be signed between Iran and Iraq": speculative.
        Assert.Empty(Code(AgreementSignedBetween.Replace("3 was       be        AUX   VBD 4 aux:pass", "3 could     could     AUX   MD  4 aux     ")));
        // "... between officials and Iraq": a countryless group is no side.
        Assert.Empty(Code(AgreementSignedBetween.Replace("6 Iran      Iran      PROPN NNP 4 obl        B-IRN", "6 officials official  NOUN  NNS 4 obl        B----GOV")));
    }

    [Fact]
    public void A_title_for_phrase_is_its_portfolio_not_its_doer()
    {
        // "Coordinator for the Middle East Brett McGurk traveled to Iraq": the coordinator travels, not the region. The
        // parse reading only: the word reading still takes the nearest actor before the verb (it is not vetoed here).
        var events = ParsedArticles.Code("""
            1 Coordinator coordinator PROPN NNP 6 nsubj _
            2 for         for         ADP   IN  4 case  _
            3 the         the         DET   DT  4 det   _
            4 East        East        PROPN NNP 1 nmod  B-MEA
            5 McGurk      McGurk      PROPN NNP 1 flat  _
            6 traveled    travel      VERB  VBD 0 root  _
            7 to          to          ADP   IN  8 case  _
            8 Iraq        Iraq        PROPN NNP 6 obl   B-IRQ
            9 .           .           PUNCT .   6 punct _
            """, CodingStage.CreateDefault(new CodingOptions { SequenceFallback = SequenceFallback.Never }));
        Assert.DoesNotContain(events, e => e.StartsWith("MEA ", StringComparison.Ordinal));
    }
}
