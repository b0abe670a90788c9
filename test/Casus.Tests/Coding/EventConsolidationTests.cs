using Casus.Actors.Context;
using Casus.Coding;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding;

/// <summary>The per-sentence tidying of coded events: self-targets, the same act read twice, and a whole actor beside
/// its part; each drop leaves an Info diagnostic.</summary>
public class EventConsolidationTests
{
    private static Article Article() => CodedArticles.Tokenized("a1", "Syria troops attacked Turkey Ankara army and hit Syria .\nTurkey attacked Syria .");

    // An event whose target the target fallback read from a place, as its note says.
    private static Event FromPlace(Event e) =>
        e with { Evidence = e.Evidence with { Notes = [$"target from oblique place '{e.Target!.Text}' → {e.Target.Code.Value} (test)"] } };

    private static List<string> Dyads(Article a) =>
        a.Events.Select(e => $"{e.Source.Code.Value} {e.Target?.Code.Value ?? "-"} {e.Code}").ToList();

    [Fact]
    public void A_self_target_is_taken_off_the_act_with_a_diagnostic()
    {
        var a = Article();
        a.AddEvent(FromPlace(CodedArticles.EventOf(a, "Turkey", "TUR", "hit", "Ankara", "TUR", "190", PloverCategory.ASSAULT)));
        a.AddEvent(CodedArticles.EventOf(a, "troops", "SYRMIL", "attacked", "Ankara", "TUR", "190", PloverCategory.ASSAULT));
        Assert.Equal(0, EventConsolidation.Consolidate(a, 0));
        Assert.Equal(["TUR - 190", "SYRMIL TUR 190"], Dyads(a));
        Assert.Empty(a.Events[0].Evidence.TargetEntries);
        var d = Assert.Single(a.Diagnostics);
        Assert.Equal(Severity.Info, d.Severity);
        Assert.Contains("the source's own code", d.Message);
    }

    [Fact]
    public void A_visit_or_hosting_within_the_sources_own_country_drops_the_event()
    {
        // "The sultan visited Muscat": the capital read as its government (OMNGOV), the source's own code; "hosted
        // Oman": the source's own country as a whole. A visit to another country, or to another role of one's own
        // country (troops), stays.
        var a = CodedArticles.Tokenized("a1", "The sultan visited Muscat , Oman , Tehran and troops .");
        a.AddEvent(CodedArticles.EventOf(a, "sultan", "OMNGOV", "visited", "Muscat", "OMNGOV", "042", PloverCategory.CONSULT));
        a.AddEvent(CodedArticles.EventOf(a, "sultan", "OMNGOV", "visited", "Oman", "OMN", "043", PloverCategory.CONSULT));
        a.AddEvent(CodedArticles.EventOf(a, "sultan", "OMNGOV", "visited", "Tehran", "IRNGOV", "042", PloverCategory.CONSULT));
        a.AddEvent(CodedArticles.EventOf(a, "sultan", "OMNGOV", "visited", "troops", "OMNMIL", "042", PloverCategory.CONSULT));
        Assert.Equal(2, EventConsolidation.Consolidate(a, 0));
        Assert.Equal(["OMNGOV IRNGOV 042", "OMNGOV OMNMIL 042"], Dyads(a));
        Assert.All(a.Diagnostics, d => Assert.Contains("within the source's own country", d.Message));
    }

    // A mention whose code came from the people lists, as the people stage's evidence says.
    private static Event People(Event e) =>
        e with
        {
            Source = e.Source with { Evidence = [$"actors/people-notable.txt:1 {e.Source.Text} → {e.Source.Code.Value}"] },
            Target = e.Target! with { Evidence = [$"actors/people-notable.txt:2 {e.Target!.Text} → {e.Target.Code.Value}"] },
        };

    private static Mention Roles(Mention m, params string[] evidence) => m with { Evidence = evidence };

    [Fact]
    public void Two_people_of_one_country_in_another_act_stay()
    {
        // Only visits and hosting are travel: "Trump attacked Biden" (USAGOV → USAGOV) is two actors, both named.
        var a = CodedArticles.Tokenized("a1", "Trump criticised Biden .");
        a.AddEvent(People(CodedArticles.EventOf(a, "Trump", "USAGOV", "criticised", "Biden", "USAGOV", "111", PloverCategory.ACCUSE)));
        Assert.Equal(0, EventConsolidation.Consolidate(a, 0));
        Assert.Single(a.Events);
    }

