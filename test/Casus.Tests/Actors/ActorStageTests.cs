using Casus.Actors;
using Casus.Document;
using Casus.Pipeline;
using static Casus.Tests.Actors.ActorTestData;

namespace Casus.Tests.Actors;

public class ActorStageTests
{
    [Theory]
    [InlineData("Syrian troops shelled the town.", "Syrian troops=SYRMIL")]
    [InlineData("The Iraqi government protested.", "Iraqi government=IRQGOV")]
    [InlineData("US officials declined to comment.", "US officials=USAGOV")]
    [InlineData("The rebels from Syria agreed.", "rebels from Syria=SYRREB")]
    [InlineData("The president of Egypt spoke.", "president of Egypt=EGYGOV")]
    [InlineData("Senior Hungarian officials agreed.", "Senior Hungarian officials=HUNGOV")]
    [InlineData("North Korean hackers stole the data.", "North Korean hackers=PRKCRM")]
    public void Country_and_role_compose(string sentence, string expected)
        => Assert.Equal([expected], Code(sentence));

    [Fact]
    public void Possessive_country_with_role_and_posting()
    {
        var m = Assert.Single(Mentions("Syria's ambassador to Iraq was summoned."));
        Assert.Equal("SYRGOV", m.Code.Value);
        Assert.Equal("Syria's ambassador to Iraq", m.Text);
        Assert.Contains(m.Evidence, e => e.Contains("'to Iraq' names the posting"));
    }

    [Fact]
    public void Posting_after_a_role_is_not_the_actor()
        => Assert.Equal(["US commander in Iraq=USAMIL"], Code("The US commander in Iraq resigned."));

    [Fact]
    public void Opposition_modifier_before_an_unlisted_name()
        => Assert.Equal(["opposition Syrian National Council=SYROPP"], Code("He met the opposition Syrian National Council on Monday."));

    [Fact]
    public void Coordinated_adjectives_give_one_mention_each()
    {
        var ms = Mentions("Russian and Chinese diplomats walked out.");
        Assert.Equal(["Russian=RUSGOV", "Chinese diplomats=CHNGOV"], Show(ms));
        Assert.Equal(new TokenSpan(0, 1), ms[0].Tokens);
        Assert.Equal(new TokenSpan(2, 2), ms[1].Tokens);
    }

    [Fact]
    public void Coordinated_names_without_a_role_stay_bare()
        => Assert.Equal(["Britain=GBR", "France=FRA", "Germany=DEU"], Code("Britain, France and Germany signed."));

    [Theory]
    [InlineData("Russia vetoed the draft.", "Russia=RUS")]
    [InlineData("The Kremlin denied it.", "Kremlin=RUSGOV")]
    [InlineData("Damascus rejected the plan.", "Damascus=SYRGOV")]
    [InlineData("Officials in Washington said so.", "Officials=---GOV", "Washington=USAGOV")]
    public void Bare_countries_and_seats(string sentence, params string[] expected)
        => Assert.Equal(expected, Code(sentence));

    [Theory]
    [InlineData("NATO warned Moscow.", "NATO=IGOWSTNAT", "Moscow=RUSGOV")]
    [InlineData("UN peacekeepers arrived.", "UN peacekeepers=IGOUNOMIL")]
    [InlineData("Amnesty International condemned the arrests.", "Amnesty International=NGOAMN")]
    [InlineData("Ukraine signed with the European Union.", "Ukraine=UKR", "European Union=IGOEUREEC")]
    public void Organisations(string sentence, params string[] expected)
        => Assert.Equal(expected, Code(sentence));

    [Theory]
    [InlineData("The army said it repelled an attack.", "army=---MIL")]
    [InlineData("Rebels seized the town.", "Rebels=---REB")]
    [InlineData("Government forces retook the city.", "Government forces=---MIL")]
    [InlineData("Rebel forces retreated.", "Rebel forces=---REB")]
    // An armed group named by its extremism is an armed group, as "extremists" and "terrorist group" are.
    [InlineData("An extremist organization claimed the bombing.", "extremist organization=---REB")]
    [InlineData("Extremist groups threatened the town.", "Extremist groups=---REB")]
    public void Roles_without_a_country_use_dashes(string sentence, string expected)
        => Assert.Equal([expected], Code(sentence));

