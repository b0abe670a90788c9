using Casus.Actors;
using Casus.Coding;
using Casus.Coding.Verbs;
using Casus.Tests.TestKit;

namespace Casus.Tests.Coding;

/// <summary>Who attacks decides between CAMEO 18 (unconventional violence) and 19 (conventional military force) where
/// the verb names no weapon (data/verbs/source_kinds.txt). Sentences written for these tests.</summary>
public class SourceKindsTests
{
    private static SourceKinds Load(string text, out List<DataFileError> errors)
        => SourceKinds.Load(new StringReader(text), "test.txt", CameoCatalog.Default, out errors);

    private static VerbPattern Pattern(string lemma, string words) =>
        VerbDictionary.LoadDefault().Patterns.First(p => p.Lemma == lemma && p.PatternText.StartsWith(lemma + " " + words, StringComparison.Ordinal));

    [Theory]
    // Gunmen, assailants and gangs have no military force: their attacks and killings are 18.
    [InlineData("[Gunmen|UAF] killed [the journalist|MED] .", "UAF MED 1823")]
    [InlineData("[Gunmen|NGAUAF] attacked [the village|CVL] .", "NGAUAF CVL 180")]
    [InlineData("[Assailants|UAF] shot dead [the mayor|GOV] .", "UAF GOV 1823")]
    [InlineData("[A gang|CRM] attacked [the police station|COP] .", "CRM COP 180")]
    [InlineData("[Gunmen|UAF] opened fire on [worshippers|CVL] .", "UAF CVL 180")]
    // A civilian has no military force: a killing or attack by one is unconventional violence, 180 where the means
    // are unsaid; a crowd's attack stays a riot.
    [InlineData("[A man|USACVL] killed [a woman|CVL] .", "USACVL CVL 180")]
    [InlineData("[Villagers|CVL] attacked [the soldiers|MIL] .", "CVL MIL 180")]
    [InlineData("[A crowd|CVL] attacked [the embassy|GOV] .", "CVL GOV 145")]
    // Armed forces and organised rebels fight with conventional force: 19.
    [InlineData("[Troops|SYRMIL] killed [the militants|REB] .", "SYRMIL REB 190")]
    [InlineData("[The rebels|REB] attacked [the army|MIL] .", "REB MIL 190")]
    [InlineData("[Soldiers|MIL] shot dead [a protester|OPP] .", "MIL OPP 193")]
    // No non-state attacker has aircraft: its bombing is non-military (183); a state's is aerial (195).
    [InlineData("[The rebels|REB] bombed [the market|CVL] .", "REB CVL 183")]
    [InlineData("[Warplanes|RUSMIL] bombed [the town|CVL] .", "RUSMIL CVL 195")]
    // A weapon the entry names keeps its code; so does an exchange of fire between armed sides.
    [InlineData("[Gunmen|UAF] exchanged fire with [the police|COP] .", "UAF COP 193")]
    // The attacker's phrase or the act may say how: a suicide attack is 1831, a terrorist's attack 180 even by rebels.
    [InlineData("[A suicide bomber|UAF] attacked [a mosque|REL] .", "UAF REL 1831")]
    [InlineData("[The terrorists|REB] attacked [the hotel|BUS] .", "REB BUS 180")]
    // An attacker that is a bomb: a roadside bomb 1833, any other bomb 183.
    [InlineData("[A roadside bomb|UAF] killed [two soldiers|MIL] .", "UAF MIL 1833")]
    [InlineData("[A bomb|AFGUAF] hit [the market|CVL] .", "AFGUAF CVL 183")]
    // Under a threat the framed act and the attacker decide: 1383 unconventional, 1384 conventional.
    [InlineData("[Gunmen|UAF] threatened to kill [the journalist|MED] .", "UAF MED 1383")]
    [InlineData("[The rebels|REB] threatened to bomb [the capital|KEN] .", "REB KEN 1383")]
    [InlineData("[North Korea|PRK] threatened to strike [Guam|USA] .", "PRK USA 1384")]
    // Workers, unions and teachers strike by stopping work: a threat of protest (133), not of attack.
    [InlineData("[The unions|LAB] threatened to strike .", "LAB - 133")]
    [InlineData("[Teachers|EDU] threatened to strike .", "EDU - 133")]
    // A crowd that wrecks, storms or attacks is rioting (145, Protest violently, riot); soldiers doing the same are not.
    [InlineData("[Protesters|OPP] torched [the police station|COP] .", "OPP COP 145")]
    [InlineData("[Demonstrators|OPP] stormed the embassy of [Israel|ISR] .", "OPP ISR 145")]
    [InlineData("[The mob|CVL] attacked [the journalists|MED] .", "CVL MED 145")]
    [InlineData("[Soldiers|MIL] torched [the police station|COP] .", "MIL COP 1712")]
    public void The_attacker_decides_the_root(string markup, string expected)
    {
        Assert.Contains(expected, CodingTestKit.Code(markup));
    }

