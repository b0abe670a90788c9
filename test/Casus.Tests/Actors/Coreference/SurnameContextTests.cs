using Casus.Actors;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Actors.Coreference;

/// <summary>A title + surname that two people in office carry: the context picks one by country (phrase, publisher,
/// sentence, the article's most-named country) or nobody; and a bare title on a government's own site is its own
/// holder's. On hand-built articles with the shipped countries and roles and a small people list written here.</summary>
public class SurnameContextTests
{
    private const string People =
        "USAGOV | person: Kamala Harris | from: 2021-01-20 | until: 2025-01-20\n" +
        "IRLGOV | person: Simon Harris | from: 2024-04-09\n" +
        "USAGOV | person: Joe Biden | from: 2021-01-20 | until: 2025-01-20\n" +
        "UKRGOV | person: Volodymyr Zelensky | from: 2019-05-20\n" +
        "KENGOV | person: William Ruto | from: 2022-09-13\n";

    private static readonly ActorStage Stage = new(ActorDictionary.Load(
        ActorSource.Embedded().Where(s => !s.Name.StartsWith("actors/people", StringComparison.Ordinal))
            .Append(new ActorSource("actors/people-test.txt", People))));

    private static readonly DateOnly Both = new(2024, 6, 2);
    private const string WhiteHouse = "https://www.whitehouse.gov/briefing-room/statements-releases/x/";

    private static IReadOnlyList<Mention> Run(string? url, DateOnly date, params string[] sentences)
    {
        var text = string.Join(" ", sentences);
        var article = new Article("test", text, new ArticleMetadata(Published: date, Url: url));
        int offset = 0;
        foreach (var sentence in sentences)
        {
            article.AddSentence(offset, offset + sentence.Length);
            foreach (var (start, end) in SimpleTokens.Split(sentence)) article.AddToken(offset + start, offset + end);
            offset += sentence.Length + 1;
        }
        article.MarkFilled(Annotations.Sentences | Annotations.Tokens);
        Stage.Process(article);
        return article.Mentions;
    }

    private static Mention Find(IReadOnlyList<Mention> mentions, int sentence, string text)
        => mentions.FirstOrDefault(m => m.Sentence == sentence && m.Text == text) ?? throw new Xunit.Sdk.XunitException(
            $"no mention '{text}' in: {string.Join(", ", mentions.Select(m => m.Sentence + ":" + m.Text + "=" + m.Code))}");

    private static bool ByTitleAndSurname(Mention m) => m.Evidence.Any(e => e.StartsWith("title + surname", StringComparison.Ordinal));

    [Fact]
    public void Without_context_two_namesakes_in_office_take_neither()
    {
        var vp = Find(Run(null, Both, "Vice President Harris spoke."), 0, "Vice President Harris");
        Assert.False(ByTitleAndSurname(vp), string.Join(" // ", vp.Evidence));
        Assert.Equal("---GOV", vp.Code.Value);
        // Before Simon Harris took office the surname was Kamala Harris's alone.
        Assert.Equal("USAGOV", Find(Run(null, new DateOnly(2023, 6, 1), "Vice President Harris spoke."), 0, "Vice President Harris").Code.Value);
    }

    [Fact]
    public void The_publisher_s_country_picks_its_own_officeholder()
    {
        var vp = Find(Run(WhiteHouse, Both, "Vice President Harris met President Ruto of Kenya."), 0, "Vice President Harris");
        Assert.Equal("USAGOV", vp.Code.Value);
        Assert.Contains("title + surname: of the 2 'Harris' in office on 2024-06-02, only one is of the publisher's country (USA)", vp.Evidence);
    }

    [Fact]
    public void The_phrase_s_country_comes_before_the_publisher_s()
    {
        var pm = Find(Run(WhiteHouse, Both, "Irish Prime Minister Harris spoke."), 0, "Irish Prime Minister Harris");
        Assert.Equal("IRLGOV", pm.Code.Value);
        Assert.Contains(pm.Evidence, e => e.EndsWith("only one is of the phrase's country (IRL)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_that_names_one_namesake_s_country_picks_it_and_one_naming_both_picks_neither()
    {
        var one = Find(Run(null, Both, "Prime Minister Harris spoke in Ireland."), 0, "Prime Minister Harris");
        Assert.Equal("IRLGOV", one.Code.Value);
        Assert.Contains(one.Evidence, e => e.EndsWith("only one is of a country the sentence names (IRL)", StringComparison.Ordinal));
        var both = Find(Run(null, Both, "Prime Minister Harris spoke of Ireland and the United States."), 0, "Prime Minister Harris");
        Assert.False(ByTitleAndSurname(both), string.Join(" // ", both.Evidence));
    }

    [Fact]
    public void The_article_s_most_named_country_picks_only_when_it_is_one()
    {
        var m = Run(null, Both, "Ireland held elections.", "Ireland counted the votes.", "Kenya sent observers.", "Prime Minister Harris spoke.");
        Assert.Equal("IRLGOV", Find(m, 3, "Prime Minister Harris").Code.Value);
        var tie = Run(null, Both, "Ireland held elections.", "The United States sent observers.", "Prime Minister Harris spoke.");
        Assert.False(ByTitleAndSurname(Find(tie, 2, "Prime Minister Harris")));
    }

    [Fact]
    public void The_bare_title_after_the_resolved_name_takes_its_code()
    {
        var m = Run(WhiteHouse, Both, "Vice President Harris met President Ruto of Kenya in Nairobi.", "The Vice President praised Kenya.");
        var bare = Find(m, 1, "Vice President");
        Assert.Equal("USAGOV", bare.Code.Value);
        Assert.Contains(bare.Evidence, e => e.StartsWith("coreference: 'Vice President' → 'Harris'", StringComparison.Ordinal));
    }

    [Fact]
    public void On_a_government_site_the_bare_title_is_its_own_holder_s_however_often_the_guest_is_named()
    {
        string[] text =
        [
            "President Biden will meet President Zelensky at the White House.",
            "President Zelensky will also meet the Vice President.",
            "The President will emphasize his support.",
        ];
        Assert.Equal("USAGOV", Find(Run(WhiteHouse, Both, text), 2, "President").Code.Value);
        // Elsewhere the most-named holder of the title is the story's.
        Assert.Equal("UKRGOV", Find(Run(null, Both, text), 2, "President").Code.Value);
    }
}
