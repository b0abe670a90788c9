using Casus.Actors.Context;
using Casus.Actors.Discourse;
using Casus.Tests.TestKit;
using static Casus.Tests.Actors.Discourse.DiscourseArticles;

namespace Casus.Tests.Actors.Discourse;

/// <summary>Pronouns the coreference pass leaves ("it", "its", "their", "them", "him", "her"; docs/formats/actors.md,
/// "Coreference"), on hand-built parsed articles.</summary>
public class PronounTests
{
    private const string RussiaAndUkraineSigned =
        "Russia/PROPN/4/nsubj and/CCONJ/3/cc Ukraine/PROPN/1/conj signed/VERB/0/root a/DET/6/det deal/NOUN/4/obj ./PUNCT/4/punct";
    private const string UkrainePraised = "Ukraine/PROPN/2/nsubj praised/VERB/0/root the/DET/4/det deal/NOUN/2/obj ./PUNCT/2/punct";

    [Fact]
    public void It_as_subject_takes_the_subject_of_the_sentence_before()
    {
        var mentions = Mentions(null, RussiaAndUkraineSigned, UkrainePraised,
            "it/PRON/2/nsubj accused/VERB/0/root rebels/NOUN/2/obj ./PUNCT/2/punct");
        var it = Assert.Single(mentions, m => m.Text == "it");
        Assert.Equal("UKR", it.Code.Value);
        Assert.Equal("coreference: 'it' → 'Ukraine' (sentence 1)", it.Evidence[0]);
    }

    // "Israel said its troops had withdrawn from Syria": the reported clause's subject and its possessor (two
    // countries, so the sentence alone gives the troops none).
    private const string IsraelSaidItsTroops =
        "Israel/PROPN/2/nsubj said/VERB/0/root its/PRON/4/nmod:poss troops/NOUN/6/nsubj had/AUX/6/aux withdrawn/VERB/2/ccomp from/ADP/8/case Syria/PROPN/6/obl ./PUNCT/2/punct";

    [Fact]
    public void With_pronouns_off_a_reported_clause_gives_its_subject_the_speakers_country()
        => Assert.Contains("troops=ISRMIL", ActorTestData.Show(Mentions(ContextCountryOptions.Default, IsraelSaidItsTroops)));

    [Fact]
    public void Without_speaker_possessives_the_reported_subject_keeps_no_country()
        => Assert.Contains("troops=---MIL",
            ActorTestData.Show(Mentions(ContextCountryOptions.Default with { SpeakerPossessives = false }, IsraelSaidItsTroops)));

    [Fact]
    public void With_pronouns_off_a_possessor_outside_a_reported_clause_is_left()
        // "Israel accused Syria of attacking its troops": an object's possessor, whose owner the speaker rule does not judge.
        => Assert.Contains("troops=---MIL", ActorTestData.Show(Mentions(ContextCountryOptions.Default,
            "Israel/PROPN/2/nsubj accused/VERB/0/root Syria/PROPN/2/obj of/SCONJ/5/mark attacking/VERB/2/advcl its/PRON/7/nmod:poss troops/NOUN/5/obj ./PUNCT/2/punct")));

    // "Israel has defended its people from Syrian rocket attacks": a possessive on an argument of its own clause is
    // the clause subject's (two countries, so the sentence alone gives the people none).
    [Fact]
    public void A_possessive_in_its_clause_takes_the_subjects_country()
        => Assert.Contains("people=ISRCVL", ActorTestData.Show(Mentions(ContextCountryOptions.Default,
            "Israel/PROPN/3/nsubj has/AUX/3/aux defended/VERB/0/root its/PRON/5/nmod:poss people/NOUN/3/obj from/ADP/9/case Syrian/ADJ/9/amod rocket/NOUN/9/compound attacks/NOUN/3/obl ./PUNCT/3/punct")));

    // "Israel thanked Egypt for its leadership": another actor of the pronoun's kind between may own it; left open.
    [Fact]
    public void A_possessive_after_an_object_of_its_kind_is_left()
        => Assert.DoesNotContain("leadership=ISRGOV", ActorTestData.Show(Mentions(ContextCountryOptions.Default,
            "Israel/PROPN/2/nsubj thanked/VERB/0/root Egypt/PROPN/2/obj for/ADP/6/case its/PRON/6/nmod:poss leadership/NOUN/2/obl ./PUNCT/2/punct")));

    [Fact]
    public void A_plural_possessor_takes_no_singular_speaker()
        // "their" is a group's: "Israel said their troops ..." names someone else's troops.
        => Assert.Contains("troops=---MIL", ActorTestData.Show(Mentions(ContextCountryOptions.Default,
            "Israel/PROPN/2/nsubj said/VERB/0/root their/PRON/4/nmod:poss troops/NOUN/6/nsubj had/AUX/6/aux withdrawn/VERB/2/ccomp from/ADP/8/case Syria/PROPN/6/obl ./PUNCT/2/punct")));

