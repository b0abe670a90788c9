using System.CommandLine;
using System.Diagnostics;
using Casus.Language.Conllu;
using Casus.Language.Models;

namespace Casus.Cli.Commands;

/// <summary><c>casus bench nlp FILE</c>: tokens per second for tagging + lemmas + entities (+ parsing), one thread, after load.</summary>
internal static class BenchNlpCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "CoNLL-U file (plain or .gz) whose words are processed" };
        var models = new Option<string?>("--models") { Description = "Load model files from this folder instead of the shipped ones" };
        var rounds = new Option<int>("--rounds") { Description = "Timed passes over the file (after one warm-up pass)", DefaultValueFactory = _ => 3 };
        var c = new Command("nlp", "Tokens/s of tagger + lemmatizer + entity recogniser (+ parser) on one core, after load.");
        c.Arguments.Add(file); c.Options.Add(models); c.Options.Add(rounds);
        c.SetAction(r => Run(r.GetValue(file)!, r.GetValue(models), r.GetValue(rounds), Console.Out, Console.Error));
        return c;
    }

    public static int Run(string file, string? modelDir, int rounds, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file)) { stderr.WriteLine($"bench nlp: '{file}' does not exist"); return 2; }
        var load = Stopwatch.StartNew();
        LanguageModels? m;
        if (modelDir != null)
        {
            m = LanguageModels.FromDirectory(modelDir, out var error);
            if (m is null) { stderr.WriteLine("bench nlp: " + error); return 2; }
        }
        else m = LanguageModels.Shipped();
        load.Stop();
        var sentences = ConlluReader.ReadFile(file).Select(SentenceText.Of).ToArray();
        int tokens = sentences.Sum(s => s.Count);
        int max = sentences.Max(s => s.Count);
        var pos = new int[max];
        var ner = new int[max];
        var heads = new int[max];
        var rels = new string[max];
        var upos = new Casus.Document.Upos[max];
        var xpos = new string[max];
        var forms = new List<string>(max);
        // The tagger leaves each sentence's word hashes here and the entity recogniser reads them (same clusters).
        var hashes = new Casus.Language.Tagging.SentenceHashes();
        long lemmaChars = 0;

        long tTag = 0, tLemma = 0, tNer = 0, tParse = 0;
        void Pass()
        {
            foreach (var s in sentences)
            {
                int n = s.Count;
                long t0 = Stopwatch.GetTimestamp();
                m.Tagger.Tag(s.Text, s.Starts, s.Ends, pos.AsSpan(0, n), hashes);
                long t1 = Stopwatch.GetTimestamp();
                for (int i = 0; i < n; i++)
                    lemmaChars += m.Lemmatizer.Lemmatize(s.Text.AsSpan(s.Starts[i], s.Ends[i] - s.Starts[i]), m.Tagger.Xpos(pos[i])).Length;
                long t2 = Stopwatch.GetTimestamp();
                m.Entities?.Recognize(s.Text, s.Starts, s.Ends, pos.AsSpan(0, n), ner.AsSpan(0, n), hashes);
                long t3 = Stopwatch.GetTimestamp();
                tTag += t1 - t0; tLemma += t2 - t1; tNer += t3 - t2;
                if (m.Parser != null)
                {
                    forms.Clear();
                    for (int i = 0; i < n; i++) { forms.Add(s.Text[s.Starts[i]..s.Ends[i]]); upos[i] = m.Tagger.Upos(pos[i]); xpos[i] = m.Tagger.Xpos(pos[i]); }
                    m.Parser.Parse(forms, upos.AsSpan(0, n), xpos[..n], heads.AsSpan(0, n), rels);
                    tParse += Stopwatch.GetTimestamp() - t3;
                }
            }
        }

        Pass(); // warm-up: JIT and tiered compilation
        tTag = tLemma = tNer = tParse = 0;
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        for (int r = 0; r < rounds; r++) Pass();
        sw.Stop();
        // CPU time of the process: on a shared, loaded machine wall time overstates the cost; this does not.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        double perSecond = (double)tokens * rounds / sw.Elapsed.TotalSeconds;
        var process = Process.GetCurrentProcess();
        process.Refresh();
        stdout.WriteLine($"components: tagger + lemmatizer{(m.Entities != null ? " + entities" : "")}{(m.Parser != null ? " + parser" : "")}");
        stdout.WriteLine($"load: {load.Elapsed.TotalMilliseconds:F0} ms");
        stdout.WriteLine($"tokens: {tokens} × {rounds} rounds in {sw.Elapsed.TotalSeconds:F2} s → {perSecond:F0} tokens/s (one thread, wall clock); {(double)tokens * rounds / cpu.TotalSeconds:F0} tokens per CPU-second");
        string Rate(long ticks) => ticks == 0 ? "-" : $"{(double)tokens * rounds / (ticks / (double)Stopwatch.Frequency):F0} tokens/s";
        stdout.WriteLine($"  tagger {Rate(tTag)}; lemmatizer {Rate(tLemma)}; entities {Rate(tNer)}; parser {Rate(tParse)}");
        stdout.WriteLine($"peak memory: {process.PeakWorkingSet64 / (1024 * 1024)} MiB working set; managed heap {GC.GetTotalMemory(false) / (1024 * 1024)} MiB");
        return lemmaChars >= 0 ? 0 : 1;
    }
}
