using Casus;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A relative pronoun after an act of force stands for the act, not for a place in its prepositional
/// phrases or an owner further up ("the terrorist attack in Abu Dhabi in the UAE, which killed three civilians",
/// "condolences for the attack in Kabul that killed"): the act's doer is the subject, and an act whose doer goes
/// unnamed names none. ClauseReader.ForceActAntecedent (parse reading) and SentenceCoder.ForceActBefore (word
/// reading). Sentences written for these tests.</summary>
public class ForceActAntecedentTests
{
    // The parser hangs the relative clause on the place: "Egypt condemned the [MOD] attack in Kabul, which killed soldiers".
    private static List<string> Parsed(string modifier, string modifierTag) => ParsedArticles.Code($"""
        1 Egypt     Egypt     PROPN NNP 2 nsubj B-EGY
        2 condemned condemn   VERB  VBD 0 root  _
        3 the       the       DET   DT  5 det   _
        4 {modifier,-9} {modifier,-9} ADJ   JJ  5 amod  {modifierTag}
        5 attack    attack    NOUN  NN  2 obj   _
        6 in        in        ADP   IN  7 case  _
        7 Kabul     Kabul     PROPN NNP 5 nmod  B-AFG
        8 ,         ,         PUNCT ,   10 punct _
        9 which     which     PRON  WDT 10 nsubj _
        10 killed   kill      VERB  VBD 7 acl:relcl _
        11 soldiers soldier   NOUN  NNS 10 obj  B-USAMIL
        12 .        .         PUNCT .   2 punct _
        """);

    [Fact]
    public void The_place_of_the_attack_is_not_the_killer()
        => Assert.DoesNotContain(Parsed("recent", "_"), e => e.StartsWith("AFG ", StringComparison.Ordinal));

    [Fact]
    public void The_attack_s_named_doer_is_the_killer()
        => Assert.Contains(Parsed("Russian", "B-RUS"), e => e.StartsWith("RUS USAMIL 19", StringComparison.Ordinal));

    // The whole pipeline, whose parse leaves this sentence to the word reading: "the violent [NOUN] at a security
    // checkpoint on the U.S. Capitol grounds, which killed Officer John Smith".
    private static List<string> Pipeline(string noun)
    {
        var article = DefaultPipeline.Create().Process(new Article("force-act", $"We were saddened to learn of the violent {noun} at a security checkpoint on the U.S. Capitol grounds, which killed Officer John Smith of the U.S. Capitol Police."));
        return article.Events.Select(e => $"{e.Source.Code} {(e.Target is { } t ? t.Code.Value : "-")} {e.Code}").ToList();
    }

    [Fact]
    public void Word_reading_the_place_of_the_attack_is_not_the_killer()
        => Assert.DoesNotContain(Pipeline("attack"), e => e.StartsWith("USA USACOP", StringComparison.Ordinal));

    [Fact]
    public void Word_reading_a_place_after_another_noun_stays_the_nearest_mention()
        // Control: with "mob" for "attack" no act of force stands before the place, which stays the reading.
        => Assert.Contains(Pipeline("mob"), e => e.StartsWith("USA USACOP", StringComparison.Ordinal));
}
