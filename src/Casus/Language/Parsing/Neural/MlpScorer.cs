namespace Casus.Language.Parsing.Neural;

/// <summary>
/// Greedy decoding with a <see cref="MlpNetwork"/>, made fast by Chen and Manning's trick: for every slot, the
/// product of each tag, cluster and relation embedding (and of the <see cref="PrecomputedWords"/> most frequent words)
/// with the slot's block of first-layer weights is computed once, at load; the hidden layer is then a sum of
/// precomputed rows, and only rarer words are multiplied out at parse time, once per sentence, word and slot (a word
/// stays in a position for several transitions). The rows are stored as 16-bit integers under one scale and summed
/// exactly in 32 bits: the sum is bound by the bytes it reads from tables of tens of megabytes, and this halves them. The output layer is kept transposed, one row of outputs per hidden
/// unit, so the scores are a sum over the units the ReLU left active (about half) instead of a dot product per output.
/// Immutable and thread-safe; the per-sentence state lives in a <see cref="ParserWorkspace"/>.
/// </summary>
internal sealed class MlpScorer
{
    /// <summary>Words precomputed per slot (memory: slots × words × hidden floats).</summary>
    public const int PrecomputedWords = 2000;

    private readonly MlpNetwork _net;
    private readonly short[][] _rows;      // per slot: precomputed hidden rows (quantised, _stride wide), id-major
    private readonly int _stride;          // hidden width padded to whole vectors of shorts
    private readonly float _scale;         // a quantised row value times this is its float value
    private readonly int[] _rowCount;      // per slot: ids precomputed
    private readonly int _rootLabel;
    private readonly float[] _outputByUnit;  // W2 transposed: hidden unit i's weights to every output at i × _outputWidth
    private readonly int _outputWidth;       // outputs padded to whole vectors
    private readonly float[] _outputBias;    // B2 padded likewise
    private readonly float[] _zeros;
    private readonly float[][] _blockArrays; // W1 once per embedding dimension, for SumRows

    public MlpScorer(MlpNetwork net, int rootLabel)
    {
        _net = net;
        _rootLabel = rootLabel;
        int h = net.Hidden, slots = MlpSlots.Count;
        _zeros = new float[h];
        int widest = net.Dims.Max();
        _blockArrays = new float[widest][];
        Array.Fill(_blockArrays, net.W1);
        var scratch = new int[widest];
        int vs = System.Numerics.Vector<short>.Count;
        _stride = (h + vs - 1) / vs * vs;
        // The products in floats first, for the largest magnitude, which sets the one scale of all rows.
        var products = new float[slots][];
        _rowCount = new int[slots];
        float max = 0;
        for (int k = 0; k < slots; k++)
        {
            int t = MlpSlots.All[k].Table;
            int count = t == MlpSlots.WordTable ? Math.Min(net.Rows[t], MlpSlots.FirstKnown + PrecomputedWords) : net.Rows[t];
            var rows = new float[count * h];
            for (int id = 0; id < count; id++) Product(k, id, scratch, rows.AsSpan(id * h, h));
            foreach (float v in rows) max = Math.Max(max, Math.Abs(v));
            products[k] = rows;
            _rowCount[k] = count;
        }
        // Rare words' products (quantised at parse time) may exceed the precomputed ones a little: they are clamped.
        _scale = max > 0 ? max / 30000f : 1f;
        _rows = new short[slots][];
        for (int k = 0; k < slots; k++)
        {
            int count = _rowCount[k];
            var q = new short[count * _stride];
            for (int id = 0; id < count; id++) Quantise(products[k].AsSpan(id * h, h), q.AsSpan(id * _stride, h));
            _rows[k] = q;
        }
        int width = System.Numerics.Vector<float>.Count;
        _outputWidth = (net.Outputs + width - 1) / width * width;
        _outputByUnit = new float[h * _outputWidth];
        _outputBias = new float[_outputWidth];
        net.B2.CopyTo(_outputBias, 0);
        for (int o = 0; o < net.Outputs; o++)
            for (int i = 0; i < h; i++) _outputByUnit[i * _outputWidth + o] = net.W2[o * h + i];
    }

