using BenchmarkDotNet.Attributes;
using Casus.Actors;
using Casus.Document;

namespace Casus.Benchmarks;

/// <summary>
/// The actor stage on a 1,000-sentence article of wire-style sentences (tokens split on spaces and final
/// punctuation, as the tokenizer would for these sentences). Reports time per article; divide by 1,000 for a sentence.
/// </summary>
[MemoryDiagnoser]
public class ActorBenchmarks
{
    private static readonly string[] Sentences =
    [
        "Syrian troops shelled rebel positions near Aleppo on Tuesday , the Syrian Observatory for Human Rights said .",
        "Senior Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate .",
        "Syria 's ambassador to Iraq was summoned by the Iraqi Foreign Ministry .",
        "The United Nations Security Council condemned the attack and urged Russia and China to act .",
        "Police in Cairo arrested dozens of opposition activists after the protest .",
        "NATO warplanes struck targets in Libya as African Union envoys met Libyan rebels in Benghazi .",
        "US President Joe Biden spoke with German Chancellor Olaf Scholz about Ukraine .",
        "The government said it had no plans to negotiate with the militants .",
        "Amnesty International accused Israeli forces of killing Palestinian civilians in Gaza .",
        "Japanese Prime Minister met South Korean lawmakers in Tokyo on Friday .",
    ];

    private ActorStage _stage = null!;
    private string _text = null!;
    private (int Start, int End)[][] _tokens = null!;

    [GlobalSetup]
    public void Setup()
    {
        _stage = ActorStage.CreateDefault();
        var all = Enumerable.Range(0, 1000).Select(i => Sentences[i % Sentences.Length]).ToArray();
        _text = string.Join(" ", all);
        _tokens = new (int, int)[all.Length][];
        int offset = 0;
        for (int s = 0; s < all.Length; s++)
        {
            var list = new List<(int, int)>();
            int i = 0;
            foreach (var w in all[s].Split(' '))
            {
                list.Add((offset + i, offset + i + w.Length));
                i += w.Length + 1;
            }
            _tokens[s] = list.ToArray();
            offset += all[s].Length + 1;
        }
    }

    private Article Build()
    {
        var a = new Article("bench", _text);
        foreach (var sentence in _tokens)
        {
            a.AddSentence(sentence[0].Start, sentence[^1].End);
            foreach (var (start, end) in sentence) a.AddToken(start, end);
        }
        return a;
    }

    /// <summary>Building the article alone, to subtract from <see cref="Actors"/>.</summary>
    [Benchmark(Baseline = true)]
    public Article BuildOnly() => Build();

    /// <summary>Building the article and finding its actors.</summary>
    [Benchmark]
    public int Actors()
    {
        var a = Build();
        _stage.Process(a);
        return a.Mentions.Count;
    }
}
