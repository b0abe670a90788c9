using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Casus.Document;
using Casus.Ingest;
using Casus.Pipeline;

namespace Casus.Cli.Commands;

/// <summary><c>casus bench pipeline PATH [--warmup N] [--limit N]</c>: runs the default pipeline over a corpus on
/// one thread and reports articles/s, sentences/s, tokens/s, events, peak working set and allocated bytes.</summary>
internal static class BenchPipelineCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "Corpus to code, e.g. a JSON Lines file of articles." };
        var warmup = new Option<int>("--warmup") { Description = "Articles coded before timing starts.", DefaultValueFactory = _ => 200 };
        var limit = new Option<int>("--limit") { Description = "Code at most this many articles (0: all).", DefaultValueFactory = _ => 0 };
        warmup.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--warmup must be 0 or more"); });
        limit.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--limit must be 0 or more"); });
        var command = new Command("pipeline", "Time the default pipeline over a corpus, on one thread.");
        command.Arguments.Add(path);
        command.Options.Add(warmup);
        command.Options.Add(limit);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            int rejected = 0;
            var articles = new ArticleReader().Read([parse.GetValue(path)!])
                .Where(i =>
                {
                    if (i.Article is not null) return true;
                    if (i.Error is { } e) error.WriteLine(CodeCommand.Describe(e));
                    rejected++;
                    return false;
                })
                .Select(i => i.Article!);
            int code = Run(articles, parse.GetValue(warmup), parse.GetValue(limit), DefaultPipeline.Create(), TimeProvider.System,
                parse.InvocationConfiguration.Output, error);
            if (rejected > 0) error.WriteLine($"rejected {rejected} inputs");
            return rejected > 0 && code == CliApp.Ok ? CliApp.InputRejected : code;
        });
        return command;
    }

    /// <summary>Loads up to <paramref name="limit"/> articles, codes <paramref name="warmup"/> of them untimed, then
    /// codes all of them once, timed. Each run codes a fresh copy, since the pipeline skips layers already filled.</summary>
    public static int Run(IEnumerable<Article> corpus, int warmup, int limit, CasusPipeline pipeline, TimeProvider time,
        TextWriter output, TextWriter error)
    {
        // The corpus is read into memory first so that reading files is not timed.
        var articles = new List<Article>();
        foreach (var a in corpus)
        {
            articles.Add(a);
            if (limit > 0 && articles.Count >= limit) break;
        }
        if (articles.Count == 0)
        {
            error.WriteLine("no articles to code");
            return CliApp.InputRejected;
        }

        for (int i = 0; i < warmup; i++) pipeline.Process(Fresh(articles[i % articles.Count]));

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long sentences = 0, tokens = 0, events = 0;
        // Each stage's time and allocation are summed on the side (two clock reads and two allocation-counter reads
        // per stage and article, neither allocating), so the report shows where the per-article bytes go.
        var stageTicks = new long[pipeline.Stages.Count];
        var stageBytes = new long[pipeline.Stages.Count];
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        long start = time.GetTimestamp();
        foreach (var a in articles)
        {
            var article = ProcessMeasured(pipeline, Fresh(a), time, stageTicks, stageBytes);
            sentences += article.Sentences.Count;
            tokens += article.Tokens.Count;
            events += article.Events.Count;
        }
        var elapsed = time.GetElapsedTime(start);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        using var process = Process.GetCurrentProcess();
        process.Refresh();

        var inv = CultureInfo.InvariantCulture;
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        var stages = pipeline.Stages.Count == 0 ? "(none)" : string.Join(" > ", pipeline.Stages.Select(s => s.Name));
        output.WriteLine($"pipeline     {stages}");
        output.WriteLine(string.Create(inv, $"articles     {articles.Count} in {elapsed.TotalSeconds:0.000} s after {warmup} warm-up"));
        output.WriteLine(string.Create(inv, $"articles/s   {articles.Count / seconds:N1}"));
        output.WriteLine(string.Create(inv, $"sentences/s  {sentences / seconds:N1}  ({sentences} sentences)"));
        output.WriteLine(string.Create(inv, $"tokens/s     {tokens / seconds:N1}  ({tokens} tokens)"));
        output.WriteLine(string.Create(inv, $"events       {events}"));
        output.WriteLine(string.Create(inv, $"allocated    {allocated / 1048576.0:N1} MiB ({allocated / (double)articles.Count / 1024:N1} KiB/article)"));
        output.WriteLine(string.Create(inv, $"peak memory  {process.PeakWorkingSet64 / 1048576.0:N1} MiB working set"));
        for (int i = 0; i < stageTicks.Length; i++)
        {
            double ms = time.GetElapsedTime(0, stageTicks[i]).TotalMilliseconds;
            output.WriteLine(string.Create(inv,
                $"  stage {pipeline.Stages[i].Name,-10} {ms / articles.Count:0.000} ms/article  {stageBytes[i] / (double)articles.Count / 1024:N1} KiB/article  {stageBytes[i] / (double)Math.Max(1, sentences):N0} B/sentence"));
        }
        CodingOnly(articles, warmup, pipeline, time, output);
        return CliApp.Ok;
    }

    /// <summary>Times the coder stage alone: every stage before it runs first, untimed, so the figure is coding
    /// speed after parsing.</summary>
    private static void CodingOnly(List<Article> articles, int warmup, CasusPipeline pipeline, TimeProvider time, TextWriter output)
    {
        var coder = pipeline.Stages.FirstOrDefault(s => s.Name == "coder");
        if (coder is null) return;
        Article Prepare(Article a)
        {
            var fresh = Fresh(a);
            foreach (var stage in pipeline.Stages)
            {
                if (ReferenceEquals(stage, coder)) break;
                stage.Process(fresh);
                fresh.MarkFilled(stage.Assigns);
            }
            return fresh;
        }
        // Warm-up codes its own copies (coding an article twice would double its events), several passes so the
        // JIT has settled the coder's code before it is timed.
        var warm = articles.Take(Math.Min(warmup, articles.Count)).Select(Prepare).ToList();
        for (int pass = 0; pass < 5; pass++)
            foreach (var a in warm) coder.Process(Copy(a));
        var prepared = articles.Select(Prepare).ToList();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long sentences = 0, events = 0;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        long start = time.GetTimestamp();
        foreach (var a in prepared)
        {
            coder.Process(a);
            sentences += a.Sentences.Count;
            events += a.Events.Count;
        }
        var elapsed = time.GetElapsedTime(start);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv,
            $"coding       {sentences / seconds:N1} sentences/s  (coder stage alone, after parsing: {events} events, {allocated / (double)Math.Max(1, sentences):N0} B/sentence allocated)"));
    }

    /// <summary>What <see cref="CasusPipeline.Process"/> does, stage by stage, adding each stage's elapsed ticks and
    /// allocated bytes to <paramref name="ticks"/> and <paramref name="bytes"/>.</summary>
    private static Article ProcessMeasured(CasusPipeline pipeline, Article article, TimeProvider time, long[] ticks, long[] bytes)
    {
        var stages = pipeline.Stages;
        for (int i = 0; i < stages.Count; i++)
        {
            var stage = stages[i];
            if (stage.Assigns != Annotations.None && (article.Filled & stage.Assigns) == stage.Assigns) continue;
            long b = GC.GetAllocatedBytesForCurrentThread();
            long t = time.GetTimestamp();
            stage.Process(article);
            article.MarkFilled(stage.Assigns);
            ticks[i] += time.GetTimestamp() - t;
            bytes[i] += GC.GetAllocatedBytesForCurrentThread() - b;
        }
        return article;
    }

    private static Article Fresh(Article a) => new(a.Id, a.Text, a.Metadata, a.Captions);

    /// <summary>A copy of every layer before the coder's (sentences, tokens, tags, parse, entities, mentions).</summary>
    private static Article Copy(Article a)
    {
        var copy = Fresh(a);
        foreach (var s in a.Sentences)
        {
            copy.AddSentence(s.Start, s.End);
            foreach (var t in s.Tokens) copy.AddToken(t.Start, t.End);
        }
        foreach (var t in a.Tokens)
        {
            copy.SetMorphology(t.Index, t.Upos, t.Xpos, t.Lemma);
            if (t.Relation is { } rel) copy.SetDependency(t.Index, t.Head, rel);
            copy.SetEntity(t.Index, t.Entity);
        }
        foreach (var m in a.Mentions) copy.AddMention(m);
        copy.MarkFilled(a.Filled);
        return copy;
    }
}
