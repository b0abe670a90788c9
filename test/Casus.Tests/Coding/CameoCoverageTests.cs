using Casus.Coding;
using Casus.Coding.Verbs;
using Casus.Document;
using Xunit.Abstractions;

namespace Casus.Tests.Coding;

/// <summary>
/// The coverage audit: test/Casus.Tests/Data/cameo_coverage.tsv holds hand-written sentences, at least one per CAMEO
/// code the coder should handle, each with the code it should get. The shipped pipeline codes each; the floors sit
/// just below what the coder reaches, so a change that loses acts fails here (raise them when the coder gains).
/// Every run writes the counts and the missed sentences (line, expected code, codes found) to the test output, so the
/// misses can be listed with `dotnet test --filter CameoCoverage --logger "console;verbosity=detailed"`.
/// </summary>
public class CameoCoverageTests(ITestOutputHelper output)
{
    /// <summary>Sentences whose expected code is among the sentence's coded events.</summary>
    private const int ExactFloor = 467;

    /// <summary>Sentences with an event under the expected code's root.</summary>
    private const int RootFloor = 470;

    private static readonly Lazy<IReadOnlyList<(string Code, string Sentence, int Line)>> Rows = new(ReadRows);

    private static IReadOnlyList<(string Code, string Sentence, int Line)> ReadRows()
    {
        var path = Path.Combine(TestPaths.Repo, "test", "Casus.Tests", "Data", "cameo_coverage.tsv");
        var rows = new List<(string, string, int)>();
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0 || text[0] == '#') continue;
            var parts = text.Split('\t');
            if (parts.Length != 2) throw new InvalidDataException($"{path}:{line}: expected code<TAB>sentence");
            rows.Add((parts[0], parts[1], line));
        }
        return rows;
    }

    [Fact]
    public void Every_code_is_in_the_cameo_table_and_every_codable_code_has_a_sentence()
    {
        var catalog = CameoCatalog.Default;
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, _, line) in Rows.Value)
        {
            Assert.True(CameoCode.TryParse(code, out var c, out _) && catalog.Contains(c), $"line {line}: unknown code {code}");
            listed.Add(code);
        }
        var missing = catalog.Entries
            .Where(e => e.Code.Digits.Length >= 3 && !VerbCoverage.NoVerbalExpression.ContainsKey(e.Code.Digits))
            .Select(e => e.Code.Digits)
            .Where(d => !listed.Contains(d))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_coder_reaches_the_floors_on_the_audit_sentences()
    {
        var pipeline = DefaultPipeline.Create();
        int exact = 0, root = 0;
        var misses = new List<string>();
        foreach (var (code, sentence, line) in Rows.Value)
        {
            var article = pipeline.Process(new Article("coverage-" + line, sentence));
            var coded = article.Events.Select(e => e.Code.Digits).ToList();
            if (coded.Contains(code)) exact++;
            else misses.Add($"{line}: {code} got [{string.Join(',', coded)}] {sentence}");
            if (coded.Any(c => c[..2] == code[..2])) root++;
        }
        output.WriteLine($"exact {exact}, root {root} of {Rows.Value.Count}; misses:");
        foreach (var miss in misses) output.WriteLine(miss);
        Assert.True(exact >= ExactFloor && root >= RootFloor,
            $"exact {exact} (floor {ExactFloor}), root {root} (floor {RootFloor}) of {Rows.Value.Count}; misses:\n" + string.Join('\n', misses));
    }
}
