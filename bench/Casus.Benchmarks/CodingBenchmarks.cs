using BenchmarkDotNet.Attributes;
using Casus.Actors;
using Casus.Coding;
using Casus.Document;

namespace Casus.Benchmarks;

/// <summary>
/// Throughput of the event coder on news-like sentences with actor mentions already found. Each operation builds
/// and codes one article of <see cref="SentencesPerArticle"/> sentences; <see cref="BuildOnly"/> is the article
/// construction cost to subtract. Run: dotnet run -c Release --project bench/Casus.Benchmarks -- --filter '*Coding*'
/// </summary>
[MemoryDiagnoser]
public class CodingBenchmarks
{
    /// <summary>Sentences per article.</summary>
    public const int SentencesPerArticle = 100;

    // Pre-tokenised sentences; [words|CODE] marks a mention. A mix of coded and uncoded sentences.
    private static readonly string[] Sentences =
    [
        "[Russia|RUS] and [China|CHN] vetoed [the US|USA] draft on Tuesday .",
        "[The United Nations|UNO] called on [Israel|ISR] to halt military operations in Gaza .",
        "[Iran|IRN] did n't release [the American sailors|USA] , officials said .",
        "[The minister|FRAGOV] said [Syrian jets|SYRGOV] bombed [rebel positions|REB] near Idlib overnight .",
        "Markets rose sharply on Wednesday as investors weighed the latest economic data from Europe .",
        "[Japan|JPN] will provide loans to [Indonesia|IDN] for new infrastructure projects .",
        "[Syrian troops|SYRGOV] were attacked by [rebels|REB] in the north of the country .",
        "[The president|USAGOV] held talks with [German Chancellor Olaf Scholz|DEUGOV] at the White House .",
        "[Police|KENCOP] arrested [opposition leaders|KENOPP] after the protest turned violent .",
        "The weather in the region remained hot and dry , with temperatures above 40 degrees .",
    ];

    private (int Start, int End)[][] _tokens = [];
    private (int First, int Count, string Code)[][] _mentions = [];
    private string[] _texts = [];
    private string _articleText = "";
    private CodingStage _coder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _coder = CodingStage.CreateDefault();
        var texts = new List<string>();
        var tokens = new List<(int, int)[]>();
        var mentions = new List<(int, int, string)[]>();
        for (int i = 0; i < Sentences.Length; i++)
        {
            var (text, toks, ments) = Parse(Sentences[i]);
            texts.Add(text); tokens.Add(toks); mentions.Add(ments);
        }
        _texts = texts.ToArray(); _tokens = tokens.ToArray(); _mentions = mentions.ToArray();
        _articleText = string.Join(' ', Enumerable.Range(0, SentencesPerArticle).Select(i => _texts[i % _texts.Length]));
    }

    /// <summary>Builds the article only.</summary>
    [Benchmark(Baseline = true)]
    public int BuildOnly() => Build().Tokens.Count;

    /// <summary>Builds and codes the article.</summary>
    [Benchmark(OperationsPerInvoke = 1)]
    public int BuildAndCode()
    {
        var a = Build();
        _coder.Process(a);
        return a.Events.Count;
    }

    private Article Build()
    {
        var a = new Article("bench", _articleText);
        int offset = 0, tokenBase = 0;
        for (int s = 0; s < SentencesPerArticle; s++)
        {
            int k = s % _texts.Length;
            a.AddSentence(offset, offset + _texts[k].Length);
            foreach (var (st, en) in _tokens[k]) a.AddToken(offset + st, offset + en);
            foreach (var (first, count, code) in _mentions[k])
                a.AddMention(new Mention(s, new TokenSpan(tokenBase + first, count), "", ActorCode.Parse(code), Array.Empty<string>()));
            tokenBase += _tokens[k].Length;
            offset += _texts[k].Length + 1;
        }
        return a;
    }

    private static (string, (int, int)[], (int, int, string)[]) Parse(string markup)
    {
        var words = new List<string>();
        var ments = new List<(int, int, string)>();
        int i = 0;
        while (i < markup.Length)
        {
            if (markup[i] == ' ') { i++; continue; }
            if (markup[i] == '[')
            {
                int close = markup.IndexOf(']', i);
                var inner = markup[(i + 1)..close];
                int bar = inner.LastIndexOf('|');
                var ws = inner[..bar].Split(' ');
                ments.Add((words.Count, ws.Length, inner[(bar + 1)..]));
                words.AddRange(ws);
                i = close + 1;
                continue;
            }
            int end = markup.IndexOf(' ', i);
            if (end < 0) end = markup.Length;
            words.Add(markup[i..end]);
            i = end;
        }
        var text = string.Join(' ', words);
        var toks = new (int, int)[words.Count];
        int pos = 0;
        for (int w = 0; w < words.Count; w++) { toks[w] = (pos, pos + words[w].Length); pos += words[w].Length + 1; }
        return (text, toks, ments.ToArray());
    }
}