    [Fact]
    public void A_self_target_taken_off_can_make_a_duplicate()
    {
        var a = Article();
        a.AddEvent(CodedArticles.EventOf(a, "Turkey", "TUR", "attacked", null, null, "190", PloverCategory.ASSAULT));
        a.AddEvent(FromPlace(CodedArticles.EventOf(a, "Turkey", "TUR", "hit", "Ankara", "TUR", "190", PloverCategory.ASSAULT)));
        Assert.Equal(1, EventConsolidation.Consolidate(a, 0));
        Assert.Equal(["TUR - 190"], Dyads(a));
    }

    [Fact]
    public void A_country_as_source_and_as_the_verbs_object_drops_the_event()
    {
        // "In Colombia, Singh met with President Duque": the object is right, the source misread.
        var a = Article();
        a.AddEvent(CodedArticles.EventOf(a, "Turkey", "TUR", "hit", "Ankara", "TUR", "190", PloverCategory.ASSAULT));
        Assert.Equal(1, EventConsolidation.Consolidate(a, 0));
        Assert.Empty(a.Events);
        Assert.Contains("the verb's object", Assert.Single(a.Diagnostics).Message);
    }

    [Fact]
    public void One_name_as_source_and_target_drops_the_event()
    {
        // "Syria ... hit Syria": two mentions of one name, the source misread.
        var a = CodedArticles.Tokenized("a1", "Syria troops attacked Turkey and hit Syria .");
        var source = CodedArticles.MentionOf(a, "Syria", "SYR");
        var e = CodedArticles.EventOf(a, "Turkey", "TUR", "hit", "Turkey", "TUR", "190", PloverCategory.ASSAULT);
        a.AddEvent(e with { Source = source, Target = source with { Tokens = new Casus.Document.TokenSpan(6, 1) } });
        Assert.Equal(1, EventConsolidation.Consolidate(a, 0));
        Assert.Empty(a.Events);
        Assert.Contains("one name", Assert.Single(a.Diagnostics).Message);
    }

    [Fact]
    public void Two_people_with_one_role_code_are_not_a_self_target()
    {
        // "Trump attacked Biden": both USAGOV, two people the people lists name.
        var a = Article();
        a.AddEvent(People(CodedArticles.EventOf(a, "troops", "SYRMIL", "attacked", "army", "SYRMIL", "190", PloverCategory.ASSAULT)));
        Assert.Equal(0, EventConsolidation.Consolidate(a, 0));
        Assert.Equal(["SYRMIL SYRMIL 190"], Dyads(a));
        Assert.Empty(a.Diagnostics);
    }

    [Fact]
    public void Two_role_phrases_of_one_country_and_role_drop_the_event()
    {
        // "The French foreign minister met the French defence minister", "Iraqi troops attacked the Iraqi army":
        // one country and role on both sides, no one named.
        var a = Article();
        a.AddEvent(CodedArticles.EventOf(a, "troops", "SYRMIL", "attacked", "army", "SYRMIL", "190", PloverCategory.ASSAULT));
        Assert.Equal(1, EventConsolidation.Consolidate(a, 0));
        Assert.Empty(a.Events);
        Assert.Contains("one country and role", Assert.Single(a.Diagnostics).Message);
    }

    [Fact]
    public void A_named_person_and_a_single_office_holder_stay()
    {
        // "Judge Marrero dismissed the president's lawsuit": a judge in the singular acting on a named president.
        var a = CodedArticles.Tokenized("a1", "judge dismissed Trump .");
        var e = People(CodedArticles.EventOf(a, "judge", "USAGOV", "dismissed", "Trump", "USAGOV", "120", PloverCategory.REJECT));
        a.AddEvent(e with { Source = Roles(e.Source, "actors/roles.txt:25 judge → JUD", "actors/countries.txt:197 US → USA") });
        Assert.Equal(0, EventConsolidation.Consolidate(a, 0));
        Assert.Single(a.Events);
    }

