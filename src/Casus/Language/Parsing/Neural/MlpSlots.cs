namespace Casus.Language.Parsing.Neural;

/// <summary>
/// The input positions of the neural parser (after Chen and Manning 2014, adapted to arc-hybrid, where the first
/// buffer word already has left dependents): the top three stack and buffer words; the two leftmost and rightmost
/// children of s0 and s1 and the two leftmost of b0; the leftmost-of-leftmost and rightmost-of-rightmost grandchildren
/// of s0 and s1 and the leftmost-of-leftmost of b0. Each position feeds several embedding tables (its word, tag,
/// cluster, and for children its relation); a (table, position) pair is a slot with its own block of first-layer weights.
/// A fifth table reads the configuration's shape, which the perceptron's best templates use and the positions alone do
/// not show: the distances s0–b0 and s1–s0 and the left and right dependent counts of s0 and s1 and the left count of b0.
/// </summary>
internal static class MlpSlots
{
    /// <summary>Number of positions.</summary>
    public const int Positions = 21;
    /// <summary>The first position that is a child (and so has a relation).</summary>
    public const int FirstChild = 6;

    /// <summary>Embedding tables: words, tags, word clusters, relations.</summary>
    public const int WordTable = 0, TagTable = 1, ClusterTable = 2, LabelTable = 3, ShapeTable = 4, Tables = 5;

    /// <summary>Rows of the shape table: 0 for a missing word, distances 1–5, 6–10 and more (1–7), counts 0–4 and more (8–12).</summary>
    public const int ShapeIds = 13;

    // Pseudo-positions of the shape slots (after the word positions).
    private const int DistS0B0 = 100, DistS1S0 = 101, LeftS0 = 102, RightS0 = 103, LeftS1 = 104, RightS1 = 105, LeftB0 = 106;

    /// <summary>Table ids shared by words, tags and clusters: a missing position, the artificial root, an unknown value.</summary>
    public const int Null = 0, Root = 1, Unknown = 2, FirstKnown = 3;

    // Positions whose cluster is read: the stack and buffer words and the first children (the deeper ones add
    // little and each slot costs a block of first-layer weights).
    private static readonly int[] ClusterPositions = [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 14];

    /// <summary>The slots in input order: (table, position).</summary>
    public static readonly (int Table, int Position)[] All = Build();

    /// <summary>Number of slots.</summary>
    public static int Count => All.Length;

    private static (int, int)[] Build()
    {
        var list = new List<(int, int)>();
        for (int p = 0; p < Positions; p++) list.Add((WordTable, p));
        for (int p = 0; p < Positions; p++) list.Add((TagTable, p));
        foreach (int p in ClusterPositions) list.Add((ClusterTable, p));
        for (int p = FirstChild; p < Positions; p++) list.Add((LabelTable, p));
        foreach (int p in new[] { DistS0B0, DistS1S0, LeftS0, RightS0, LeftS1, RightS1, LeftB0 }) list.Add((ShapeTable, p));
        return list.ToArray();
    }

    /// <summary>Writes the token (1..n, 0 the root, -1 none) at each position of <paramref name="st"/>.</summary>
    public static void Tokens(ArcHybridState st, Span<int> tokens)
    {
        int s0 = st.StackAt(0), s1 = st.StackAt(1);
        int b0 = st.BufferAt(0);
        tokens[0] = s0; tokens[1] = s1; tokens[2] = st.StackAt(2);
        tokens[3] = b0; tokens[4] = st.BufferAt(1); tokens[5] = st.BufferAt(2);
        int s0l1 = Child(st.Left1, s0), s0r1 = Child(st.Right1, s0);
        int s1l1 = Child(st.Left1, s1), s1r1 = Child(st.Right1, s1);
        int b0l1 = Child(st.Left1, b0);
        tokens[6] = s0l1; tokens[7] = Child(st.Left2, s0); tokens[8] = s0r1; tokens[9] = Child(st.Right2, s0);
        tokens[10] = s1l1; tokens[11] = Child(st.Left2, s1); tokens[12] = s1r1; tokens[13] = Child(st.Right2, s1);
        tokens[14] = b0l1; tokens[15] = Child(st.Left2, b0);
        tokens[16] = Child(st.Left1, s0l1); tokens[17] = Child(st.Right1, s0r1);
        tokens[18] = Child(st.Left1, s1l1); tokens[19] = Child(st.Right1, s1r1);
        tokens[20] = Child(st.Left1, b0l1);
    }

    private static int Child(int[] children, int word) => word >= 0 ? children[word] : -1;

    /// <summary>Writes each slot's table id for the state: the sentence's word, tag and cluster ids at the positions'
    /// tokens (<see cref="Null"/> for none, <see cref="Root"/> for the root) and the relations (0 none, else 1 + label).</summary>
    public static void Ids(ArcHybridState st, MlpSentence sentence, Span<int> tokens, Span<int> ids)
    {
        Tokens(st, tokens);
        var all = All;
        for (int k = 0; k < all.Length; k++)
        {
            var (table, p) = all[k];
            if (table == ShapeTable) { ids[k] = Shape(st, p, tokens); continue; }
            int t = tokens[p];
            ids[k] = table switch
            {
                LabelTable => t < 0 ? Null : 1 + st.Label[t],
                _ when t < 0 => Null,
                _ when t == 0 => Root,
                WordTable => sentence.Word[t],
                TagTable => sentence.Tag[t],
                _ => sentence.Cluster[t],
            };
        }
    }

    private static int Shape(ArcHybridState st, int slot, ReadOnlySpan<int> tokens)
    {
        int s0 = tokens[0], s1 = tokens[1], b0 = tokens[3];
        return slot switch
        {
            DistS0B0 => Distance(s0, b0),
            DistS1S0 => Distance(s1, s0),
            LeftS0 => Dependents(st.LeftCount, s0),
            RightS0 => Dependents(st.RightCount, s0),
            LeftS1 => Dependents(st.LeftCount, s1),
            RightS1 => Dependents(st.RightCount, s1),
            _ => Dependents(st.LeftCount, b0),
        };
    }

    private static int Distance(int a, int b)
    {
        if (a < 0 || b < 0) return 0;
        int d = Math.Abs(b - a);
        return d <= 5 ? d : d <= 10 ? 6 : 7;
    }

    private static int Dependents(int[] counts, int word) => word < 0 ? 0 : 8 + Math.Min(counts[word], 4);
}
