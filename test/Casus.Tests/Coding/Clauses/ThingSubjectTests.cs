using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>A verb whose parsed subject is a document, an event or a gerund clause, naming no actor, is not read again
/// by the word reading, which would take the nearest actor before the verb as its doer (ParseCoder.ThingSubject.cs).
/// Sentences written for these tests, on hand-built parses.</summary>
public class ThingSubjectTests
{
    [Fact]
    public void A_thing_as_subject_takes_no_actor_from_the_clause_before()
    {
        // "Because only Congress may allocate funds, the declaration violates the rights of Greece."
        var events = ParsedArticles.Code("""
            1  Because     because     SCONJ IN  5  mark   _
            2  only        only        ADV   RB  3  advmod _
            3  Congress    Congress    PROPN NNP 5  nsubj  B-USALEG
            4  may         may         AUX   MD  5  aux    _
            5  allocate    allocate    VERB  VB  10 advcl  _
            6  funds       fund        NOUN  NNS 5  obj    _
            7  ,           ,           PUNCT ,   5  punct  _
            8  the         the         DET   DT  9  det    _
            9  declaration declaration NOUN  NN  10 nsubj  _
            10 violates    violate     VERB  VBZ 0  root   _
            11 the         the         DET   DT  12 det    _
            12 rights      right       NOUN  NNS 10 obj    _
            13 of          of          ADP   IN  14 case   _
            14 Greece      Greece      PROPN NNP 12 nmod   B-GRC
            15 .           .           PUNCT .   10 punct  _
            """);
        Assert.DoesNotContain(events, e => e.EndsWith(" 128", StringComparison.Ordinal));
    }

    [Fact]
    public void An_actor_as_subject_still_violates()
    {
        var events = ParsedArticles.Code("""
            1  Because     because     SCONJ IN  5  mark   _
            2  only        only        ADV   RB  3  advmod _
            3  Congress    Congress    PROPN NNP 5  nsubj  B-USALEG
            4  may         may         AUX   MD  5  aux    _
            5  allocate    allocate    VERB  VB  9  advcl  _
            6  funds       fund        NOUN  NNS 5  obj    _
            7  ,           ,           PUNCT ,   5  punct  _
            8  Turkey      Turkey      PROPN NNP 9  nsubj  B-TUR
            9  violates    violate     VERB  VBZ 0  root   _
            10 the         the         DET   DT  11 det    _
            11 rights      right       NOUN  NNS 9  obj    _
            12 of          of          ADP   IN  13 case   _
            13 Greece      Greece      PROPN NNP 11 nmod   B-GRC
            14 .           .           PUNCT .   9  punct  _
            """);
        Assert.Contains("TUR GRC 128", events);
    }

    [Fact]
    public void A_clause_as_subject_lends_its_object_no_act()
    {
        // "Denying Samoans citizenship violated the rights of Greece": the gerund's object did not violate anything.
        var events = ParsedArticles.Code("""
            1  Denying     deny        VERB  VBG 4  csubj  _
            2  Samoans     Samoans     PROPN NNPS 1 iobj   B-WSMCVL
            3  citizenship citizenship NOUN  NN  1  obj    _
            4  violated    violate     VERB  VBD 0  root   _
            5  the         the         DET   DT  6  det    _
            6  rights      right       NOUN  NNS 4  obj    _
            7  of          of          ADP   IN  8  case   _
            8  Greece      Greece      PROPN NNP 6  nmod   B-GRC
            9  .           .           PUNCT .   4  punct  _
            """);
        Assert.DoesNotContain(events, e => e.EndsWith(" 128", StringComparison.Ordinal));
    }
}
