namespace Casus.Language.Parsing.Neural;

/// <summary>Gradients of a <see cref="MlpNetwork"/>'s weights, summed over a minibatch. The embedding gradients are
/// sparse in practice: the rows a batch touched are listed, so the optimiser visits and clears only those.</summary>
internal sealed class MlpGradients
{
    public MlpGradients(MlpNetwork net)
    {
        Embeddings = new float[MlpSlots.Tables][];
        Touched = new List<int>[MlpSlots.Tables];
        Marked = new bool[MlpSlots.Tables][];
        for (int t = 0; t < MlpSlots.Tables; t++)
        {
            Embeddings[t] = new float[net.Embeddings[t].Length];
            Touched[t] = [];
            Marked[t] = new bool[net.Rows[t]];
        }
        W1 = new float[net.W1.Length];
        B1 = new float[net.B1.Length];
        W2 = new float[net.W2.Length];
        B2 = new float[net.B2.Length];
    }

    public float[][] Embeddings { get; }
    /// <summary>Embedding rows with a gradient, per table.</summary>
    public List<int>[] Touched { get; }
    private bool[][] Marked { get; }
    public float[] W1 { get; }
    public float[] B1 { get; }
    public float[] W2 { get; }
    public float[] B2 { get; }

    /// <summary>Notes that row <paramref name="row"/> of table <paramref name="table"/> has a gradient.</summary>
    public void Touch(int table, int row)
    {
        if (Marked[table][row]) return;
        Marked[table][row] = true;
        Touched[table].Add(row);
    }

    /// <summary>Forgets the touched rows (after the optimiser has cleared their gradients).</summary>
    public void ClearTouched()
    {
        for (int t = 0; t < MlpSlots.Tables; t++)
        {
            foreach (int r in Touched[t]) Marked[t][r] = false;
            Touched[t].Clear();
        }
    }
}