    [Fact]
    public void An_expletive_it_is_no_actor()
        => Assert.DoesNotContain(Code(RussiaAndUkraineSigned,
            "it/PRON/2/nsubj seems/VERB/0/root that/SCONJ/5/mark Russia/PROPN/5/nsubj agreed/VERB/2/ccomp ./PUNCT/2/punct"),
            s => s.StartsWith("it=", StringComparison.Ordinal));

    [Fact]
    public void It_does_not_take_a_person()
        => Assert.DoesNotContain(Code(
            "the/DET/3/det Turkish/ADJ/3/amod president/NOUN/4/nsubj arrived/VERB/0/root ./PUNCT/4/punct",
            "it/PRON/2/nsubj rained/VERB/0/root ./PUNCT/2/punct",
            "it/PRON/2/nsubj accused/VERB/0/root rebels/NOUN/2/obj ./PUNCT/2/punct"),
            s => s.StartsWith("it=", StringComparison.Ordinal));

    [Fact]
    public void A_possessor_gives_its_antecedent_s_country_to_a_role()
    {
        // The article names two countries, so the article pass leaves "troops" open; "its" says whose they are.
        var mentions = Mentions(null, RussiaAndUkraineSigned, UkrainePraised,
            "Ukraine/PROPN/2/nsubj said/VERB/0/root its/PRON/4/nmod:poss troops/NOUN/6/nsubj would/AUX/6/aux leave/VERB/2/ccomp ./PUNCT/2/punct");
        var troops = Assert.Single(mentions, m => m.Text == "troops");
        Assert.Equal("UKRMIL", troops.Code.Value);
        Assert.Contains(troops.Evidence, e => e == "country from context: possessor 'its' → 'Ukraine' (sentence 2) → UKRMIL");
    }

    [Fact]
    public void Him_as_object_takes_a_person_but_never_the_subject_of_its_own_verb()
    {
        var mentions = Mentions(null,
            "the/DET/3/det Turkish/ADJ/3/amod president/NOUN/4/nsubj arrived/VERB/0/root ./PUNCT/4/punct",
            "the/DET/3/det Russian/ADJ/3/amod president/NOUN/4/nsubj thanked/VERB/0/root him/PRON/4/obj ./PUNCT/4/punct");
        Assert.Equal("TURGOV", Assert.Single(mentions, m => m.Text == "him").Code.Value);
    }

    [Fact]
    public void An_object_never_takes_the_subject_of_a_verb_above_its_own()
        // "The ministers condemned the attack, calling them terrorists": them is not the ministers.
        => Assert.DoesNotContain(Code(
            "Syrian/ADJ/2/amod ministers/NOUN/3/nsubj condemned/VERB/0/root the/DET/5/det attack/NOUN/3/obj ,/PUNCT/7/punct calling/VERB/3/advcl them/PRON/7/obj terrorists/NOUN/7/xcomp ./PUNCT/3/punct"),
            s => s.StartsWith("them=", StringComparison.Ordinal));

    [Fact]
    public void An_object_never_takes_the_actor_its_subject_stands_for()
    {
        // "he" already stands for the king (as an earlier pass resolved it): "him" may not be the king too.
        var article = ParsedArticles.Build("""
            1 the the DET _ 2 det _
            2 president president NOUN _ 3 nsubj B-ISRGOV
            3 refused refuse VERB _ 0 root _
            4 to to PART _ 5 mark _
            5 meet meet VERB _ 3 xcomp _
            6 the the DET _ 7 det _
            7 king king NOUN _ 5 obj B-JORGOV
            8 , , PUNCT _ 9 punct _
            9 saying say VERB _ 3 advcl _
            10 he he PRON _ 12 nsubj B-JORGOV
            11 would would AUX _ 12 aux _
            12 welcome welcome VERB _ 9 ccomp _
            13 him he PRON _ 12 obj _
            """);
        new PronounPass(article, 0).Run();
        Assert.DoesNotContain(article.Mentions, m => m.Text == "him");
    }

    [Fact]
    public void Them_takes_a_plural_group()
        => Assert.Contains("them=SYRMIL", Code(
            "Syrian/ADJ/2/amod troops/NOUN/3/nsubj entered/VERB/0/root the/DET/5/det town/NOUN/3/obj ./PUNCT/3/punct",
            "rebels/NOUN/2/nsubj attacked/VERB/0/root them/PRON/2/obj ./PUNCT/2/punct"));

    [Fact]
    public void Without_the_option_pronouns_stay_uncoded()
        => Assert.DoesNotContain(Mentions(On with { Pronouns = false }, RussiaAndUkraineSigned, UkrainePraised,
            "it/PRON/2/nsubj accused/VERB/0/root rebels/NOUN/2/obj ./PUNCT/2/punct"), m => m.Text == "it");
}
