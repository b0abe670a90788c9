using System.Text.Json;
using Casus.Actors;
using Casus.Tests.TestKit;
using Xunit.Abstractions;

namespace Casus.Tests.Actors;

/// <summary>
/// Measures the actor stage on gold sentences: how many of the gold events' source and target codes appear among
/// the sentence's mentions (exactly, and by country alone). A measure, not a teacher: the floors only catch
/// regressions of the mechanism.
/// </summary>
public class ActorGoldMeasureTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("plover_gsr_cameo_en.jsonl", 0.45)]
    [InlineData("petr2_gsr_validation_en.jsonl", 0.45)]
    [InlineData("petrarch2_actor_phrases_en.jsonl", 0.45)]
    public void Gold_actor_codes_are_found(string file, double floor)
    {
        var path = TestPaths.SharedData(Path.Combine("gold", file));
        if (!File.Exists(path)) { output.WriteLine($"skipped: {path} missing"); return; }
        var stage = ActorStage.CreateDefault();
        // CASUS_SHOW_MISSES=1 lists every gold code not found, to study the mechanism (not to add entries for it).
        bool showMisses = Environment.GetEnvironmentVariable("CASUS_SHOW_MISSES") == "1";
        int total = 0, exact = 0, country = 0, sentences = 0;
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("text").GetString() ?? "";
            var gold = GoldCodes(doc.RootElement).ToList();
            if (text.Length == 0 || gold.Count == 0) continue;
            var article = SimpleTokens.Article(text);
            stage.Process(article);
            sentences++;
            var codes = article.Mentions.Select(m => m.Code.Value).ToHashSet();
            var primaries = article.Mentions.Select(m => m.Code.Primary).ToHashSet();
            foreach (var (side, code) in gold)
                {
                    total++;
                    if (codes.Contains(code)) exact++;
                    else if (showMisses) output.WriteLine($"miss {side} {code}: {text} => {string.Join(", ", article.Mentions.Select(m => m.Text + "=" + m.Code))}");
                    if (primaries.Contains(code[..3])) country++;
                }
        }
        double exactRate = (double)exact / Math.Max(1, total), countryRate = (double)country / Math.Max(1, total);
        output.WriteLine($"{file}: {sentences} sentences, {total} gold actor codes; exact {exact} ({exactRate:P1}); first three letters {country} ({countryRate:P1})");
        Assert.True(countryRate >= floor, $"country-level recall {countryRate:P1} fell below {floor:P0}");
    }

    // Event sources and targets, or the expected codes of an actor-phrase record; only well-formed codes.
    private static IEnumerable<(string Side, string Code)> GoldCodes(JsonElement root)
    {
        static bool WellFormed(string? c) => c is { Length: >= 3 } && c.All(ch => char.IsAsciiLetterUpper(ch) || char.IsAsciiDigit(ch) || ch == '-');
        if (root.TryGetProperty("events", out var events))
            foreach (var e in events.EnumerateArray())
                foreach (var side in new[] { "source", "target" })
                    if (e.TryGetProperty(side, out var v) && WellFormed(v.GetString())) yield return (side, v.GetString()!);
        if (root.TryGetProperty("expected_actor_codes", out var expected))
            foreach (var v in expected.EnumerateArray())
                if (WellFormed(v.GetString())) yield return ("actor", v.GetString()!);
    }
}
