using Casus.Actors;
using Casus.Coding;
using Casus.Tests.Actors.Discourse;

namespace Casus.Tests.Coding.Clauses;

/// <summary>An agentless passive of an act only a state does takes the organ that does it, of the country where it
/// happened, as an inferred source (docs/formats/verbs.md, "Agentless state acts"); on hand-built parses run through
/// the shipped actor stage and coder.</summary>
public class StateActTests
{
    private static List<string> Code(params string[] sentences) => Code(CodingOptions.Default, sentences);

    private static List<string> Code(CodingOptions options, params string[] sentences)
    {
        var article = DiscourseArticles.Build(sentences);
        new ActorStage(ActorStage.CreateDefault().Dictionary).Process(article);
        CodingStage.CreateDefault(options).Process(article);
        return article.Events.Select(e => $"{e.Source.Code} {e.Target?.Code.Value ?? "-"} {e.Code}").ToList();
    }

    private const string ArrestedInCairo =
        "Dozens/NOUN/5/nsubj:pass of/ADP/3/case protesters/NOUN/1/nmod were/AUX/5/aux:pass arrested/VERB/0/root in/ADP/7/case Cairo/PROPN/5/obl ./PUNCT/5/punct";

    [Fact]
    public void An_arrest_is_the_police_of_the_place_it_happened()
        => Assert.Equal(["EGYCOP EGYOPP 173"], Code(ArrestedInCairo));

