using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Casus.Document;
using Casus.Language.Evaluation;
using Casus.Language.Models;

namespace Casus.Language.Parsing;

/// <summary>
/// Arc-hybrid dependency parser with averaged-perceptron weights (<see cref="ParserModel"/>): greedy, or beam search
/// when the model was trained with a beam (or a width is given). Each word gets one head and one Universal
/// Dependencies relation; every sentence comes out as a single tree with one root. Thread-safe: all per-sentence state
/// lives in a <see cref="ParserWorkspace"/>.
/// </summary>
public sealed class DependencyParser : IDependencyAnnotator
{
    // One workspace per thread for the convenience entry points; the fast path takes the caller's workspace.
    private readonly ThreadLocal<ParserWorkspace> _workspaces = new(() => new ParserWorkspace());

    /// <summary>Creates a parser over a trained model, decoding with the beam width it was trained with.</summary>
    public DependencyParser(ParserModel model) : this(model, model?.BeamWidth ?? 1) { }

    /// <summary>Creates a parser over a trained model with beam width <paramref name="beamWidth"/> (1 = greedy) and,
    /// for a beam, the score margin <paramref name="beamMargin"/> (see <see cref="BeamMargin"/>; 0 = none).</summary>
    public DependencyParser(ParserModel model, int beamWidth, int beamMargin = 0)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        ArgumentOutOfRangeException.ThrowIfLessThan(beamWidth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(beamWidth, ParserTrainingOptions.MaxBeamWidth);
        ArgumentOutOfRangeException.ThrowIfNegative(beamMargin);
        BeamWidth = beamWidth;
        BeamMargin = beamMargin;
        _flatLabel = _punctLabel = -1;
        for (int i = 0; i < model.Labels.Count; i++)
        {
            if (model.Labels[i] == "flat") _flatLabel = i;
            else if (model.Labels[i] == "punct") _punctLabel = i;
        }
    }

    // The relations of a hyphenated code's digits and hyphen (HyphenatedCodes); -1 where the model lacks them, and
    // then codes are parsed word by word.
    private readonly int _flatLabel, _punctLabel;

    /// <summary>True when the parser reads hyphenated codes ("COVID-19") as one word (the model knows the
    /// relations their parts take).</summary>
    internal bool CollapsesCodes => _flatLabel >= 0 && _punctLabel >= 0;

    /// <summary>Finds the hyphenated codes of a sentence given as words and collapses them; returns the collapsed
    /// length. <paramref name="spaceAfter"/> says which words a space follows; empty, adjacent words are taken as
    /// written together.</summary>
    private int CollapseCodes(ParserWorkspace ws, IReadOnlyList<string> forms, ReadOnlySpan<bool> spaceAfter)
    {
        int n = forms.Count;
        var codes = ws.Codes;
        codes.Reset(n);
        if (!CollapsesCodes) return codes.Collapse(n);
        bool known = spaceAfter.Length >= n;
        for (int i = 0; i + 2 < n; i++)
        {
            if (known && (spaceAfter[i] || spaceAfter[i + 1])) continue;
            var before = i > 0 && !(known && spaceAfter[i - 1]) ? forms[i - 1].AsSpan() : default;
            if (!HyphenatedCodes.IsCode(before, forms[i], forms[i + 1], forms[i + 2])) continue;
            codes.MarkCode(i + 1, i + 3 < n && !(known && spaceAfter[i + 2]) && HyphenatedCodes.IsSuffix(forms[i + 3]));
        }
        return codes.Collapse(n);
    }

    /// <summary>The form the parser reads at collapsed position <paramref name="j"/>: a code's words joined.</summary>
    private static string CollapsedForm(ParserWorkspace ws, IReadOnlyList<string> forms, int j)
    {
        int o = ws.Codes.Original(j);
        return ws.Codes.Length(j) switch
        {
            3 => string.Concat(forms[o - 1], forms[o], forms[o + 1]),
            4 => string.Concat(forms[o - 1], forms[o], forms[o + 1], forms[o + 2]),
            _ => forms[o - 1],
        };
    }

