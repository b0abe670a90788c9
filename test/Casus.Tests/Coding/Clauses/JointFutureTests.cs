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
}
