using Casus.Tests.TestKit;

namespace Casus.Tests.Coding.Clauses;

/// <summary>Acts whose target is the place of what they are about, on hand-built parses: sympathy (018) for a tragedy
/// at a place goes to the place's people; a claim of responsibility (015) for an attack at
/// a place falls on the place struck, its civilians, as the attack does. Other acts about something at a place stay
/// uncoded when their slot names no one.</summary>
public class SympathyAndClaimPlaceTests
{
    // "Japan expressed sympathy for the victims in Mombasa ." Mombasa is no actor mention; the gazetteer knows it.
    private static string About(string subject, string code, string verb, string lemma, string noun, string about) => $$"""
        1 {{subject}} {{subject}} PROPN NNP 2 nsubj B-{{code}}
        2 {{verb}} {{lemma}} VERB VBD 0 root _
        3 {{noun}} {{noun}} NOUN NN 2 obj _
        4 for for ADP IN 6 case _
        5 the the DET DT 6 det _
        6 {{about}} {{about}} NOUN NNS 2 obl _
        7 in in ADP IN 8 case _
        8 Mombasa Mombasa PROPN NNP 6 nmod _
        9 . . PUNCT . 2 punct _
        """;

    [Fact]
    public void Sympathy_for_a_tragedy_at_a_place_goes_to_the_place_s_people()
    {
        Assert.Equal(["JPN KEN 018"], ParsedArticles.Code(About("Japan", "JPN", "expressed", "express", "sympathy", "victims")));
        // At home the act stands with no one else acted on (an actor never acts on itself).
        Assert.Equal(["KEN - 018"], ParsedArticles.Code(About("Kenya", "KEN", "expressed", "express", "sympathy", "victims")));
    }

    [Fact]
    public void A_claimed_attack_at_a_place_falls_on_its_civilians()
    {
        Assert.Equal(["SOMREB KENCVL 015"], ParsedArticles.Code(About("Shabaab", "SOMREB", "claimed", "claim", "responsibility", "bombings")));
    }

    [Fact]
    public void Support_for_something_at_a_place_names_no_one()
    {
        // `express support (for) <obj>` (051): praise is addressed to an actor, never a place.
        Assert.Empty(ParsedArticles.Code(About("Japan", "JPN", "expressed", "express", "support", "reforms")));
    }
}
