using Casus.Coding;

namespace Casus.Tests.Coding.Clauses;

/// <summary>"warned the administration that Giuliani could be a conduit": a warning that reports a danger is no threat
/// (WarnedDangers); a condition or the speaker's own harm in the content clause keeps it one. Sentences written for
/// these tests.</summary>
public class WarnedDangersTests
{
    private static List<string> Code(string conll, bool statements = false)
    {
        var article = Casus.Tests.TestKit.ParsedArticles.Build(conll);
        var stage = statements ? CodingStage.CreateDefault(CodingOptions.Default with { CodeStatements = true }) : CodingStage.CreateDefault();
        stage.Process(article);
        return article.Events.Select(e => e.Code.Digits).ToList();
    }

    private const string Danger = """
        1 Officials officials NOUN  NNS 2 nsubj B-USAGOV
        2 warned    warn      VERB  VBD 0 root  _
        3 Congress  Congress  PROPN NNP 2 obj   B-USALEG
        4 that      that      SCONJ IN  6 mark  _
        5 Russia    Russia    PROPN NNP 6 nsubj B-RUS
        6 meddled   meddle    VERB  VBD 2 ccomp _
        7 .         .         PUNCT .   2 punct _
        """;

    [Fact]
    public void A_reported_danger_is_no_threat()
        => Assert.DoesNotContain(Code(Danger), c => c.StartsWith("13", StringComparison.Ordinal));

    [Fact]
    public void With_statements_on_a_reported_danger_is_a_statement()
    {
        var codes = Code(Danger, statements: true);
        Assert.Contains("010", codes);
        Assert.DoesNotContain("130", codes);
    }

    [Fact]
    public void A_clause_hung_on_the_object_is_still_the_content()
        => Assert.DoesNotContain("130", Code("""
            1 Officials officials NOUN  NNS 2 nsubj B-USAGOV
            2 warned    warn      VERB  VBD 0 root  _
            3 Congress  Congress  PROPN NNP 2 obj   B-USALEG
            4 that      that      SCONJ IN  6 mark  _
            5 Russia    Russia    PROPN NNP 6 nsubj B-RUS
            6 meddled   meddle    VERB  VBD 3 acl   _
            7 .         .         PUNCT .   2 punct _
            """));

    [Fact]
    public void A_condition_keeps_the_threat()
        => Assert.Contains("130", Code("""
            1 Russia    Russia    PROPN NNP 2 nsubj B-RUS
            2 warned    warn      VERB  VBD 0 root  _
            3 Ukraine   Ukraine   PROPN NNP 2 obj   B-UKR
            4 that      that      SCONJ IN  7 mark  _
            5 Moscow    Moscow    PROPN NNP 7 nsubj B-RUS
            6 would     would     AUX   MD  7 aux   _
            7 respond   respond   VERB  VB  2 ccomp _
            8 if        if        SCONJ IN  9 mark  _
            9 attacked  attack    VERB  VBN 7 advcl _
            10 .        .         PUNCT .   2 punct _
            """));

    [Fact]
    public void The_speakers_own_harm_keeps_the_threat()
        => Assert.Contains("130", Code("""
            1 Houthis   Houthis   PROPN NNPS 2 nsubj B-YEMREB
            2 warned    warn      VERB  VBD 0 root  _
            3 Riyadh    Riyadh    PROPN NNP 2 obj   B-SAU
            4 that      that      SCONJ IN  7 mark  _
            5 our       our       PRON  PRP$ 6 nmod:poss _
            6 targets   target    NOUN  NNS 7 nsubj _
            7 expand    expand    VERB  VBP 2 ccomp _
            8 .         .         PUNCT .   2 punct _
            """));

    [Fact]
    public void A_warning_without_content_keeps_its_code()
        => Assert.Contains("130", Code("""
            1 Russia    Russia    PROPN NNP 2 nsubj B-RUS
            2 warned    warn      VERB  VBD 0 root  _
            3 Ukraine   Ukraine   PROPN NNP 2 obj   B-UKR
            4 .         .         PUNCT .   2 punct _
            """));
}
