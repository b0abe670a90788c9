using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Casus.Document;
using Casus.Text;

namespace Casus.Benchmarks;

/// <summary>Throughput of the text stage (tokens and sentences) on real news text: characters per second = Characters / mean time.</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private readonly TextStage _stage = TextStage.CreateDefault();
    private string[] _articles = Array.Empty<string>();

    /// <summary>Characters processed per invocation.</summary>
    public long Characters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = LoadArticles(200);
        Characters = _articles.Sum(a => (long)a.Length);
        Console.WriteLine($"// TextBenchmarks: {_articles.Length} articles, {Characters} characters per invocation");
    }

    [Benchmark]
    public int SegmentArticles()
    {
        int tokens = 0;
        foreach (var text in _articles)
        {
            var article = new Article("b", text);
            _stage.Process(article);
            tokens += article.Tokens.Count;
        }
        return tokens;
    }

    /// <summary>The first <paramref name="count"/> articles of ../shared/data/news/articles.jsonl when it is there,
    /// else generated news-like text, so the benchmark also runs outside the project machines.</summary>
    internal static string[] LoadArticles(int count)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "..", "shared", "data", "news", "articles.jsonl");
            if (!File.Exists(path)) continue;
            var list = new List<string>();
            foreach (var line in File.ReadLines(path))
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("text", out var t) && t.GetString() is { Length: > 0 } s) list.Add(s);
                if (list.Count == count) break;
            }
            if (list.Count > 0) return list.ToArray();
        }
        var sb = new StringBuilder();
        for (int i = 0; i < 2000; i++)
            sb.Append("Mr. Smith told the U.N. Security Council on Jan. 5 that U.S. forces \"won't leave\" before 2025. ")
              .Append("The 20-year-old deal, worth $2.5bn (about 3.5% of GDP), was signed in Geneva... Talks resume today.\n\n");
        return new[] { sb.ToString() };
    }
}
