#nullable disable
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using Casus;
using Casus.Language.Conllu;
using Casus.Language.Models;
using Casus.Language.Tagging;

// Measures two builds of Casus against each other in one process, for throughput work that must not change outputs.
// Each build folder (a copy of src/Casus.Cli/bin/Release/net10.0) is loaded into its own AssemblyLoadContext with this
// assembly, so the same bench loop (that of `casus bench nlp`) runs over each build's Casus.dll. Linux only (thread CPU
// clock through libc).
//   Casus.NlpAb ab OLD_DIR NEW_DIR FILE.conllu[.gz] ROUNDS [MODELS_OLD|-] [MODELS_NEW|-]
//     alternates rounds of the two builds (order swapped every round) after three warm-up rounds each and prints, per
//     component, the median thread-CPU tokens/s, the median of the per-round ratios and the best round of each.
//   Casus.NlpAb dump DIR FILE.conllu[.gz] NEWS.jsonl ARTICLES OUT [MODELS|-]
//     writes every annotation of the treebank's sentences (public APIs) and of the first ARTICLES articles through the
//     default pipeline (tokens and coded events), for `cmp` between builds.
static class Program
{
    static int Main(string[] args)
    {
        if (args[0] == "dump")
        {
            var r = Load(args[1]);
            r.GetMethod("Dump")!.Invoke(null, [args[2], args[3], int.Parse(args[4]), args[5], args.Length > 6 && args[6] != "-" ? args[6] : null]);
            return 0;
        }
        var dirs = new[] { args[1], args[2] };
        int rounds = int.Parse(args[4]);
        var models = new[] { args.Length > 5 && args[5] != "-" ? args[5] : null, args.Length > 6 && args[6] != "-" ? args[6] : null };
        var runners = dirs.Select(Load).ToArray();
        int tokens = 0;
        for (int k = 0; k < 2; k++)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            tokens = (int)runners[k].GetMethod("Setup")!.Invoke(null, [args[3], models[k]])!;
            Console.WriteLine($"{(k == 0 ? "A" : "B")} load+setup {sw.ElapsedMilliseconds} ms ({dirs[k]})");
        }
        var round = runners.Select(t => (Func<long[]>)t.GetMethod("Round")!.CreateDelegate(typeof(Func<long[]>))).ToArray();
        for (int w = 0; w < 3; w++) { round[0](); round[1](); }
        var res = new List<long[]>[] { new(), new() };
        for (int i = 0; i < rounds; i++)
        {
            // alternate the order too, so neither build always follows the other
            int first = i % 2;
            res[first].Add(round[first]());
            res[1 - first].Add(round[1 - first]());
        }
        string[] names = ["tagger", "lemma", "entities", "parser", "all"];
        Console.WriteLine($"tokens {tokens}, rounds {rounds}; median thread-CPU tokens/s");
        Console.WriteLine($"{"component",-10} {"A",10} {"B",10} {"B/A",6}");
        for (int c = 0; c < 5; c++)
        {
            double Med(List<long[]> l) { var v = l.Select(x => (double)x[c]).OrderBy(x => x).ToArray(); return v[v.Length / 2]; }
            double a = tokens / (Med(res[0]) * 1e-9), b = tokens / (Med(res[1]) * 1e-9);
            // per-round paired ratio median
            var ratios = Enumerable.Range(0, rounds).Select(i => (double)res[0][i][c] / res[1][i][c]).OrderBy(x => x).ToArray();
            double ma = tokens / (res[0].Min(x => x[c]) * 1e-9), mb = tokens / (res[1].Min(x => x[c]) * 1e-9);
            Console.WriteLine($"{names[c],-10} {a,10:F0} {b,10:F0} {b / a,6:F3}  paired {ratios[rounds / 2]:F3}   best {ma,8:F0} {mb,8:F0} {mb / ma,6:F3}");
        }
        return 0;
    }

    static Type Load(string dir)
    {
        var alc = new DirContext(Path.GetFullPath(dir));
        var asm = alc.LoadFromAssemblyPath(typeof(Program).Assembly.Location);
        return asm.GetType("Runner")!;
    }

    sealed class DirContext(string dir) : AssemblyLoadContext(dir, false)
    {
        protected override Assembly Load(AssemblyName name)
        {
            if (name.Name == typeof(Program).Assembly.GetName().Name) return LoadFromAssemblyPath(typeof(Program).Assembly.Location);
            var p = Path.Combine(dir, name.Name + ".dll");
            return File.Exists(p) ? LoadFromAssemblyPath(p) : null;
        }
    }
}

public static class Runner
{
    [StructLayout(LayoutKind.Sequential)] struct Timespec { public long Sec, Nsec; }
    [DllImport("libc")] static extern int clock_gettime(int clk, out Timespec ts);
    static long Now() { clock_gettime(3, out var t); return t.Sec * 1_000_000_000 + t.Nsec; }

    static LanguageModels m;
    static SentenceText[] sentences;
    static int[] pos, ner, heads; static string[] rels, xpos; static Casus.Document.Upos[] upos; static List<string> forms;
    static SentenceHashes hashes;
    static long sink;

