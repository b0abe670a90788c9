using Casus.Actors;
using Casus.Actors.People;
using Casus.Document;
using Casus.Tests.TestKit;

namespace Casus.Tests.Actors.People;

/// <summary>Names written family name first ("Yoon Suk Yeol", "Li Qiang"): a title + the first word names the person,
/// a title + a given name names no one, and names of other countries, or of those countries but written given name
/// first ("John Lee"), keep their last word. On hand-built articles with the shipped countries and roles and a small
/// people list written here.</summary>
public class FamilyNameFirstTests
{
    private const string People =
        "KORGOV | person: Yoon Suk Yeol; Yoon Suk-yeol | from: 2022-05-10 | until: 2025-04-04\n" +
        "KORGOV | person: Moon Jae-in | from: 2017-05-10 | until: 2022-05-09\n" +
        "CHNGOV | person: Li Qiang | from: 2023-03-11\n" +
        "HKGGOV | person: John Lee | from: 2022-07-01\n" +
        "GBRLEG | person: Lee Anderson | from: 2019-12-12\n";

    private static readonly ActorStage Stage = new(ActorDictionary.Load(
        ActorSource.Embedded().Where(s => !s.Name.StartsWith("actors/people", StringComparison.Ordinal))
            .Append(new ActorSource("actors/people-test.txt", People))));

    private static IReadOnlyList<Mention> Run(DateOnly date, params string[] sentences)
    {
        var text = string.Join(" ", sentences);
        var article = new Article("test", text, new ArticleMetadata(Published: date));
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

    private static Mention Find(IReadOnlyList<Mention> mentions, string text)
        => mentions.FirstOrDefault(m => m.Text == text) ?? throw new Xunit.Sdk.XunitException(
            $"no mention '{text}' in: {string.Join(", ", mentions.Select(m => m.Text + "=" + m.Code))}");

    private static readonly DateOnly In2023 = new(2023, 6, 1);

    [Fact]
    public void A_title_and_the_first_word_of_a_family_name_first_name_name_the_person()
    {
        var m = Run(In2023, "President Yoon met Premier Li in Beijing.");
        Assert.Equal("KORGOV", Find(m, "President Yoon").Code.Value);
        Assert.Contains(Find(m, "President Yoon").Evidence, e => e.StartsWith("title + surname", StringComparison.Ordinal));
        Assert.Equal("CHNGOV", Find(m, "Premier Li").Code.Value);
        // A hyphenated given name is not the family name either: "Moon Jae-in" is President Moon.
        Assert.Equal("KORGOV", Find(Run(new DateOnly(2019, 6, 1), "President Moon spoke."), "President Moon").Code.Value);
    }

    [Fact]
    public void A_title_and_a_given_name_name_no_one()
    {
        var m = Run(In2023, "President Yeol spoke.", "Premier Qiang spoke.");
        Assert.Equal("---GOV", Find(m, "President Yeol").Code.Value);
        Assert.Equal("---GOV", Find(m, "Premier Qiang").Code.Value);
    }

    [Fact]
    public void Names_written_given_name_first_keep_their_last_word()
    {
        // "John" is no family name: John Lee of Hong Kong is Mr. Lee.
        Assert.Equal("HKGGOV", Find(Run(In2023, "Mr. Lee spoke."), "Mr. Lee").Code.Value);
        // "Lee" is a family name of the listed countries, but Lee Anderson is British: Mr Anderson, not Mr Lee.
        var directory = PersonDirectory.Create(ActorDictionary.Load([new ActorSource("actors/people-test.txt", People)]));
        var anderson = Assert.Single(directory.People, p => p.Name == "Lee Anderson");
        Assert.Equal("Anderson", anderson.Surname);
        Assert.Equal("Yoon", Assert.Single(directory.People, p => p.Name == "Yoon Suk Yeol").Surname);
        Assert.Equal("Lee", Assert.Single(directory.People, p => p.Name == "John Lee").Surname);
    }

    [Fact]
    public void The_list_is_validated_with_file_and_line()
    {
        var text = string.Join('\n',
            "# a comment",
            "country | KOR",
            "family | Kim",
            "country | Korea",                // 4: not a code
            "family | kim",                   // 5: lower case
            "family | Kim",                   // 6: repeats line 3
            "family | O",                     // 7: one letter
            "surname | Park");                // 8: unknown kind
        var list = FamilyNameOrder.Load(new StringReader(text), "test.txt", out var errors);
        Assert.Equal([4, 5, 6, 7, 8], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("test.txt", e.File));
        Assert.Equal(1, list.CountryCount);
        Assert.Equal(1, list.FamilyCount);
        Assert.True(FamilyNameOrder.Default.FamilyCount > 100);
    }
}
