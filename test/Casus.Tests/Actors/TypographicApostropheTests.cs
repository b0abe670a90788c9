using Casus.Actors;
using Casus.Tests.TestKit;

namespace Casus.Tests.Actors;

/// <summary>Names set with a typographic apostrophe (docs/formats/actors.md, "Apostrophes"): news writes
/// "People’s Republic of China", the dictionaries "People's"; the curly one must not stop the match and leave the
/// tail ("Republic of China") to name another country.</summary>
public class TypographicApostropheTests
{
    private static readonly ActorDictionary Small = ActorDictionary.Load([new ActorSource("t.txt", string.Join("\n",
        "CHN | name: People's Republic of China",
        "TWN | name: Republic of China",
        "NZLGOV | person: Damien O'Connor"))]);

    private static (int Length, string? Code) MatchAt(string sentence, int token)
    {
        var a = SimpleTokens.Article(sentence);
        int n = Small.Match(a, token, a.Tokens.Count, out var entries);
        return (n, n > 0 ? entries[0].Code.Value : null);
    }

    [Theory]
    [InlineData("urged the People’s Republic of China to act")]
    [InlineData("urged the People's Republic of China to act")]
    public void A_curly_possessive_matches_the_straight_one_of_the_dictionary(string sentence)
        => Assert.Equal((5, "CHN"), MatchAt(sentence, 2));

    [Fact]
    public void The_tail_alone_is_still_its_own_country()
        => Assert.Equal((3, "TWN"), MatchAt("the Republic of China", 1));

    [Fact]
    public void A_curly_apostrophe_inside_a_capitalised_word_passes_the_case_rule()
        => Assert.Equal((2, "NZLGOV"), MatchAt("Minister Damien O’Connor said", 1));

    [Fact]
    public void Other_words_still_differ()
        => Assert.Equal((0, null), MatchAt("the People’s Front of China", 1));
}