    // News names non-governmental groups by their cause far more often than by name.
    [Theory]
    [InlineData("Environmental groups urged the ministry to act.", "Environmental groups=---NGO", "ministry=---GOV")]
    [InlineData("Campaigners criticised the plan.", "Campaigners=---NGO")]
    [InlineData("Kenyan civil society groups sued.", "Kenyan civil society groups=KENNGO")]
    [InlineData("Human rights organisations condemned the arrests.", "Human rights organisations=---NGO")]
    [InlineData("Advocacy groups in Brazil protested.", "Advocacy groups=---NGO", "Brazil=BRA")]
    public void Groups_named_by_their_cause_are_ngos(string sentence, params string[] expected)
        => Assert.Equal(expected, Code(sentence));

    // A number of people standing alone is a crowd; before "of" it counts the noun that follows.
    [Theory]
    [InlineData("Thousands marched through the capital.", "Thousands=---CVL")]
    [InlineData("Police detained dozens.", "Police=---COP", "dozens=---CVL")]
    [InlineData("Thousands of protesters marched.", "protesters=---OPP")]
    [InlineData("Tens of thousands of Syrians fled.", "Syrians=SYRCVL")]
    [InlineData("The firm cut hundreds of jobs.", "firm=---BUS")]
    [InlineData("Residents gave blood by the hundreds.", "Residents=---CVL")]
    public void Numbers_of_people_name_a_crowd_only_when_they_stand_alone(string sentence, params string[] expected)
        => Assert.Equal(expected, Code(sentence));

    [Fact]
    public void Two_phrases_separated_by_a_verb_stay_apart()
        => Assert.Equal(["Iraqi forces=IRQMIL", "rebels=---REB"], Code("Iraqi forces killed rebels."));

    [Fact]
    public void Lower_case_us_and_turkey_are_not_countries()
    {
        Assert.Empty(Code("They told us about the turkey."));
        Assert.Equal(["US=USA"], Code("They told US about it."));
    }

    [Fact]
    public void Evidence_names_file_line_and_code()
    {
        var m = Assert.Single(Mentions("Syrian troops advanced."));
        var line = File.ReadLines(Path.Combine(TestPaths.Repo, "data", "actors", "countries.txt"))
            .Select((text, i) => (text, no: i + 1)).First(l => l.text.StartsWith("SYR |")).no;
        Assert.Equal($"actors/countries.txt:{line} Syrian → SYR", m.Evidence[0]);
        Assert.Matches(@"^actors/roles\.txt:\d+ troops → MIL$", m.Evidence[1]);
    }

    [Fact]
    public void Mentions_do_not_overlap_and_use_article_wide_indices()
    {
        var article = TestKit.SimpleTokens.Article("Iran protested.", "Iraqi police and US troops clashed with Syrian rebels.");
        ActorStage.CreateDefault().Process(article);
        Assert.Equal(["Iran=IRN", "Iraqi police=IRQCOP", "US troops=USAMIL", "Syrian rebels=SYRREB"], Show(article.Mentions));
        for (int i = 1; i < article.Mentions.Count; i++)
            Assert.True(article.Mentions[i].Tokens.First >= article.Mentions[i - 1].Tokens.End);
        Assert.Equal(1, article.Mentions[1].Sentence);
        Assert.Equal("Iraqi", article.Tokens[article.Mentions[1].Tokens.First].Text);
    }

    [Fact]
    public void Person_affiliation_follows_the_article_date()
    {
        var dict = ActorDictionary.Load([
            new ActorSource("c.txt", "SYR | adj: Syrian"),
            new ActorSource("p.txt", "SYRGOV | person: Bashar al-Assad; Assad | from: 2000-07-17\nSYRELI | person: Bashar al-Assad; Assad | until: 2000-07-16")]);
        var stage = new ActorStage(dict);
        var a = TestKit.SimpleTokens.Article(new DateOnly(1999, 1, 1), "Assad met him.");
        stage.Process(a);
        Assert.Equal(["Assad=SYRELI"], Show(a.Mentions));
        var b = TestKit.SimpleTokens.Article(new DateOnly(2010, 1, 1), "Assad met him.");
        stage.Process(b);
        Assert.Equal(["Assad=SYRGOV"], Show(b.Mentions));
        Assert.Contains("[2000-07-17..]", b.Mentions[0].Evidence[0]);
    }

