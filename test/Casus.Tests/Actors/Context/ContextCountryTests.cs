using Casus.Actors;
using Casus.Actors.Context;
using Casus.Document;
using static Casus.Tests.Actors.ParsedSentence;

namespace Casus.Tests.Actors.Context;

/// <summary>Country from context (docs/formats/actors.md, "Country from context"): a role phrase without a country
/// takes one from its sentence, where the sentence is clear about it; each on a hand-built parsed sentence.</summary>
public class ContextCountryTests
{
    // "outside Kabul", not "in", "at" or "near Kabul": a local role acting in a place takes it before this pass, by its
    // clause (PlaceOfRoleTests); these sentences test the sentence signal.
    [Fact]
    public void Roles_take_the_one_country_their_sentence_names()
        => Assert.Equal(["police=AFGCOP", "protesters=AFGOPP", "Kabul=AFGGOV"],
            Code("the/DET/2/det police/NOUN/3/nsubj arrested/VERB/0/root protesters/NOUN/3/obj outside/ADP/6/case Kabul/PROPN/3/obl ./PUNCT/3/punct"));

    [Fact]
    public void The_evidence_names_the_signal()
    {
        var police = Mentions("the/DET/2/det police/NOUN/3/nsubj arrested/VERB/0/root protesters/NOUN/3/obj outside/ADP/6/case Kabul/PROPN/3/obl")[0];
        Assert.Contains(police.Evidence, e => e == "country from context: 'Kabul' (same sentence) → AFGCOP");
        Assert.True(ContextCountry.FromContext(police));
    }

    [Fact]
    public void Without_the_pass_the_role_stays_without_a_country()
    {
        var article = Article("the/DET/2/det police/NOUN/3/nsubj arrested/VERB/0/root protesters/NOUN/3/obj outside/ADP/6/case Kabul/PROPN/3/obl");
        new ActorStage(ActorStage.CreateDefault().Dictionary, ContextCountryOptions.None).Process(article);
        Assert.Equal(["police=---COP", "protesters=---OPP", "Kabul=AFGGOV"], ActorTestData.Show(article.Mentions));
    }

    [Fact]
    public void An_officeholder_takes_the_country_of_an_actor_of_another_kind()
        => Assert.Equal(["Fijian rebels=FJIREB", "Prime Minister Chaudhry=FJIGOV"],
            Code("the/DET/3/det Fijian/ADJ/3/amod rebels/NOUN/4/nsubj released/VERB/0/root Prime/PROPN/6/compound Minister/PROPN/7/compound Chaudhry/PROPN/4/obj ./PUNCT/4/punct"));

    [Fact]
    public void An_officeholder_does_not_take_the_country_of_a_place_near_it()
        // In news of diplomacy the unnamed officeholder is as often the writer's own ("the Vice President welcomed
        // Bahrain's decision" in a White House readout).
        => Assert.Equal(["Vice President=---GOV", "Bahrain=BHR"],
            Code("the/DET/3/det Vice/PROPN/3/compound President/PROPN/4/nsubj welcomed/VERB/0/root Bahrain/PROPN/7/nmod:poss 's/PART/5/case decision/NOUN/4/obj"));

    [Fact]
    public void A_named_officeholder_takes_the_one_country_of_a_short_text()
        // A person with a title whom the directory lacks is one person, not the writer's unnamed government.
        => Assert.Equal(["Vice President Tomas Vell=LVAGOV", "Latvia=LVA"],
            Code("Vice/PROPN/2/compound President/PROPN/3/compound Tomas/PROPN/5/nsubj Vell/PROPN/3/flat praised/VERB/0/root Latvia/PROPN/8/nmod:poss 's/PART/6/case economy/NOUN/5/obj"));

    [Fact]
    public void A_court_takes_the_country_of_those_it_proceeds_against()
        // A court acts within its own jurisdiction (docs/formats/actors.md, "Country from context").
        => Assert.Equal(["judge=BRAJUD", "Brazilian officials=BRAGOV"],
            Code("a/DET/2/det judge/NOUN/3/nsubj opened/VERB/0/root a/DET/5/det case/NOUN/3/obj against/ADP/8/case Brazilian/ADJ/8/amod officials/NOUN/3/obl ./PUNCT/3/punct"));

