using static Casus.Tests.Actors.ParsedSentence;

namespace Casus.Tests.Actors.Context;

/// <summary>Country from the place of a role (docs/formats/actors.md): a role without a country takes the country of
/// the province or town it is of, read from the gazetteer; each on a hand-built parsed sentence.</summary>
public class PlaceOfRoleTests
{
    [Fact]
    public void The_mayor_of_a_town_is_of_its_country()
        => Assert.Equal(["mayor=PAKGOV"],
            Code("the/DET/2/det mayor/NOUN/5/nsubj:pass of/ADP/4/case Karachi/PROPN/2/nmod was/AUX/5/aux:pass arrested/VERB/0/root"));

    [Fact]
    public void A_place_noun_names_its_place_by_the_proper_noun_it_holds()
        => Assert.Equal(["government=PAKGOV", "police=PAKCOP"],
            Code("the/DET/2/det government/NOUN/6/nsubj of/ADP/5/case Sindh/PROPN/5/compound province/NOUN/2/nmod ordered/VERB/0/root patrols/NOUN/6/obj by/ADP/9/case police/NOUN/7/nmod"));

    // "Karachi Governor Tomas Vell resigned" misread as one flat name headed by the place: the place still says whose
    // the office is.
    [Fact]
    public void A_place_that_heads_the_title_by_a_misread_flat_name_still_counts()
        => Assert.Equal(["Governor Tomas Vell=PAKGOV"],
            Code("Karachi/PROPN/5/nsubj Governor/PROPN/1/flat Tomas/PROPN/1/flat Vell/PROPN/3/flat resigned/VERB/0/root"));

    // "former New York City Mayor Tomas Vell": every word of the place hangs on the person's name, so no word of it
    // heads the place; the run before the title is read as one name, less its closing place noun.
    [Fact]
    public void A_place_of_several_words_each_hung_on_the_name_still_counts()
    {
        Assert.Equal(["Mayor Tomas Vell=USAGOV"],
            Code("former/ADJ/7/amod New/PROPN/7/compound York/PROPN/7/compound City/PROPN/7/compound Mayor/PROPN/7/compound Tomas/PROPN/7/compound Vell/PROPN/8/nsubj resigned/VERB/0/root"));
        // The tagger's reading of "New" as an adjective, and the words hung on one another, as parsed on news.
        Assert.Equal(["Mayor Tomas Vell=USAGOV"],
            Code("former/ADJ/5/amod New/ADJ/3/amod York/PROPN/4/compound City/PROPN/5/compound Mayor/PROPN/6/compound Tomas/PROPN/8/nsubj Vell/PROPN/6/flat resigned/VERB/0/root"));
        // Words that name no place give nothing.
        Assert.Equal(["Mayor Tomas Vell=---GOV"],
            Code("former/ADJ/7/amod Zorblat/PROPN/7/compound Quentix/PROPN/7/compound City/PROPN/7/compound Mayor/PROPN/7/compound Tomas/PROPN/7/compound Vell/PROPN/8/nsubj resigned/VERB/0/root"));
    }

    [Fact]
    public void The_city_of_a_name_is_that_place()
        => Assert.Equal(["governor=PAKGOV"],
            Code("the/DET/2/det governor/NOUN/8/nsubj of/ADP/5/case the/DET/5/det city/NOUN/2/nmod of/ADP/7/case Karachi/PROPN/5/nmod resigned/VERB/0/root"));

    [Fact]
    public void Local_people_in_a_town_are_of_its_country_but_troops_there_are_not()
    {
        Assert.Equal(["police=PAKCOP"],
            Code("police/NOUN/4/nsubj in/ADP/3/case Karachi/PROPN/1/nmod arrested/VERB/0/root suspects/NOUN/4/obj"));
        Assert.Equal(["troops=---MIL"],
            Code("troops/NOUN/4/nsubj in/ADP/3/case Karachi/PROPN/1/nmod arrested/VERB/0/root suspects/NOUN/4/obj"));
    }