    public static int Setup(string file, string models)
    {
        m = models is null ? LanguageModels.Shipped() : LanguageModels.FromDirectory(models, out _);
        sentences = ConlluReader.ReadFile(file).Select(SentenceText.Of).ToArray();
        int max = sentences.Max(s => s.Count);
        pos = new int[max]; ner = new int[max]; heads = new int[max]; rels = new string[max]; upos = new Casus.Document.Upos[max]; xpos = new string[max];
        forms = new List<string>(max);
        hashes = new SentenceHashes();
        return sentences.Sum(s => s.Count);
    }

    public static long[] Round()
    {
        long tTag = 0, tLemma = 0, tNer = 0, tParse = 0;
        foreach (var s in sentences)
        {
            int n = s.Count;
            long t0 = Now();
            m.Tagger.Tag(s.Text, s.Starts, s.Ends, pos.AsSpan(0, n), hashes);
            long t1 = Now();
            for (int i = 0; i < n; i++)
                sink += m.Lemmatizer.Lemmatize(s.Text.AsSpan(s.Starts[i], s.Ends[i] - s.Starts[i]), m.Tagger.Xpos(pos[i])).Length;
            long t2 = Now();
            m.Entities.Recognize(s.Text, s.Starts, s.Ends, pos.AsSpan(0, n), ner.AsSpan(0, n), hashes);
            long t3 = Now();
            forms.Clear();
            for (int i = 0; i < n; i++) { forms.Add(s.Text[s.Starts[i]..s.Ends[i]]); upos[i] = m.Tagger.Upos(pos[i]); xpos[i] = m.Tagger.Xpos(pos[i]); }
            m.Parser.Parse(forms, upos.AsSpan(0, n), xpos[..n], heads.AsSpan(0, n), rels);
            long t4 = Now();
            tTag += t1 - t0; tLemma += t2 - t1; tNer += t3 - t2; tParse += t4 - t3;
        }
        return [tTag, tLemma, tNer, tParse, tTag + tLemma + tNer + tParse];
    }

    public static void Dump(string file, string news, int articles, string outPath, string models)
    {
        Setup(file, models);
        using var w = new StreamWriter(outPath);
        var ner2 = new int[pos.Length];
        foreach (var s in sentences)
        {
            int n = s.Count;
            m.Tagger.Tag(s.Text, s.Starts, s.Ends, pos.AsSpan(0, n), hashes);
            m.Entities.Recognize(s.Text, s.Starts, s.Ends, pos.AsSpan(0, n), ner.AsSpan(0, n), hashes);
            m.Entities.Recognize(s.Text, s.Starts, s.Ends, pos.AsSpan(0, n), ner2.AsSpan(0, n));
            forms.Clear();
            for (int i = 0; i < n; i++) { forms.Add(s.Text[s.Starts[i]..s.Ends[i]]); upos[i] = m.Tagger.Upos(pos[i]); xpos[i] = m.Tagger.Xpos(pos[i]); }
            m.Parser.Parse(forms, upos.AsSpan(0, n), xpos[..n], heads.AsSpan(0, n), rels);
            for (int i = 0; i < n; i++)
                w.WriteLine($"{i + 1}\t{forms[i]}\t{m.Lemmatizer.Lemmatize(forms[i], xpos[i])}\t{upos[i]}\t{xpos[i]}\t{heads[i]}\t{rels[i]}\t{ner[i]}\t{ner2[i]}");
            w.WriteLine();
        }
        // document-level entity groups of 8 sentences
        for (int g = 0; g < sentences.Length; g += 8)
        {
            var group = sentences.Skip(g).Take(8).ToArray();
            var text = new System.Text.StringBuilder(); var st = new List<int>(); var en = new List<int>(); var ss = new List<int>(); var ps = new List<int>();
            foreach (var s in group)
            {
                ss.Add(st.Count);
                int off = text.Length;
                var p = new int[s.Count];
                m.Tagger.Tag(s.Text, s.Starts, s.Ends, p);
                ps.AddRange(p);
                text.Append(s.Text).Append(' ');
                for (int i = 0; i < s.Count; i++) { st.Add(off + s.Starts[i]); en.Add(off + s.Ends[i]); }
            }
            var cls = new int[st.Count];
            m.Entities.RecognizeDocument(text.ToString(), st.ToArray(), en.ToArray(), ps.ToArray(), ss.ToArray(), cls);
            w.WriteLine("DOC " + string.Join(",", cls));
        }
        if (models != null) return; // the pipeline uses the shipped models
        var reader = new Casus.Ingest.ArticleReader();
        var pipeline = DefaultPipeline.Create();
        int k = 0;
        foreach (var item in reader.ReadFile(news))
        {
            if (k++ >= articles) break;
            if (!item.IsOk) { w.WriteLine("REJECT"); continue; }
            var a = pipeline.Process(item.Article);
            w.WriteLine($"# {a.Id} tokens {a.Tokens.Count} mentions {a.Mentions.Count} events {a.Events.Count}");
            foreach (var t in a.Tokens)
                w.WriteLine($"{t.SentenceIndex}\t{t.Text}\t{t.Lemma}\t{t.Upos}\t{t.Xpos}\t{t.Head}\t{t.Relation}\t{t.Entity}");
            foreach (var e in a.Events) w.WriteLine("EV " + e);
        }
    }
}
