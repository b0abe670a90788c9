using static Casus.Tests.Actors.ParsedSentence;

namespace Casus.Tests.Actors;

/// <summary>The parse rules of the actor stage (docs/formats/actors.md, "Composition from the parse"), each on a
/// hand-built parsed sentence.</summary>
public class ParseCompositionTests
{
    [Fact]
    public void Of_phrase_joins_a_role_and_the_government_it_leads()
    {
        var m = Assert.Single(Mentions(
            "Leaders/NOUN/7/nsubj of/ADP/6/case Romania/PROPN/6/nmod:poss 's/PART/3/case new/ADJ/6/amod government/NOUN/1/nmod met/VERB/0/root"));
        Assert.Equal(("Leaders of Romania 's new government", "ROUGOV"), (m.Text, m.Code.Value));
        Assert.Contains(m.Evidence, e => e.StartsWith("parse rule of-phrase:"));
        Assert.Contains(m.Evidence, e => e.Contains("countries.txt") && e.EndsWith("Romania → ROU"));
    }

    [Fact]
    public void Without_a_parse_the_surface_rules_stand()
        => Assert.Equal(["Leaders of Romania=ROUGOV", "new government=---GOV"],
            ActorTestData.Code("Leaders of Romania's new government met."));

    [Fact]
    public void Of_phrase_takes_the_actor_of_a_role_dependent()
        => Assert.Equal(["spokesman for the rebels=---REB"],
            Code("the/DET/2/det spokesman/NOUN/6/nsubj for/ADP/5/case the/DET/5/det rebels/NOUN/2/nmod said/VERB/0/root"));

    [Fact]
    public void Of_phrase_does_not_give_a_role_of_its_own_kind_another_role()
        // Only an office noun (spokesman, leader: GOV) takes the dependent's role; forces stay military.
        // ("accused government forces of killing civilians", the gerund misparsed away).
        => Assert.Equal(["forces=---MIL", "civilians=---CVL"],
            Code("forces/NOUN/4/nsubj of/ADP/3/case civilians/NOUN/1/nmod fired/VERB/0/root"));

    [Fact]
    public void Possessive_chain_gives_the_commander_its_army()
        => Assert.Equal(["Syria 's army 's commander=SYRMIL"],
            Code("Syria/PROPN/3/nmod:poss 's/PART/1/case army/NOUN/5/nmod:poss 's/PART/3/case commander/NOUN/6/nsubj resigned/VERB/0/root"));

    [Fact]
    public void Of_phrase_gives_a_bare_country_to_the_role()
        => Assert.Equal(["ambassador of neighbouring Syria=SYRGOV"],
            Code("the/DET/2/det ambassador/NOUN/6/nsubj of/ADP/5/case neighbouring/ADJ/5/amod Syria/PROPN/2/nmod left/VERB/0/root"));

    [Fact]
    public void Posting_joins_but_does_not_change_the_code()
    {
        var m = Assert.Single(Mentions(
            "the/DET/3/det US/PROPN/3/compound envoy/NOUN/7/nsubj to/ADP/6/case neighbouring/ADJ/6/amod Iraq/PROPN/3/nmod left/VERB/0/root"));
        Assert.Equal(("US envoy to neighbouring Iraq", "USAGOV"), (m.Text, m.Code.Value));
        Assert.Contains(m.Evidence, e => e.StartsWith("parse rule posting:") && e.Contains("names the posting"));
    }

    [Fact]
    public void A_place_after_a_role_without_country_is_not_a_posting()
        => Assert.Equal(["ambassador=---GOV", "Iraq=IRQ"],
            Code("the/DET/2/det ambassador/NOUN/6/nsubj in/ADP/5/case neighbouring/ADJ/5/amod Iraq/PROPN/2/nmod left/VERB/0/root"));

