namespace Casus.Language.Parsing.Neural;

/// <summary>
/// Greedy decoding with a <see cref="MlpNetwork"/>, made fast by Chen and Manning's trick: for every slot, the
/// product of each tag, cluster and relation embedding (and of the <see cref="PrecomputedWords"/> most frequent words)
/// with the slot's block of first-layer weights is computed once, at load; the hidden layer is then a sum of
/// precomputed rows, and only rarer words are multiplied out at parse time. Immutable and thread-safe; the per-sentence
/// state lives in a <see cref="ParserWorkspace"/>.
/// </summary>
internal sealed class MlpScorer
{
    /// <summary>Words precomputed per slot (memory: slots × words × hidden floats).</summary>
    public const int PrecomputedWords = 2000;

    private readonly MlpNetwork _net;
    private readonly float[][] _rows;      // per slot: precomputed hidden rows, id-major
    private readonly int[] _rowCount;      // per slot: ids precomputed
    private readonly int _rootLabel;

    public MlpScorer(MlpNetwork net, int rootLabel)
    {
        _net = net;
        _rootLabel = rootLabel;
        int h = net.Hidden, slots = MlpSlots.Count;
        _rows = new float[slots][];
        _rowCount = new int[slots];
        for (int k = 0; k < slots; k++)
        {
            int t = MlpSlots.All[k].Table, dim = net.Dims[t];
            int count = t == MlpSlots.WordTable ? Math.Min(net.Rows[t], MlpSlots.FirstKnown + PrecomputedWords) : net.Rows[t];
            var rows = new float[count * h];
            for (int id = 0; id < count; id++) AddProduct(net, k, id, rows.AsSpan(id * h, h));
            _rows[k] = rows;
            _rowCount[k] = count;
        }
    }

    // hidden += embedding(id) × the slot's first-layer block.
    private static void AddProduct(MlpNetwork net, int slot, int id, Span<float> hidden)
    {
        int t = MlpSlots.All[slot].Table, dim = net.Dims[t], h = net.Hidden, row = net.SlotOffset[slot];
        var e = net.Embeddings[t].AsSpan(id * dim, dim);
        for (int d = 0; d < dim; d++) VectorMath.Axpy(e[d], net.W1.AsSpan((row + d) * h, h), hidden);
    }

    /// <summary>Parses the sentence loaded in <c>ws.Sentence</c> (its <see cref="MlpSentence"/> ids); results are in
    /// <c>ws.State.Head/Label</c> (1-based, 0 = root).</summary>
    public void Parse(ParserWorkspace ws)
    {
        var net = _net;
        int h = net.Hidden, labels = net.Labels;
        var st = ws.State;
        var sentence = ws.Sentence.Mlp;
        int n = ws.Sentence.Length;
        if (ws.MlpHidden.Length < h) ws.MlpHidden = new float[h];
        var hidden = ws.MlpHidden.AsSpan(0, h);
        var tokens = ws.MlpTokens.AsSpan();
        var ids = ws.MlpIds.AsSpan();
        st.Reset(n);
        while (!st.IsTerminal)
        {
            // Forced moves need no scores: with only the root on the stack, shift; with the buffer empty and one word
            // left, it is the root's dependent.
            if (st.StackSize == 1) { st.Apply(ParserAction.Shift, -1); continue; }
            if (st.Buffer > n && st.StackSize == 2) { st.Apply(ParserAction.Right, _rootLabel); continue; }
            MlpSlots.Ids(st, sentence, tokens, ids);
            net.B1.CopyTo(hidden);
            for (int k = 0; k < ids.Length; k++)
            {
                int id = ids[k];
                if (id < _rowCount[k]) VectorMath.Add(_rows[k].AsSpan(id * h, h), hidden);
                else AddProduct(net, k, id, hidden);
            }
            VectorMath.Relu(hidden);
            var best = ParserAction.Shift;
            int bestLabel = -1;
            float bestScore = float.NegativeInfinity;
            if (st.IsValid(ParserAction.Shift)) bestScore = Output(net, 0, hidden);
            for (int dir = 1; dir <= 2; dir++)
            {
                var action = (ParserAction)dir;
                if (!st.IsValid(action)) continue;
                int first = dir == 1 ? 1 : 1 + labels;
                for (int l = 0; l < labels; l++)
                {
                    if (l == _rootLabel) continue;
                    float s = Output(net, first + l, hidden);
                    if (s > bestScore) { bestScore = s; best = action; bestLabel = l; }
                }
            }
            st.Apply(best, best == ParserAction.Shift ? -1 : bestLabel);
        }
    }

    private static float Output(MlpNetwork net, int o, ReadOnlySpan<float> hidden) =>
        net.B2[o] + VectorMath.Dot(net.W2.AsSpan(o * net.Hidden, net.Hidden), hidden);
}
