namespace Casus.Language.Parsing.Neural;

/// <summary>
/// Greedy decoding with a <see cref="MlpNetwork"/>, made fast by Chen and Manning's trick: for every slot, the
/// product of each tag, cluster and relation embedding (and of the <see cref="PrecomputedWords"/> most frequent words)
/// with the slot's block of first-layer weights is computed once, at load; the hidden layer is then a sum of
/// precomputed rows, and only rarer words are multiplied out at parse time, once per sentence, word and slot (a word
/// stays in a position for several transitions). The output layer is kept transposed, one row of outputs per hidden
/// unit, so the scores are a sum over the units the ReLU left active (about half) instead of a dot product per output.
/// Immutable and thread-safe; the per-sentence state lives in a <see cref="ParserWorkspace"/>.
/// </summary>
internal sealed class MlpScorer
{
    /// <summary>Words precomputed per slot (memory: slots × words × hidden floats).</summary>
    public const int PrecomputedWords = 2000;

    private readonly MlpNetwork _net;
    private readonly float[][] _rows;      // per slot: precomputed hidden rows, id-major
    private readonly int[] _rowCount;      // per slot: ids precomputed
    private readonly int _rootLabel;
    private readonly float[] _outputByUnit;  // W2 transposed: hidden unit i's weights to every output at i × _outputWidth
    private readonly int _outputWidth;       // outputs padded to whole vectors

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
        int width = System.Numerics.Vector<float>.Count;
        _outputWidth = (net.Outputs + width - 1) / width * width;
        _outputByUnit = new float[h * _outputWidth];
        for (int o = 0; o < net.Outputs; o++)
            for (int i = 0; i < h; i++) _outputByUnit[i * _outputWidth + o] = net.W2[o * h + i];
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
        if (ws.MlpScores.Length < _outputWidth) ws.MlpScores = new float[_outputWidth];
        var hidden = ws.MlpHidden.AsSpan(0, h);
        var scores = ws.MlpScores.AsSpan(0, _outputWidth);
        // The rare words' products, per word and word slot, computed when first needed in this sentence.
        int cacheRows = (n + 1) * MlpSlots.Positions;
        if (ws.MlpWordCache.Length < cacheRows * h) { ws.MlpWordCache = new float[cacheRows * h]; ws.MlpWordCached = new bool[cacheRows]; }
        var cached = ws.MlpWordCached.AsSpan(0, cacheRows);
        cached.Clear();
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
                else if (k < MlpSlots.Positions)
                {
                    // Word slots come first, so slot k reads the word at position k.
                    int row = tokens[k] * MlpSlots.Positions + k;
                    var product = ws.MlpWordCache.AsSpan(row * h, h);
                    if (!cached[row]) { product.Clear(); AddProduct(net, k, id, product); cached[row] = true; }
                    VectorMath.Add(product, hidden);
                }
                else AddProduct(net, k, id, hidden);
            }
            net.B2.CopyTo(scores);
            for (int i = 0; i < h; i++)
                if (hidden[i] > 0) VectorMath.Axpy(hidden[i], _outputByUnit.AsSpan(i * _outputWidth, _outputWidth), scores);
            var best = ParserAction.Shift;
            int bestLabel = -1;
            float bestScore = float.NegativeInfinity;
            if (st.IsValid(ParserAction.Shift)) bestScore = scores[0];
            for (int dir = 1; dir <= 2; dir++)
            {
                var action = (ParserAction)dir;
                if (!st.IsValid(action)) continue;
                int first = dir == 1 ? 1 : 1 + labels;
                for (int l = 0; l < labels; l++)
                {
                    if (l == _rootLabel) continue;
                    float s = scores[first + l];
                    if (s > bestScore) { bestScore = s; best = action; bestLabel = l; }
                }
            }
            st.Apply(best, best == ParserAction.Shift ? -1 : bestLabel);
        }
    }
}
