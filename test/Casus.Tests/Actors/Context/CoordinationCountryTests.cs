using static Casus.Tests.Actors.ParsedSentence;

namespace Casus.Tests.Actors.Context;

/// <summary>A country written once over a coordination of titles or roles (docs/formats/actors.md, "Country over a
/// coordination"): each sentence names a second country, so only the actor's own coordination may give it one.</summary>
public class CoordinationCountryTests
{
    // "Ukraine's Foreign Minister Ivan Petrenko", the subject of the verb at token <paramref name="verb"/>.
    private static string Possessive(int verb) => $"Ukraine/PROPN/6/nmod:poss 's/PART/1/case Foreign/PROPN/4/compound Minister/PROPN/6/compound Ivan/PROPN/6/compound Petrenko/PROPN/{verb}/nsubj";

    // "Ukraine's Foreign Minister Ivan Petrenko and Minister of Defense Pavlo Hrytsenko met French officials": the
    // possessive before the first conjunct covers the later title, though it names a person.
    [Fact]
    public void A_possessive_before_the_first_conjunct_covers_a_later_named_title()
        => Assert.Contains("Minister of Defense Pavlo Hrytsenko=UKRGOV",
            Code(Possessive(13) + " and/CCONJ/12/cc Minister/PROPN/12/compound of/ADP/10/case Defense/PROPN/8/nmod Pavlo/PROPN/12/compound Hrytsenko/PROPN/6/conj met/VERB/0/root French/ADJ/15/amod officials/NOUN/13/obj"));

    // "... and the Minister of Defense Pavlo Hrytsenko met ...": a conjunct with its own article is its own phrase.
    [Fact]
    public void A_title_with_its_own_article_keeps_out_of_the_possessive()
        => Assert.Contains(Code(Possessive(14) + " and/CCONJ/13/cc the/DET/13/det Minister/PROPN/13/compound of/ADP/11/case Defense/PROPN/9/nmod Pavlo/PROPN/13/compound Hrytsenko/PROPN/6/conj met/VERB/0/root French/ADJ/16/amod officials/NOUN/14/obj"),
            m => m.EndsWith("Hrytsenko=---GOV", StringComparison.Ordinal));

    // "France supports the government and people of Iraq": "of Iraq" after the last conjunct covers the first.
    [Fact]
    public void An_of_country_after_the_last_conjunct_covers_the_earlier_ones()
        => Assert.Contains("government=IRQGOV",
            Code("France/PROPN/2/nsubj supports/VERB/0/root the/DET/4/det government/NOUN/2/obj and/CCONJ/6/cc people/NOUN/4/conj of/ADP/8/case Iraq/PROPN/6/nmod"));

    // "the government or people of Iraq": only "and" makes one group of them.
    [Fact]
    public void An_of_country_does_not_cross_or()
        => Assert.Contains("government=---GOV",
            Code("France/PROPN/2/nsubj supports/VERB/0/root the/DET/4/det government/NOUN/2/obj or/CCONJ/6/cc people/NOUN/4/conj of/ADP/8/case Iraq/PROPN/6/nmod"));

    // "France supports the Ukrainian people and government": a country adjective covers a singular later conjunct.
    [Fact]
    public void A_country_adjective_covers_a_singular_later_conjunct()
        => Assert.Contains("government=UKRGOV",
            Code("France/PROPN/2/nsubj supports/VERB/0/root the/DET/5/det Ukrainian/ADJ/5/amod people/NOUN/2/obj and/CCONJ/7/cc government/NOUN/5/conj"));

    // "Iraq's government, the Turkish army and police": the conjunct after one with its own country is not Iraq's.
    [Fact]
    public void The_country_does_not_reach_across_a_conjunct_with_its_own()
        => Assert.DoesNotContain("police=IRQCOP",
            Code("France/PROPN/2/nsubj supports/VERB/0/root Iraq/PROPN/5/nmod:poss 's/PART/3/case government/NOUN/2/obj ,/PUNCT/9/punct the/DET/9/det Turkish/ADJ/9/amod army/NOUN/5/conj and/CCONJ/11/cc police/NOUN/5/conj"));
}