    [Fact]
    public void Stage_declares_its_layers_and_fits_a_pipeline()
    {
        var stage = ActorStage.CreateDefault();
        Assert.Same(stage, ActorStage.CreateDefault());
        Assert.Equal("actors", stage.Name);
        Assert.Equal(Annotations.Mentions, stage.Assigns);
        Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().Add(stage).Build());
    }
}

public class ActorStageListTests
{
    [Fact]
    public void A_lone_comma_is_not_a_list()
        => Assert.Equal(["Macedonia=MKD", "Bulgaria=BGR", "Macedonian officials=MKDGOV"],
            ActorTestData.Code("They fought near Macedonia's border with Bulgaria, Macedonian officials said."));

    [Fact]
    public void Spelled_out_names_do_not_share_the_role_but_abbreviations_do()
    {
        Assert.Equal(["Syria=SYR", "Palestinian leader Arafat=PSEGOV"], ActorTestData.Code("He mediated between Syria and Palestinian leader Arafat."));
        Assert.Equal(["US=USAMIL", "British troops=GBRMIL"], ActorTestData.Code("US and British troops landed."));
    }

    [Fact]
    public void A_pure_modifier_alone_names_no_actor()
        => Assert.Equal(["Israel=ISR"], ActorTestData.Code("They renounced the armed struggle against Israel."));
}

public class ActorPeopleTests
{
    [Fact]
    public void Shipped_people_code_by_the_article_date()
    {
        // Take a person line with both years from the shipped file and check the stage honours its bounds.
        var line = File.ReadLines(Path.Combine(TestPaths.Repo, "data", "actors", "people.txt"))
            .First(l => !l.StartsWith('#') && l.Contains("until:") && !l.Contains('\''));
        var parts = line.Split('|').Select(p => p.Trim()).ToArray();
        var code = parts[0];
        var name = parts[1]["person:".Length..].Trim();
        int from = int.Parse(parts[2]["from:".Length..].Trim()), until = int.Parse(parts[3]["until:".Length..].Trim());
        var inside = ActorTestData.Mentions(new DateOnly(from, 6, 1), $"Yesterday {name} spoke.");
        var m = Assert.Single(inside);
        Assert.Equal(code, m.Code.Value);
        Assert.StartsWith("actors/people.txt:", m.Evidence[0]);
    }
}

public class ActorGroupTests
{
    [Fact]
    public void A_national_group_code_keeps_its_own_role()
        => Assert.Equal(["Hamas leaders=PSEREBHMS"], ActorTestData.Code("Hamas leaders rejected the offer."));

    [Fact]
    public void A_transnational_code_takes_a_role_like_a_country()
        => Assert.Equal(["UN envoys=IGOUNOGOV"], ActorTestData.Code("UN envoys rejected the offer."));

    [Fact]
    public void Phrases_split_possessives_like_the_tokenizer()
    {
        var d = ActorDictionary.Load([new ActorSource("g.txt", "TURREBPKK | name: Kurdistan Workers' Party\nCHN | name: People's Republic of China")]);
        Assert.Equal(["Kurdistan", "Workers", "'", "Party"], d.Entries[0].Words);
        Assert.Equal(["People", "'s", "Republic", "of", "China"], d.Entries[1].Words);
        var a = TestKit.SimpleTokens.Article("The Kurdistan Workers' Party said so.");
        Assert.Equal(4, d.Match(a, 1, a.Tokens.Count, out _));
    }

    [Theory]
    // "the Emirates" is the United Arab Emirates; the airline's name without the article is not.
    [InlineData("A mediation effort between the Emirates and Saudi Arabia began.", "the Emirates=ARE")]
    public void The_Emirates_is_the_UAE_only_with_its_article(string sentence, string expected)
        => Assert.Contains(expected, Code(sentence));

    [Fact]
    public void An_Emirates_flight_is_no_country()
        => Assert.DoesNotContain(Code("She flew on an Emirates flight."), c => c.StartsWith("Emirates", StringComparison.Ordinal));
}
