using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Entries keyed by a manner adverb ("sexually abuse &lt;obj&gt;", "forcibly deport &lt;obj&gt;") are read at
/// the verb the adverb modifies; the plain verb keeps its own entries or none. Sentences written for these tests.</summary>
public class LeadingAdverbTests
{
    [Fact]
    public void Sexually_abused_is_a_sexual_assault()
    {
        Assert.Contains("MIL CVL 1821", ParsedArticles.Code("""
            1 Guards    guard     NOUN  NNS 3 nsubj  B-MIL
            2 sexually  sexually  ADV   RB  3 advmod _
            3 abused    abuse     VERB  VBD 0 root   _
            4 detainees detainee  NOUN  NNS 3 obj    B-CVL
            5 .         .         PUNCT .   3 punct  _
            """));
    }

    [Fact]
    public void Forcibly_deported_is_an_expulsion()
    {
        Assert.Contains("COP REF 174", ParsedArticles.Code("""
            1 Police    police    NOUN  NNS 3 nsubj  B-COP
            2 forcibly  forcibly  ADV   RB  3 advmod _
            3 deported  deport    VERB  VBD 0 root   _
            4 refugees  refugee   NOUN  NNS 3 obj    B-REF
            5 .         .         PUNCT .   3 punct  _
            """));
    }

    [Fact]
    public void The_plain_verb_without_the_adverb_is_no_assault()
    {
        // "abused" alone is too loose (abused his power, verbally abused): only the adverb's entry codes it.
        Assert.Empty(ParsedArticles.Code("""
            1 Guards    guard     NOUN  NNS 2 nsubj  B-MIL
            2 abused    abuse     VERB  VBD 0 root   _
            3 detainees detainee  NOUN  NNS 2 obj    B-CVL
            4 .         .         PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void An_adverb_with_no_entries_leaves_the_verb_its_own()
    {
        Assert.Contains("COP OPP 173", ParsedArticles.Code("""
            1 Police     police     NOUN  NNS 3 nsubj  B-COP
            2 quickly    quickly    ADV   RB  3 advmod _
            3 arrested   arrest     VERB  VBD 0 root   _
            4 protesters protester  NOUN  NNS 3 obj    B-OPP
            5 .          .          PUNCT .   3 punct  _
            """));
    }

    [Fact]
    public void The_adverb_must_modify_the_verb()
    {
        // "sexually" hangs on the object's adjective, not on the verb: no sexual assault is read.
        Assert.DoesNotContain(ParsedArticles.Code("""
            1 Police     police     NOUN  NNS 2 nsubj  B-COP
            2 arrested   arrest     VERB  VBD 0 root   _
            3 sexually   sexually   ADV   RB  4 advmod _
            4 active     active     ADJ   JJ  5 amod   _
            5 dissidents dissident  NOUN  NNS 2 obj    B-OPP
            6 .          .          PUNCT .   2 punct  _
            """), e => e.EndsWith(" 1821"));
    }
}
