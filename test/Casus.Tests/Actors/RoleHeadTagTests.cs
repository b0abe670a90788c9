using static Casus.Tests.Actors.ParsedSentence;

namespace Casus.Tests.Actors;

/// <summary>A role head is a noun: the same word tagged as a verb, or as an adjective on a noun, names no actor.</summary>
public class RoleHeadTagTests
{
    [Fact]
    public void A_verb_is_no_role_head()
        => Assert.Equal(["Students=---EDU"],
            Code("Students/NOUN/2/nsubj marched/VERB/0/root to/PART/4/mark press/VERB/2/advcl their/PRON/6/nmod:poss demands/NOUN/4/obj"));

    [Fact]
    public void The_noun_is()
        => Assert.Equal(["press=---MED"], Code("The/DET/2/det press/NOUN/3/nsubj reported/VERB/0/root it/PRON/3/obj"));

    [Fact]
    public void An_adjective_on_a_noun_is_no_role_head()
        => Assert.Empty(Code("They/PRON/2/nsubj cut/VERB/0/root official/ADJ/4/amod contacts/NOUN/2/obj"));

    [Fact]
    public void An_adjective_that_is_also_a_role_modifier_still_modifies()
        => Assert.Equal(["rebel forces=---REB"], Code("The/DET/3/det rebel/ADJ/3/amod forces/NOUN/4/nsubj attacked/VERB/0/root"));
}
