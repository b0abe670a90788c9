using System.Numerics;
using System.Runtime.InteropServices;

namespace Casus.Language.Parsing.Neural;

/// <summary>
/// Adam (Kingma and Ba 2015) over a <see cref="MlpNetwork"/>: dense for the layers, lazy for the embeddings (only the
/// rows a batch touched move, so rare words are not dragged by moments of batches they were not in). Each
/// <see cref="Step"/> applies and clears the summed gradients of one minibatch.
/// </summary>
internal sealed class MlpAdam
{
    private const float Beta1 = 0.9f, Beta2 = 0.999f, Epsilon = 1e-8f;
    private readonly float _rate;
    private readonly float[][] _m1, _m2;
    private readonly float[] _w1m, _w1v, _b1m, _b1v, _w2m, _w2v, _b2m, _b2v;
    private int _t;

    public MlpAdam(MlpNetwork net, float rate)
    {
        _rate = rate;
        _m1 = net.Embeddings.Select(e => new float[e.Length]).ToArray();
        _m2 = net.Embeddings.Select(e => new float[e.Length]).ToArray();
        _w1m = new float[net.W1.Length]; _w1v = new float[net.W1.Length];
        _b1m = new float[net.B1.Length]; _b1v = new float[net.B1.Length];
        _w2m = new float[net.W2.Length]; _w2v = new float[net.W2.Length];
        _b2m = new float[net.B2.Length]; _b2v = new float[net.B2.Length];
    }

    /// <summary>Applies the gradients of a batch of <paramref name="examples"/> examples and clears them.</summary>
    public void Step(MlpNetwork net, MlpGradients g, int examples)
    {
        _t++;
        float scale = 1f / examples;
        // Bias corrections folded into the step size.
        float rate = _rate * MathF.Sqrt(1 - MathF.Pow(Beta2, _t)) / (1 - MathF.Pow(Beta1, _t));
        Update(net.W1, g.W1, _w1m, _w1v, scale, rate);
        Update(net.B1, g.B1, _b1m, _b1v, scale, rate);
        Update(net.W2, g.W2, _w2m, _w2v, scale, rate);
        Update(net.B2, g.B2, _b2m, _b2v, scale, rate);
        for (int t = 0; t < MlpSlots.Tables; t++)
        {
            int dim = net.Dims[t];
            foreach (int row in g.Touched[t])
                Update(net.Embeddings[t].AsSpan(row * dim, dim), g.Embeddings[t].AsSpan(row * dim, dim),
                    _m1[t].AsSpan(row * dim, dim), _m2[t].AsSpan(row * dim, dim), scale, rate);
        }
        g.ClearTouched();
    }

    private static void Update(Span<float> w, Span<float> grad, Span<float> m, Span<float> v, float scale, float rate)
    {
        int n = w.Length, i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<float>.Count)
        {
            var vw = MemoryMarshal.Cast<float, Vector<float>>(w);
            var vg = MemoryMarshal.Cast<float, Vector<float>>(grad);
            var vm = MemoryMarshal.Cast<float, Vector<float>>(m);
            var vv = MemoryMarshal.Cast<float, Vector<float>>(v);
            var b1 = new Vector<float>(Beta1); var c1 = new Vector<float>(1 - Beta1);
            var b2 = new Vector<float>(Beta2); var c2 = new Vector<float>(1 - Beta2);
            var s = new Vector<float>(scale); var r = new Vector<float>(rate); var eps = new Vector<float>(Epsilon);
            for (int k = 0; k < vw.Length; k++)
            {
                var gk = vg[k] * s;
                vm[k] = b1 * vm[k] + c1 * gk;
                vv[k] = b2 * vv[k] + c2 * gk * gk;
                vw[k] -= r * vm[k] / (Vector.SquareRoot(vv[k]) + eps);
                vg[k] = Vector<float>.Zero;
            }
            i = vw.Length * Vector<float>.Count;
        }
        for (; i < n; i++)
        {
            float gk = grad[i] * scale;
            m[i] = Beta1 * m[i] + (1 - Beta1) * gk;
            v[i] = Beta2 * v[i] + (1 - Beta2) * gk * gk;
            w[i] -= rate * m[i] / (MathF.Sqrt(v[i]) + Epsilon);
            grad[i] = 0;
        }
    }
}
