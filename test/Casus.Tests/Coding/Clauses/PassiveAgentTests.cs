using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Who acts in a passive: the by-phrase is the doer, never the one acted on, and a by-phrase that names a
/// weapon passes the act to whoever the participle on it says used it.</summary>
public class PassiveAgentTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void By_phrase_is_the_doer_even_where_an_entry_spells_the_passive_subject_as_its_object()
    {
        // "kill soldiers (of|from) <obj>" spells "soldiers" as the object; in the passive the by-phrase is the
        // killer, so the entry must not read it as the soldiers' side.
        Assert.Equal(["PSEREB ISRMIL 190"], Code("""
            1 Three      three     NUM   CD  3 nummod     _
            2 Israeli    Israeli   ADJ   JJ  3 amod       B-ISRMIL
            3 soldiers   soldier   NOUN  NNS 5 nsubj:pass I-ISRMIL
            4 were       be        AUX   VBD 5 aux:pass   _
            5 killed     kill      VERB  VBN 0 root       _
            6 by         by        ADP   IN  8 case       _
            7 Hamas      Hamas     PROPN NNP 8 compound   B-PSEREB
            8 militants  militant  NOUN  NNS 5 obl:agent  I-PSEREB
            9 .          .         PUNCT .   5 punct      _
            """));
    }

    [Fact]
    public void Weapon_in_the_by_phrase_passes_the_act_to_whoever_fired_it()
    {
        Assert.Equal(["PSEREB ISRMIL 190"], Code("""
            1 Israeli    Israeli   ADJ   JJ  2 amod       B-ISRMIL
            2 soldiers   soldier   NOUN  NNS 4 nsubj:pass I-ISRMIL
            3 were       be        AUX   VBD 4 aux:pass   _
            4 killed     kill      VERB  VBN 0 root       _
            5 by         by        ADP   IN  7 case       _
            6 a          a         DET   DT  7 det        _
            7 rocket     rocket    NOUN  NN  4 obl:agent  _
            8 fired      fire      VERB  VBN 7 acl        _
            9 by         by        ADP   IN  11 case      _
            10 Hamas     Hamas     PROPN NNP 11 compound  B-PSEREB
            11 militants militant  NOUN  NNS 8 obl:agent  I-PSEREB
            12 .         .         PUNCT .   4 punct      _
            """));
    }

    [Fact]
    public void Weapon_user_through_a_hedge()
    {
        // "a missile believed to be fired by rebels": the hedge does not change who is said to have fired it.
        Assert.Equal(["RUSREB UKR 190"], Code("""
            1 Ukraine    Ukraine   PROPN NNP 3 nsubj:pass B-UKR
            2 was        be        AUX   VBD 3 aux:pass   _
            3 attacked   attack    VERB  VBN 0 root       _
            4 by         by        ADP   IN  6 case       _
            5 a          a         DET   DT  6 det        _
            6 missile    missile   NOUN  NN  3 obl:agent  _
            7 believed   believe   VERB  VBN 6 acl        _
            8 to         to        PART  TO  10 mark      _
            9 be         be        AUX   VB  10 aux:pass  _
            10 fired     fire      VERB  VBN 7 xcomp      _
            11 by        by        ADP   IN  13 case      _
            12 Russian   Russian   ADJ   JJ  13 amod      B-RUSREB
            13 rebels    rebel     NOUN  NNS 10 obl:agent I-RUSREB
            14 .         .         PUNCT .   3 punct      _
            """));
    }

    [Fact]
    public void Weapon_with_no_one_named_as_its_user_leaves_the_doer_unknown()
    {
        Assert.Empty(Code("""
            1 Ukraine    Ukraine   PROPN NNP 3 nsubj:pass B-UKR
            2 was        be        AUX   VBD 3 aux:pass   _
            3 attacked   attack    VERB  VBN 0 root       _
            4 by         by        ADP   IN  6 case       _
            5 a          a         DET   DT  6 det        _
            6 missile    missile   NOUN  NN  3 obl:agent  _
            7 fired      fire      VERB  VBN 6 acl        _
            8 from       from      ADP   IN  9 case       _
            9 sea        sea       NOUN  NN  7 obl        _
            10 .         .         PUNCT .   3 punct      _
            """));
    }

    [Fact]
    public void Weapon_user_through_a_hedge_the_parser_hung_on_the_passive_verb()
    {
        // The participle read as a past tense and attached to the passive verb, right after the weapon.
        Assert.Equal(["RUSREB UKRMIL 190"], Code("""
            1 Ukrainian  Ukrainian ADJ   JJ  2 amod       B-UKRMIL
            2 soldiers   soldier   NOUN  NNS 4 nsubj:pass I-UKRMIL
            3 were       be        AUX   VBD 4 aux:pass   _
            4 killed     kill      VERB  VBN 0 root       _
            5 by         by        ADP   IN  7 case       _
            6 a          a         DET   DT  7 det        _
            7 rocket     rocket    NOUN  NN  4 obl:agent  _
            8 believed   believe   VERB  VBD 4 ccomp      _
            9 to         to        PART  TO  11 mark      _
            10 be        be        AUX   VB  11 aux:pass  _
            11 fired     fire      VERB  VBN 8 xcomp      _
            12 by        by        ADP   IN  14 case      _
            13 Russian   Russian   ADJ   JJ  14 amod      B-RUSREB
            14 rebels    rebel     NOUN  NNS 11 obl:agent I-RUSREB
            15 .         .         PUNCT .   4 punct      _
            """));
    }

    [Fact]
    public void Weapon_user_through_a_hedge_the_parser_made_the_main_verb()
    {
        // "... were wounded by a shell ←advcl— thought to have been fired by Hamas militants".
        Assert.Equal(["PSEREB ISRMIL 190"], Code("""
            1 Israeli    Israeli   ADJ   JJ  2 amod       B-ISRMIL
            2 soldiers   soldier   NOUN  NNS 4 nsubj:pass I-ISRMIL
            3 were       be        AUX   VBD 4 aux:pass   _
            4 wounded    wound     VERB  VBN 8 advcl      _
            5 by         by        ADP   IN  7 case       _
            6 a          a         DET   DT  7 det        _
            7 shell      shell     NOUN  NN  4 obl:agent  _
            8 thought    think     VERB  VBD 0 root       _
            9 to         to        PART  TO  12 mark      _
            10 have      have      AUX   VB  12 aux       _
            11 been      be        AUX   VBN 12 aux:pass  _
            12 fired     fire      VERB  VBN 8 xcomp      _
            13 by        by        ADP   IN  15 case      _
            14 Hamas     Hamas     PROPN NNP 15 compound  B-PSEREB
            15 militants militant  NOUN  NNS 12 obl:agent I-PSEREB
            16 .         .         PUNCT .   8 punct      _
            """));
    }

    [Fact]
    public void Clause_of_its_own_after_a_weapon_names_no_user()
    {
        // A clause with its own subject after the by-phrase is no reduced relative on the weapon.
        Assert.Empty(Code("""
            1 Ukraine    Ukraine   PROPN NNP 3 nsubj:pass B-UKR
            2 was        be        AUX   VBD 3 aux:pass   _
            3 attacked   attack    VERB  VBN 0 root       _
            4 by         by        ADP   IN  6 case       _
            5 a          a         DET   DT  6 det        _
            6 missile    missile   NOUN  NN  3 obl:agent  _
            7 officials  official  NOUN  NNS 8 nsubj      _
            8 said       say       VERB  VBD 3 ccomp      _
            9 rebels     rebel     NOUN  NNS 10 nsubj     B-RUSREB
            10 fired     fire      VERB  VBD 8 ccomp      _
            11 .         .         PUNCT .   3 punct      _
            """));
    }
}