    /// <summary>Word <paramref name="i"/>'s (1-based) head (1-based, 0 for the root) and relation index after
    /// <see cref="Parse(ParserWorkspace)"/> of a sentence collapsed by <see cref="HyphenatedCodes"/>: a code's
    /// digits are <c>flat</c> on its letters, its hyphen <c>punct</c> on the digits, its letters take the code's
    /// attachment.</summary>
    internal (int Head, int Label) Attachment(ParserWorkspace ws, int i)
    {
        var codes = ws.Codes;
        switch (codes.Part(i))
        {
            case HyphenatedCodes.Hyphen: return (i + 1, _punctLabel);
            case HyphenatedCodes.Digits: return (i - 2, _flatLabel);
            case HyphenatedCodes.Suffix: return (i - 3, _flatLabel);
        }
        int r = codes.Reduced(i);
        return (codes.Original(ws.State.Head[r]), ws.State.Label[r]);
    }

    /// <summary>Beam pruning by score, in the model's quantised score units: a candidate scoring more than this below
    /// the step's best is dropped even when the beam has room (0 = keep the best <see cref="BeamWidth"/> always).
    /// Where one transition clearly wins, the beam shrinks towards greedy and costs that much less.</summary>
    public int BeamMargin { get; }

    /// <summary>The weights in use.</summary>
    public ParserModel Model { get; }

    /// <summary>Beam width of decoding; 1 is greedy.</summary>
    public int BeamWidth { get; }