    [Fact]
    public void Apposition_is_one_actor()
    {
        var m = Assert.Single(Mentions(
            "The/DET/3/det US/PROPN/3/compound commander/NOUN/11/nsubj in/ADP/5/case Iraq/PROPN/3/nmod ,/PUNCT/8/punct " +
            "General/PROPN/8/nmod:desc David/PROPN/3/appos Petraeus/PROPN/8/flat ,/PUNCT/3/punct said/VERB/0/root"));
        Assert.Equal(("US commander in Iraq , General David Petraeus", "USAMIL"), (m.Text, m.Code.Value));
        Assert.Contains(m.Evidence, e => e.StartsWith("parse rule appos:"));
    }

    [Fact]
    public void A_closing_attribution_parsed_as_apposition_does_not_join()
    {
        // "Insurgents killed eight people, Syrian state media report": the speaker, not another name of the people.
        var codes = Code("Insurgents/NOUN/2/nsubj killed/VERB/0/root eight/NUM/4/nummod people/NOUN/2/obj ,/PUNCT/8/punct "
            + "Syrian/ADJ/8/amod state/NOUN/8/compound media/NOUN/4/appos report/VERB/8/acl");
        Assert.Contains(codes, c => c.StartsWith("people=", StringComparison.Ordinal));
        Assert.Contains("Syrian state media=SYRMED", codes);
        // Without the attribution verb the apposition joins as before.
        Assert.DoesNotContain(Code("Insurgents/NOUN/2/nsubj killed/VERB/0/root eight/NUM/4/nummod people/NOUN/2/obj "
            + ",/PUNCT/8/punct Syrian/ADJ/8/amod state/NOUN/8/compound media/NOUN/4/appos"), c => c.StartsWith("people=", StringComparison.Ordinal));
    }

    [Fact]
    public void The_ruler_on_a_place_s_participle_does_not_block_the_join()
    {
        // "dissidents from military-ruled Myanmar": "military" describes who rules the place, no third actor.
        Assert.Equal(["dissidents from military - ruled Myanmar=MMROPP"],
            Code("dissidents/NOUN/0/root from/ADP/6/case military/NOUN/5/compound -/PUNCT/3/punct ruled/VERB/6/amod Myanmar/PROPN/1/nmod"));
        // A backer is an actor of its own: "dissidents from Iranian-backed Iraq" keeps Iran apart.
        Assert.Contains("Iranian=IRN", Code("dissidents/NOUN/0/root from/ADP/6/case Iranian/ADJ/5/amod -/PUNCT/3/punct backed/VERB/6/amod Iraq/PROPN/1/nmod"));
    }

    [Fact]
    public void A_list_of_countries_parsed_as_apposition_stays_a_list()
        => Assert.Equal(["Russia=RUS", "China=CHN", "Iran=IRN"],
            Code("Russia/PROPN/6/nsubj ,/PUNCT/3/punct China/PROPN/1/appos and/CCONJ/5/cc Iran/PROPN/1/conj objected/VERB/0/root"));

    [Fact]
    public void Two_titled_actors_joined_by_and_are_not_an_apposition()
        => Assert.Equal(["Libyan leader=LBYGOV", "Bulgarian President Zhivkov=BGRGOV"],
            Code("Libyan/ADJ/2/amod leader/NOUN/8/nsubj and/CCONJ/6/cc Bulgarian/ADJ/6/amod President/PROPN/6/nmod:desc " +
                 "Zhivkov/PROPN/2/appos today/NOUN/8/obl signed/VERB/0/root"));

