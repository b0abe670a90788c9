using Casus.Coding;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A target slot that names no actor, read one step beyond it (ClauseReader.ActorsBeyondSlot,
/// ParseCoder.BeyondSlot.cs): a noun of quantity's of-phrase, the doer of the act the slot names, the country a place
/// lies in, and what a relative clause on the pattern's own noun aims at.</summary>
public class BeyondSlotTargetTests
{
    // The parse reading only: the word-sequence reading, run where the parse found no event, takes the nearest actor
    // after the verb by itself, and would hide what the parse reading leaves uncoded.
    private static List<Event> Events(string conllu)
    {
        var article = ParsedArticles.Build(conllu);
        CodingStage.CreateDefault(new CodingOptions { SequenceFallback = SequenceFallback.Never }).Process(article);
        return article.Events.ToList();
    }

    private static List<string> Dyads(string conllu) =>
        Events(conllu).Select(e => $"{e.Source.Code} {(e.Target is { } t ? t.Code.Value : "-")} {e.Code.Root:00}").ToList();

    // "The State Department imposed sanctions that <verb> Russia 's defense sector."
    private static string SanctionsThat(string subject, string verb, string lemma) => $$"""
        1 The        the        DET   DT  3 det       _
        2 State      State      PROPN NNP 3 compound  B-USAGOV
        3 Department Department PROPN NNP 4 nsubj     I-USAGOV
        4 imposed    impose     VERB  VBD 0 root      _
        5 sanctions  sanction   NOUN  NNS 4 obj       _
        6 {{subject}} {{subject}} PRON WDT 7 nsubj    _
        7 {{verb}}   {{lemma}}  VERB  VBP 5 acl:relcl _
        8 Russia     Russia     PROPN NNP 11 nmod:poss B-RUS
        9 's         's         PART  POS 8 case      _
        10 defense   defense    NOUN  NN  11 compound _
        11 sector    sector     NOUN  NN  7 obj       _
        12 .         .          PUNCT .   4 punct     _
        """;

    [Fact]
    public void Sanctions_that_target_a_country_fall_on_it()
    {
        var e = Assert.Single(Events(SanctionsThat("that", "target", "target")));
        Assert.Equal("USAGOV RUS 16", $"{e.Source.Code} {e.Target?.Code} {e.Code.Root:00}");
        Assert.Contains("target beyond the slot: what the clause on 'sanctions' aims at → RUS", e.Evidence.Notes);
    }

    [Fact]
    public void A_relative_clause_of_another_verb_names_no_target()
    {
        // [aiming-verbs] of data/frames/frame_words.txt: "sanctions that worry Russia's defense sector" aim at no one.
        Assert.DoesNotContain(Events(SanctionsThat("that", "worry", "worry")), e => e.Target?.Code.Value == "RUS");
    }

    [Fact]
    public void A_relative_clause_whose_subject_is_another_actor_names_no_target()
    {
        // "sanctions that Iran targets": the clause's subject is not the sanctions.
        var conllu = SanctionsThat("Iran", "targets", "target").Replace("PRON WDT 7 nsubj    _", "PROPN NNP 7 nsubj B-IRN", StringComparison.Ordinal);
        Assert.DoesNotContain(Events(conllu), e => e.Target?.Code.Value == "RUS");
    }

    // "The US imposed a tariff on 570 <noun> of Russian products."
    private static string TariffOn(string noun) => $$"""
        1 The      the      DET   DT  2 det      _
        2 US       US       PROPN NNP 3 nsubj    B-USA
        3 imposed  impose   VERB  VBD 0 root     _
        4 a        a        DET   DT  5 det      _
        5 tariff   tariff   NOUN  NN  3 obj      _
        6 on       on       ADP   IN  8 case     _
        7 570      570      NUM   CD  8 nummod   _
        8 {{noun}} {{noun}} NOUN  NNS 5 nmod     _
        9 of       of       ADP   IN  11 case    _
        10 Russian Russian  ADJ   JJ  11 amod    B-RUS
        11 products product NOUN  NNS 8 nmod     _
        12 .       .        PUNCT .   3 punct    _
        """;

    [Fact]
    public void A_noun_of_quantity_in_the_slot_is_read_through_its_of_phrase()
    {
        var e = Assert.Single(Events(TariffOn("groups")));
        Assert.Equal("USA RUS 16", $"{e.Source.Code} {e.Target?.Code} {e.Code.Root:00}");
        Assert.Contains("target beyond the slot: the of-phrase of 'groups', a noun of quantity or kind → RUS", e.Evidence.Notes);
    }

    [Fact]
    public void Another_noun_in_the_slot_is_not_read_through_its_of_phrase()
    {
        // [collective-nouns]: "the prices of Russian products" are no quantity; the slot stays empty, the act uncoded.
        Assert.DoesNotContain(Events(TariffOn("prices")), e => e.Target?.Code.Value == "RUS");
    }

    // "The US conducted investigations into actions <by|in> Chinese exporters."
    private static string Investigations(string preposition) => $$"""
        1 The            the           DET   DT  2 det   _
        2 US             US            PROPN NNP 3 nsubj B-USA
        3 conducted      conduct       VERB  VBD 0 root  _
        4 investigations investigation NOUN  NNS 3 obj   _
        5 into           into          ADP   IN  6 case  _
        6 actions        action        NOUN  NNS 4 nmod  _
        7 {{preposition}} {{preposition}} ADP IN 9 case  _
        8 Chinese        Chinese       ADJ   JJ  9 amod  B-CHN
        9 exporters      exporter      NOUN  NNS 6 nmod  _
        10 .             .             PUNCT .   3 punct _
        """;

    [Fact]
    public void An_act_looked_into_is_its_doer_s()
    {
        var e = Assert.Single(Events(Investigations("by")));
        Assert.Equal("USA CHN 09", $"{e.Source.Code} {e.Target?.Code} {e.Code.Root:00}");
        Assert.Contains("target beyond the slot: the doer (by-phrase) of the 'actions' the slot names → CHN", e.Evidence.Notes);
    }

    [Fact]
    public void A_phrase_of_place_on_the_act_names_no_doer()
    {
        Assert.DoesNotContain(Events(Investigations("in")), e => e.Target?.Code.Value == "CHN");
    }

    // "Biden traveled to Schloss Elmau in southern <country>."
    private static string TraveledTo(string country, string code) => $$"""
        1 Biden     Biden     PROPN NNP 2 nsubj  B-USAGOV
        2 traveled  travel    VERB  VBD 0 root   _
        3 to        to        ADP   IN  4 case   _
        4 Schloss   Schloss   PROPN NNP 2 obl    _
        5 Elmau     Elmau     PROPN NNP 4 flat   _
        6 in        in        ADP   IN  8 case   _
        7 southern  southern  ADJ   JJ  8 amod   _
        8 {{country}} {{country}} PROPN NNP 4 nmod {{code}}
        9 .         .         PUNCT .   2 punct  _
        """;

    [Fact]
    public void A_place_the_actors_do_not_know_is_the_country_it_lies_in()
    {
        var e = Assert.Single(Events(TraveledTo("Germany", "B-DEU")));
        Assert.Equal("USAGOV DEU 04", $"{e.Source.Code} {e.Target?.Code} {e.Code.Root:00}");
        Assert.Contains("target beyond the slot: the country the place 'Schloss' lies in → DEU", e.Evidence.Notes);
    }

    [Fact]
    public void A_place_in_the_source_s_own_country_is_no_target()
    {
        Assert.DoesNotContain(Events(TraveledTo("America", "B-USA")), e => e.Target is not null);
    }
}