    private void Quantise(ReadOnlySpan<float> values, Span<short> into)
    {
        float inverse = 1f / _scale;
        for (int i = 0; i < values.Length; i++) into[i] = (short)Math.Clamp(MathF.Round(values[i] * inverse), -32767f, 32767f);
    }

    // row = embedding(id) × the slot's first-layer block (a sum of the block's rows scaled by the embedding).
    // `scratch` holds the block's row offsets (the caller's, so that threads do not share it).
    private void Product(int slot, int id, int[] scratch, Span<float> row)
    {
        var net = _net;
        int t = MlpSlots.All[slot].Table, dim = net.Dims[t], h = net.Hidden, first = net.SlotOffset[slot];
        var offsets = scratch.AsSpan(0, dim);
        for (int d = 0; d < dim; d++) offsets[d] = (first + d) * h;
        VectorMath.SumRows(_zeros, _blockArrays.AsSpan(0, dim), offsets, net.Embeddings[t].AsSpan(id * dim, dim), row);
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
        if (ws.MlpWordCache.Length < cacheRows * _stride) { ws.MlpWordCache = new short[cacheRows * _stride]; ws.MlpWordCached = new bool[cacheRows]; }
        if (ws.MlpAccumulator.Length < _stride) ws.MlpAccumulator = new int[_stride];
        if (ws.MlpProduct.Length < h) ws.MlpProduct = new float[h];
        var accumulator = ws.MlpAccumulator.AsSpan(0, _stride);
        var cached = ws.MlpWordCached.AsSpan(0, cacheRows);
        cached.Clear();
        if (ws.MlpUnitArrays.Length < h) { ws.MlpUnitArrays = new float[h][]; ws.MlpUnitOffsets = new int[h]; ws.MlpUnitScales = new float[h]; }
        var rowArrays = ws.MlpRowArrays.AsSpan();
        var rowOffsets = ws.MlpRowOffsets.AsSpan();
        var unitArrays = ws.MlpUnitArrays;
        var unitOffsets = ws.MlpUnitOffsets;
        var unitScales = ws.MlpUnitScales;
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
            // The hidden layer: the bias plus one precomputed (or per-sentence cached) row per slot.
            for (int k = 0; k < ids.Length; k++)
            {
                int id = ids[k];
                if (id < _rowCount[k]) { rowArrays[k] = _rows[k]; rowOffsets[k] = id * _stride; continue; }
                // Only words can miss: the other tables are precomputed whole. Word slots come first, so slot k
                // reads the word at position k.
                int row = tokens[k] * MlpSlots.Positions + k;
                if (!cached[row])
                {
                    var product = ws.MlpProduct.AsSpan(0, h);
                    Product(k, id, ws.MlpBlockOffsets, product);
                    Quantise(product, ws.MlpWordCache.AsSpan(row * _stride, h));
                    cached[row] = true;
                }
                rowArrays[k] = ws.MlpWordCache; rowOffsets[k] = row * _stride;
            }
            Casus.Language.Models.CacheHints.PrefetchRows(rowArrays, rowOffsets, _stride);
            VectorMath.SumRows16(rowArrays, rowOffsets, accumulator);
            for (int i = 0; i < h; i++) hidden[i] = net.B1[i] + accumulator[i] * _scale;
            // The scores: output bias plus the active units' rows of the transposed output layer.
            int active = 0;
            for (int i = 0; i < h; i++)
            {
                if (hidden[i] <= 0) continue;
                unitArrays[active] = _outputByUnit; unitOffsets[active] = i * _outputWidth; unitScales[active] = hidden[i];
                active++;
            }
            VectorMath.SumRows(_outputBias, unitArrays.AsSpan(0, active), unitOffsets.AsSpan(0, active), unitScales.AsSpan(0, active), scores);
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
