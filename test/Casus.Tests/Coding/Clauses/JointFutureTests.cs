using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>
/// A step the dictionary does not code, announced with <i>will</i> by a compound subject of two countries ("Kenya and
/// Uganda will develop a training program"), is the sides' intent to cooperate with each other (030 both ways), as
/// the same step after "plan to" is (ParseCoder.CodeWillSteps); alone, negated, or said of one country's bodies it is
/// no event. Parses built by hand for sentences written for these tests.
/// </summary>
public class JointFutureTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    [Fact]
    public void Two_countries_announcing_an_unknown_step_intend_to_cooperate_with_each_other()
    {
        Assert.Equal(["KEN UGA 030", "UGA KEN 030"], Code("""
            1 Kenya    Kenya    PROPN NNP 5 nsubj B-KEN
            2 and      and      CCONJ CC  3 cc    _
            3 Uganda   Uganda   PROPN NNP 1 conj  B-UGA
            4 will     will     AUX   MD  5 aux   _
            5 develop  develop  VERB  VB  0 root  _
            6 a        a        DET   DT  8 det   _
            7 training training NOUN  NN  8 compound _
            8 program  program  NOUN  NN  5 obj   _
            9 .        .        PUNCT .   5 punct _
            """));
    }

    [Fact]
    public void Two_countries_announcing_a_listed_verb_of_state_intend_nothing()
    {
        // [state-verbs] of data/frames/frame_words.txt, each lemma in the place of "develop" above: "Kenya and Uganda
        // will remain ..." says what the sides are. "stand" is off the list and stays a step ("will stand ...").
        string Sides(string lemma) => $$"""
            1 Kenya    Kenya    PROPN NNP 5 nsubj B-KEN
            2 and      and      CCONJ CC  3 cc    _
            3 Uganda   Uganda   PROPN NNP 1 conj  B-UGA
            4 will     will     AUX   MD  5 aux   _
            5 {{lemma}} {{lemma}} VERB VB 0 root  _
            6 a        a        DET   DT  8 det   _
            7 training training NOUN  NN  8 compound _
            8 program  program  NOUN  NN  5 obj   _
            9 .        .        PUNCT .   5 punct _
            """;
        var lemmas = Casus.Coding.FrameWords.Default.Words(Casus.Coding.FrameWordList.StateVerbs);
        Assert.NotEmpty(lemmas);
        foreach (var lemma in lemmas) Assert.True(Code(Sides(lemma)).Count == 0, lemma);
        Assert.Equal(["KEN UGA 030", "UGA KEN 030"], Code(Sides("stand")));
    }

    [Fact]
    public void One_country_announcing_an_unknown_step_is_no_event()
    {
        Assert.Empty(Code("""
            1 Kenya    Kenya    PROPN NNP 3 nsubj B-KEN
            2 will     will     AUX   MD  3 aux   _
            3 develop  develop  VERB  VB  0 root  _
            4 a        a        DET   DT  6 det   _
            5 training training NOUN  NN  6 compound _
            6 program  program  NOUN  NN  3 obj   _
            7 .        .        PUNCT .   3 punct _
            """));
    }

    [Fact]
    public void Two_bodies_of_one_country_are_no_sides()
    {
        Assert.Empty(Code("""
            1 Police   police   NOUN  NNS 5 nsubj B-KENCOP
            2 and      and      CCONJ CC  3 cc    _
            3 army     army     NOUN  NN  1 conj  B-KENMIL
            4 will     will     AUX   MD  5 aux   _
            5 develop  develop  VERB  VB  0 root  _
            6 a        a        DET   DT  8 det   _
            7 training training NOUN  NN  8 compound _
            8 program  program  NOUN  NN  5 obj   _
            9 .        .        PUNCT .   5 punct _
            """));
    }

    [Fact]
    public void A_negated_step_is_no_intent()
    {
        Assert.Empty(Code("""
            1  Kenya    Kenya    PROPN NNP 6 nsubj B-KEN
            2  and      and      CCONJ CC  3 cc    _
            3  Uganda   Uganda   PROPN NNP 1 conj  B-UGA
            4  will     will     AUX   MD  6 aux   _
            5  not      not      PART  RB  6 advmod _
            6  develop  develop  VERB  VB  0 root  _
            7  a        a        DET   DT  9 det   _
            8  training training NOUN  NN  9 compound _
            9  program  program  NOUN  NN  6 obj   _
            10 .        .        PUNCT .   6 punct _
            """));
    }

    [Fact]
    public void A_step_the_sentence_codes_otherwise_keeps_its_own_code()
    {
        // "will develop a program and hold talks": the talks are coded (036), so the unknown step adds nothing.
        var events = Code("""
            1  Kenya    Kenya    PROPN NNP 5 nsubj B-KEN
            2  and      and      CCONJ CC  3 cc    _
            3  Uganda   Uganda   PROPN NNP 1 conj  B-UGA
            4  will     will     AUX   MD  5 aux   _
            5  develop  develop  VERB  VB  0 root  _
            6  a        a        DET   DT  7 det   _
            7  program  program  NOUN  NN  5 obj   _
            8  and      and      CCONJ CC  9 cc    _
            9  hold     hold     VERB  VB  5 conj  _
            10 talks    talk     NOUN  NNS 9 obj   _
            11 .        .        PUNCT .   5 punct _
            """);
        Assert.DoesNotContain("KEN UGA 030", events);
        Assert.Contains(events, e => e.StartsWith("KEN UGA 03", StringComparison.Ordinal));
    }
    [Fact]
    public void A_verb_of_state_is_no_step()
    {
        // "Kenya and Uganda will remain at the core of the region's trade": what the sides are, not a step they take.
        Assert.Empty(Code("""
            1  Kenya    Kenya    PROPN NNP 5 nsubj B-KEN
            2  and      and      CCONJ CC  3 cc    _
            3  Uganda   Uganda   PROPN NNP 1 conj  B-UGA
            4  will     will     AUX   MD  5 aux   _
            5  remain   remain   VERB  VB  0 root  _
            6  at       at       ADP   IN  8 case  _
            7  the      the      DET   DT  8 det   _
            8  core     core     NOUN  NN  5 obl   _
            9  of       of       ADP   IN  11 case _
            10 the      the      DET   DT  11 det  _
            11 region   region   NOUN  NN  8 nmod  _
            12 .        .        PUNCT .   5 punct _
            """));
    }

    [Fact]
    public void A_member_beside_its_own_bloc_is_no_partner_of_it()
    {
        // "France, Japan and G7 leaders will develop a program": France and Japan are G7 members (data/actors/blocs.txt),
        // so each is one side with the G7; the two members still plan the step with each other.
        var events = Code("""
            1  France   France   PROPN NNP 8 nsubj B-FRA
            2  ,        ,        PUNCT ,   3 punct _
            3  Japan    Japan    PROPN NNP 1 conj  B-JPN
            4  and      and      CCONJ CC  6 cc    _
            5  G7       G7       PROPN NNP 6 compound B-IGOG07GOV
            6  leaders  leader   NOUN  NNS 1 conj  I-IGOG07GOV
            7  will     will     AUX   MD  8 aux   _
            8  develop  develop  VERB  VB  0 root  _
            9  a        a        DET   DT  11 det  _
            10 training training NOUN  NN  11 compound _
            11 program  program  NOUN  NN  8 obj   _
            12 .        .        PUNCT .   8 punct _
            """);
        Assert.Equal(["FRA JPN 030", "JPN FRA 030"], events);
    }

    [Fact]
    public void A_country_beside_a_bloc_it_is_not_in_is_its_partner()
    {
        // "Kenya and the EU will develop a program": Kenya is no member of the EU, so the two are partners.
        Assert.Equal(["KEN IGOEUREEC 030", "IGOEUREEC KEN 030"], Code("""
            1  Kenya    Kenya    PROPN NNP 6 nsubj B-KEN
            2  and      and      CCONJ CC  4 cc    _
            3  the      the      DET   DT  4 det   _
            4  EU       EU       PROPN NNP 1 conj  B-IGOEUREEC
            5  will     will     AUX   MD  6 aux   _
            6  develop  develop  VERB  VB  0 root  _
            7  a        a        DET   DT  9 det   _
            8  training training NOUN  NN  9 compound _
            9  program  program  NOUN  NN  6 obj   _
            10 .        .        PUNCT .   6 punct _
            """));
    }
}
