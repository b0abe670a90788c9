using Casus.Actors;

namespace Casus.Tests.Actors.People;

/// <summary>
/// Term-ends files (docs/formats/actors.md "Ended terms"): end dates written by hand for the open terms of the
/// generated people file, applied when the dictionaries load and validated with file:line problems.
/// </summary>
public class PersonTermEndsTests
{
    private const string People = "DEUGOV | person: Anna Beispiel | from: 2021\nDEUGOV | person: Karl Muster | from: 2019 | until: 2022\n";

    private static (ActorDictionary? Dictionary, IReadOnlyList<ActorDictionaryProblem> Problems) Load(string ends)
    {
        ActorDictionary.TryLoad([new ActorSource("actors/people.txt", People), new ActorSource("x/people-term-ends.txt", ends)],
            out var dictionary, out var problems);
        return (dictionary, problems);
    }

    [Fact]
    public void An_end_line_closes_the_open_term_on_its_date()
    {
        var (dictionary, problems) = Load("DEUGOV | person: Anna Beispiel | until: 2025-05-06\n");
        Assert.Empty(problems);
        var anna = Assert.Single(dictionary!.Entries, e => e.Phrase == "Anna Beispiel");
        Assert.Equal(new DateOnly(2025, 5, 6), anna.ValidUntil);
        Assert.Equal(new DateOnly(2021, 1, 1), anna.ValidFrom);
        Assert.True(anna.IsValidOn(new DateOnly(2025, 5, 6)));
        Assert.False(anna.IsValidOn(new DateOnly(2025, 5, 7)));
        // The end line adds no entry of its own.
        Assert.Equal(2, dictionary.Entries.Count);
    }

    [Fact]
    public void An_end_leaves_the_later_term_of_a_return_to_office_open()
    {
        // The generated line holds the first term; a hand-written line the return to the same office after a gap.
        ActorDictionary.TryLoad([
            new ActorSource("actors/people.txt", People),
            new ActorSource("actors/people-notable.txt", "DEUGOV | person: Anna Beispiel | from: 2024-03-04\n"),
            new ActorSource("x/people-term-ends.txt", "DEUGOV | person: Anna Beispiel | until: 2023-08-14\n")],
            out var dictionary, out var problems);
        Assert.Empty(problems);
        var terms = dictionary!.Entries.Where(e => e.Phrase == "Anna Beispiel").OrderBy(e => e.ValidFrom).ToList();
        Assert.Equal(2, terms.Count);
        Assert.Equal(new DateOnly(2023, 8, 14), terms[0].ValidUntil);
        Assert.Null(terms[1].ValidUntil);
        Assert.False(terms.Any(t => t.IsValidOn(new DateOnly(2023, 12, 1))));
        Assert.True(terms[1].IsValidOn(new DateOnly(2025, 6, 1)));
    }

    [Theory]
    [InlineData("DEUGOV | person: Hans Niemand | until: 2025\n", "no person 'Hans Niemand' under DEUGOV")]
    [InlineData("FRAGOV | person: Anna Beispiel | until: 2025\n", "no person 'Anna Beispiel' under FRAGOV")]
    [InlineData("DEUGOV | person: Anna Beispiel | until: 2020-06-30\n", "is before the start of the term at actors/people.txt:1")]
    [InlineData("DEUGOV | person: Karl Muster | until: 2023\n", "has no open term to end")]
    [InlineData("DEUGOV | person: Anna Beispiel | from: 2021 | until: 2025\n", "'from:' does not belong")]
    [InlineData("DEUGOV | person: Anna Beispiel\n", "needs 'until:'")]
    [InlineData("DEU | name: Beispielland\n", "holds only 'person:' lines")]
    public void A_bad_end_line_is_a_problem_at_its_file_and_line(string ends, string message)
    {
        var (dictionary, problems) = Load("# comment\n" + ends);
        Assert.Null(dictionary);
        var problem = Assert.Single(problems);
        Assert.Equal("x/people-term-ends.txt", problem.Source);
        Assert.Equal(2, problem.Line);
        Assert.Contains(message, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_file_is_read_and_loads_without_problems()
    {
        Assert.Contains("actors/people-term-ends.txt", ActorSource.EmbeddedNames);
        var scholz = ActorDictionary.LoadEmbedded().Entries
            .Where(e => e.Source == "actors/people.txt" && e.Phrase == "Olaf Scholz");
        Assert.All(scholz, e => Assert.Equal(new DateOnly(2025, 5, 6), e.ValidUntil));
        Assert.NotEmpty(scholz);
    }

    private static string CodeOf(DateOnly date, string sentence, string mention)
    {
        var mentions = ActorTestData.Mentions(date, sentence);
        var m = mentions.FirstOrDefault(x => x.Text == mention) ?? throw new Xunit.Sdk.XunitException(
            $"no mention '{mention}' in: {string.Join(", ", ActorTestData.Show(mentions))}");
        return m.Code.Value;
    }

    [Theory]
    // In the term the generated line codes the government; more than 366 days after the end (within them the nearest
    // affiliation still holds, "Dates") only the country is left.
    [InlineData(2024, 6, "Justin Trudeau", "CANGOV")]
    [InlineData(2026, 6, "Justin Trudeau", "CAN")]     // ended 2025-03-14
    [InlineData(2023, 6, "Andrzej Duda", "POLGOV")]
    [InlineData(2026, 11, "Andrzej Duda", "POL")]      // ended 2025-08-06
    [InlineData(2024, 1, "Sheikh Hasina", "BGDGOV")]
    [InlineData(2026, 6, "Sheikh Hasina", "BGD")]      // ended 2024-08-05
    [InlineData(2026, 6, "Olaf Scholz", "DEU")]        // ended 2025-05-06
    [InlineData(2026, 6, "Najib Mikati", "LBN")]       // ended 2025-02-08
    [InlineData(2026, 6, "Ariel Henry", "HTI")]        // ended 2024-04-25
    [InlineData(2025, 6, "Petr Fiala", "CZEGOV")]
    [InlineData(2027, 1, "Petr Fiala", "CZE")]         // ended 2025-12-09
    [InlineData(2026, 11, "François Bayrou", "FRA")]   // a hand-written line's end: 2025-09-09
    // Returns to the same office: the generated first term ends, the hand-written later term holds.
    [InlineData(2025, 6, "Shehbaz Sharif", "PAKGOV")]
    [InlineData(2025, 6, "Kyriakos Mitsotakis", "GRCGOV")]
    public void An_ended_term_no_longer_codes_the_government(int year, int month, string name, string code)
        => Assert.Equal(code, CodeOf(new DateOnly(year, month, 1), name + " met the delegation.", name));
}
