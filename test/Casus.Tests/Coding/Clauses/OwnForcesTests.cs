using Casus.Coding;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>The source's own troops leaving a place (OwnForces): "Syria withdrew its troops from Lebanon" is done to
/// Lebanon, not to a Lebanese military that the phrase "troops from Lebanon" would name on its own.</summary>
public class OwnForcesTests
{
    private static List<Event> Events(string conllu)
    {
        var article = ParsedArticles.Build(conllu);
        CodingStage.CreateDefault().Process(article);
        return article.Events.ToList();
    }

    private static string Dyad(Event e) => $"{e.Source.Code} {(e.Target is { } t ? t.Code.Value : "-")} {e.Code.Root:00}";

    // "Syria withdrew OWNER troops from Lebanon." with the actor stage's reading "troops from Lebanon" → LBNMIL.
    private static string Withdrew(string owner, string ownerTag, string ownerPos = "PRON") => $$"""
        1 Syria     Syria    PROPN NNP 2 nsubj     B-SYR
        2 withdrew  withdraw VERB  VBD 0 root      _
        3 {{owner}} {{owner}} {{ownerPos}} PRP$ 4 nmod:poss {{ownerTag}}
        4 troops    troop    NOUN  NNS 2 obj       B-LBNMIL
        5 from      from     ADP   IN  6 case      I-LBNMIL
        6 Lebanon   Lebanon  PROPN NNP 2 obl       I-LBNMIL
        7 .         .        PUNCT .   2 punct     _
        """;

    [Fact]
    public void The_source_s_own_troops_leave_a_place_that_is_the_target()
    {
        var e = Assert.Single(Events(Withdrew("its", "_")));
        Assert.Equal("SYR LBN 08", Dyad(e));
        Assert.Equal("Lebanon", e.Target!.Text);
        Assert.Contains(e.Evidence.Notes, n => n.StartsWith("target: the place the source's own 'troops from Lebanon' leave → LBN", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("its", "SYR LBN 08")]
    [InlineData("Their", "SYR LBN 08")]
    [InlineData("his", "SYR LBN 08")]
    [InlineData("her", "SYR LBN 08")]
    [InlineData("our", "SYR LBN 08")]
    [InlineData("your", "SYR LBNMIL 08")]
    public void Only_a_listed_owner_pronoun_makes_the_troops_the_source_s(string pronoun, string dyad)
    {
        // [owner-pronouns] of data/frames/frame_words.txt, as written in any case; "your" troops are no source's.
        Assert.Equal(dyad, Dyad(Assert.Single(Events(Withdrew(pronoun, "_")))));
    }

    [Fact]
    public void A_possessor_of_the_source_s_country_owns_them_too()
    {
        var e = Assert.Single(Events(Withdrew("Syria's", "B-SYR", "PROPN")));
        Assert.Equal("SYR LBN 08", Dyad(e));
    }

    [Fact]
    public void Troops_without_an_owner_keep_the_actor_stage_s_reading()
    {
        var e = Assert.Single(Events(Withdrew("the", "_", "DET").Replace("nmod:poss", "det      ")));
        Assert.Equal("SYR LBNMIL 08", Dyad(e));
    }

    [Fact]
    public void Another_country_s_troops_are_not_the_source_s()
    {
        var e = Assert.Single(Events(Withdrew("Iran's", "B-IRN", "PROPN")));
        Assert.Equal("SYR LBNMIL 08", Dyad(e));
    }

    // "Syria agreed to withdraw its troops from neighboring Lebanon", parsed as the shipped parser parses it: the
    // adjective read as a verb heading an adverbial clause, "from" its mark, "Lebanon" its object.
    private const string NeighboringMisread = """
        1 Syria       Syria       PROPN NNP 2 nsubj     B-SYR
        2 agreed      agree       VERB  VBD 0 root      _
        3 to          to          PART  TO  4 mark      _
        4 withdraw    withdraw    VERB  VB  2 xcomp     _
        5 its         its         PRON  PRP$ 6 nmod:poss _
        6 troops      troop       NOUN  NNS 4 obj       B----MIL
        7 from        from        ADP   IN  8 mark      _
        8 neighboring neighbor    VERB  VBG 4 advcl     _
        9 Lebanon     Lebanon     PROPN NNP 8 obj       B-LBN
        10 .          .           PUNCT .   2 punct     _
        """;

    [Fact]
    public void A_place_adjective_misread_as_a_clause_still_gives_the_place_it_introduces()
    {
        var e = Assert.Single(Events(NeighboringMisread));
        Assert.Equal("SYR LBN 03", Dyad(e));
        Assert.Contains("target path: agreed —xcomp→ withdraw —advcl→ neighboring —obj→ Lebanon", e.Evidence.Notes);
    }

    [Theory]
    [InlineData("neighbouring", "SYR LBN 03")]
    [InlineData("Bordering", "SYR LBN 03")]
    [InlineData("adjoining", "SYR LBN 03")]
    [InlineData("occupying", "SYR - 03")]
    public void Only_a_listed_place_adjective_misread_as_a_clause_gives_its_place(string word, string dyad)
    {
        // [place-adjectives] of data/frames/frame_words.txt, as written in any case; another participle after "from"
        // heads a clause of its own, which the target fallback does not search.
        var events = Events(NeighboringMisread.Replace("8 neighboring neighbor ", $"8 {word,-11} {word,-8} "));
        Assert.Equal(dyad, Dyad(Assert.Single(events, e => e.Code.Root == 3)));
    }

    [Fact]
    public void Another_verb_s_clause_is_still_not_searched()
    {
        // "… withdraw its troops after visiting Lebanon": an adverbial clause that is no misread adjective.
        var events = Events(NeighboringMisread.Replace("neighboring neighbor    VERB  VBG", "visiting    visit       VERB  VBG").Replace("7 from        from        ADP", "7 after       after       ADP"));
        var agreed = Assert.Single(events, e => e.Code.Root == 3);
        Assert.Equal("SYR - 03", Dyad(agreed));
    }
}