    [Fact]
    public void Others_take_no_country_from_those_they_act_against()
        // "Attacks against Israeli citizens" say nothing of the attacker's country; nor does police force "against".
        => Assert.Equal(["police=---COP", "Brazilian officials=BRAGOV"],
            Code("the/DET/2/det police/NOUN/3/nsubj opened/VERB/0/root a/DET/5/det case/NOUN/3/obj against/ADP/8/case Brazilian/ADJ/8/amod officials/NOUN/3/obl ./PUNCT/3/punct"));

    [Fact]
    public void A_counterpart_of_the_same_kind_gives_no_country()
        => Assert.Equal(["National Security Advisor Jake Sullivan=---GOV", "President of Turkey=TURGOV"],
            Code("National/PROPN/3/compound Security/PROPN/3/compound Advisor/PROPN/4/compound Jake/PROPN/6/nsubj Sullivan/PROPN/4/flat spoke/VERB/0/root with/ADP/9/case the/DET/9/det President/PROPN/6/obl of/ADP/11/case Turkey/PROPN/9/nmod"));

    [Fact]
    public void A_sentence_that_names_two_countries_gives_none()
        => Assert.Contains("people=---CVL",
            Code("Russian/ADJ/2/amod missiles/NOUN/3/nsubj struck/VERB/0/root a/DET/5/det hospital/NOUN/3/obj in/ADP/7/case Ukraine/PROPN/5/nmod ,/PUNCT/9/punct killing/VERB/3/advcl 50/NUM/11/nummod people/NOUN/9/obj"));

    [Theory]
    [InlineData("-", "---MIL")]
    [InlineData(",", "GBRMIL")]
    public void The_seat_of_an_organisation_is_no_context(string joiner, string forces)
        // "a UK-based group said government forces killed people": where the group sits says nothing of whose forces.
        => Assert.Contains($"government forces={forces}",
            Code($"a/DET/5/det UK/PROPN/4/obl:npmod {joiner}/PUNCT/4/punct based/VERB/5/amod group/NOUN/6/nsubj said/VERB/0/root government/NOUN/8/compound forces/NOUN/9/nsubj killed/VERB/6/ccomp people/NOUN/9/obj"));

    [Fact]
    public void A_visitor_takes_no_country_from_the_place_visited()
        // "The governor, visiting Pyongyang, met officials": the place of a verb of visiting (data/actors/diplomacy.txt,
        // visit-verb) is the visitor's destination, not his country.
        => Assert.Equal(["former governor=---ELI", "Pyongyang=PRKGOV"],
            Code("the/DET/3/det former/ADJ/3/amod governor/NOUN/4/nsubj visited/VERB/0/root Pyongyang/PROPN/4/obj ./PUNCT/4/punct"));

    [Fact]
    public void One_who_meets_a_person_takes_no_country_from_him()
        // "The former governor meets Kim Jong Un" (a short text naming only North Korea): met, not a compatriot.
        => Assert.Equal(["former governor=---ELI", "Kim Jong Un=PRKGOV"],
            Code("the/DET/3/det former/ADJ/3/amod governor/NOUN/4/nsubj meets/VERB/0/root Kim/PROPN/4/obj Jong/PROPN/5/flat Un/PROPN/5/flat ./PUNCT/4/punct"));

    [Fact]
    public void One_who_praises_a_person_still_takes_his_country()
        // Only visiting and meeting: the rule stays as it was for other verbs ("the former governor praised Kim").
        => Assert.Equal(["former governor=PRKELI", "Kim Jong Un=PRKGOV"],
            Code("the/DET/3/det former/ADJ/3/amod governor/NOUN/4/nsubj praised/VERB/0/root Kim/PROPN/4/obj Jong/PROPN/5/flat Un/PROPN/5/flat ./PUNCT/4/punct"));

    [Fact]
    public void A_destination_is_no_home()
        => Assert.Equal(["senator=---LEG", "Afghanistan=AFG"],
            Code("the/DET/2/det senator/NOUN/3/nsubj traveled/VERB/0/root to/ADP/5/case Afghanistan/PROPN/3/obl"));