    [Fact]
    public void A_named_person_and_a_body_or_many_of_his_own_code_drop_the_event()
    {
        // "Stoltenberg ... NATO" (the body he heads), "Mirziyoyev met officials from Uzbekistan" (many people, read
        // where the sentence's own subject was someone else), "Pyongyang ... officials" (a place).
        var a = CodedArticles.Tokenized("a1", "Stoltenberg praised NATO and met officials in Pyongyang .");
        var e = People(CodedArticles.EventOf(a, "Stoltenberg", "IGOWSTNAT", "praised", "NATO", "IGOWSTNAT", "051", PloverCategory.SUPPORT, 3, QuadClass.VerbalCooperation));
        a.AddEvent(e with { Target = Roles(e.Target!, "actors/organisations.txt:25 NATO → IGOWSTNAT") });
        var m = People(CodedArticles.EventOf(a, "Stoltenberg", "IGOWSTNAT", "met", "officials", "IGOWSTNAT", "040", PloverCategory.CONSULT, 1, QuadClass.VerbalCooperation));
        a.AddEvent(m with { Target = Roles(m.Target!, "actors/roles.txt:22 officials → GOV") });
        var p = CodedArticles.EventOf(a, "Pyongyang", "PRKGOV", "met", "officials", "PRKGOV", "040", PloverCategory.CONSULT, 1, QuadClass.VerbalCooperation);
        a.AddEvent(p with { Source = Roles(p.Source, "actors/countries.txt:101 Pyongyang → PRK"), Target = Roles(p.Target!, "actors/countries.txt:101 North Korean → PRK", "actors/roles.txt:22 officials → GOV") });
        Assert.Equal(3, EventConsolidation.Consolidate(a, 0));
        Assert.Empty(a.Events);
    }

    [Fact]
    public void A_reciprocal_pair_of_one_government_drops_even_when_named()
    {
        // "Mr. Sullivan and Mr. Blinken discussed ...": colleagues act together, not on each other.
        var a = CodedArticles.Tokenized("a1", "Sullivan and Blinken discussed Gaza .");
        var e = People(CodedArticles.EventOf(a, "Sullivan", "USAGOV", "discussed", "Blinken", "USAGOV", "040", PloverCategory.CONSULT, 1, QuadClass.VerbalCooperation));
        a.AddEvent(e with { Evidence = e.Evidence with { Rule = "reciprocal" } });
        Assert.Equal(1, EventConsolidation.Consolidate(a, 0));
        Assert.Empty(a.Events);
    }

    [Fact]
    public void A_reciprocal_act_of_cooperation_within_one_country_drops()
    {
        // "Blinken and Garland discussed ...": USAGOV ↔ USAJUD, two offices of one state in one compound subject.
        var a = CodedArticles.Tokenized("a1", "Blinken and Garland discussed Gaza .");
        var e = CodedArticles.EventOf(a, "Blinken", "USAGOV", "discussed", "Garland", "USAJUD", "040", PloverCategory.CONSULT, 1, QuadClass.VerbalCooperation);
        a.AddEvent(e with { Evidence = e.Evidence with { Rule = "reciprocal" } });
        Assert.Equal(1, EventConsolidation.Consolidate(a, 0));
        Assert.Contains("two sides of one country", Assert.Single(a.Diagnostics).Message);
    }

    [Fact]
    public void A_reciprocal_agreement_of_a_state_and_its_rebels_stays()
    {
        // "The Sudanese government and the SPLA agreed to a ceasefire": SDNGOV ↔ SDNREBSPL, two sides of one country.
        var a = CodedArticles.Tokenized("a1", "government and SPLA agreed .");
        var e = CodedArticles.EventOf(a, "government", "SDNGOV", "agreed", "SPLA", "SDNREBSPL", "0355", PloverCategory.AGREE, 1, QuadClass.VerbalCooperation);
        a.AddEvent(e with { Evidence = e.Evidence with { Rule = "reciprocal" } });
        Assert.Equal(0, EventConsolidation.Consolidate(a, 0));
        Assert.Single(a.Events);
    }

    [Fact]
    public void A_reciprocal_fight_within_one_country_stays()
    {
        // "Syrian troops and rebels clashed": SYRMIL ↔ SYRREB is a conflict within one country.
        var a = CodedArticles.Tokenized("a1", "troops and rebels clashed .");
        var e = CodedArticles.EventOf(a, "troops", "SYRMIL", "clashed", "rebels", "SYRREB", "190", PloverCategory.ASSAULT);
        a.AddEvent(e with { Evidence = e.Evidence with { Rule = "reciprocal" } });
        Assert.Equal(0, EventConsolidation.Consolidate(a, 0));
        Assert.Single(a.Events);
    }