    [Fact]
    public void Local_people_acting_in_a_town_are_of_its_country()
    {
        // "Residents protested in Karachi": the subject's own clause says where people who act where they live are.
        Assert.Equal(["residents=PAKCVL"],
            Code("residents/NOUN/2/nsubj protested/VERB/0/root in/ADP/4/case Karachi/PROPN/2/obl"));
        // "at" and "near" a town say where as "in" does.
        Assert.Equal(["residents=PAKCVL"],
            Code("residents/NOUN/2/nsubj protested/VERB/0/root near/ADP/4/case Karachi/PROPN/2/obl"));
        Assert.Equal(["residents=PAKCVL"],
            Code("residents/NOUN/2/nsubj protested/VERB/0/root at/ADP/4/case Karachi/PROPN/2/obl"));
        // "near" a whole country may be across its border; "to" names a destination.
        // (The context pass may still fill it from the country named; this pass does not.)
        Assert.Empty(FromPlace("residents/NOUN/2/nsubj protested/VERB/0/root near/ADP/4/case Pakistan/PROPN/2/obl"));
        Assert.Equal(["residents=---CVL"],
            Code("residents/NOUN/2/nsubj marched/VERB/0/root to/ADP/4/case Karachi/PROPN/2/obl"));
    }

    [Fact]
    public void Soldiers_acting_in_a_town_are_of_its_country_unless_sent_there_or_foreign()
    {
        // "Troops gathered in Karachi", "soldiers opened fire near Kandahar": a force acting at home.
        Assert.Equal(["troops=PAKMIL"],
            Code("troops/NOUN/2/nsubj gathered/VERB/0/root in/ADP/4/case Karachi/PROPN/2/obl"));
        Assert.Equal(["soldiers=PAKMIL"],
            Code("soldiers/NOUN/2/nsubj fired/VERB/0/root near/ADP/4/case Karachi/PROPN/2/obl"));
        // A verb that sends or keeps a force away from home: "troops patrol in Karachi" may be anyone's.
        Assert.Equal(["troops=---MIL"],
            Code("troops/NOUN/2/nsubj patrol/VERB/0/root in/ADP/4/case Karachi/PROPN/2/obl"));
        // A force marked as foreign.
        Assert.Equal(["foreign troops=---MIL"],
            Code("foreign/ADJ/2/amod troops/NOUN/3/nsubj gathered/VERB/0/root in/ADP/5/case Karachi/PROPN/3/obl"));
        // Acted on, not acting: "soldiers were killed near Karachi" may be foreign ones.
        Assert.Equal(["soldiers=---MIL"],
            Code("soldiers/NOUN/3/nsubj:pass were/AUX/3/aux:pass killed/VERB/0/root near/ADP/5/case Karachi/PROPN/3/obl"));
        // Another country in the sentence may be the force's own (the context pass reads it; this pass gives none).
        Assert.Empty(FromPlace("troops/NOUN/2/nsubj gathered/VERB/0/root in/ADP/4/case Karachi/PROPN/2/obl with/ADP/6/case India/PROPN/2/obl"));
        // A force merely "in" a town, not acting there, stays open.
        Assert.Equal(["troops=---MIL"],
            Code("troops/NOUN/4/nsubj in/ADP/3/case Karachi/PROPN/1/nmod arrested/VERB/0/root suspects/NOUN/4/obj"));
    }

