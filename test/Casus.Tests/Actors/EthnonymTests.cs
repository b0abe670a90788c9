using Casus.Actors;
using static Casus.Tests.Actors.ParsedSentence;

namespace Casus.Tests.Actors;

/// <summary>A state's adjective or name before an ethnonym (data/actors/ethnonyms.txt) names that state's people of
/// the ethnicity ("Bosnian Serbs" → BIHCVLSRB); a citizenship noun after an adjective of origin stays the second
/// state's ("Turkish Cypriots" → CYP).</summary>
public class EthnonymTests
{
    [Fact]
    public void A_state_adjective_before_an_ethnonym_is_where_the_people_live()
        => Assert.Equal(["Bosnian Serbs=BIHCVLSRB"], Code("Bosnian/ADJ/2/amod Serbs/PROPN/3/nsubj protested/VERB/0/root"));

    [Fact]
    public void A_state_name_counts_and_a_role_noun_keeps_its_role()
    {
        Assert.Equal(["Kosovo Albanians=KSVCVLALB"], Code("Kosovo/PROPN/2/compound Albanians/PROPN/3/nsubj protested/VERB/0/root"));
        Assert.Equal(["Bosnian Serb forces=BIHMILSRB"], Code("Bosnian/ADJ/3/amod Serb/ADJ/3/amod forces/NOUN/4/nsubj withdrew/VERB/0/root"));
    }

    [Fact]
    public void A_citizenship_noun_is_no_ethnonym()
        => Assert.DoesNotContain(Code("Turkish/ADJ/2/amod Cypriots/PROPN/3/nsubj protested/VERB/0/root"), s => s.Contains("CVLTUR", StringComparison.Ordinal));

    [Fact]
    public void An_ethnonym_alone_keeps_its_country()
        => Assert.Equal(["Serbs=SRBCVL"], Code("Serbs/PROPN/2/nsubj protested/VERB/0/root"));

    [Fact]
    public void The_shipped_list_and_bad_lines()
    {
        Assert.True(EthnonymWords.Default.IsEthnonym("Serbs"));
        Assert.False(EthnonymWords.Default.IsEthnonym("Cypriots"));
        var text = string.Join('\n',
            "# a comment",
            "ethnonym | serbs",
            "people | croats",                // 3: unknown kind
            "ethnonym | Albanians",           // 4: upper case
            "ethnonym | serbs",               // 5: repeats line 2
            "ethnonym");                      // 6: one field
        var list = EthnonymWords.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([3, 4, 5, 6], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Equal(1, list.Count);
    }
}
