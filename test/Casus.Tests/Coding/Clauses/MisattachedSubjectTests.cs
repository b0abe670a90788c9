using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Subjects the parser hangs in the wrong place: a time word taken for a must-clause's second subject, and a
/// noun with its active participle read as a clausal subject ("X operating in Y said ..."); on hand-built parses.</summary>
public class MisattachedSubjectTests
{
    [Fact]
    public void A_day_parsed_as_the_must_clauses_first_subject_leaves_the_actor_after_it_the_addressee()
    {
        // "Egypt said here Wednesday that Israel must withdraw", with "Wednesday" an nsubj of "withdraw".
        Assert.Equal(["EGY ISR 100"], ParsedArticles.Code("""
            1 Egypt     Egypt     PROPN NNP 2 nsubj  B-EGY
            2 said      say       VERB  VBD 0 root   _
            3 here      here      ADV   RB  2 advmod _
            4 Wednesday Wednesday PROPN NNP 8 nsubj  _
            5 that      that      SCONJ IN  8 mark   _
            6 Israel    Israel    PROPN NNP 8 nsubj  B-ISR
            7 must      must      AUX   MD  8 aux    _
            8 withdraw  withdraw  VERB  VB  2 ccomp  _
            9 .         .         PUNCT .   2 punct  _
            """));
    }

    [Fact]
    public void A_must_clause_whose_only_subject_is_a_day_names_no_addressee()
    {
        Assert.Empty(ParsedArticles.Code("""
            1 Egypt     Egypt     PROPN NNP 2 nsubj  B-EGY
            2 said      say       VERB  VBD 0 root   _
            3 Wednesday Wednesday PROPN NNP 5 nsubj  _
            4 must      must      AUX   MD  5 aux    _
            5 withdraw  withdraw  VERB  VB  2 ccomp  _
            6 .         .         PUNCT .   2 punct  _
            """));
    }

    [Theory]
    [InlineData("csubj")]
    [InlineData("advcl")]
    public void A_noun_with_its_participle_read_as_a_clause_of_the_verb_is_the_verbs_subject(string relation)
    {
        // "The Red Cross operating in Iraq said US forces must ensure security": "operating" parsed as csubj of "said",
        // or (as the parser reads it in a longer context) as its advcl.
        Assert.Equal(["NGOIRC USAMIL 100"], ParsedArticles.Code($"""
            1 The       the       DET   DT  3 det      _
            2 Red       Red       PROPN NNP 3 compound B-NGOIRC
            3 Cross     Cross     PROPN NNP 4 nsubj    I-NGOIRC
            4 operating operate   VERB  VBG 7 {relation}    _
            5 in        in        ADP   IN  6 case     _
            6 Iraq      Iraq      PROPN NNP 4 obl      B-IRQ
            7 said      say       VERB  VBD 0 root     _
            8 US        US        PROPN NNP 9 compound B-USAMIL
            9 forces    force     NOUN  NNS 11 nsubj   I-USAMIL
            10 must     must      AUX   MD  11 aux     _
            11 ensure   ensure    VERB  VB  7 ccomp    _
            12 security security  NOUN  NN  11 obj     _
            13 .        .         PUNCT .   7 punct    _
            """));
    }

    [Fact]
    public void A_participle_after_the_verb_gives_it_no_subject()
    {
        // "Said to be operating, ..." shapes aside: a participle clause after the verb is no reduced relative on its subject.
        Assert.Empty(ParsedArticles.Code("""
            1 said      say       VERB  VBD 0 root     _
            2 US        US        PROPN NNP 3 compound B-USAMIL
            3 forces    force     NOUN  NNS 4 nsubj    I-USAMIL
            4 operating operate   VERB  VBG 1 advcl    _
            5 must      must      AUX   MD  6 aux      _
            6 leave     leave     VERB  VB  1 ccomp    _
            7 Iraq      Iraq      PROPN NNP 6 obj      B-IRQ
            8 .         .         PUNCT .   1 punct    _
            """));
    }

    [Fact]
    public void A_clausal_subject_with_an_auxiliary_is_no_reduced_relative()
    {
        // "Rebels having attacked the town angered Nigeria" read with an auxiliary: a real clause as subject, no actor.
        Assert.Empty(ParsedArticles.Code("""
            1 Rebels    rebel     NOUN  NNS 3 nsubj    B----REB
            2 having    have      AUX   VBG 3 aux      _
            3 attacking attack    VERB  VBG 5 csubj    _
            4 towns     town      NOUN  NNS 3 obj      _
            5 angered   anger     VERB  VBD 0 root     _
            6 Nigeria   Nigeria   PROPN NNP 5 obj      B-NGA
            7 .         .         PUNCT .   5 punct    _
            """));
    }

    [Fact]
    public void A_reduced_relative_subject_acts_in_an_ordinary_clause()
    {
        // "Rebels operating in the north attacked Nigeria", "operating" parsed as csubj of "attacked".
        Assert.Equal(["---REB NGA 190"], ParsedArticles.Code("""
            1 Rebels    rebel     NOUN  NNS 2 nsubj    B----REB
            2 operating operate   VERB  VBG 6 csubj    _
            3 in        in        ADP   IN  5 case     _
            4 the       the       DET   DT  5 det      _
            5 north     north     NOUN  NN  2 obl      _
            6 attacked  attack    VERB  VBD 0 root     _
            7 Nigeria   Nigeria   PROPN NNP 6 obj      B-NGA
            8 .         .         PUNCT .   6 punct    _
            """));
    }

    [Fact]
    public void A_bare_noun_phrase_before_a_subjectless_verb_is_its_subject()
    {
        // "A French minister threatened today to impose sanctions against Germany", with "threatened" tagged VBN and
        // "minister" hung on it as obl:unmarked.
        Assert.Equal(["FRAGOV DEU 1312"], ParsedArticles.Code("""
            1 A          a          DET   DT  3 det          _
            2 French     French     ADJ   JJ  3 amod         B-FRAGOV
            3 minister   minister   NOUN  NN  4 obl:unmarked I-FRAGOV
            4 threatened threaten   VERB  VBN 0 root         _
            5 today      today      NOUN  NN  4 obl:unmarked _
            6 to         to         PART  TO  7 mark         _
            7 impose     impose     VERB  VB  4 advcl        _
            8 sanctions  sanction   NOUN  NNS 7 obj          _
            9 against    against    ADP   IN  10 case        _
            10 Germany   Germany    PROPN NNP 7 obl          B-DEU
            11 .         .          PUNCT .   4 punct        _
            """));
    }

    [Fact]
    public void A_bare_noun_phrase_after_the_verb_is_no_subject()
    {
        // "threatened France today": an unmarked phrase after the verb is no doer.
        Assert.Empty(ParsedArticles.Code("""
            1 threatened threaten   VERB  VBN 0 root         _
            2 France     France     PROPN NNP 1 obl:unmarked B-FRA
            3 today      today      NOUN  NN  1 obl:unmarked _
            4 .          .          PUNCT .   1 punct        _
            """));
    }
}
