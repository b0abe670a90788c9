namespace Casus.Language.Parsing;

/// <summary>The three transitions of the arc-hybrid system.</summary>
internal enum ParserAction : byte
{
    /// <summary>Moves the first buffer word onto the stack.</summary>
    Shift = 0,
    /// <summary>Attaches the stack top to the first buffer word and pops it.</summary>
    Left = 1,
    /// <summary>Attaches the stack top to the word below it and pops it.</summary>
    Right = 2,
}

/// <summary>
/// A configuration of the arc-hybrid transition system (Kuhlmann et al. 2011) over words 1..n with an artificial
/// root 0 at the bottom of the stack. Words on the stack or in the buffer have no head yet; a word gets its head
/// when it is popped. The root may take only one dependent, and only as the last transition, so every parse is a
/// single tree. All arrays are sized once and reused across sentences; transitions allocate nothing.
/// </summary>
internal sealed class ArcHybridState
{
    /// <summary>No token (an empty stack or buffer position, or a missing child).</summary>
    public const int None = -1;

    public int Length;          // n, the number of words
    public int[] Stack = Array.Empty<int>();
    public int StackSize;
    public int Buffer;          // index of the first buffer word; the buffer is Buffer..n
    public int[] Head = Array.Empty<int>();
    public int[] Label = Array.Empty<int>();
    public int[] Left1 = Array.Empty<int>(), Left2 = Array.Empty<int>();
    public int[] Right1 = Array.Empty<int>(), Right2 = Array.Empty<int>();
    public int[] LeftCount = Array.Empty<int>(), RightCount = Array.Empty<int>();
    public ulong[] LeftLabels = Array.Empty<ulong>(), RightLabels = Array.Empty<ulong>();

    /// <summary>Resets the state for a sentence of <paramref name="n"/> words, growing the arrays when needed.</summary>
    public void Reset(int n)
    {
        if (Head.Length < n + 1)
        {
            int size = Math.Max(n + 1, Head.Length * 2);
            Stack = new int[size]; Head = new int[size]; Label = new int[size];
            Left1 = new int[size]; Left2 = new int[size]; Right1 = new int[size]; Right2 = new int[size];
            LeftCount = new int[size]; RightCount = new int[size];
            LeftLabels = new ulong[size]; RightLabels = new ulong[size];
        }
        Length = n;
        for (int i = 0; i <= n; i++)
        {
            Head[i] = None; Label[i] = None;
            Left1[i] = Left2[i] = Right1[i] = Right2[i] = None;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }
        Stack[0] = 0;
        StackSize = 1;
        Buffer = 1;
    }

    /// <summary>Makes this state a copy of <paramref name="other"/> (beam search branches a state by copying it; only
    /// the words of the sentence are copied, and the arrays are reused).</summary>
    public void CopyFrom(ArcHybridState other)
    {
        int n = other.Length;
        if (Head.Length < n + 1)
        {
            int size = other.Head.Length;
            Stack = new int[size]; Head = new int[size]; Label = new int[size];
            Left1 = new int[size]; Left2 = new int[size]; Right1 = new int[size]; Right2 = new int[size];
            LeftCount = new int[size]; RightCount = new int[size];
            LeftLabels = new ulong[size]; RightLabels = new ulong[size];
        }
        Length = n; StackSize = other.StackSize; Buffer = other.Buffer;
        int m = n + 1;
        Array.Copy(other.Stack, Stack, other.StackSize);
        Array.Copy(other.Head, Head, m); Array.Copy(other.Label, Label, m);
        Array.Copy(other.Left1, Left1, m); Array.Copy(other.Left2, Left2, m);
        Array.Copy(other.Right1, Right1, m); Array.Copy(other.Right2, Right2, m);
        Array.Copy(other.LeftCount, LeftCount, m); Array.Copy(other.RightCount, RightCount, m);
        Array.Copy(other.LeftLabels, LeftLabels, m); Array.Copy(other.RightLabels, RightLabels, m);
    }

    /// <summary>True once the buffer is empty and only the root is left on the stack.</summary>
    public bool IsTerminal => Buffer > Length && StackSize == 1;

    /// <summary>The stack word at depth <paramref name="depth"/> (0 = top), or <see cref="None"/>.</summary>
    public int StackAt(int depth) => depth < StackSize ? Stack[StackSize - 1 - depth] : None;

    /// <summary>The buffer word at offset <paramref name="offset"/>, or <see cref="None"/>.</summary>
    public int BufferAt(int offset) => Buffer + offset <= Length ? Buffer + offset : None;

    /// <summary>Whether <paramref name="action"/> may be applied now.</summary>
    public bool IsValid(ParserAction action) => action switch
    {
        ParserAction.Shift => Buffer <= Length,
        ParserAction.Left => StackSize >= 2 && Buffer <= Length,
        // The root takes its single dependent only when nothing else is left.
        _ => StackSize >= 3 || (StackSize == 2 && Buffer > Length),
    };

    /// <summary>Applies a transition; <paramref name="label"/> is the relation of the arc it makes (ignored for shift).</summary>
    public void Apply(ParserAction action, int label)
    {
        switch (action)
        {
            case ParserAction.Shift:
                Stack[StackSize++] = Buffer++;
                break;
            case ParserAction.Left:
            {
                int dep = Stack[--StackSize], head = Buffer;
                Head[dep] = head; Label[dep] = label;
                // Left dependents of a buffer word arrive right to left, so the newest is the leftmost.
                Left2[head] = Left1[head]; Left1[head] = dep;
                LeftCount[head]++; LeftLabels[head] |= 1UL << (label & 63);
                break;
            }
            default:
            {
                int dep = Stack[--StackSize], head = Stack[StackSize - 1];
                Head[dep] = head; Label[dep] = label;
                // Right dependents arrive left to right, so the newest is the rightmost.
                Right2[head] = Right1[head]; Right1[head] = dep;
                RightCount[head]++; RightLabels[head] |= 1UL << (label & 63);
                break;
            }
        }
    }
}
