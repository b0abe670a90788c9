using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Nouns;

/// <summary>An act named in a during/after/following adverbial has happened: a meeting or visit is the clause subject's
/// own, any other act only its own doer's ("after Russia's invasion of Ukraine"). Hand-built parses.</summary>
public class AdverbialNounTests
{
    private static List<string> Code(string conllu) => ParsedArticles.Code(conllu);

    private const string Clause = """
        7 ,         ,         PUNCT ,   9 punct     _
        8 Poland    Poland    PROPN NNP 9 nsubj     B-POL
        9 closed    close     VERB  VBD 0 root      _
        10 its      its       PRON  PRP$ 11 nmod:poss _
        11 border   border    NOUN  NN  9 obj       _
        12 .        .         PUNCT .   9 punct     _
        """;

    [Fact]
    public void An_act_after_which_the_clause_happens_is_its_own_doers()
    {
        // "After Russia's invasion of Ukraine, Poland closed its border."
        Assert.Contains("RUS UKR 190", Code("""
            1 After     after     ADP   IN  4 case      _
            2 Russia    Russia    PROPN NNP 4 nmod:poss B-RUS
            3 's        's        PART  POS 2 case      _
            4 invasion  invasion  NOUN  NN  9 obl       _
            5 of        of        ADP   IN  6 case      _
            6 Ukraine   Ukraine   PROPN NNP 4 nmod      B-UKR
            """.TrimEnd() + "\n" + Clause));
    }

    [Fact]
    public void An_act_without_its_own_doer_is_not_the_clause_subjects()
    {
        // "After the invasion of Ukraine, Poland closed its border": Poland did not invade.
        Assert.DoesNotContain(Code("""
            1 After     after     ADP   IN  4 case      _
            2 the       the       DET   DT  4 det       _
            3 full      full      ADJ   JJ  4 amod      _
            4 invasion  invasion  NOUN  NN  9 obl       _
            5 of        of        ADP   IN  6 case      _
            6 Ukraine   Ukraine   PROPN NNP 4 nmod      B-UKR
            """.TrimEnd() + "\n" + Clause), e => e.EndsWith(" 190", StringComparison.Ordinal));
    }
}