    [Fact]
    public void The_source_is_marked_inferred()
    {
        var article = DiscourseArticles.Build(ArrestedInCairo);
        new ActorStage(ActorStage.CreateDefault().Dictionary).Process(article);
        CodingStage.CreateDefault().Process(article);
        var e = Assert.Single(article.Events);
        Assert.Equal("passive-state-act", e.Evidence.Rule);
        Assert.Contains(e.Evidence.SourceEntries, s => s.StartsWith("inferred source: ", StringComparison.Ordinal) && s.Contains("'Cairo'"));
        Assert.Contains(e.Evidence.SourceEntries, s => s.StartsWith("verbs/state_acts.txt:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_option_turns_it_off()
        => Assert.Empty(Code(CodingOptions.Default with { StateActSources = false }, ArrestedInCairo));

    // A sentence is the courts' act; the country here is the one the sentence names.
    [Fact]
    public void A_sentence_is_the_judiciary()
        => Assert.Equal(["EGYJUD EGYMED 173"], Code(
            "Two/NUM/3/nummod Egyptian/ADJ/3/amod journalists/NOUN/5/nsubj:pass were/AUX/5/aux:pass sentenced/VERB/0/root on/ADP/7/case Sunday/PROPN/5/obl ./PUNCT/5/punct"));

    // "Placed under investigation" is the examining magistrate's step: the judiciary of the place (090).
    [Fact]
    public void Placed_under_investigation_is_the_judiciary()
        => Assert.Equal(["FRAJUD FRAGOV 090"], Code(
            "A/DET/3/det French/ADJ/3/amod minister/NOUN/5/nsubj:pass was/AUX/5/aux:pass placed/VERB/0/root under/ADP/7/case investigation/NOUN/5/obl in/ADP/9/case Paris/PROPN/5/obl ./PUNCT/5/punct"));

    // Put under surveillance is no line of the list: anyone may watch someone.
    [Fact]
    public void Put_under_surveillance_names_no_state()
        => Assert.Empty(Code(
            "The/DET/2/det journalist/NOUN/4/nsubj:pass was/AUX/4/aux:pass put/VERB/0/root under/ADP/6/case surveillance/NOUN/4/obl in/ADP/8/case Cairo/PROPN/4/obl ./PUNCT/4/punct"));

    // A deportation is the government's, of the country left.
    [Fact]
    public void A_deportation_from_a_country_is_its_government()
        => Assert.Equal(["IRNGOV AFGREF 174"], Code(
            "Afghan/ADJ/2/amod refugees/NOUN/4/nsubj:pass were/AUX/4/aux:pass deported/VERB/0/root from/ADP/6/case Iran/PROPN/4/obl ./PUNCT/4/punct"));

    // Kidnapping is done by gunmen as often as by states: no source is inferred.
    [Fact]
    public void A_kidnapping_names_no_state()
        => Assert.DoesNotContain(Code(
            "Protesters/NOUN/3/nsubj:pass were/AUX/3/aux:pass kidnapped/VERB/0/root in/ADP/5/case Cairo/PROPN/3/obl ./PUNCT/3/punct"), e => e.Contains("COP"));

    // "is banned": a standing state, not an act done.
    [Fact]
    public void A_present_passive_is_a_state()
        => Assert.Empty(Code(
            "The/DET/3/det Muslim/PROPN/3/compound Brotherhood/PROPN/5/nsubj:pass is/AUX/5/aux:pass banned/VERB/0/root in/ADP/7/case Egypt/PROPN/5/obl ./PUNCT/5/punct"));

    // "protesters detained in Cairo were freed": the participle says who they are; the release is the act.
    [Fact]
    public void A_participle_describing_a_noun_is_no_act()
        => Assert.DoesNotContain(Code(
            "Protesters/NOUN/6/nsubj:pass detained/VERB/1/acl in/ADP/4/case Cairo/PROPN/2/obl were/AUX/6/aux:pass freed/VERB/0/root ./PUNCT/6/punct"), e => e.EndsWith(" 173", StringComparison.Ordinal));

    // With no place, no country named and no article country, whose police it was is unknown.
    [Fact]
    public void No_country_no_event()
        => Assert.Empty(Code(
            "Protesters/NOUN/3/nsubj:pass were/AUX/3/aux:pass arrested/VERB/0/root ./PUNCT/3/punct"));

    // The police do not arrest themselves: "policemen were arrested in Cairo" names no other side.
    [Fact]
    public void The_organ_is_never_its_own_target()
        => Assert.Empty(Code(
            "Policemen/NOUN/3/nsubj:pass were/AUX/3/aux:pass arrested/VERB/0/root in/ADP/5/case Cairo/PROPN/3/obl ./PUNCT/3/punct"));

    // A by-phrase names the doer as before (the protesters' country is the actor stage's to find).
    [Fact]
    public void A_by_phrase_still_names_the_doer()
        => Assert.Equal(["EGYMIL ---OPP 173"], Code(
            "Protesters/NOUN/3/nsubj:pass were/AUX/3/aux:pass arrested/VERB/0/root by/ADP/6/case Egyptian/ADJ/6/amod soldiers/NOUN/3/obl:agent ./PUNCT/3/punct"));

    // A phrasal verb's passive ("were rounded up") takes its subject as the object, as "were arrested" does.
    [Fact]
    public void A_phrasal_passive_is_read_like_a_plain_one()
        => Assert.Equal(["BLRCOP BLROPP 173"], Code(
            "Opposition/NOUN/2/compound activists/NOUN/4/nsubj:pass were/AUX/4/aux:pass rounded/VERB/0/root up/ADP/4/compound:prt in/ADP/7/case Belarus/PROPN/4/obl ./PUNCT/4/punct"));

    [Fact]
    public void A_phrasal_passive_takes_its_by_phrase()
        => Assert.Equal(["BLRCOP ---OPP 173"], Code(
            "Opposition/NOUN/2/compound activists/NOUN/4/nsubj:pass were/AUX/4/aux:pass rounded/VERB/0/root up/ADP/4/compound:prt by/ADP/8/case Belarusian/ADJ/8/amod police/NOUN/4/obl:agent ./PUNCT/4/punct"));

    // The media that report an arrest say nothing of where it happened: "British media reported" gives no country.
    [Fact]
    public void The_reporting_media_give_no_country()
        => Assert.Empty(Code(
            "Protesters/NOUN/3/nsubj:pass were/AUX/3/aux:pass arrested/VERB/0/root ,/PUNCT/7/punct British/ADJ/6/amod media/NOUN/7/nsubj reported/VERB/3/parataxis ./PUNCT/3/punct"));

    // A reporter of another country than the patients' makes the place uncertain: Iran's media report Iran's arrests.
    [Fact]
    public void A_foreign_reporter_leaves_the_country_open()
        => Assert.DoesNotContain(Code(
            "Iranian/ADJ/3/amod state/NOUN/3/compound media/NOUN/4/nsubj said/VERB/0/root two/NUM/7/nummod American/ADJ/7/amod hikers/NOUN/9/nsubj:pass were/AUX/9/aux:pass arrested/VERB/4/ccomp ./PUNCT/4/punct"),
            e => e.StartsWith("USACOP", StringComparison.Ordinal));

    // The place may stand under a place word of the verb's phrase: "in the city of Alexandria".
    [Fact]
    public void A_place_under_a_place_word_gives_the_country()
        => Assert.Equal(["EGYCOP EGYOPP 173"], Code(
            "Protesters/NOUN/3/nsubj:pass were/AUX/3/aux:pass arrested/VERB/0/root in/ADP/6/case the/DET/6/det city/NOUN/3/obl of/ADP/8/case Alexandria/PROPN/6/nmod ./PUNCT/3/punct"));
}
