using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>
/// A capitalised name of a programme or partnership is a name (Clauses/TitleNames.cs): a role word in its phrase
/// ("the Partnership for Workers' Rights") is no target or source of the clause; a named actor there, a listed
/// organisation and a lower-case phrase keep their reading. A named alliance in an oblique beside the verb's own object
/// is not what the verb acts on; a fact sheet's gerund heading restated by its clause codes nothing of its own.
/// Hand-built parses.
/// </summary>
public class TitleNameTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu).Order().ToList();

    [Fact]
    public void A_role_word_in_a_partnerships_name_hung_on_the_verb_is_not_the_target()
    {
        // The parser hangs the name's for-phrase on the verb: "launched —obl→ Rights —nmod:poss→ Workers".
        Assert.Equal(["JPN KEN 050", "KEN JPN 050"], Code("""
            1  Kenya       Kenya       PROPN NNP  4  nsubj     B-KEN
            2  and         and         CCONJ CC   3  cc        _
            3  Japan       Japan       PROPN NNP  1  conj      B-JPN
            4  launched    launch      VERB  VBD  0  root      _
            5  the         the         DET   DT   6  det       _
            6  Partnership partnership PROPN NNP  4  obj       _
            7  for         for         ADP   IN   10 case      _
            8  Workers     worker      NOUN  NNS  10 nmod:poss B----LAB
            9  '           '           PART  POS  8  case      _
            10 Rights      right       PROPN NNPS 4  obl       _
            11 .           .           PUNCT .    4  punct     _
            """));
    }

    [Fact]
    public void A_role_word_in_a_partnerships_name_is_not_the_target()
    {
        var events = Code("""
            1 Kenya       Kenya       PROPN NNP 2 nsubj B-KEN
            2 launched    launch      VERB  VBD 0 root  _
            3 the         the         DET   DT  4 det   _
            4 Partnership partnership PROPN NNP 2 obj   _
            5 for         for         ADP   IN  6 case  _
            6 Workers     worker      NOUN  NNS 4 nmod  B----LAB
            7 .           .           PUNCT .   2 punct _
            """);
        Assert.All(events, e => Assert.DoesNotContain("---LAB", e));
    }

    [Fact]
    public void A_lower_case_for_phrase_names_whom_the_partnership_is_for()
    {
        Assert.Equal(["KEN ---LAB 050"], Code("""
            1 Kenya       Kenya       PROPN NNP 2 nsubj B-KEN
            2 launched    launch      VERB  VBD 0 root  _
            3 a           a           DET   DT  4 det   _
            4 partnership partnership NOUN  NN  2 obj   _
            5 for         for         ADP   IN  6 case  _
            6 workers     worker      NOUN  NNS 4 nmod  B----LAB
            7 .           .           PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_country_named_after_the_partnership_stays_its_partner()
    {
        Assert.Equal(["KEN JPN 050"], Code("""
            1 Kenya       Kenya       PROPN NNP 2 nsubj B-KEN
            2 launched    launch      VERB  VBD 0 root  _
            3 the         the         DET   DT  4 det   _
            4 Partnership partnership PROPN NNP 2 obj   _
            5 with        with        ADP   IN  6 case  _
            6 Japan       Japan       PROPN NNP 4 nmod  B-JPN
            7 .           .           PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_role_word_in_a_programmes_name_is_not_its_subject()
    {
        Assert.Empty(Code("""
            1 The         the         DET   DT  2 det   _
            2 Partnership partnership PROPN NNP 5 nsubj _
            3 for         for         ADP   IN  4 case  _
            4 Workers     worker      NOUN  NNS 2 nmod  B----LAB
            5 condemned   condemn     VERB  VBD 0 root  _
            6 Kenya       Kenya       PROPN NNP 5 obj   B-KEN
            7 .           .           PUNCT .   5 punct _
            """));
    }

    [Fact]
    public void A_listed_organisation_with_a_preposition_in_its_name_stays_the_source()
    {
        var events = Code("""
            1 Doctors   doctor    NOUN  NNS  4 nsubj B-NGOMSF
            2 Without   without   ADP   IN   3 case  I-NGOMSF
            3 Borders   border    PROPN NNPS 1 nmod  I-NGOMSF
            4 condemned condemn   VERB  VBD  0 root  _
            5 Kenya     Kenya     PROPN NNP  4 obj   B-KEN
            6 .         .         PUNCT .    4 punct _
            """);
        Assert.Single(events);
        Assert.StartsWith("NGOMSF KEN ", events[0]);
    }

    [Fact]
    public void A_named_alliance_beside_the_verbs_own_object_is_not_what_is_established()
    {
        Assert.Empty(Code("""
            1  Kenya       Kenya       PROPN NNP 2  nsubj    B-KEN
            2  established establish   VERB  VBD 0  root     _
            3  trade       trade       NOUN  NN  2  obj      _
            4  as          as          ADP   IN  6  case     _
            5  a           a           DET   DT  6  det      _
            6  pillar      pillar      NOUN  NN  2  obl      _
            7  of          of          ADP   IN  10 case     _
            8  the         the         DET   DT  10 det      _
            9  Japan       Japan       PROPN NNP 10 compound B-JPN
            10 Alliance    alliance    PROPN NNP 6  nmod     _
            11 .           .           PUNCT .   2  punct    _
            """));
    }

    [Fact]
    public void An_alliance_established_with_a_partner_is_forged()
    {
        Assert.Equal(["KEN JPN 050"], Code("""
            1 Kenya       Kenya     PROPN NNP 2 nsubj B-KEN
            2 established establish VERB  VBD 0 root  _
            3 an          a         DET   DT  4 det   _
            4 alliance    alliance  NOUN  NN  2 obj   _
            5 with        with      ADP   IN  6 case  _
            6 Japan       Japan     PROPN NNP 4 nmod  B-JPN
            7 .           .         PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void A_gerund_heading_restated_by_its_clause_codes_only_the_clause()
    {
        // "will launch" is an intent (032); the heading's "Launching" is the paragraph's label, not a launch done.
        Assert.Equal(["JPN KEN 032", "KEN JPN 032"], Code("""
            1  -           -           PUNCT HYPH 2  punct    _
            2  Launching   launch      VERB  VBG 11 advcl    _
            3  the         the         DET   DT  5  det      _
            4  Japan       Japan       PROPN NNP 5  compound B-JPN
            5  Partnership partnership PROPN NNP 2  obj      _
            6  :           :           PUNCT :   2  punct    _
            7  Kenya       Kenya       PROPN NNP 11 nsubj    B-KEN
            8  and         and         CCONJ CC  9  cc       _
            9  Japan       Japan       PROPN NNP 7  conj     B-JPN
            10 will        will        AUX   MD  11 aux      _
            11 launch      launch      VERB  VB  0  root     _
            12 a           a           DET   DT  13 det      _
            13 partnership partnership NOUN  NN  11 obj      _
            14 .           .           PUNCT .   11 punct    _
            """));
    }
}
