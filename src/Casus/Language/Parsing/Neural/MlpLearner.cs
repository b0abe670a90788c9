namespace Casus.Language.Parsing.Neural;

/// <summary>
/// One training example through the network: <see cref="Forward"/> (hidden layer, with dropout), <see cref="Score"/>
/// (the valid outputs' scores), then <see cref="Backward"/> (softmax cross-entropy over the valid outputs against one
/// target, gradients added to a <see cref="MlpGradients"/>). Holds the example's activations between the calls;
/// buffers are reused, so a step allocates nothing.
/// </summary>
internal sealed class MlpLearner
{
    private readonly float[] _hidden, _mask, _dHidden, _scores, _probs;
    private readonly int[] _ids = new int[MlpSlots.Count];
    private ulong _rng;

    public MlpLearner(MlpNetwork net, int seed)
    {
        _hidden = new float[net.Hidden];
        _mask = new float[net.Hidden];
        _dHidden = new float[net.Hidden];
        _scores = new float[net.Outputs];
        _probs = new float[net.Outputs];
        _rng = 0x9E3779B97F4A7C15UL ^ (ulong)(uint)seed * 0xBF58476D1CE4E5B9UL;
        if (_rng == 0) _rng = 1;
    }

    /// <summary>Scores of the last <see cref="Score"/>, by output.</summary>
    public ReadOnlySpan<float> Scores => _scores;

    /// <summary>Computes the hidden layer for the slot ids <paramref name="ids"/>, dropping each unit with probability
    /// <paramref name="dropout"/> (survivors scaled up, so no rescaling is needed when parsing).</summary>
    public void Forward(MlpNetwork net, ReadOnlySpan<int> ids, float dropout)
    {
        ids.CopyTo(_ids);
        int h = net.Hidden;
        var hidden = _hidden.AsSpan();
        net.B1.CopyTo(hidden);
        var slots = MlpSlots.All;
        for (int k = 0; k < slots.Length; k++)
        {
            int t = slots[k].Table, dim = net.Dims[t];
            var e = net.Embeddings[t].AsSpan(ids[k] * dim, dim);
            int row = net.SlotOffset[k];
            for (int d = 0; d < dim; d++) VectorMath.Axpy(e[d], net.W1.AsSpan((row + d) * h, h), hidden);
        }
        float keep = 1f / (1f - dropout);
        for (int i = 0; i < h; i++)
        {
            float m = hidden[i] > 0 ? 1f : 0f;
            if (dropout > 0 && m > 0) m = NextUnit() < dropout ? 0f : keep;
            _mask[i] = m;
            hidden[i] *= m;
        }
    }

    /// <summary>Scores the outputs in <paramref name="valid"/> (others are left as they were).</summary>
    public void Score(MlpNetwork net, ReadOnlySpan<int> valid)
    {
        int h = net.Hidden;
        foreach (int o in valid) _scores[o] = net.B2[o] + VectorMath.Dot(net.W2.AsSpan(o * h, h), _hidden);
    }

    /// <summary>The best-scoring output among <paramref name="valid"/>.</summary>
    public int Best(ReadOnlySpan<int> valid)
    {
        int best = valid[0];
        foreach (int o in valid) if (_scores[o] > _scores[best]) best = o;
        return best;
    }

    /// <summary>Adds the gradients of the cross-entropy of <paramref name="target"/> under a softmax over
    /// <paramref name="valid"/> to <paramref name="g"/>; returns the loss.</summary>
    public float Backward(MlpNetwork net, MlpGradients g, ReadOnlySpan<int> valid, int target)
    {
        int h = net.Hidden;
        float max = float.NegativeInfinity;
        foreach (int o in valid) max = Math.Max(max, _scores[o]);
        float sum = 0;
        foreach (int o in valid) { float p = MathF.Exp(_scores[o] - max); _probs[o] = p; sum += p; }
        var dHidden = _dHidden.AsSpan();
        dHidden.Clear();
        var hidden = _hidden.AsSpan();
        foreach (int o in valid)
        {
            float grad = _probs[o] / sum - (o == target ? 1f : 0f);
            if (grad == 0) continue;
            g.B2[o] += grad;
            VectorMath.Axpy(grad, hidden, g.W2.AsSpan(o * h, h));
            VectorMath.Axpy(grad, net.W2.AsSpan(o * h, h), dHidden);
        }
        for (int i = 0; i < h; i++) dHidden[i] *= _mask[i];
        VectorMath.Add(dHidden, g.B1);
        var slots = MlpSlots.All;
        for (int k = 0; k < slots.Length; k++)
        {
            int t = slots[k].Table, dim = net.Dims[t], id = _ids[k];
            var e = net.Embeddings[t].AsSpan(id * dim, dim);
            var ge = g.Embeddings[t].AsSpan(id * dim, dim);
            int row = net.SlotOffset[k];
            for (int d = 0; d < dim; d++)
            {
                VectorMath.Axpy(e[d], dHidden, g.W1.AsSpan((row + d) * h, h));
                ge[d] += VectorMath.Dot(net.W1.AsSpan((row + d) * h, h), dHidden);
            }
            g.Touch(t, id);
        }
        return MathF.Log(sum) - (_scores[target] - max);
    }

    // xorshift64*: fast, seeded, the same on every machine.
    private float NextUnit()
    {
        _rng ^= _rng >> 12; _rng ^= _rng << 25; _rng ^= _rng >> 27;
        return ((_rng * 0x2545F4914F6CDD1DUL) >> 40) / (float)(1 << 24);
    }
}
