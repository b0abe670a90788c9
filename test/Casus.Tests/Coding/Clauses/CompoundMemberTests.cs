using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>
/// Which conjuncts and extra subjects of a hand-built parse are members of a compound actor: those a comma or
/// coordinator joins, not a part or weapon the parser bridged with a verb or preposition, nor the speakers of an
/// attribution the parser hung on the list before them.
/// </summary>
public class CompoundMemberTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void A_second_subject_joined_by_a_coordinator_is_a_member()
    {
        // "Russia and Ukraine attacked Georgia", with "Ukraine" hung on the verb as a second subject.
        Assert.Equal(["RUS GEO 190", "UKR GEO 190"], Code("""
            1 Russia   Russia   PROPN NNP 4 nsubj B-RUS
            2 and      and      CCONJ CC  3 cc    _
            3 Ukraine  Ukraine  PROPN NNP 4 nsubj B-UKR
            4 attacked attack   VERB  VBD 0 root  _
            5 Georgia  Georgia  PROPN NNP 4 obj   B-GEO
            6 .        .        PUNCT .   4 punct _
            """));
    }

    [Fact]
    public void A_second_subject_behind_a_verb_is_the_first_ones_part_not_a_member()
    {
        // "Russian aircraft including helicopter gunships killed civilians": the gunships are the aircraft.
        Assert.Equal(["RUSMIL AFGCVL 190"], Code("""
            1 Russian    Russian    ADJ   JJ  2 amod  B-RUSMIL
            2 aircraft   aircraft   NOUN  NN  6 nsubj I-RUSMIL
            3 including  include    VERB  VBG 5 case  _
            4 helicopter helicopter NOUN  NN  5 compound B----MIL
            5 gunships   gunship    NOUN  NNS 6 nsubj I----MIL
            6 killed     kill       VERB  VBD 0 root  _
            7 Afghan     Afghan     ADJ   JJ  8 amod  B-AFGCVL
            8 civilians  civilian   NOUN  NNS 6 obj   I-AFGCVL
            9 .          .          PUNCT .   6 punct _
            """));
    }

    [Fact]
    public void A_tagger_verb_inside_a_name_bridges_nothing()
    {
        // "Thursday, United States forces killed ...": "United" mistagged as a verb, "Thursday" read as a subject.
        Assert.Equal(["USAMIL IRNMIL 190"], Code("""
            1 Thursday Thursday PROPN NNP 6 nsubj _
            2 ,        ,        PUNCT ,   1 punct _
            3 United   unite    VERB  VBN 4 amod  B-USAMIL
            4 States   States   PROPN NNP 5 compound I-USAMIL
            5 forces   force    NOUN  NNS 6 nsubj I-USAMIL
            6 killed   kill     VERB  VBD 0 root  _
            7 Soleimani Soleimani PROPN NNP 6 obj  B-IRNMIL
            8 .        .        PUNCT .   6 punct _
            """));
    }

    [Fact]
    public void A_conjunct_behind_an_instrument_verb_is_not_a_member()
    {
        // "British aircraft using missiles killed Iraqis", with "missiles" hung on "aircraft" as a conjunct.
        Assert.Equal(["GBRMIL IRQCVL 190"], Code("""
            1 British  British  ADJ   JJ  2 amod  B-GBRMIL
            2 aircraft aircraft NOUN  NN  5 nsubj I-GBRMIL
            3 using    use      VERB  VBG 4 acl   _
            4 missiles missile  NOUN  NNS 2 conj  B----MIL
            5 killed   kill     VERB  VBD 0 root  _
            6 Iraqis   Iraqi    PROPN NNPS 5 obj  B-IRQCVL
            7 .        .        PUNCT .   5 punct _
            """));
    }

    [Fact]
    public void A_list_joined_by_commas_keeps_every_member()
    {
        // "Russia attacked Ukraine, Georgia and Moldova": the comma the parser hangs on a member joins it.
        Assert.Equal(["RUS UKR 190", "RUS GEO 190", "RUS MDA 190"], Code("""
            1 Russia   Russia   PROPN NNP 2 nsubj B-RUS
            2 attacked attack   VERB  VBD 0 root  _
            3 Ukraine  Ukraine  PROPN NNP 2 obj   B-UKR
            4 ,        ,        PUNCT ,   5 punct _
            5 Georgia  Georgia  PROPN NNP 3 conj  B-GEO
            6 and      and      CCONJ CC  7 cc    _
            7 Moldova  Moldova  PROPN NNP 3 conj  B-MDA
            8 .        .        PUNCT .   2 punct _
            """));
    }

    [Fact]
    public void The_speakers_of_an_attribution_are_not_members_of_the_object()
    {
        // "Israel demolished homes, Palestinian officials and US witnesses said", the speakers hung on "homes".
        Assert.Equal(["ISR PSE 1712"], Code("""
            1 Israel      Israel      PROPN NNP 2 nsubj B-ISR
            2 demolished  demolish    VERB  VBD 10 ccomp _
            3 Palestinian Palestinian ADJ   JJ  4 amod  B-PSE
            4 homes       home        NOUN  NNS 2 obj   _
            5 ,           ,           PUNCT ,   7 punct _
            6 Palestinian Palestinian ADJ   JJ  7 amod  B-PSEGOV
            7 officials   official    NOUN  NNS 4 conj  I-PSEGOV
            8 and         and         CCONJ CC  9 cc    _
            9 witnesses   witness     NOUN  NNS 4 conj  B-USA
            10 said       say         VERB  VBD 0 root  _
            11 .          .           PUNCT .   10 punct _
            """));
    }

    [Fact]
    public void A_conjunct_under_the_second_word_of_a_modifier_is_a_member()
    {
        // "Rebels kidnapped Sierra Leonean and Liberian workers": the parser hangs "Liberian" on "Leonean", the flat
        // part of the two-word modifier, not on its head "Sierra"; both nationalities are kidnapped.
        var events = Code("""
            1 Rebels    rebel     NOUN  NNS 2 nsubj    B-REB
            2 kidnapped kidnap    VERB  VBD 0 root     _
            3 Sierra    Sierra    PROPN NNP 7 compound B-SLE
            4 Leonean   Leonean   PROPN NNP 3 flat     I-SLE
            5 and       and       CCONJ CC  6 cc       _
            6 Liberian  Liberian  ADJ   JJ  4 conj     B-LBRCVL
            7 workers   worker    NOUN  NNS 2 obj      I-LBRCVL
            8 .         .         PUNCT .   2 punct    _
            """);
        Assert.Contains(events, e => e.StartsWith("REB SLE", StringComparison.Ordinal) && e.EndsWith(" 181", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("REB LBRCVL", StringComparison.Ordinal) && e.EndsWith(" 181", StringComparison.Ordinal));
    }

    [Fact]
    public void Coordinated_modifiers_of_an_of_phrase_are_members()
    {
        // "Troops tortured scores of Sierra Leonean and Liberian refugees": the actors stand behind "scores of".
        var events = Code("""
            1 Troops    troop     NOUN  NNS 2 nsubj    B-MIL
            2 tortured  torture   VERB  VBD 0 root     _
            3 scores    score     NOUN  NNS 2 obj      _
            4 of        of        ADP   IN  9 case     _
            5 Sierra    Sierra    PROPN NNP 6 compound B-SLE
            6 Leonean   Leonean   PROPN NNP 9 compound I-SLE
            7 and       and       CCONJ CC  8 cc       _
            8 Liberian  Liberian  ADJ   JJ  6 conj     B-LBRREF
            9 refugees  refugee   NOUN  NNS 3 nmod     I-LBRREF
            10 .        .         PUNCT .   2 punct    _
            """);
        Assert.Contains(events, e => e.StartsWith("MIL SLE", StringComparison.Ordinal) && e.EndsWith(" 1822", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("MIL LBRREF", StringComparison.Ordinal) && e.EndsWith(" 1822", StringComparison.Ordinal));
    }
}