    [Fact]
    public void Local_people_acted_on_in_a_town_are_of_its_country()
    {
        // "The attacker was shot by police in Karachi": the passive's agent.
        Assert.Contains("police=PAKCOP",
            Code("the/DET/2/det attacker/NOUN/4/nsubj:pass was/AUX/4/aux:pass shot/VERB/0/root by/ADP/6/case police/NOUN/4/obl:agent in/ADP/8/case Karachi/PROPN/4/obl"));
        // "Gunmen killed three villagers in Karachi": the object.
        Assert.Contains("villagers=PAKCVL",
            Code("gunmen/NOUN/2/nsubj killed/VERB/0/root three/NUM/4/nummod villagers/NOUN/2/obj in/ADP/6/case Karachi/PROPN/2/obl"));
        // "Soldiers fired on protesters near Karachi": an oblique the act is aimed at.
        Assert.Contains("protesters=PAKOPP",
            Code("soldiers/NOUN/2/nsubj fired/VERB/0/root on/ADP/4/case protesters/NOUN/2/obl near/ADP/6/case Karachi/PROPN/2/obl"));
        // The people acted on hold the place phrase: "police fired at demonstrators in Karachi", "police arrested
        // dozens of students at a university in Karachi".
        Assert.Contains("police=PAKCOP",
            Code("police/NOUN/2/nsubj fired/VERB/0/root at/ADP/4/case demonstrators/NOUN/2/obl in/ADP/6/case Karachi/PROPN/4/nmod"));
        Assert.Contains("police=PAKCOP",
            Code("police/NOUN/2/nsubj arrested/VERB/0/root dozens/NOUN/2/obj of/ADP/5/case students/NOUN/3/nmod at/ADP/8/case a/DET/8/det university/NOUN/5/nmod in/ADP/10/case Karachi/PROPN/8/nmod"));
        // People the act is for are not where it is: "students rallied for workers in Karachi".
        // (The workers are the town's; the context pass may then fill the students from them, this pass does not.)
        Assert.Equal(["workers=PAKLAB"],
            FromPlace("students/NOUN/2/nsubj rallied/VERB/0/root for/ADP/4/case workers/NOUN/2/obl in/ADP/6/case Karachi/PROPN/4/nmod"));
        // A possessor says whose they are: "evacuated their citizens in Karachi".
        Assert.Empty(FromPlace("officials/NOUN/2/nsubj evacuated/VERB/0/root their/PRON/4/nmod:poss citizens/NOUN/2/obj in/ADP/6/case Karachi/PROPN/2/obl"));
        // A name the role describes says who they are: "killed in Karachi by the militant group Hamas".
        Assert.Empty(FromPlace("people/NOUN/2/nsubj:pass killed/VERB/0/root in/ADP/4/case Karachi/PROPN/2/obl by/ADP/8/case the/DET/8/det militant/ADJ/7/amod group/NOUN/8/compound Hamas/PROPN/2/obl:agent")
            .Where(x => x.StartsWith("militant group", StringComparison.Ordinal)));
        // People held elsewhere still take no place: "gunmen freed hostages in Karachi".
        // (The gunmen are the town's; the context pass may then fill the hostages from them, this pass does not.)
        Assert.Equal(["gunmen=PAKUAF"],
            FromPlace("gunmen/NOUN/2/nsubj freed/VERB/0/root hostages/NOUN/2/obj in/ADP/5/case Karachi/PROPN/2/obl"));
    }

    [Fact]
    public void A_place_before_the_role_says_whose_it_is()
    {
        // "Karachi police", "Sindh Governor Imran Ismail": the place modifier works as "of" does.
        Assert.Equal(["police=PAKCOP"],
            Code("Karachi/PROPN/2/compound police/NOUN/3/nsubj arrested/VERB/0/root suspects/NOUN/3/obj"));
        Assert.Equal(["Governor Imran Ismail=PAKGOV"],
            Code("Sindh/PROPN/4/compound Governor/PROPN/4/compound Imran/PROPN/4/compound Ismail/PROPN/5/nsubj resigned/VERB/0/root"));
        // An unknown name before the role gives nothing.
        Assert.Equal(["police=---COP"],
            Code("Xanadu/PROPN/2/compound police/NOUN/3/nsubj arrested/VERB/0/root suspects/NOUN/3/obj"));
    }

