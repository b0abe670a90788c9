using Casus.Actors;
using static Casus.Tests.Actors.ActorTestData;

namespace Casus.Tests.Actors;

/// <summary>Misspelt country names and demonyms read as their country, and the words that must not be
/// (docs/formats/actors.md, "Misspelt country names").</summary>
public class CountrySpellingTests
{
    [Theory]
    // A dropped, added, doubled or swapped letter; a vowel for a vowel.
    [InlineData("Ethopia has agreed to reopen its borders.", "Ethopia=ETH")]
    [InlineData("The president rejected an offer from Afganistan for talks.", "Afganistan=AFG")]
    [InlineData("The Phillippines military broke the ceasefire.", "Phillippines military=PHLMIL")]
    [InlineData("Quatar launched a mediation effort.", "Quatar=QAT")]
    [InlineData("Isreali troops entered the town.", "Isreali troops=ISRMIL")]
    [InlineData("The talks were held in Austrailia on Monday.", "Austrailia=AUS")]
    [InlineData("Afghanastan and Pakistan signed a deal.", "Afghanastan=AFG")]
    public void A_name_one_slip_from_one_country_is_that_country(string sentence, string expected)
        => Assert.Contains(expected, Code(sentence));

    [Fact]
    public void The_evidence_says_what_was_read()
    {
        var mention = Assert.Single(Mentions("Ethopia has agreed to reopen its borders."));
        Assert.Contains(mention.Evidence, e => e.Contains("Ethiopia (read for 'Ethopia', one slip)"));
    }

    [Theory]
    // One slip from two countries (Iran and Iraqi; Niger and Nigeria): no reading.
    [InlineData("Irani spoke to reporters.")]
    [InlineData("Nigera signed the accord.")]
    // Short words are each other's neighbours; lower-case and all-capital words are not names.
    [InlineData("Chila signed the accord.")]
    [InlineData("The ethopia project stalled.")]
    [InlineData("ETHOPIA signed the accord.")]
    // A first name, a person of the dictionaries, a place of the gazetteer, a word of another actor phrase.
    [InlineData("Marian met the minister.")]
    // A consonant for another letter makes another word; the plural of a known name is that name's plural.
    [InlineData("The leaders met in Palawan.")]
    [InlineData("The institute of Standards will partner with Japan.")]
    [InlineData("The leaders committed to cooperation in the Americas.")]
    // A changed ending is another form of a word; a word inside a longer name belongs to the name.
    [InlineData("The ship sailed into Antarctic waters.")]
    [InlineData("Giorgia Meloni met the minister.")]
    [InlineData("Students at Kenyon College protested.")]
    [InlineData("The storm hit the island of Grand Bahama.")]
    [InlineData("The mayor of Indiana spoke.")]
    public void Other_words_are_no_misspelt_country(string sentence)
        => Assert.DoesNotContain(Mentions(sentence), m => m.Evidence.Any(e => e.Contains("(read for")));

    [Theory]
    [InlineData("ethopia", "ethiopia", 1)]
    [InlineData("isreal", "israel", 1)]   // a swap is one edit
    [InlineData("afganistan", "afghanistan", 1)]
    [InlineData("austria", "australia", 2)]
    [InlineData("iran", "iraq", 1)]
    public void Distance_counts_edits_and_swaps(string a, string b, int expected)
        => Assert.Equal(expected, CountrySpelling.Distance(a, b, 3));

    [Theory]
    [InlineData("ethopia", "ethiopia", true)]      // a letter left out
    [InlineData("quatar", "qatar", true)]          // a letter added
    [InlineData("phillippines", "philippines", true)] // a letter doubled
    [InlineData("isreali", "israeli", true)]       // a swap
    [InlineData("afghanestan", "afghanistan", true)] // a vowel for a vowel
    [InlineData("palawan", "palauan", false)]      // a consonant for a vowel
    [InlineData("americas", "american", false)]    // a consonant for a consonant
    [InlineData("ethiopia", "ethiopia", false)]    // no slip at all
    [InlineData("etiopa", "ethiopia", false)]      // two slips
    [InlineData("antarctic", "antarctica", false)] // the ending changed
    [InlineData("israle", "israel", false)]        // the last letter swapped
    public void A_slip_keeps_the_consonants(string a, string b, bool expected)
        => Assert.Equal(expected, CountrySpelling.IsSlip(a, b));

    [Fact]
    public void Distance_stops_above_the_limit()
        => Assert.Equal(2, CountrySpelling.Distance("bahrain", "ethiopia", 1));
}