    // Words name a kind only where they stand: rebels whose phrase says nothing of terror stay conventional.
    [Fact]
    public void A_kind_with_words_needs_one_of_them()
    {
        var list = Load("kind terror REB terrorist\nterror 190 180 attack\n", out var errors);
        Assert.Empty(errors);
        var attack = Pattern("attack", "<obj>");
        Assert.Equal("180", list.Find(CameoCode.Parse("190"), attack, ActorCode.Parse("---REB"), "a terrorist attacked")!.Value.Code.Digits);
        Assert.Null(list.Find(CameoCode.Parse("190"), attack, ActorCode.Parse("---REB"), "the rebels attacked"));
        Assert.Null(list.Find(CameoCode.Parse("190"), attack, ActorCode.Parse("---REB"), "counterterrorist forces attacked"));
    }

    // An opposition party is OPP too, but only a crowd's phrase names a riot.
    [Fact]
    public void An_opposition_party_storming_is_no_riot()
    {
        Assert.Contains("OPP ISR 171", CodingTestKit.Code("[The opposition party|OPP] stormed the embassy of [Israel|ISR] ."));
    }

    [Fact]
    public void The_embedded_list_moves_a_gunmans_killing_to_18_and_leaves_a_soldiers()
    {
        var kill = Pattern("kill", "<obj>");
        var found = SourceKinds.Default.Find(CameoCode.Parse("190"), kill, ActorCode.Parse("---UAF"));
        Assert.Equal("1823", found!.Value.Code.Digits);
        Assert.Null(SourceKinds.Default.Find(CameoCode.Parse("190"), kill, ActorCode.Parse("SYRMIL")));
        // A state organ in the code wins over an irregular role beside it.
        Assert.Null(SourceKinds.Default.Find(CameoCode.Parse("190"), kill, ActorCode.Parse("SYRMILUAF")));
        // A framed act ("threatened to kill", 138) is not the verb's own code and is left alone.
        Assert.Null(SourceKinds.Default.Find(CameoCode.Parse("138"), kill, ActorCode.Parse("---UAF")));
    }

    // "shoot+dead" is "shoot dead <obj>" only: plain "shoot <obj>" falls to the line for "shoot".
    [Fact]
    public void A_lemma_with_a_word_applies_only_to_entries_with_that_word()
    {
        var list = Load("kind irregular UAF\nirregular 193 1823 shoot+dead\nirregular 193 180 shoot\n", out var errors);
        Assert.Empty(errors);
        Assert.Equal("1823", list.Find(CameoCode.Parse("193"), Pattern("shoot", "dead"), ActorCode.Parse("UAF"))!.Value.Code.Digits);
        Assert.Equal("180", list.Find(CameoCode.Parse("193"), Pattern("shoot", "<obj>"), ActorCode.Parse("UAF"))!.Value.Code.Digits);
    }

    [Theory]
    [InlineData("kind irregular UAF\nirregular 190 999 kill\n", "code")]
    [InlineData("kind irregular UAF\nnobody 190 180 kill\n", "kind")]
    [InlineData("kind irregular uaf\n", "codes")]
    [InlineData("kind irregular UAF\nkind irregular CRM\n", "kind")]
    [InlineData("kind irregular UAF\nirregular 190 180\n", "line")]
    [InlineData("kind irregular UAF\nirregular 190 180 Kill\n", "lemmas")]
    [InlineData("kind irregular UAF\nirregular 190 180 kill|kill\n", "lemmas")]
    [InlineData("kind terror REB Terror\n", "words")]
    public void A_bad_line_is_an_error_with_its_line(string text, string field)
    {
        Load(text, out var errors);
        var e = Assert.Single(errors);
        Assert.Equal(field, e.Field);
        Assert.Equal("test.txt", e.File);
        Assert.Equal(text.Count(c => c == '\n'), e.Line);
    }
}
