using Casus.Actors;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Actors;

public class ActorDictionaryMatchTests
{
    private static readonly ActorDictionary Small = ActorDictionary.Load([new ActorSource("t.txt", string.Join("\n",
        "USA | name: US; U.S.; United States; United States of America",
        "TUR | name: Turkey",
        "GBR | name: United Kingdom",
        "GOV | head: government"))]);

    private static (int Length, string? Phrase) MatchAt(string sentence, int token)
    {
        var a = SimpleTokens.Article(sentence);
        int n = Small.Match(a, token, a.Tokens.Count, out var entries);
        return (n, n > 0 ? entries[0].Phrase : null);
    }

    [Theory]
    [InlineData("Let US in", 1, 1)]
    [InlineData("let us in", 1, 0)]
    [InlineData("the U.S. said", 1, 1)]
    public void All_capital_entries_match_only_themselves(string sentence, int token, int expected)
        => Assert.Equal(expected, MatchAt(sentence, token).Length);

    [Theory]
    [InlineData("Turkey said", 0, 1)]
    [InlineData("TURKEY SAID", 0, 1)]
    [InlineData("turkey is served", 0, 0)]
    [InlineData("Ate turkey", 1, 0)]
    public void Capitalised_entries_need_the_capital_or_a_headline(string sentence, int token, int expected)
        => Assert.Equal(expected, MatchAt(sentence, token).Length);

    [Fact]
    public void Lower_case_entries_match_any_case()
    {
        Assert.Equal(1, MatchAt("Government said", 0).Length);
        Assert.Equal(1, MatchAt("the GOVERNMENT said", 1).Length);
    }

    [Fact]
    public void Longest_match_wins()
    {
        Assert.Equal((4, "United States of America"), MatchAt("the United States of America said", 1));
        Assert.Equal((2, "United States"), MatchAt("the United States said", 1));
        Assert.Equal((0, null), MatchAt("the United Nations said", 1));
    }

    [Fact]
    public void Pos_tags_veto_capitalised_entries_on_function_words()
    {
        var a = SimpleTokens.Article("LET US GO");
        Assert.Equal(1, Small.Match(a, 1, 3, out _));
        a.SetMorphology(1, Upos.PRON, "PRP", "we");
        Assert.Equal(0, Small.Match(a, 1, 3, out _));
    }

    [Fact]
    public void Lemmas_are_tried_when_the_text_matches_nothing()
    {
        var a = SimpleTokens.Article("the governmentz said");
        Assert.Equal(0, Small.Match(a, 1, 3, out _));
        a.SetMorphology(1, Upos.NOUN, "NN", "government");
        Assert.Equal(1, Small.Match(a, 1, 3, out _));
    }

    // "peoples" begins "Peoples Democratic Party" (Nigeria); before, that trie path hid the lemma "people", so "the
    // Japanese peoples" was no longer civilians once the party was listed.
    [Fact]
    public void Lemmas_are_tried_when_the_text_begins_a_longer_phrase_only()
    {
        var d = ActorDictionary.Load([new ActorSource("t.txt", string.Join("\n",
            "NGAPTYPDP | name: Peoples Democratic Party",
            "CVL | head: people"))]);
        var a = SimpleTokens.Article("the peoples said");
        a.SetMorphology(1, Upos.NOUN, "NNS", "people");
        Assert.Equal(1, d.Match(a, 1, 3, out var entries));
        Assert.Equal("people", entries[0].Phrase);
        var b = SimpleTokens.Article("the Peoples Democratic Party said");
        b.SetMorphology(1, Upos.PROPN, "NNPS", "people");
        Assert.Equal(3, d.Match(b, 1, 5, out entries));
        Assert.Equal("NGAPTYPDP", entries[0].Code.Value);
    }
    // The article of one sentence with the tokens given as [start, end) ranges, for splits SimpleTokens does not make.
    private static Article Tokenised(string text, params (int Start, int End)[] tokens)
    {
        var a = new Article("test", text, new ArticleMetadata());
        a.AddSentence(0, text.Length);
        foreach (var (start, end) in tokens) a.AddToken(start, end);
        a.MarkFilled(Annotations.Sentences | Annotations.Tokens);
        return a;
    }

    [Fact]
    public void A_country_abbreviation_written_against_a_currency_sign_is_the_currency()
    {
        // "pledged US$180 million": US is the dollar's prefix, no actor.
        var joined = Tokenised("pledged US$180 million", (0, 7), (8, 10), (10, 11), (11, 14), (15, 22));
        Assert.Equal(0, Small.Match(joined, 1, joined.Tokens.Count, out _));
        // "the US $500 million package": apart, it may be the country's.
        var apart = Tokenised("the US $500 million package", (0, 3), (4, 6), (7, 8), (8, 11), (12, 19), (20, 27));
        Assert.Equal(1, Small.Match(apart, 1, apart.Tokens.Count, out _));
    }
    [Theory]
    [InlineData("the United States Agreement", 1, 0)]   // a country before a capitalised accord noun names the accord
    [InlineData("the Turkey Process began", 1, 0)]
    [InlineData("the Turkey summit began", 1, 1)]      // lower case: a meeting in the place, the place stays
    [InlineData("Turkey agreed", 0, 1)]
    public void A_place_written_before_an_accord_noun_is_part_of_the_accord_name(string sentence, int token, int expected)
        => Assert.Equal(expected, MatchAt(sentence, token).Length == 0 ? 0 : 1);
}