    [Fact]
    public void The_place_one_returns_to_is_home()
        // "the ousted president agreed to resign without returning to Kyrgyzstan": going back is going home.
        => Assert.Equal(["President Askar Akayev=KGZGOV", "Kyrgyzstan=KGZ"],
            Code("President/PROPN/2/compound Askar/PROPN/4/nsubj Akayev/PROPN/2/flat agreed/VERB/0/root to/PART/6/mark resign/VERB/4/xcomp without/SCONJ/8/mark returning/VERB/6/advcl to/ADP/10/case Kyrgyzstan/PROPN/8/obl"));

    [Theory]
    [InlineData("troops/NOUN", "troops=---MIL")] // armed forces return to where they serve
    [InlineData("President/PROPN", "President Tomas Vell=---GOV")] // another subject returns
    public void Returning_is_home_only_for_the_actor_and_not_for_troops(string actor, string expected)
        => Assert.Contains(expected, actor.StartsWith("troops")
            ? Code("the/DET/2/det troops/NOUN/3/nsubj returned/VERB/0/root to/ADP/5/case Iraq/PROPN/3/obl")
            : Code("President/PROPN/2/compound Tomas/PROPN/4/nsubj Vell/PROPN/2/flat said/VERB/0/root refugees/NOUN/6/nsubj returned/VERB/4/ccomp to/ADP/8/case Syria/PROPN/6/obl"));

    [Fact]
    public void A_seat_of_government_named_as_the_place_of_the_act_gives_its_country()
        // "President Laurent Gbagbo will extend the curfew in Abidjan": the city is where, not a government counterpart.
        => Assert.Equal(["President Laurent Gbagbo=CIVGOV", "Abidjan=CIVGOV"],
            Code("President/PROPN/2/compound Laurent/PROPN/4/nsubj Gbagbo/PROPN/2/flat extended/VERB/0/root the/DET/6/det curfew/NOUN/4/obj in/ADP/8/case Abidjan/PROPN/6/nmod"));

    [Fact]
    public void A_seat_with_an_article_is_the_government_it_houses()
        // "Sullivan met the Secretary at the White House": the building is the host government, a counterpart.
        => Assert.Contains("President Tomas Vell=---GOV",
            Code("President/PROPN/2/compound Tomas/PROPN/4/nsubj Vell/PROPN/2/flat spoke/VERB/0/root at/ADP/7/case the/DET/7/det Kremlin/PROPN/4/obl"));

    [Fact]
    public void A_seat_of_government_as_a_place_gives_no_country_to_an_unnamed_office()
        // Like a country named as a place: "the Vice President arrived in Beijing" is seldom China's.
        => Assert.Equal(["Vice President=---GOV", "Beijing=CHNGOV"],
            Code("the/DET/3/det Vice/PROPN/3/compound President/PROPN/4/nsubj arrived/VERB/0/root in/ADP/6/case Beijing/PROPN/4/obl"));

    [Fact]
    public void The_troops_in_a_country_are_not_its_own()
        => Assert.Equal(["troops=---MIL", "Iraq=IRQ"],
            Code("the/DET/2/det troops/NOUN/5/nsubj in/ADP/4/case Iraq/PROPN/2/nmod withdrew/VERB/0/root"));

    [Fact]
    public void A_country_in_the_actors_own_noun_phrase_wins_over_others()
        // "Israeli helicopters and tanks shelled Palestinian positions": the tanks are Israeli, though the sentence
        // names two countries.
        => Assert.Contains("tanks=ISRMIL",
            Code("Israeli/ADJ/2/amod helicopters/NOUN/5/nsubj and/CCONJ/4/cc tanks/NOUN/2/conj shelled/VERB/0/root Palestinian/ADJ/7/amod positions/NOUN/5/obj"));

    // "the U.S. Government invests in Uganda's people, business, and military": the possessor covers every conjunct,
    // singular ones too, though the sentence names two countries.
    [Fact]
    public void A_country_possessor_covers_the_later_conjuncts()
        => Assert.Contains("military=UGAMIL",
            Code("the/DET/3/det U.S./PROPN/3/compound Government/PROPN/4/nsubj invests/VERB/0/root in/ADP/8/case Uganda/PROPN/8/nmod:poss 's/PART/6/case people/NOUN/4/obl ,/PUNCT/10/punct business/NOUN/8/conj ,/PUNCT/13/punct and/CCONJ/13/cc military/NOUN/8/conj"));