    [Fact]
    public void The_evidence_names_the_place()
    {
        var mayor = Mentions("the/DET/2/det mayor/NOUN/5/nsubj:pass of/ADP/4/case Karachi/PROPN/2/nmod was/AUX/5/aux:pass arrested/VERB/0/root")[0];
        Assert.Contains(mayor.Evidence, e => e.StartsWith("country from the place of the role: 'Karachi' (gazetteer/", StringComparison.Ordinal) && e.EndsWith("→ PAKGOV", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_in_capitals_is_an_acronym_not_a_place()
        // "researchers at KARACHI" would be the town; an acronym such as "KEMRI" (Kemri, a village in India) is not.
        => Assert.Equal(["police=---COP"],
            Code("police/NOUN/3/nsubj in/ADP/1/case KARACHI/PROPN/1/nmod arrested/VERB/0/root"));

    [Fact]
    public void A_month_or_an_unknown_name_gives_no_country()
    {
        Assert.Equal(["officials=---GOV"],
            Code("officials/NOUN/5/nsubj of/ADP/3/case March/PROPN/1/nmod have/AUX/5/aux resigned/VERB/0/root"));
        Assert.Equal(["officials=---GOV"],
            Code("officials/NOUN/5/nsubj of/ADP/3/case Zzyzzxland/PROPN/1/nmod have/AUX/5/aux resigned/VERB/0/root"));
    }

    [Fact]
    public void A_state_named_under_the_role_is_left_to_the_country_it_names()
        // "Republic" is also a town in Missouri: the formal name of a state is no place of the gazetteer.
        => Assert.Equal(["Government=YEMGOV", "Yemen=YEM"],
            Code("the/DET/2/det Government/PROPN/0/root of/ADP/5/case the/DET/5/det Republic/PROPN/2/nmod of/ADP/7/case Yemen/PROPN/5/nmod"));

    [Fact]
    public void A_country_under_the_role_that_agrees_with_the_place_confirms_it()
        => Assert.Equal(["mayor=PAKGOV", "Pakistani=PAK"],
            Code("the/DET/2/det mayor/NOUN/8/nsubj:pass of/ADP/6/case the/DET/6/det Pakistani/ADJ/6/amod city/NOUN/2/nmod of/ADP/8/case Karachi/PROPN/6/nmod resigned/VERB/0/root"));

    [Fact]
    public void A_crowd_acting_in_a_country_or_seat_named_as_an_actor_is_of_its_country()
    {
        // The place is itself an actor mention, which the gazetteer reading skips: "Students protested in Caracas".
        Assert.Contains("students=VENEDU",
            Code("students/NOUN/2/nsubj protested/VERB/0/root in/ADP/4/case Caracas/PROPN/2/obl"));
        Assert.Contains("residents=PAKCVL",
            Code("residents/NOUN/2/nsubj rallied/VERB/0/root in/ADP/4/case Pakistan/PROPN/2/obl"));
    }

    [Fact]
    public void A_crowd_acting_at_a_site_in_a_place_is_of_its_country()
    {
        // "Protesters blocked streets in Pakistan": the place is an in-phrase under the site the verb acts on.
        Assert.Contains("protesters=PAKOPP",
            Code("protesters/NOUN/2/nsubj blocked/VERB/0/root streets/NOUN/2/obj in/ADP/5/case Pakistan/PROPN/3/nmod"));
        // "Prisoners rioted at a jail in Karachi": under the site the verb acts at, a gazetteer place.
        Assert.Equal(["prisoners=PAKCVL"],
            Code("prisoners/NOUN/2/nsubj rioted/VERB/0/root at/ADP/5/case a/DET/5/det jail/NOUN/2/obl in/ADP/7/case Karachi/PROPN/5/nmod"));
        // "... at a jail in East Timor's capital": a place noun takes the country it is of.
        Assert.Contains("prisoners=TLSCVL",
            Code("prisoners/NOUN/2/nsubj rioted/VERB/0/root at/ADP/5/case a/DET/5/det jail/NOUN/2/obl in/ADP/10/case East/PROPN/8/compound Timor/PROPN/10/nmod:poss 's/PART/8/case capital/NOUN/5/nmod"));
    }

    [Fact]
    public void An_in_phrase_of_an_object_that_is_no_site_says_nothing_of_the_crowd()
    {
        // "Students protested the war in Karachi": where the war is, not where the students are.
        Assert.Equal(["students=---EDU"],
            Code("students/NOUN/2/nsubj protested/VERB/0/root the/DET/4/det war/NOUN/2/obj in/ADP/6/case Karachi/PROPN/4/nmod"));
        // The same with the in-phrase hung on the verb after the object, as parsers often do.
        Assert.Equal(["students=---EDU"],
            Code("students/NOUN/2/nsubj protested/VERB/0/root the/DET/4/det war/NOUN/2/obj in/ADP/6/case Karachi/PROPN/2/obl"));
        // Actors acted on are where the act is: "police arrested protesters in Karachi".
        Assert.Contains("police=PAKCOP",
            Code("police/NOUN/2/nsubj arrested/VERB/0/root protesters/NOUN/2/obj in/ADP/5/case Karachi/PROPN/2/obl"));
    }

    [Fact]
    public void A_counted_crowd_is_read_through_its_number()
        // "Thousands of people marched in Karachi": the subject is the number, the people are under it.
        => Assert.Equal(["people=PAKCVL"],
            Code("thousands/NOUN/4/nsubj of/ADP/3/case people/NOUN/1/nmod marched/VERB/0/root in/ADP/6/case Karachi/PROPN/4/obl"));

    [Fact]
    public void A_crowd_tied_to_another_country_does_not_take_the_place_it_acts_in()
        // "Refugees who fled Syria rioted in Karachi": Syria under the crowd's phrase is another country.
        => Assert.DoesNotContain("refugees=PAKREF",
            Code("refugees/NOUN/5/nsubj who/PRON/3/nsubj fled/VERB/1/acl:relcl Syria/PROPN/3/obj rioted/VERB/0/root in/ADP/7/case Karachi/PROPN/5/obl"));

    [Fact]
    public void A_country_in_a_list_with_the_crowd_is_another_actor_not_the_crowds()
        // "Residents and Syria's envoy rallied in Karachi": the conjunct is an actor of its own.
        => Assert.Contains("residents=PAKCVL",
            Code("residents/NOUN/5/nsubj and/CCONJ/4/cc Syria/PROPN/4/nmod:poss envoy/NOUN/1/conj rallied/VERB/0/root in/ADP/7/case Karachi/PROPN/5/obl"));

    [Fact]
    public void A_clause_on_the_crowd_says_where_it_acts()
    {
        // "with students protesting in Karachi": the participle clause hangs on the crowd, not the crowd on it.
        Assert.Equal(["students=PAKEDU"],
            Code("with/ADP/2/case students/NOUN/0/root protesting/VERB/2/acl in/ADP/5/case Karachi/PROPN/3/obl"));
        // The place's own mention lies under the crowd through the clause, and agrees with itself.
        Assert.Contains("students=PAKEDU",
            Code("with/ADP/2/case students/NOUN/0/root protesting/VERB/2/acl in/ADP/5/case Pakistan/PROPN/3/obl"));
        // A clause whose object is a site still says where: "women leading protests in Karachi".
        Assert.Equal(["women=PAKCVL"],
            Code("with/ADP/2/case women/NOUN/0/root leading/VERB/2/acl protests/NOUN/3/obj in/ADP/6/case Karachi/PROPN/3/obl"));
        // A clause that is no verb says nothing: "students keen in Karachi" is no act.
        Assert.Equal(["students=---EDU"],
            Code("with/ADP/2/case students/NOUN/0/root keen/ADJ/2/acl in/ADP/5/case Karachi/PROPN/3/obl"));
    }

    [Fact]
    public void A_clause_with_an_object_or_people_held_elsewhere_give_no_place()
    {
        // "extremists attacking civilians in Karachi" may have come from elsewhere to do it; the civilians are the
        // town's (the context pass may then fill the extremists from them; this pass does not).
        Assert.Equal(["civilians=PAKCVL"],
            FromPlace("extremists/NOUN/0/root attacking/VERB/1/acl civilians/NOUN/2/obj in/ADP/5/case Karachi/PROPN/2/obl"));
        // "hostages that remain in Karachi" were brought there.
        Assert.Equal(["hostages=---CVL"],
            Code("the/DET/2/det hostages/NOUN/0/root that/PRON/4/nsubj remain/VERB/2/acl:relcl in/ADP/6/case Karachi/PROPN/4/obl"));
    }

    // "Thousands of people marched in Hong Kong", parsed with the preposition on the verb and the place its object.
    [Fact]
    public void A_place_read_as_the_object_of_a_preposition_on_the_verb_still_counts()
    {
        Assert.Equal(["people=PAKCVL"],
            FromPlace("people/NOUN/2/nsubj marched/VERB/0/root in/ADP/2/obl Karachi/PROPN/3/obj"));
        // Only a preposition of place: "to" names where they went.
        Assert.Empty(FromPlace("people/NOUN/2/nsubj marched/VERB/0/root to/ADP/2/obl Karachi/PROPN/3/obj"));
    }

    // "a curfew in Karachi where 28 people were killed": the clause "where" opens happens at the place it follows,
    // whether the parser hangs it on the place or on the noun the place phrase is of.
    [Fact]
    public void A_where_clause_after_a_place_happens_there()
    {
        Assert.Equal(["people=PAKCVL"],
            FromPlace("officials/NOUN/2/nsubj lifted/VERB/0/root a/DET/4/det curfew/NOUN/2/obj in/ADP/6/case Karachi/PROPN/4/nmod where/ADV/10/advmod people/NOUN/10/nsubj:pass were/AUX/10/aux:pass killed/VERB/4/acl:relcl"));
        Assert.Equal(["people=PAKCVL"],
            FromPlace("officials/NOUN/2/nsubj lifted/VERB/0/root a/DET/4/det curfew/NOUN/2/obj in/ADP/6/case Karachi/PROPN/4/nmod where/ADV/10/advmod people/NOUN/10/nsubj:pass were/AUX/10/aux:pass killed/VERB/6/acl:relcl"));
        // A "where" after no place says nothing of the people's country.
        Assert.Empty(FromPlace("officials/NOUN/2/nsubj held/VERB/0/root a/DET/4/det meeting/NOUN/2/obj where/ADV/8/advmod people/NOUN/8/nsubj:pass were/AUX/8/aux:pass killed/VERB/4/acl:relcl"));
    }

    // "marched in Karachi in defiance of Indian authorities", the adverbial misread as hung on the place: the country
    // under it is no misread place name.
    [Fact]
    public void A_country_in_an_adverbial_hung_on_the_place_does_not_block_it()
    {
        Assert.Equal(["people=PAKCVL"],
            FromPlace("people/NOUN/2/nsubj marched/VERB/0/root in/ADP/4/case Karachi/PROPN/2/obl in/ADP/6/case defiance/NOUN/4/nmod of/ADP/9/case Indian/ADJ/9/amod authorities/NOUN/6/nmod"));
        // A country named by "of" under the place still says the place was misread.
        Assert.Empty(FromPlace("people/NOUN/2/nsubj marched/VERB/0/root in/ADP/4/case Karachi/PROPN/2/obl of/ADP/6/case India/PROPN/4/nmod"));
    }

    // The mentions this pass filled: "text=CODE" for those whose evidence names the place of the role.
    private static string[] FromPlace(string conllish)
        => ActorTestData.Show(Mentions(conllish)
            .Where(m => m.Evidence.Any(e => e.StartsWith("country from the place of the role", StringComparison.Ordinal))).ToList());
}