    [Fact]
    public void A_participle_of_force_folds_into_the_attack_it_tells_the_casualties_of()
    {
        // "Insurgents bombarded Kabul, killing eight people": one attack, not a second against the victims.
        var a = CodedArticles.Tokenized("a1", "Insurgents bombarded Kabul , killing eight people .");
        a.AddEvent(CodedArticles.EventOf(a, "Insurgents", "AFGREB", "bombarded", "Kabul", "AFGCVL", "194", PloverCategory.ASSAULT));
        var k = CodedArticles.EventOf(a, "Insurgents", "AFGREB", "killing", "people", "---CVL", "190", PloverCategory.ASSAULT);
        a.AddEvent(k with { Evidence = k.Evidence with { Notes = ["source: shared with the main clause", "source path: killing ←advcl— bombarded —nsubj→ Insurgents"] } });
        Assert.Equal(1, EventConsolidation.Consolidate(a, 0));
        Assert.Equal(["AFGREB AFGCVL 194"], Dyads(a));
        Assert.Contains("casualties of the attack", Assert.Single(a.Diagnostics).Message);
    }

    [Fact]
    public void An_attack_with_no_target_takes_the_participles_victims()
    {
        // "Insurgents struck, killing eight people": the attack names no target; its victims are it.
        var a = CodedArticles.Tokenized("a1", "Insurgents struck , killing eight people .");
        a.AddEvent(CodedArticles.EventOf(a, "Insurgents", "AFGREB", "struck", null, null, "190", PloverCategory.ASSAULT));
        var k = CodedArticles.EventOf(a, "Insurgents", "AFGREB", "killing", "people", "---CVL", "190", PloverCategory.ASSAULT);
        a.AddEvent(k with { Evidence = k.Evidence with { Notes = ["source path: killing ←advcl— struck —nsubj→ Insurgents"] } });
        Assert.Equal(1, EventConsolidation.Consolidate(a, 0));
        Assert.Equal(["AFGREB ---CVL 190"], Dyads(a));
        Assert.Equal(a.Events[0].Trigger, new TokenSpan(CodedArticles.TokenOf(a, "struck"), 1));
    }

    [Fact]
    public void A_participle_of_force_on_another_clause_stays()
    {
        // The participle hangs on a verb that coded no attack ("Insurgents held the town, killing ..."): its own event.
        var a = CodedArticles.Tokenized("a1", "Insurgents held Kabul , killing eight people .");
        a.AddEvent(CodedArticles.EventOf(a, "Insurgents", "AFGREB", "held", "Kabul", "AFGCVL", "040", PloverCategory.CONSULT));
        var k = CodedArticles.EventOf(a, "Insurgents", "AFGREB", "killing", "people", "---CVL", "190", PloverCategory.ASSAULT);
        a.AddEvent(k with { Evidence = k.Evidence with { Notes = ["source path: killing ←advcl— held —nsubj→ Insurgents"] } });
        Assert.Equal(0, EventConsolidation.Consolidate(a, 0));
        Assert.Equal(2, a.Events.Count);
    }

    [Fact]
    public void The_same_root_and_dyad_twice_keeps_the_first()
    {
        var a = Article();
        a.AddEvent(CodedArticles.EventOf(a, "troops", "SYRMIL", "attacked", "Turkey", "TUR", "190", PloverCategory.ASSAULT));
        a.AddEvent(CodedArticles.EventOf(a, "troops", "SYRMIL", "attacked", "Ankara", "TUR", "193", PloverCategory.ASSAULT));
        EventConsolidation.Consolidate(a, 0);
        Assert.Equal(["SYRMIL TUR 190"], Dyads(a));
        Assert.Contains("same act as 190 SYRMIL→TUR", Assert.Single(a.Diagnostics).Message);
    }

    [Fact]
    public void Different_verbs_with_different_targets_are_different_acts()
    {
        // "Russia attacked Ukraine and shelled Kharkiv": one source, two acts, though UKR is the whole of UKRGOV.
        var a = Article();
        a.AddEvent(CodedArticles.EventOf(a, "troops", "SYRMIL", "attacked", "Turkey", "TUR", "190", PloverCategory.ASSAULT));
        a.AddEvent(CodedArticles.EventOf(a, "troops", "SYRMIL", "hit", "army", "TURMIL", "190", PloverCategory.ASSAULT));
        a.AddEvent(CodedArticles.EventOf(a, "troops", "SYRMIL", "hit", "Ankara", "TUR", "190", PloverCategory.ASSAULT));
        Assert.Equal(1, EventConsolidation.Consolidate(a, 0));
        Assert.Equal(["SYRMIL TUR 190", "SYRMIL TURMIL 190"], Dyads(a));
    }

