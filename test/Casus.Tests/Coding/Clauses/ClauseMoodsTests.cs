using Casus.Coding;
using Casus.Coding.Clauses;
using Casus.Coding.Verbs;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The clause's mood as <see cref="ClauseMoods.Read"/> reads it from a match's code, pattern, framed act and
/// trigger, before the emitter sees the clause: each mood only for the code and the pattern its check concerns. On
/// hand-built parses, with patterns made here.</summary>
public class ClauseMoodsTests
{
    private static VerbPattern Pattern(string code, string lemma)
        => new(CameoCode.Parse(code), lemma, Array.Empty<PatternElement>(), "test", 1);

    private const string Warned = """
        1 Officials officials NOUN  NNS 2 nsubj B-USAGOV
        2 warned    warn      VERB  VBD 0 root  _
        3 Congress  Congress  PROPN NNP 2 obj   B-USALEG
        4 that      that      SCONJ IN  6 mark  _
        5 Russia    Russia    PROPN NNP 6 nsubj B-RUS
        6 meddled   meddle    VERB  VBD 2 ccomp _
        7 .         .         PUNCT .   2 punct _
        """;

    private const string Prepared = """
        1 Russia    Russia    PROPN NNP 3 nsubj:pass B-RUS
        2 is        be        AUX   VBZ 3 aux:pass _
        3 prepared  prepare   VERB  VBN 0 root  _
        4 to        to        PART  TO  5 mark  _
        5 deploy    deploy    VERB  VB  3 xcomp _
        6 troops    troop     NOUN  NNS 5 obj   _
        7 to        to        ADP   IN  8 case  _
        8 Syria     Syria     PROPN NNP 5 obl   B-SYR
        9 if        if        SCONJ IN  10 mark _
        10 required require   VERB  VBN 5 advcl _
        11 .        .         PUNCT .   3 punct _
        """;

    private const string Agreed = """
        1 France    France    PROPN NNP 2 nsubj B-FRA
        2 agreed    agree     VERB  VBD 0 root  _
        3 that      that      SCONJ IN  7 mark  _
        4 the       the       DET   DT  5 det   _
        5 alliance  alliance  NOUN  NN  7 nsubj _
        6 is        be        AUX   VBZ 7 cop   _
        7 essential essential ADJ   JJ  2 ccomp _
        8 .         .         PUNCT .   2 punct _
        """;

    [Fact]
    public void A_warning_that_reports_a_danger_is_read_as_one()
    {
        var article = ParsedArticles.Build(Warned);
        Assert.Equal(ClauseMood.ReportedDanger, ClauseMoods.Read(article, CameoCode.Parse("130"), Pattern("130", "warn"), null, new TokenSpan(1, 1)));
    }

    [Fact]
    public void A_statement_already_recoded_is_asserted()
    {
        // The mood is read for the code the clause is emitted with: a 010 is no threat a warning could take back.
        var article = ParsedArticles.Build(Warned);
        Assert.Equal(ClauseMood.Asserted, ClauseMoods.Read(article, CameoCode.Parse("010"), Pattern("010", "warn"), null, new TokenSpan(1, 1)));
    }

    [Fact]
    public void Under_a_frame_the_framed_act_decides_the_warning()
    {
        // "warn" frames "strike": the act's pattern is no warning verb, so the threat stands.
        var article = ParsedArticles.Build(Warned);
        Assert.Equal(ClauseMood.Asserted, ClauseMoods.Read(article, CameoCode.Parse("130"), Pattern("130", "warn"), Pattern("190", "strike"), new TokenSpan(1, 1)));
    }

    [Fact]
    public void Readiness_if_required_is_posture_only_with_its_framed_act()
    {
        var article = ParsedArticles.Build(Prepared);
        var trigger = new TokenSpan(2, 6); // "prepared to deploy troops to Syria"
        Assert.Equal(ClauseMood.Posture, ClauseMoods.Read(article, CameoCode.Parse("138"), Pattern("030", "prepare"), Pattern("190", "deploy"), trigger));
        Assert.Equal(ClauseMood.Asserted, ClauseMoods.Read(article, CameoCode.Parse("138"), Pattern("030", "prepare"), null, trigger));
    }

    [Fact]
    public void Agreeing_that_a_fact_holds_is_a_shared_view_of_the_bare_entry_only()
    {
        var article = ParsedArticles.Build(Agreed);
        var trigger = new TokenSpan(1, 1);
        Assert.Equal(ClauseMood.SharedView, ClauseMoods.Read(article, CameoCode.Parse("030"), Pattern("030", "agree"), null, trigger));
        Assert.Equal(ClauseMood.Asserted, ClauseMoods.Read(article, CameoCode.Parse("030"), Pattern("030", "agree"), Pattern("040", "meet"), trigger));
    }

    [Fact]
    public void Only_statement_moods_have_a_statement_note()
    {
        Assert.Contains("130 → 010", ClauseMoods.StatementNote(ClauseMood.ReportedDanger, CameoCode.Parse("130")));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClauseMoods.StatementNote(ClauseMood.Posture, CameoCode.Parse("138")));
    }
}
