using Casus.Actors;
using Casus.Document;

namespace Casus.Tests.Actors;

/// <summary>The organisations, armed groups and parties of data/actors/organisations.txt (docs/formats/actors.md,
/// "Organisations, armed groups and parties"): names resolve to their codes, in events as source and target; acronyms
/// that name something else in news are left out; a malformed line is rejected with its file and line.</summary>
public class OrganisationNamesTests
{
    [Theory]
    [InlineData("Kataib Hezbollah", "IRQREBKTH")]        // not Lebanon's Hezbollah, whose name it holds
    [InlineData("JNIM", "IMGMOSALQ")]                    // al-Qaeda's Sahel branch under its parent
    [InlineData("the ICTY", "IGOUNOICY")]
    [InlineData("UNODC", "IGOUNODRG")]
    [InlineData("KFOR", "IGOWSTNATMIL")]                 // a NATO mission is the alliance's military
    [InlineData("AMISOM", "IGOAFRAFUMIL")]
    [InlineData("the Sinaloa Cartel", "MEXCRMSIN")]
    [InlineData("the Workers' Party of Korea", "PRKGOVWPK")] // a single ruling party is the government
    [InlineData("the Communist Party of Vietnam", "VNMGOVCPV")]
    [InlineData("the Scottish National Party", "GBRPTYSNP")]
    [InlineData("the Liberal Democratic Party of Russia", "RUSPTYLDP")]
    [InlineData("the Liberal Democratic Party", "JPNPTYLDP")] // was USAPTYDEM: "Democratic Party" inside it
    [InlineData("the Democratic Party of Korea", "KORPTYDPK")]
    [InlineData("Lashkar-e-Jhangvi", "PAKREBLEJ")]       // "Lashkar" "-" "e-Jhangvi" as the tokenizer splits it
    [InlineData("SPLM-IO", "SSDREBSIO")]                 // longer than Sudan's "SPLM"
    public void New_names_resolve(string phrase, string code)
    {
        var m = Assert.Single(ActorTestData.Mentions(phrase + " said."));
        Assert.Equal(code, m.Code.Value);
    }

    private static List<string> Events(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("orgs", text));
        return article.Events.Select(e => $"{e.Source.Code.Value} {(e.Target is { } t ? t.Code.Value : "-")} {e.Code.Digits}").ToList();
    }

    [Fact]
    public void A_new_armed_group_attacks_a_new_igo_mission()
        => Assert.Equal(["SOMREBHZI IGOAFRAFUMIL 190"], Events("Hizbul Islam fighters attacked AMISOM troops in Mogadishu."));

    [Fact]
    public void A_new_igo_mission_arrests_members_of_a_new_armed_group()
        => Assert.Equal(["IGOWSTNATMIL KSVREBKLA 173"], Events("KFOR troops arrested members of the Kosovo Liberation Army."));

    // "EFF" is the IMF's Extended Fund Facility as often as South Africa's Economic Freedom Fighters, "SLPP" two parties
    // (Sri Lanka, Sierra Leone), "PKR" the Pakistani rupee: the names are listed, the acronyms are not.
    [Theory]
    [InlineData("The EFF condemned the decision.")]
    [InlineData("The SLPP won the election.")]
    [InlineData("PKR said it would leave.")]
    public void Ambiguous_acronyms_left_out_stay_uncoded(string sentence)
        => Assert.Empty(ActorTestData.Mentions(sentence));

    [Fact]
    public void The_full_names_behind_left_out_acronyms_resolve()
    {
        Assert.Equal("ZAFPTYEFF", Assert.Single(ActorTestData.Mentions("The Economic Freedom Fighters said.")).Code.Value);
        Assert.Equal("LKAPTYSLP", Assert.Single(ActorTestData.Mentions("The Sri Lanka Podujana Peramuna said.")).Code.Value);
    }

    [Fact]
    public void A_malformed_organisation_line_is_rejected_with_file_and_line()
    {
        var text = string.Join("\n",
            "# armed groups",
            "SYRREBAHS | name: Ahrar al-Sham",
            "IRQREBKT | name: Kataib Hezbollah",          // 3: code not a multiple of three
            "MEXCRMSIN name: Sinaloa Cartel",              // 4: no '|'
            "SYRREBJIS | name: Ahrar al-Sham");            // 5: a name under two codes
        var ok = ActorDictionary.TryLoad([new ActorSource("actors/organisations.txt", text)], out var dictionary, out var problems);
        Assert.False(ok);
        Assert.Null(dictionary);
        var lines = problems.Select(p => p.ToString()).ToArray();
        Assert.Contains(lines, l => l.StartsWith("actors/organisations.txt:3: ", StringComparison.Ordinal) && l.Contains("multiple of three", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("actors/organisations.txt:4: ", StringComparison.Ordinal) && l.Contains("no '|'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("actors/organisations.txt:5: ", StringComparison.Ordinal) && l.Contains("already defined at actors/organisations.txt:2", StringComparison.Ordinal));
        Assert.Equal(3, problems.Count);
    }

    private static string[] ParsedMentions(string text)
    {
        var article = DefaultPipeline.Create().Process(new Article("orgs", text));
        return article.Mentions.Select(m => $"{m.Text}={m.Code.Value}").ToArray();
    }

    // "Democratic Party" (the US Democrats) inside a longer party name no dictionary lists: before, "Germany's Social
    // Democratic Party" was USAPTYDEM; now the head "Party" names a party of the country before it.
    [Theory]
    [InlineData("Germany's Social Democratic Party said it would leave the coalition.", "Germany's Social Democratic Party=DEUPTY")]
    [InlineData("The Christian Democratic Party won the election in Chile.", "Christian Democratic Party=CHLPTY")]
    public void A_name_inside_a_longer_unlisted_name_is_not_that_actor(string sentence, string expected)
    {
        var mentions = ParsedMentions(sentence);
        Assert.Contains(expected, mentions);
        Assert.DoesNotContain(mentions, m => m.EndsWith("=USAPTYDEM", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Democratic Party won the House.", "Democratic Party=USAPTYDEM")]
    [InlineData("U.S. Democratic Party leaders met in Washington.", "Democratic Party leaders=USAPTYDEM")]     // a country before it owns it
    [InlineData("On Tuesday Democratic Party leaders said they would vote.", "Democratic Party leaders=USAPTYDEM")] // a date
    [InlineData("The chairwoman of the Maryland Democratic Party said he worked hard.", "Democratic Party=USAPTYDEM")] // a state's branch
    public void The_name_itself_stands(string sentence, string expected)
        => Assert.Contains(expected, ParsedMentions(sentence));
}
