using static Casus.Tests.Actors.ActorTestData;

namespace Casus.Tests.Actors;

/// <summary>"President-elect Gabriel Boric of Chile" (docs/formats/actors.md, "Titles with -elect"): the tokenizer
/// splits "President-elect" at its hyphen; "-elect" belongs to the title, so the name after it is the title's holder
/// and not a bare "President" beside a separate name.</summary>
public class ElectTitleTests
{
    [Fact]
    public void A_title_with_elect_and_a_known_name_is_one_mention_of_the_person()
        => Assert.Equal(["Joe Biden=USAGOV", "President - elect Gabriel Boric=CHLGOV"],
            Code("Joe Biden called President - elect Gabriel Boric ."));

    [Fact]
    public void A_title_with_elect_keeps_its_of_phrase()
    {
        var shown = Code("Joe Biden called Prime Minister - elect Tomas Vell of Latvia .");
        Assert.Contains("Prime Minister - elect Tomas Vell of Latvia=LVAGOV", shown);
        Assert.DoesNotContain(shown, s => s.StartsWith("Prime Minister=", StringComparison.Ordinal));
    }

    // Without "elect" a hyphen after a title still ends it: "President - led talks" is no title of a person.
    [Fact]
    public void Another_word_after_the_hyphen_does_not_join()
        => Assert.DoesNotContain("President - elect", string.Join(" ", Code("The President - led talks with Joe Biden ended .")));
}

/// <summary>"President Ferdinand Marcos, Jr. of the Philippines" (docs/formats/actors.md, "Generational suffixes"): the
/// comma before "Jr." does not end the name, so its "of" phrase still gives the country.</summary>
public class GenerationalSuffixTests
{
    [Fact]
    public void A_suffix_after_a_comma_keeps_the_of_phrase()
        => Assert.Contains("President Jose Ramos , Jr. of the Philippines=PHLGOV",
            Code("Joe Biden met President Jose Ramos , Jr. of the Philippines ."));

    [Fact]
    public void A_comma_without_a_suffix_still_ends_the_name()
        => Assert.Contains("President Jose Ramos=---GOV",
            Code("Joe Biden met President Jose Ramos , Russia and the Philippines ."));
}

/// <summary>"Minister of External Affairs Subrahmanyam Jaishankar of India" (docs/formats/actors.md, "Portfolios"):
/// a capitalised portfolio after a capitalised title is part of it, so the holder and the "of" phrase after the name
/// stay in one phrase with the country.</summary>
public class PortfolioTitleTests
{
    [Fact]
    public void A_portfolio_then_a_name_then_the_country_is_one_mention()
        => Assert.Contains("Minister of External Affairs Tomas Vell of Latvia=LVAGOV",
            Code("Joe Biden met Minister of External Affairs Tomas Vell of Latvia ."));

    [Fact]
    public void A_portfolio_with_for_is_part_of_the_title()
        => Assert.Contains("Minister for Foreign Affairs Tomas Vell of Latvia=LVAGOV",
            Code("Joe Biden met Minister for Foreign Affairs Tomas Vell of Latvia ."));

    // A lower-case title is no office name: "the minister of the interior" keeps its old reading.
    [Fact]
    public void A_lower_case_title_takes_no_portfolio()
        => Assert.DoesNotContain("minister of Economy Tomas Vell", string.Join(" ", Code("Joe Biden met the minister of Economy Tomas Vell .")));
}

public class PortfolioTitleGroupTests
{
    // A plural head is a group of some body, not an office: "Ministers of Poland" stays with its own reading.
    [Fact]
    public void A_plural_head_takes_no_portfolio()
        => Assert.DoesNotContain("Leaders of Azadliq", string.Join(" ", Code("Leaders of Azadliq met Joe Biden .")));
}

public class PortfolioTitleBodyTests
{
    // "University of Chicago" is a body named for its place, not an office with a portfolio: the place still counts.
    [Fact]
    public void A_body_named_for_a_place_takes_no_portfolio()
        => Assert.DoesNotContain("University of Tomasville", string.Join(" ", Code("Joe Biden praised the University of Tomasville .")));

    [Fact]
    public void A_hyphenated_name_after_the_portfolio_stays_whole()
        => Assert.Contains("Minister of Defense Anna Kramp-Karrenbauer of Germany=DEUGOV",
            HyphenSplit("Joe Biden met Minister of Defense Anna Kramp-Karrenbauer of Germany ."));

    // "Prime Minister Tomas Chan-o-cha of Latvia": the parts after the hyphens, lower-case ones too, are the name's,
    // so its "of" phrase still joins.
    [Fact]
    public void A_name_split_at_its_hyphens_goes_on_to_its_of_phrase()
        => Assert.Contains("Prime Minister Tomas Chan-o-cha of Latvia=LVAGOV",
            HyphenSplit("Joe Biden met Prime Minister Tomas Chan-o-cha of Latvia ."));

    // A spaced dash is punctuation, not a hyphen inside a name.
    [Fact]
    public void A_spaced_dash_ends_the_name()
        => Assert.Contains("Prime Minister Tomas Vell=---GOV",
            Code("Joe Biden met Prime Minister Tomas Vell - of Latvia ."));

    // The tokenizer splits a hyphenated name at its hyphens (EWT); the test tokens keep it whole, so split them here.
    private static string[] HyphenSplit(string sentence)
    {
        var article = new Casus.Document.Article("test", sentence);
        article.AddSentence(0, sentence.Length);
        foreach (var (start, end) in Casus.Tests.TestKit.SimpleTokens.Split(sentence))
        {
            int from = start;
            for (int i = start; i < end; i++)
                if (sentence[i] == '-' && i > start && i < end - 1)
                {
                    article.AddToken(from, i);
                    article.AddToken(i, i + 1);
                    from = i + 1;
                }
            article.AddToken(from, end);
        }
        article.MarkFilled(Casus.Document.Annotations.Sentences | Casus.Document.Annotations.Tokens);
        Casus.Actors.ActorStage.CreateDefault().Process(article);
        return Show(article.Mentions);
    }
}