    // "Uganda's people and the military": a conjunct with its own determiner is not under the possessor.
    [Fact]
    public void A_conjunct_with_its_own_determiner_keeps_out_of_the_possessor()
        => Assert.Contains("military=---MIL",
            Code("the/DET/3/det U.S./PROPN/3/compound Government/PROPN/4/nsubj invests/VERB/0/root in/ADP/8/case Uganda/PROPN/8/nmod:poss 's/PART/6/case people/NOUN/4/obl and/CCONJ/11/cc the/DET/11/det military/NOUN/8/conj"));

    [Fact]
    public void Leaders_standing_alone_are_the_leaders_of_several_countries()
        => Assert.Contains("leaders=---GOV",
            Code("the/DET/2/det leaders/NOUN/3/nsubj discussed/VERB/0/root Ukraine/PROPN/6/nmod:poss 's/PART/4/case aspirations/NOUN/3/obj"));

    // An article of three parsed sentences, coded by the shipped stage (or one with the given options).
    private static IReadOnlyList<Mention> ArticleMentions(ContextCountryOptions? options, params string[] sentences)
        => ArticleMentionsAt(null, options, sentences);

    private static IReadOnlyList<Mention> ArticleMentionsAt(string? url, ContextCountryOptions? options, params string[] sentences)
    {
        var rows = sentences.Select(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            var f = p.Split('/');
            return (Word: string.Join('/', f[..^3]), Upos: Enum.Parse<Upos>(f[^3]), Head: int.Parse(f[^2]), Rel: f[^1]);
        }).ToList()).ToList();
        var text = string.Join(' ', rows.Select(r => string.Join(' ', r.Select(x => x.Word))));
        var article = new Article("parsed", text, new ArticleMetadata(Url: url));
        int offset = 0, token = 0;
        foreach (var sentence in rows)
        {
            int start = offset, first = token;
            article.AddSentence(start, start + sentence.Sum(r => r.Word.Length + 1) - 1);
            foreach (var r in sentence) { article.AddToken(offset, offset + r.Word.Length); offset += r.Word.Length + 1; token++; }
            for (int i = 0; i < sentence.Count; i++)
            {
                article.SetMorphology(first + i, sentence[i].Upos, null, null);
                article.SetDependency(first + i, sentence[i].Head == 0 ? -1 : first + sentence[i].Head - 1, sentence[i].Rel);
            }
        }
        article.MarkFilled(Annotations.Sentences | Annotations.Tokens | Annotations.PartOfSpeech | Annotations.Dependencies);
        var stage = options is null ? ActorStage.CreateDefault() : new ActorStage(ActorStage.CreateDefault().Dictionary, options);
        stage.Process(article);
        return article.Mentions;
    }

    private static readonly string[] LongArticle =
    [
        "the/DET/2/det police/NOUN/3/nsubj arrested/VERB/0/root protesters/NOUN/3/obj outside/ADP/6/case Kabul/PROPN/3/obl",
        "authorities/NOUN/4/nsubj in/ADP/3/case Croatia/PROPN/1/nmod spoke/VERB/0/root",
        "Afghanistan/PROPN/2/nsubj thanked/VERB/0/root Kabul/PROPN/2/obj",
    ];

    [Fact]
    public void In_a_long_article_only_the_actors_own_noun_phrase_gives_the_country()
        // Hand-judged on the news sample, sentence signals in long articles were right for about half of the actors in
        // statements about several countries; the actor's own noun phrase ("authorities in Croatia") stays reliable.
        // (The sentence pass alone: the article pass, which may fill the rest, is tested in Actors/Discourse.)
        => Assert.Equal(["police=---COP", "protesters=---OPP", "Kabul=AFGGOV", "authorities=HRVGOV", "Croatia=HRV", "Afghanistan=AFG", "Kabul=AFGGOV"],
            ActorTestData.Show(ArticleMentions(new ContextCountryOptions { LongArticles = false, Article = false }, LongArticle)));

    [Fact]
    public void A_news_report_about_one_country_gives_it_to_the_sentences_bare_roles_by_default()
    {
        // A report about Afghanistan (three of its five country mentions) leaves the country of its police unsaid.
        var mentions = ArticleMentionsAt("https://en.wikinews.org/wiki/Protest_in_Kabul", null, LongArticle);
        Assert.Equal(["police=AFGCOP", "protesters=AFGOPP", "Kabul=AFGGOV", "authorities=HRVGOV", "Croatia=HRV", "Afghanistan=AFG", "Kabul=AFGGOV"],
            ActorTestData.Show(mentions));
        Assert.Contains(mentions[0].Evidence, e => e == "country from context: 'Kabul' (same sentence; the article is about AFG) → AFGCOP");
    }

    [Fact]
    public void A_governments_own_statement_keeps_the_sentence_from_its_bare_roles()
        // The same text on a government's site (data/actors/publishers.txt): its statements name the partner country
        // in nearly every sentence, and its unnamed roles are as often its own or anyone's (news run: 8 of 19 right).
        => Assert.Equal(["police=---COP", "protesters=---OPP", "Kabul=AFGGOV", "authorities=HRVGOV", "Croatia=HRV", "Afghanistan=AFG", "Kabul=AFGGOV"],
            ActorTestData.Show(ArticleMentionsAt("https://www.whitehouse.gov/briefing-room/statements-releases/x/", null, LongArticle)));

    [Fact]
    public void A_news_report_about_another_country_keeps_the_sentence_from_its_bare_roles()
    {
        // Croatia four times, Kabul once: the article is about Croatia, so the Kabul of the police's sentence, another
        // country, is not trusted to be theirs.
        string[] several =
        [
            LongArticle[0],
            LongArticle[1],
            "Croatia/PROPN/2/nsubj thanked/VERB/0/root Croatia/PROPN/2/obj",
        ];
        Assert.Contains("police=---COP", ActorTestData.Show(ArticleMentionsAt("https://en.wikinews.org/wiki/X", null, several)));
    }

    [Fact]
    public void Long_articles_may_ask_for_the_sentence_when_the_article_is_about_that_country()
        => Assert.Equal(["police=AFGCOP", "protesters=AFGOPP", "Kabul=AFGGOV", "authorities=HRVGOV", "Croatia=HRV", "Afghanistan=AFG", "Kabul=AFGGOV"],
            ActorTestData.Show(ArticleMentions(new ContextCountryOptions { LongArticles = true, Article = false }, LongArticle)));

    [Fact]
    public void A_clause_under_the_noun_is_not_its_noun_phrase()
        // Two countries, so only the actor's own noun phrase could give one; the relative clause is not part of it.
        => Assert.Contains("rebel groups=---REB",
            Code("rebel/NOUN/2/compound groups/NOUN/6/nsubj that/PRON/4/nsubj threaten/VERB/2/acl:relcl Iraq/PROPN/4/obj struck/VERB/0/root Iran/PROPN/6/obj"));

    [Fact]
    public void A_context_country_yields_where_it_would_make_one_actor_act_on_itself()
    {
        var jet = new Mention(0, new TokenSpan(0, 2), "Serbian army", ActorCode.Parse("SRBMIL"), ["actors/countries.txt:1 Serbian → SRB"]);
        var helicopter = new Mention(0, new TokenSpan(5, 1), "helicopter", ActorCode.Parse("SRBMIL"),
            ["actors/roles.txt:12 helicopter → MIL", "country from context: 'Serbian army' (same sentence) → SRBMIL"]);
        var (source, target) = ContextCountry.ForPair(jet, helicopter);
        Assert.Equal("SRBMIL", source.Code.Value);
        Assert.Equal("---MIL", target!.Code.Value);
        Assert.Contains(target.Evidence, e => e.StartsWith("country from context withdrawn:"));
    }

    [Fact]
    public void An_actor_whose_own_words_give_the_country_is_kept_in_a_pair()
    {
        var a = new Mention(0, new TokenSpan(0, 1), "Syria", ActorCode.Parse("SYRGOV"), ["actors/countries.txt:1 Damascus → SYR"]);
        var b = new Mention(0, new TokenSpan(3, 1), "Damascus", ActorCode.Parse("SYRGOV"), ["actors/countries.txt:1 Damascus → SYR"]);
        Assert.Equal((a, b), ContextCountry.ForPair(a, b));
    }

    [Theory]
    [InlineData("---GOV", true)]
    [InlineData("---REB", true)]
    [InlineData("---NGO", false)]
    [InlineData("SYRGOV", false)]
    [InlineData("---", false)]
    public void Only_roles_without_a_country_need_one(string code, bool needs)
        => Assert.Equal(needs, ContextCountryPass.NeedsCountry(ActorCode.Parse(code)));

    [Theory]
    [InlineData("SYR", true)]
    [InlineData("IGO", false)]
    [InlineData("MEA", false)]
    [InlineData("---", false)]
    public void Regions_and_transnational_types_are_no_countries(string primary, bool country)
        => Assert.Equal(country, ContextCountryPass.IsCountry(primary));

    // "The army declared a curfew in Haiti, a spokeswoman for the U.S. embassy said": the
    // one who tells the sentence afterwards is no side of it, so the sentence names one country, Haiti.
    [Fact]
    public void A_teller_after_the_fact_is_no_second_country()
        => Assert.Contains("army=HTIMIL",
            Code("the/DET/2/det army/NOUN/3/nsubj declared/VERB/0/root curfew/NOUN/3/obj in/ADP/6/case Haiti/PROPN/3/obl ,/PUNCT/14/punct "
                + "a/DET/9/det spokeswoman/NOUN/14/nsubj for/ADP/13/case the/DET/13/det U.S./PROPN/13/compound embassy/NOUN/9/nmod said/VERB/3/parataxis ./PUNCT/3/punct"));

    // "Russia said Sudan must return a helicopter captured by the Sudanese authorities": a teller who leads is often a
    // side of what it tells; two countries, the helicopter stays without one (and, owned by no state, is no actor:
    // an aircraft word is military only under a country, roles.txt 'national:').
    [Fact]
    public void A_teller_who_leads_is_still_a_country_of_the_sentence()
        => Assert.DoesNotContain(
            Code("Russia/PROPN/2/nsubj said/VERB/0/root Sudan/PROPN/5/nsubj must/AUX/5/aux return/VERB/2/ccomp a/DET/7/det helicopter/NOUN/5/obj "
                + "captured/VERB/7/acl by/ADP/11/case the/DET/11/det Sudanese/ADJ/11/amod authorities/NOUN/8/obl:agent ./PUNCT/2/punct"),
            m => m.StartsWith("helicopter=", StringComparison.Ordinal) && !m.StartsWith("helicopter=---", StringComparison.Ordinal));

    // "An Argentine judge ordered former president Menem to appear in an inquiry into arms sales to Croatia and
    // Ecuador": where the arms went (a noun of transfer's to-phrase, both conjuncts) is no country of the sentence's
    // actors, so the judge's country is the only one.
    [Fact]
    public void The_destination_of_a_noun_of_transfer_is_no_country_of_the_sentence()
        => Assert.Contains("former president Menem=ARGELI",
            Code("an/DET/3/det Argentine/ADJ/3/amod judge/NOUN/4/nsubj ordered/VERB/0/root former/ADJ/7/amod president/NOUN/7/compound "
                + "Menem/PROPN/4/obj in/ADP/10/case an/DET/10/det inquiry/NOUN/4/obl into/ADP/13/case arms/NOUN/13/compound sales/NOUN/10/nmod "
                + "to/ADP/15/case Croatia/PROPN/13/nmod and/CCONJ/17/cc Ecuador/PROPN/15/conj ./PUNCT/4/punct"));

    // A to-phrase under a noun that is no transfer ("his commitment to Ecuador") still names a country of the sentence.
    // The president is a made-up name: a real one (Menem) is in the people files, which give his country themselves.
    [Fact]
    public void The_to_phrase_of_another_noun_still_counts()
        => Assert.Contains("former president Olaverri=---ELI",
            Code("an/DET/3/det Argentine/ADJ/3/amod judge/NOUN/4/nsubj praised/VERB/0/root former/ADJ/7/amod president/NOUN/7/compound "
                + "Olaverri/PROPN/4/obj for/ADP/9/case commitment/NOUN/4/obl to/ADP/11/case Ecuador/PROPN/9/nmod ./PUNCT/4/punct"));
}
