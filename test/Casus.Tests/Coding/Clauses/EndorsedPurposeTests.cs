using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A to-infinitive after the object of a verb of endorsement, a thing, is the thing's purpose, not the
/// endorser's act (<c>[endorsing-verbs]</c> of data/frames/frame_words.txt, ClauseReader.PurposeOfEndorsedThing), even
/// where the parser hangs it on the verb. Sentences written for these tests.</summary>
public class EndorsedPurposeTests
{
    /// <summary>"Japan {verb} the agreements to link the grids in order to provide Iraq with electricity.", the
    /// infinitives hung on the verb as the parser does (an advcl or an xcomp).</summary>
    private static List<string> Code(string verb, string lemma, string linkRel = "advcl") => ParsedArticles.Code($"""
        1  Japan       Japan       PROPN NNP 2  nsubj B-JPN
        2  {verb,-11} {lemma,-11} VERB  VBD 0  root  _
        3  the         the         DET   DT  4  det   _
        4  agreements  agreement   NOUN  NNS 2  obj   _
        5  to          to          PART  TO  6  mark  _
        6  link        link        VERB  VB  2  {linkRel,-5} _
        7  the         the         DET   DT  8  det   _
        8  grids       grid        NOUN  NNS 6  obj   _
        9  in          in          SCONJ IN  12 mark  _
        10 order       order       NOUN  NN  9  fixed _
        11 to          to          PART  TO  9  fixed _
        12 provide     provide     VERB  VB  6  advcl _
        13 Iraq        Iraq        PROPN NNP 12 obj   B-IRQ
        14 with        with        ADP   IN  15 case  _
        15 electricity electricity NOUN  NN  12 obl   _
        16 .           .           PUNCT .   2  punct _
        """);

    [Fact]
    public void The_purpose_of_a_welcomed_thing_is_not_the_welcomers_act()
        => Assert.DoesNotContain(Code("welcomed", "welcome"), e => e.StartsWith("JPN IRQ"));

    [Fact]
    public void Nor_when_parsed_as_an_open_complement()
        => Assert.DoesNotContain(Code("welcomed", "welcome", "xcomp"), e => e.StartsWith("JPN IRQ"));

    [Fact]
    public void The_purpose_of_ones_own_act_stays_ones_own()
        => Assert.Contains(Code("signed", "sign"), e => e.StartsWith("JPN IRQ 07"));
}
