using Casus.Actors;
using Casus.Tests.TestKit;

namespace Casus.Tests.Actors;

/// <summary>Hyphenated names (docs/formats/actors.md, "Hyphenated names"): the tokenizer splits "al-Qaeda" at its
/// hyphen (EWT), so the dictionary finds a name written so either way; a compound of ordinary words stays whole.</summary>
public class HyphenatedNameTests
{
    private static readonly ActorDictionary Small = ActorDictionary.Load([new ActorSource("t.txt", string.Join("\n",
        "IMGMOSALQ | name: al-Qaeda",
        "PAKREBLET | name: Lashkar-e-Taiba",
        "HTI | name: Haiti | seat: Port-au-Prince",
        "USA | name: U.S. | adj: U.S.-based"))]);

    private static (int Length, string? Phrase, string? Code) MatchAt(string sentence, int token)
    {
        var a = SimpleTokens.Article(sentence);
        int n = Small.Match(a, token, a.Tokens.Count, out var entries);
        return (n, n > 0 ? entries[0].Phrase : null, n > 0 ? entries[0].Code.Value : null);
    }

    [Fact]
    public void A_name_split_at_its_hyphen_is_found()
    {
        Assert.Equal((3, "al-Qaeda", "IMGMOSALQ"), MatchAt("the al - Qaeda network", 1));
        Assert.Equal((5, "Port-au-Prince", "HTI"), MatchAt("in Port - au - Prince", 1));
    }

    // The tokenizer keeps a hyphen after a prefix ("e", as in "e-mail"): "Lashkar-e-Taiba" reaches the stage as
    // "Lashkar" "-" "e-Taiba". Before, the split variant was "Lashkar - e - Taiba" and the group was never found.
    [Fact]
    public void A_name_with_a_prefixed_part_is_split_as_the_tokenizer_splits_it()
        => Assert.Equal((3, "Lashkar-e-Taiba", "PAKREBLET"), MatchAt("the Lashkar - e-Taiba group", 1));

    [Fact]
    public void A_name_kept_whole_is_still_found()
        => Assert.Equal((1, "al-Qaeda", "IMGMOSALQ"), MatchAt("the al-Qaeda network", 1));

    // "a U.S.-based group": the country alone, so that "-based" still reads as where an organisation sits.
    [Fact]
    public void A_compound_of_ordinary_words_is_not_split()
        => Assert.Equal((1, "U.S.", "USA"), MatchAt("a U.S. - based group", 1));

    [Theory]
    [InlineData("Guinea-Bissau", "Guinea|-|Bissau")]
    [InlineData("G-20", "G|-|20")]
    [InlineData("Port-au-Prince", "Port|-|au|-|Prince")]
    [InlineData("Asia-Pacific Economic Cooperation", "Asia|-|Pacific|Economic|Cooperation")]
    [InlineData("Lashkar-e-Taiba", "Lashkar|-|e-Taiba")]
    [InlineData("Hezb-e-Islami", "Hezb|-|e-Islami")]
    [InlineData("Anti-Defamation League", null)]
    [InlineData("state-owned", null)]
    [InlineData("Iranian-backed", null)]
    [InlineData("Syria", null)]
    public void Names_split_at_hyphens_whose_last_part_is_capitalised_or_a_number(string phrase, string? expected)
    {
        var split = PhraseWords.SplitHyphens(PhraseWords.Split(phrase));
        Assert.Equal(expected, split is null ? null : string.Join('|', split));
    }
}