    // "President Barham Salih, Prime Minister Mustafa al-Kadhimi": two named office holders are two actors of a list,
    // whether the directory knows the names or not; a title without a name still describes ("Justin Trudeau, Prime
    // Minister of Canada").
    [Fact]
    public void Two_titled_names_in_apposition_stay_two_actors()
    {
        var codes = Code("President/PROPN/2/compound Tomas/PROPN/9/nsubj Vell/PROPN/2/flat ,/PUNCT/7/punct " +
                         "Kuwaiti/ADJ/7/amod Premier/PROPN/7/compound Anna/PROPN/2/appos Kork/PROPN/7/flat met/VERB/0/root");
        Assert.Equal(2, codes.Length);
        Assert.Contains(codes, c => c.StartsWith("Kuwaiti Premier", StringComparison.Ordinal) && c.EndsWith("=KWTGOV", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_without_a_name_in_apposition_still_joins()
    {
        var m = Assert.Single(Mentions("President/PROPN/2/compound Tomas/PROPN/8/nsubj Vell/PROPN/2/flat ,/PUNCT/5/punct " +
                                       "Premier/PROPN/2/appos of/ADP/7/case Kuwait/PROPN/5/nmod met/VERB/0/root"));
        Assert.Equal("KWTGOV", m.Code.Value);
    }

    [Fact]
    public void Country_modifier_reaches_its_head_across_quotes()
        => Assert.Equal(["Iranian \" volunteer \" forces=IRNMIL"],
            Code("Iranian/ADJ/5/amod \"/PUNCT/3/punct volunteer/NOUN/5/compound \"/PUNCT/3/punct forces/NOUN/6/nsubj arrived/VERB/0/root"));

    [Fact]
    public void Role_grows_to_the_group_noun_it_modifies()
    {
        var m = Assert.Single(Mentions(
            "the/DET/4/det opposition/NOUN/4/compound Azadliq/PROPN/4/compound coalition/NOUN/5/nsubj called/VERB/0/root"));
        Assert.Equal(("opposition Azadliq coalition", "---OPP"), (m.Text, m.Code.Value));
        Assert.Contains(m.Evidence, e => e.StartsWith("parse rule np-head:"));
    }

    [Fact]
    public void An_organisation_does_not_grow_to_a_thing_it_modifies()
        => Assert.Equal(["U.N. Security Council=IGOUNO"],
            Code("the/DET/5/det U.N./PROPN/4/compound Security/PROPN/4/compound Council/PROPN/5/compound resolution/NOUN/6/nsubj passed/VERB/0/root"));

    [Fact]
    public void Coordinated_countries_are_one_mention_each()
        => Assert.Equal(["Russia=RUS", "China=CHN"], Code("Russia/PROPN/4/nsubj and/CCONJ/3/cc China/PROPN/1/conj agreed/VERB/0/root"));

    [Theory]
    [InlineData("Hamas militants fired rockets.", "Hamas militants=PSEREBHMS")]
    [InlineData("Pentagon officials declined to comment.", "Pentagon officials=USAMIL")]
    [InlineData("Knesset members protested.", "Knesset=ISRLEG")]
    // United States congressional offices written without the country (data/actors/countries.txt).
    [InlineData("Senate Minority Whip Dick Durbin protested.", "Senate Minority Whip=USALEG")]
    public void A_national_actor_named_by_its_own_name_keeps_its_role(string sentence, string expected)
        => Assert.Contains(expected, ActorTestData.Code(sentence));

    // A cabinet title over a police, security or armed department is the government's office; the department's own
    // people keep its role, and a title that is no cabinet office keeps it too.
    [Theory]
    [InlineData("The DHS secretary resigned.", "DHS secretary=USAGOV")]
    [InlineData("The FSB minister resigned.", "FSB minister=RUSGOV")]
    [InlineData("DHS officials declined to comment.", "DHS officials=USACOP")]
    [InlineData("Pentagon officials declined to comment.", "Pentagon officials=USAMIL")]
    [InlineData("The Hamas minister resigned.", "Hamas minister=PSEREBHMS")]
    [InlineData("Homeland Security Secretary Jane Doe resigned.", "Homeland Security Secretary Jane Doe=USAGOV")]
    [InlineData("Homeland Security officers arrested him.", "Homeland Security officers=USACOP")]
    public void A_cabinet_title_over_a_security_department_is_the_government(string sentence, string expected)
        => Assert.Contains(expected, ActorTestData.Code(sentence));

    [Fact]
    public void Of_phrase_gives_the_role_to_the_whole_actor_it_names()
        => Assert.Equal(["exiled leaders of Egypt 's Muslim Brotherhood=EGYOPPMBR"],
            Code("exiled/VERB/2/amod leaders/NOUN/8/nsubj of/ADP/7/case Egypt/PROPN/7/nmod:poss 's/PART/4/case Muslim/PROPN/7/compound " +
                 "Brotherhood/PROPN/2/nmod met/VERB/0/root"));

    [Fact]
    public void A_mistagged_word_inside_a_capitalised_name_still_matches()
        => Assert.Equal(["United States=USA", "Israel=ISR"],
            Code("The/DET/3/det United/VERB/3/amod States/PROPN/5/nsubj will/AUX/5/aux supply/VERB/0/root arms/NOUN/5/obj to/ADP/8/case Israel/PROPN/5/obl"));

    [Fact]
    public void A_function_word_tag_still_guards_a_one_word_name()
        => Assert.Empty(Code("LET/VERB/0/root US/PRON/1/obj GO/VERB/1/xcomp"));

    [Fact]
    public void Location_gives_the_country_of_local_actors()
    {
        var m = Assert.Single(Mentions(
            "Opposition/NOUN/2/compound groups/NOUN/6/nsubj in/ADP/4/case Zimbabwe/PROPN/2/nmod are/AUX/6/aux demanding/VERB/0/root"));
        Assert.Equal(("Opposition groups in Zimbabwe", "ZWEOPP"), (m.Text, m.Code.Value));
        Assert.Contains(m.Evidence, e => e.StartsWith("parse rule location:"));
    }

    [Theory]
    [InlineData("across")]
    [InlineData("throughout")]
    public void Across_and_throughout_give_the_country_of_local_actors_as_in_does(string prep)
    {
        var m = Assert.Single(Mentions(
            $"Opposition/NOUN/2/compound groups/NOUN/6/nsubj {prep}/ADP/4/case Zimbabwe/PROPN/2/nmod are/AUX/6/aux demanding/VERB/0/root"));
        Assert.Equal(($"Opposition groups {prep} Zimbabwe", "ZWEOPP"), (m.Text, m.Code.Value));
        Assert.Contains(m.Evidence, e => e.StartsWith("parse rule location:"));
    }

    [Fact]
    public void Nobody_is_posted_across_a_country()
        => Assert.Equal(["Syrian troops=SYRMIL", "Iraq=IRQ"],
            Code("Syrian/ADJ/2/amod troops/NOUN/5/nsubj across/ADP/4/case Iraq/PROPN/2/nmod left/VERB/0/root"));

    [Fact]
    public void Troops_in_a_country_are_not_its_military()
        => Assert.Equal(["troops=---MIL", "Iraq=IRQ"],
            Code("the/DET/2/det troops/NOUN/5/nsubj in/ADP/4/case Iraq/PROPN/2/nmod left/VERB/0/root"));

    [Fact]
    public void A_split_led_compound_gives_the_leader()
        => Assert.Equal(["Vietnamese - led forces=VNMMIL"],
            Code("Vietnamese/ADJ/3/compound -/PUNCT/1/punct led/VERB/4/amod forces/NOUN/0/root"));

    [Fact]
    public void A_country_s_counterpart_lends_its_country_to_the_official_in_apposition()
    {
        // "met with his Turkish counterpart, Interior Minister Ali Kaya": readouts name the foreign official's
        // country only on the word "counterpart".
        var m = Assert.Single(Mentions(
            "his/PRON/3/nmod:poss Turkish/ADJ/3/amod counterpart/NOUN/9/nsubj ,/PUNCT/7/punct Interior/PROPN/6/compound " +
            "Minister/PROPN/7/compound Ali/PROPN/3/appos Kaya/PROPN/7/flat ,/PUNCT/3/punct spoke/VERB/0/root"));
        Assert.Equal(("Turkish counterpart , Interior Minister Ali Kaya", "TURGOV"), (m.Text, m.Code.Value));
        Assert.Contains(m.Evidence, e => e.StartsWith("parse rule appos:"));
    }
}
