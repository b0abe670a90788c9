using Casus.Coding;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A site in a country as the target of a strike (ClauseReader.ActorsBeyondSlot, [site-nouns] of
/// data/frames/frame_words.txt): "conducted strikes against targets in Yemen" → YEM.</summary>
public class SiteTargetTests
{
    // The parse reading only: the word-sequence reading takes the nearest actor after the verb by itself.
    private static List<string> Dyads(string conllu)
    {
        var article = ParsedArticles.Build(conllu);
        CodingStage.CreateDefault(new CodingOptions { SequenceFallback = SequenceFallback.Never }).Process(article);
        return article.Events.Select(e => $"{e.Source.Code} {(e.Target is { } t ? t.Code.Value : "-")} {e.Code.Root:00}").ToList();
    }

    // "US forces conducted strikes against <site> in Yemen ." with "in Yemen" on the verb, as the parser hangs it.
    private static string Strikes(string site, string lemma) => $$"""
        1 US        US        PROPN NNP 2 compound  B-USA
        2 forces    force     NOUN  NNS 3 nsubj     _
        3 conducted conduct   VERB  VBD 0 root      _
        4 strikes   strike    NOUN  NNS 3 obj       _
        5 against   against   ADP   IN  6 case      _
        6 {{site}}  {{lemma}} NOUN  NNS 4 nmod      _
        7 in        in        ADP   IN  8 case      _
        8 Yemen     Yemen     PROPN NNP 3 obl       B-YEM
        9 .         .         PUNCT .   3 punct     _
        """;

    [Fact]
    public void A_site_said_to_lie_in_a_country_makes_the_country_the_target()
    {
        Assert.Contains("USA YEM 19", Dyads(Strikes("targets", "target")));
    }

    [Fact]
    public void A_phrase_that_is_no_site_gives_no_country()
    {
        // "strikes against farmers in Yemen": the farmers are no site; the slot names no actor and the act no target.
        Assert.DoesNotContain(Dyads(Strikes("farmers", "farmer")), d => d.EndsWith("YEM 19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_behind_a_noun_of_quantity_is_read_too()
    {
        // "strikes against a number of targets in Yemen": [collective-nouns] first, then the site.
        var conllu = """
            1 US        US        PROPN NNP 2 compound  B-USA
            2 forces    force     NOUN  NNS 3 nsubj     _
            3 conducted conduct   VERB  VBD 0 root      _
            4 strikes   strike    NOUN  NNS 3 obj       _
            5 against   against   ADP   IN  7 case      _
            6 a         a         DET   DT  7 det       _
            7 number    number    NOUN  NN  4 nmod      _
            8 of        of        ADP   IN  9 case      _
            9 targets   target    NOUN  NNS 7 nmod      _
            10 in       in        ADP   IN  11 case     _
            11 Yemen    Yemen     PROPN NNP 9 nmod      B-YEM
            12 .        .         PUNCT .   3 punct     _
            """;
        Assert.Contains("USA YEM 19", Dyads(conllu));
    }
}