    [Fact]
    public void A_different_root_or_target_is_another_act()
    {
        var a = Article();
        a.AddEvent(CodedArticles.EventOf(a, "troops", "SYRMIL", "attacked", "Turkey", "TUR", "190", PloverCategory.ASSAULT));
        a.AddEvent(CodedArticles.EventOf(a, "troops", "SYRMIL", "hit", "Ankara", "TUR", "173", PloverCategory.COERCE));
        a.AddEvent(CodedArticles.EventOf(a, "troops", "SYRMIL", "hit", "army", "USAMIL", "190", PloverCategory.ASSAULT));
        a.AddEvent(CodedArticles.EventOf(a, "troops", "SYRMIL", "hit", null, null, "190", PloverCategory.ASSAULT));
        Assert.Equal(0, EventConsolidation.Consolidate(a, 0));
        Assert.Equal(4, a.Events.Count);
        Assert.Empty(a.Diagnostics);
    }

    [Fact]
    public void A_whole_actor_beside_its_part_keeps_the_part_whichever_comes_first()
    {
        var a = Article();
        a.AddEvent(CodedArticles.EventOf(a, "Turkey", "TUR", "attacked", "Syria", "SYR", "190", PloverCategory.ASSAULT));
        a.AddEvent(CodedArticles.EventOf(a, "Turkey", "TUR", "attacked", "troops", "SYRMIL", "190", PloverCategory.ASSAULT));
        EventConsolidation.Consolidate(a, 0);
        Assert.Equal(["TUR SYRMIL 190"], Dyads(a));
        Assert.Contains("whole beside its part", Assert.Single(a.Diagnostics).Message);
    }

    [Fact]
    public void A_whole_and_an_unknown_country_part_are_unrelated()
    {
        var a = Article();
        a.AddEvent(CodedArticles.EventOf(a, "Turkey", "TUR", "attacked", "Syria", "---", "190", PloverCategory.ASSAULT));
        a.AddEvent(CodedArticles.EventOf(a, "Turkey", "TUR", "attacked", "troops", "---MIL", "190", PloverCategory.ASSAULT));
        Assert.Equal(0, EventConsolidation.Consolidate(a, 0));
    }

    [Fact]
    public void Only_events_from_the_given_index_are_consolidated()
    {
        var a = Article();
        a.AddEvent(CodedArticles.EventOf(a, "troops", "SYRMIL", "attacked", "Turkey", "TUR", "190", PloverCategory.ASSAULT));
        a.AddEvent(CodedArticles.EventOf(a, "troops", "SYRMIL", "attacked", "Ankara", "TUR", "190", PloverCategory.ASSAULT));
        Assert.Equal(0, EventConsolidation.Consolidate(a, 1));
        Assert.Equal(2, a.Events.Count);
    }

    [Fact]
    public void The_coder_consolidates_by_default_and_the_option_turns_it_off()
    {
        // One country as subject and object: the source is taken for the misreading and the event dropped.
        const string conllu = """
            1 Turkey   Turkey   PROPN NNP 2 nsubj B-TUR
            2 attacked attack   VERB  VBD 0 root  _
            3 Turkish  Turkish  ADJ   JJ  4 amod  B-TUR
            4 villages village  NOUN  NNS 2 obj   I-TUR
            5 .        .        PUNCT .   2 punct _
            """;
        Assert.Empty(ParsedArticles.Code(conllu));
        Assert.Equal(["TUR TUR 190"], ParsedArticles.Code(conllu, CodingStage.CreateDefault(CodingOptions.Default with { Consolidate = false })));
    }
    [Fact]
    public void The_source_s_own_state_as_target_is_taken_off_the_act()
    {
        // "Kishida welcomed Japan's commitment": Japan owns the commitment; a Japanese official acts on no one.
        var a = CodedArticles.Tokenized("a1", "Kishida welcomed Japan 's commitment and Tokyo praised Kishida .");
        a.AddEvent(CodedArticles.EventOf(a, "Kishida", "JPNGOV", "welcomed", "Japan", "JPN", "051", PloverCategory.SUPPORT, 3.4, QuadClass.VerbalCooperation));
        // The whole state as source and its organ as target is an act within the state, and stays.
        a.AddEvent(CodedArticles.EventOf(a, "Tokyo", "JPN", "praised", "Kishida", "JPNGOV", "051", PloverCategory.SUPPORT, 3.4, QuadClass.VerbalCooperation));
        Assert.Equal(0, EventConsolidation.Consolidate(a, 0));
        Assert.Equal(["JPNGOV - 051", "JPN JPNGOV 051"], Dyads(a));
        Assert.Contains("the source's own code", Assert.Single(a.Diagnostics).Message);
    }