    /// <summary>
    /// Parses one sentence given its words and tags (XPOS may be null or "_": UPOS stands in). Returns, per word,
    /// the 0-based index of its head in the sentence (-1 for the root) and its relation. With no spacing known,
    /// adjacent words that form a hyphenated code (<see cref="HyphenatedCodes"/>) are taken as written together.
    /// </summary>
    public (int[] Heads, string[] Relations) Parse(IReadOnlyList<string> forms, IReadOnlyList<string?> xpos, IReadOnlyList<Upos> upos, ParserWorkspace? workspace = null)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(xpos);
        ArgumentNullException.ThrowIfNull(upos);
        if (xpos.Count != forms.Count || upos.Count != forms.Count)
            throw new ArgumentException("forms, xpos and upos must have the same length");
        var ws = workspace ?? _workspaces.Value!;
        int n = forms.Count;
        int m = CollapseCodes(ws, forms, default);
        ws.Sentence.Reset(m, Model.Clusters, Model.Vocabulary);
        for (int j = 1; j <= m; j++)
        {
            int o = ws.Codes.Original(j) - 1;
            ws.Sentence.Set(j, CollapsedForm(ws, forms, j), xpos[o], upos[o]);
        }
        Parse(ws);
        var heads = new int[n];
        var rels = new string[n];
        for (int i = 0; i < n; i++)
        {
            var (head, label) = Attachment(ws, i + 1);
            heads[i] = head - 1;
            rels[i] = Model.Labels[label];
        }
        return (heads, rels);
    }

    /// <summary>
    /// Parses one sentence for <see cref="IDependencyAnnotator"/>: heads are 1-based with 0 for the root, as in CoNLL-U.
    /// </summary>
    public void Parse(IReadOnlyList<string> forms, ReadOnlySpan<Upos> upos, IReadOnlyList<string> xpos, Span<int> heads, string[] relations)
        => Parse(forms, default, upos, xpos, heads, relations);

    /// <summary>
    /// Parses one sentence for <see cref="IDependencyAnnotator"/> knowing which words a space follows (hyphenated
    /// codes are only words written together): heads are 1-based with 0 for the root, as in CoNLL-U.
    /// </summary>
    public void Parse(IReadOnlyList<string> forms, ReadOnlySpan<bool> spaceAfter, ReadOnlySpan<Upos> upos, IReadOnlyList<string> xpos, Span<int> heads, string[] relations)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(xpos);
        ArgumentNullException.ThrowIfNull(relations);
        int n = forms.Count;
        if (upos.Length < n || xpos.Count < n || heads.Length < n || relations.Length < n)
            throw new ArgumentException("upos, xpos, heads and relations need one entry per word");
        var ws = _workspaces.Value!;
        int m = CollapseCodes(ws, forms, spaceAfter);
        ws.Sentence.Reset(m, Model.Clusters, Model.Vocabulary);
        for (int j = 1; j <= m; j++)
        {
            int o = ws.Codes.Original(j) - 1;
            ws.Sentence.Set(j, CollapsedForm(ws, forms, j), xpos[o], upos[o]);
        }
        Parse(ws);
        for (int i = 0; i < n; i++)
        {
            var (head, label) = Attachment(ws, i + 1);
            heads[i] = head;
            relations[i] = Model.Labels[label];
        }
    }

    /// <summary>Parses the sentence loaded in <c>ws.Sentence</c>; results are in <c>ws.State.Head/Label</c> (1-based, 0 = root).</summary>
    internal void Parse(ParserWorkspace ws)
    {
        if (Model.Scorer is { } network) { network.Parse(ws); return; }
        if (BeamWidth > 1) { ParseBeam(ws, BeamWidth); return; }
        var st = ws.State;
        int n = ws.Sentence.Length;
        st.Reset(n);
        Span<int> scores = stackalloc int[3];
        var features = ws.Features.AsSpan(0, Model.FeatureCount);
        while (!st.IsTerminal)
        {
            // Where only one transition is valid, its score does not matter: with only the root on the stack the
            // parser must shift, and with the buffer empty it must attach rightwards (the root's own dependent
            // needs no label either). Skipping them saves a fifth or so of the table lookups, with the same trees.
            if (st.StackSize == 1) { st.Apply(ParserAction.Shift, -1); continue; }
            if (st.Buffer > n)
            {
                if (st.StackSize > 2 || Model.RootLabel < 0) FeatureExtractor.Extract(st, ws.Sentence, features);
                st.Apply(ParserAction.Right, ChooseLabel(ws, st, features, ParserAction.Right));
                continue;
            }
            FeatureExtractor.Extract(st, ws.Sentence, features);
            ScoreActions(features, ws.Rows, scores);
            var action = Best(st, scores);
            int label = action == ParserAction.Shift ? -1 : ChooseLabel(ws, st, features, action);
            st.Apply(action, label);
        }
    }

    /// <summary>Beam search: every item of the beam is extended by each valid transition, and the best
    /// <paramref name="width"/> extensions by total score survive. Arc-hybrid parses of n words take exactly 2n
    /// transitions, so all items finish together; the best one ends in <c>ws.State</c>. A width of 1 scores every
    /// transition, forced ones included, so it checks the greedy loop's shortcuts.</summary>
    /// <remarks>Each step works in phases over the whole beam rather than item by item: all items' table rows are
    /// computed and prefetched before any is summed, and likewise the surviving arcs' label rows, so the cache misses
    /// of all k items overlap instead of k rounds of them in turn. A state is copied only for the candidates that
    /// share a parent with a later one; the parent's last candidate takes the state itself. The sums, the order
    /// candidates are offered in and so the trees are the same as scoring item by item.</remarks>
    internal void ParseBeam(ParserWorkspace ws, int width)
    {
        int n = ws.Sentence.Length, count = Model.FeatureCount, max = FeatureExtractor.MaxCount;
        ws.EnsureBeam(width);
        var beam = ws.Beam; var next = ws.NextBeam;
        var scores = ws.BeamScores; var nextScores = ws.NextScores;
        var agenda = ws.Agenda;
        var table = Model.ActionWeights;
        int bits = Model.ActionBits;
        bool wideLabels = Model.LabelWidth == 64 && Vector256.IsHardwareAccelerated;
        beam[0].Reset(n);
        scores[0] = 0;
        int size = 1;
        Span<int> actionScores = stackalloc int[3];
        while (!beam[0].IsTerminal)
        {
            for (int i = 0; i < size; i++)
            {
                var f = ws.ItemFeatures.AsSpan(i * max, count);
                FeatureExtractor.Extract(beam[i], ws.Sentence, f);
                var rows = ws.ItemRows.AsSpan(i * max, count);
                for (int k = 0; k < rows.Length; k++) rows[k] = ParserTables.ActionRow(f[k], bits) * ParserTables.ActionWidth;
                CacheHints.Prefetch(table, rows);
            }
            agenda.Clear(width);
            for (int i = 0; i < size; i++)
            {
                SumActionRows(ws.ItemRows.AsSpan(i * max, count), actionScores);
                for (int a = 0; a < 3; a++)
                    if (beam[i].IsValid((ParserAction)a)) agenda.Offer(scores[i] + actionScores[a], i, (ParserAction)a);
            }
            if (BeamMargin > 0)
            {
                double floor = agenda.Score[0] - BeamMargin;
                while (agenda.Count > 1 && agenda.Score[agenda.Count - 1] < floor) agenda.Count--;
            }
            ws.BeamSteps++;
            ws.BeamItemsScored += size;
            var uses = ws.ParentUses.AsSpan(0, size);
            uses.Clear();
            for (int j = 0; j < agenda.Count; j++)
            {
                int parent = agenda.Parent[j];
                var action = agenda.Action[j];
                uses[parent]++;
                ws.CandidateLabels[j] = action == ParserAction.Shift ? -1 : RootLabelFor(beam[parent], action);
                if (ws.CandidateLabels[j] == NeedsScoring && wideLabels)
                {
                    var lrows = ws.CandidateLabelRows.AsSpan(j * max, count);
                    var f = ws.ItemFeatures.AsSpan(parent * max, count);
                    for (int k = 0; k < lrows.Length; k++) lrows[k] = ParserTables.LabelRow(f[k], action, Model.LabelBits);
                    CacheHints.PrefetchRows64(Model.LabelWeights, lrows);
                }
            }
            for (int j = 0; j < agenda.Count; j++)
            {
                if (ws.CandidateLabels[j] != NeedsScoring) continue;
                ws.BeamLabelsScored++;
                int parent = agenda.Parent[j];
                ws.CandidateLabels[j] = wideLabels
                    ? LabelFromRows64(ws, ws.CandidateLabelRows.AsSpan(j * max, count))
                    : ChooseLabel(ws, beam[parent], ws.ItemFeatures.AsSpan(parent * max, count), agenda.Action[j]);
            }
            for (int j = 0; j < agenda.Count; j++)
            {
                int parent = agenda.Parent[j];
                if (--uses[parent] > 0) next[j].CopyFrom(beam[parent]);
                else (next[j], beam[parent]) = (beam[parent], next[j]);
                next[j].Apply(agenda.Action[j], ws.CandidateLabels[j]);
                nextScores[j] = agenda.Score[j];
            }
            size = agenda.Count;
            (beam, next) = (next, beam);
            (scores, nextScores) = (nextScores, scores);
        }
        // Keep the buffers' roles stable for the next sentence, whichever way the last swap went.
        ws.Beam = beam; ws.NextBeam = next; ws.BeamScores = scores; ws.NextScores = nextScores;
        ws.State.CopyFrom(beam[0]);
    }

    // Marks an arc whose relation must be scored (every arc but the root's).
    private const int NeedsScoring = -2;

    private int RootLabelFor(ArcHybridState st, ParserAction action)
        => action == ParserAction.Right && st.StackSize == 2 && Model.RootLabel >= 0 ? Model.RootLabel : NeedsScoring;

    // The best non-root relation over label rows already computed (and prefetched) for a 64-wide label table.
    private int LabelFromRows64(ParserWorkspace ws, ReadOnlySpan<int> rows)
    {
        if (ws.LabelScores.Length < 64) ws.LabelScores = new int[64];
        var acc = ws.LabelScores.AsSpan(0, 64);
        SumRows64(rows, Model.LabelWeights, acc);
        return BestLabel(acc);
    }

    private int BestLabel(ReadOnlySpan<int> acc)
    {
        int best = -1, bestScore = int.MinValue, count = Model.Labels.Count;
        for (int k = 0; k < count; k++)
            if (k != Model.RootLabel && acc[k] > bestScore) { best = k; bestScore = acc[k]; }
        return best;
    }

    internal void ScoreActions(ReadOnlySpan<ulong> features, int[] rowBuffer, Span<int> scores)
    {
        var table = Model.ActionWeights;
        int bits = Model.ActionBits;
        // Rows first, sums second: the summing loop is then only independent loads, so the processor keeps many
        // more of its cache misses (the table is tens of megabytes) in flight at once.
        var rows = rowBuffer.AsSpan(0, features.Length);
        for (int k = 0; k < rows.Length; k++) rows[k] = ParserTables.ActionRow(features[k], bits) * ParserTables.ActionWidth;
        // Then all rows are asked for before any is read (prefetches retire at once, loads that miss do not).
        CacheHints.Prefetch(table, rows);
        SumActionRows(rows, scores);
    }

    // One 8-byte load and one widening add per row (instead of three of each): the fewer instructions a row
    // takes, the more rows' cache misses fit in the processor's reorder window at once.
    private void SumActionRows(ReadOnlySpan<int> rows, Span<int> scores)
    {
        ref short t0 = ref MemoryMarshal.GetArrayDataReference(Model.ActionWeights);
        Vector128<int> sum = default;
        foreach (int r in rows) sum += Vector128.WidenLower(Vector64.LoadUnsafe(ref t0, (nuint)r).ToVector128Unsafe());
        scores[0] = sum.GetElement(0); scores[1] = sum.GetElement(1); scores[2] = sum.GetElement(2);
    }

    // The common shape (up to 64 relations): sums whole rows in eight 256-bit registers (four 512-bit ones where the
    // processor has them: half the instructions per row, so more rows' cache misses overlap), with no stores in the loop.
    private static void SumRows64(ReadOnlySpan<int> rows, ReadOnlySpan<short> table, Span<int> acc)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<int> z0 = default, z1 = default, z2 = default, z3 = default;
            ref short z = ref MemoryMarshal.GetReference(table);
            foreach (int row in rows)
            {
                nuint r = (nuint)row * 64;
                var (l0, h0) = Vector512.Widen(Vector512.LoadUnsafe(ref z, r));
                var (l1, h1) = Vector512.Widen(Vector512.LoadUnsafe(ref z, r + 32));
                z0 += l0; z1 += h0; z2 += l1; z3 += h1;
            }
            z0.CopyTo(acc); z1.CopyTo(acc[16..]); z2.CopyTo(acc[32..]); z3.CopyTo(acc[48..]);
            return;
        }
        Vector256<int> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
        ref short t0 = ref MemoryMarshal.GetReference(table);
        foreach (int row in rows)
        {
            nuint r = (nuint)row * 64;
            var (l0, h0) = Vector256.Widen(Vector256.LoadUnsafe(ref t0, r));
            var (l1, h1) = Vector256.Widen(Vector256.LoadUnsafe(ref t0, r + 16));
            var (l2, h2) = Vector256.Widen(Vector256.LoadUnsafe(ref t0, r + 32));
            var (l3, h3) = Vector256.Widen(Vector256.LoadUnsafe(ref t0, r + 48));
            a0 += l0; a1 += h0; a2 += l1; a3 += h1; a4 += l2; a5 += h2; a6 += l3; a7 += h3;
        }
        a0.CopyTo(acc); a1.CopyTo(acc[8..]); a2.CopyTo(acc[16..]); a3.CopyTo(acc[24..]);
        a4.CopyTo(acc[32..]); a5.CopyTo(acc[40..]); a6.CopyTo(acc[48..]); a7.CopyTo(acc[56..]);
    }

    internal static ParserAction Best(ArcHybridState st, ReadOnlySpan<int> scores)
    {
        var best = ParserAction.Shift;
        int bestScore = int.MinValue;
        for (int k = 0; k < 3; k++)
        {
            var a = (ParserAction)k;
            if (st.IsValid(a) && scores[k] > bestScore) { best = a; bestScore = scores[k]; }
        }
        return best;
    }

    /// <summary>The relation for the arc <paramref name="action"/> makes: root for the root's dependent, else the best-scoring other label.</summary>
    internal int ChooseLabel(ParserWorkspace ws, ArcHybridState st, ReadOnlySpan<ulong> features, ParserAction action)
    {
        if (action == ParserAction.Right && st.StackSize == 2 && Model.RootLabel >= 0) return Model.RootLabel;
        int width = Model.LabelWidth, bits = Model.LabelBits;
        if (ws.LabelScores.Length < width) ws.LabelScores = new int[width];
        var acc = ws.LabelScores.AsSpan(0, width);
        acc.Clear();
        var table = Model.LabelWeights;
        if (width == 64 && Vector256.IsHardwareAccelerated)
        {
            var rows = ws.Rows.AsSpan(0, features.Length);
            for (int k = 0; k < rows.Length; k++) rows[k] = ParserTables.LabelRow(features[k], action, bits);
            CacheHints.PrefetchRows64(table, rows);
            SumRows64(rows, table, acc);
        }
        else
        {
            int vs = Vector<short>.Count, vi = Vector<int>.Count;
            foreach (ulong f in features)
            {
                int r = ParserTables.LabelRow(f, action, bits) * width;
                var row = table.Slice(r, width);
                for (int k = 0; k < width; k += vs)
                {
                    Vector.Widen(new Vector<short>(row.Slice(k)), out var lo, out var hi);
                    (new Vector<int>(acc.Slice(k)) + lo).CopyTo(acc.Slice(k));
                    (new Vector<int>(acc.Slice(k + vi)) + hi).CopyTo(acc.Slice(k + vi));
                }
            }
        }
        return BestLabel(acc);
    }
}
