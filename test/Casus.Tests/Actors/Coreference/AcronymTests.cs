using static Casus.Tests.Actors.ActorTestData;

namespace Casus.Tests.Actors.Coreference;

/// <summary>Acronyms an article defines in parentheses, and capitalised political fronts
/// (docs/formats/actors.md, "Acronyms an article defines" and "Parties and fronts").</summary>
public class AcronymTests
{
    [Fact]
    public void A_defined_acronym_later_takes_the_names_code()
    {
        var shown = Code("The Rwandan Patriotic Front (RPF) rejected the plan.", "Later the RPF criticized the minister.");
        Assert.Contains("Rwandan Patriotic Front=RWAPTY", shown);
        Assert.Equal(2, shown.Count(s => s == "RPF=RWAPTY")); // the one in parentheses and the later one
    }

    [Fact]
    public void The_evidence_names_the_definition()
    {
        var later = Mentions("The Rwandan Patriotic Front (RPF) rejected the plan.", "The RPF met.").Last();
        Assert.Equal("RPF", later.Text);
        Assert.StartsWith("acronym: 'RPF' → 'Rwandan Patriotic Front' (sentence 0)", later.Evidence[0]);
    }

    [Fact]
    public void An_acronym_before_its_definition_or_never_defined_stays_uncoded()
    {
        var shown = Code("The RPF met.", "The Rwandan Patriotic Front (RPF) rejected the plan.");
        Assert.Equal(1, shown.Count(s => s.StartsWith("RPF=", StringComparison.Ordinal))); // only the one in parentheses
        Assert.DoesNotContain(Code("The Rwandan Patriotic Front rejected the plan.", "The RPF met."),
            s => s.StartsWith("RPF=", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acronym_the_dictionary_codes_keeps_its_own_code()
    {
        // "NATO" is a dictionary name: the parenthesised definition does not override it later.
        var shown = Code("The Syrian National Council (NATO) met.", "NATO condemned the attack.");
        Assert.Contains(shown, s => s.StartsWith("NATO=IGO", StringComparison.Ordinal));
        Assert.DoesNotContain(shown, s => s.StartsWith("NATO=SYR", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_in_parentheses_that_is_no_acronym_teaches_nothing()
    {
        var shown = Code("The Rwandan Patriotic Front (Lagos) rejected the plan.", "The RPF met.");
        Assert.DoesNotContain(shown, s => s.StartsWith("RPF=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("RPF", "Rwandan Patriotic Front", true)]
    [InlineData("RPF", "The Rwandan Patriotic Front", true)]
    [InlineData("USCG", "U.S. Coast Guard", true)]
    [InlineData("AUKUS", "United States partnership", false)]
    [InlineData("FIS", "Islamic Salvation Front", false)]
    [InlineData("INL", "Bureau of International Narcotics and Law Enforcement Affairs", true)]
    [InlineData("FPR", "Rwandan Patriotic Front", false)]
    public void The_acronym_must_spell_the_names_capitals(string acronym, string name, bool expected)
        => Assert.Equal(expected, Casus.Actors.Coreference.AcronymPass.SpellsOut(acronym, name));

    [Fact]
    public void An_acronym_of_a_longer_name_than_the_mention_teaches_nothing()
    {
        // Only "Kenyan Patriotic Front" is a mention; "KRPF" is not its acronym.
        var shown = Code("The Kenyan Patriotic Front (KRPF) met.", "The KRPF rejected the plan.");
        Assert.DoesNotContain(shown, s => s.StartsWith("KRPF=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Rwandan Patriotic Front rejected the plan.", "Rwandan Patriotic Front=RWAPTY")]
    [InlineData("The Islamic Salvation Front won the vote.", "Islamic Salvation Front=---PTY")]
    [InlineData("The French National Front won the vote.", "French National Front=FRAPTY")]
    public void A_capitalised_political_front_is_a_party(string sentence, string expected)
        => Assert.Contains(expected, Code(sentence));

    [Theory]
    [InlineData("Progress on the national front was slow.")]
    [InlineData("The cold front reached the coast.")]
    [InlineData("Troops held the Western Front.")]
    public void Other_fronts_are_no_party(string sentence)
        => Assert.DoesNotContain(Code(sentence), s => s.EndsWith("PTY", StringComparison.Ordinal));
}