    [Fact]
    public void The_source_s_state_as_target_stays_when_only_context_gave_its_country()
    {
        var a = CodedArticles.Tokenized("a1", "Kishida welcomed Japan 's commitment .");
        var e = CodedArticles.EventOf(a, "Kishida", "JPNGOV", "welcomed", "Japan", "JPN", "051", PloverCategory.SUPPORT, 3.4, QuadClass.VerbalCooperation);
        a.AddEvent(e with { Target = e.Target! with { Evidence = [.. e.Target.Evidence, ContextCountry.NotePrefix + "test → JPN"] } });
        Assert.Equal(0, EventConsolidation.Consolidate(a, 0));
        Assert.Equal(["JPNGOV JPN 051"], Dyads(a));
    }
    [Fact]
    public void A_people_protesting_against_its_own_state_keeps_the_state_as_target()
    {
        // "Kenyan opposition supporters protested in Kenya": protest is done to one's own state.
        var a = CodedArticles.Tokenized("a1", "supporters protested in Kenya .");
        a.AddEvent(CodedArticles.EventOf(a, "supporters", "KENOPP", "protested", "Kenya", "KEN", "141", PloverCategory.PROTEST, -6.5, QuadClass.VerbalConflict));
        Assert.Equal(0, EventConsolidation.Consolidate(a, 0));
        Assert.Equal(["KENOPP KEN 141"], Dyads(a));
    }
    [Fact]
    public void A_source_whose_country_came_from_the_target_keeps_it()
    {
        // "Albanians attacked Serbia": the source is Serbia's only because the target named Serbia.
        var a = CodedArticles.Tokenized("a1", "Albanians attacked Serbia .");
        var e = CodedArticles.EventOf(a, "Albanians", "SRBCVL", "attacked", "Serbia", "SRB", "190", PloverCategory.ASSAULT);
        a.AddEvent(e with { Source = e.Source with { Evidence = [.. e.Source.Evidence, ContextCountry.NotePrefix + "'Serbia' (same sentence) → SRBCVL"] } });
        // A country the publisher gave the source is no reading of the target: the state named is still its own.
        var b = CodedArticles.Tokenized("a2", "Kishida welcomed Japan 's commitment .");
        var f = CodedArticles.EventOf(b, "Kishida", "JPNGOV", "welcomed", "Japan", "JPN", "051", PloverCategory.SUPPORT, 3.4, QuadClass.VerbalCooperation);
        b.AddEvent(f with { Source = f.Source with { Evidence = [.. f.Source.Evidence, ContextCountry.NotePrefix + "publisher: go.jp → JPNGOV"] } });
        EventConsolidation.Consolidate(a, 0);
        EventConsolidation.Consolidate(b, 0);
        Assert.Equal(["SRBCVL SRB 190"], Dyads(a));
        Assert.Equal(["JPNGOV - 051"], Dyads(b));
    }

    [Fact]
    public void Two_sides_of_one_role_without_a_country_drop_the_event()
    {
        // "The delegation met with officials": ---GOV with ---GOV says nothing of who met whom. One side with a
        // country, or two different roles, stays.
        var a = CodedArticles.Tokenized("a1", "The delegation met officials , hosted Kenyan officials and called police .");
        a.AddEvent(CodedArticles.EventOf(a, "delegation", "---GOV", "met", "officials", "---GOV", "040", PloverCategory.CONSULT));
        a.AddEvent(CodedArticles.EventOf(a, "delegation", "---GOV", "hosted", "Kenyan", "KENGOV", "040", PloverCategory.CONSULT));
        a.AddEvent(CodedArticles.EventOf(a, "delegation", "---GOV", "called", "police", "---COP", "040", PloverCategory.CONSULT));
        Assert.Equal(1, EventConsolidation.Consolidate(a, 0));
        Assert.Equal(["---GOV KENGOV 040", "---GOV ---COP 040"], Dyads(a));
        Assert.Contains("share a role and neither has a country", Assert.Single(a.Diagnostics).Message);
    }
}
