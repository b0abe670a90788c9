using System.Buffers;
using System.Numerics;

namespace Casus.Language.Entities;

/// <summary>
/// Exact second-order Viterbi decoding over the entity classes: the best class sequence under scores that depend on
/// the word and the two previous classes (<see cref="EntityLocalScores"/>), never an I-X after anything but B-X/I-X.
/// The state at a word is (previous class, class), 8 × 7; each step tries the 8 classes before that.
/// </summary>
public static class EntityViterbi
{
    private const int C = EntityLocalScores.Classes, S = EntityLocalScores.States;

    /// <summary>Writes the best class sequence of <paramref name="classes"/>.Length words given their local scores.
    /// Ties keep the earliest state in class order, so decoding is deterministic.</summary>
    public static void Decode<T>(ReadOnlySpan<T> local, Span<int> classes) where T : unmanaged, INumber<T>
    {
        int n = classes.Length;
        if (n == 0) return;
        const int states = S * C;
        Span<T> score = stackalloc T[states];
        Span<T> next = stackalloc T[states];
        Span<bool> live = stackalloc bool[states];
        Span<bool> nextLive = stackalloc bool[states];
        // back[i * states + state] = the class two words back (-1 before the sentence) on the best path into state.
        var back = ArrayPool<sbyte>.Shared.Rent(n * states);
        try
        {
            live.Clear();
            var first = local[..EntityLocalScores.Stride];
            for (int c = 0; c < C; c++)
            {
                if (!EntityRecognizer.Allowed(-1, c)) continue;
                score[c] = first[c]; // prev2 = -1, prev1 = -1: row 0
                live[c] = true;
                back[c] = -1;
            }
            for (int i = 1; i < n; i++)
            {
                var word = local.Slice(i * EntityLocalScores.Stride, EntityLocalScores.Stride);
                nextLive.Clear();
                for (int p1 = 0; p1 < C; p1++)
                    for (int c = 0; c < C; c++)
                    {
                        if (!EntityRecognizer.Allowed(p1, c)) continue;
                        int state = (p1 + 1) * C + c;
                        bool found = false;
                        T best = T.Zero;
                        int arg = -1;
                        for (int p2 = -1; p2 < C; p2++)
                        {
                            int from = (p2 + 1) * C + p1;
                            if (!live[from]) continue;
                            T s = score[from] + word[((p2 + 1) * S + p1 + 1) * C + c];
                            if (!found || s > best) { best = s; arg = p2; found = true; }
                        }
                        if (!found) continue;
                        next[state] = best;
                        nextLive[state] = true;
                        back[i * states + state] = (sbyte)arg;
                    }
                next.CopyTo(score);
                nextLive.CopyTo(live);
            }
            int end = -1;
            for (int s = 0; s < states; s++)
                if (live[s] && (end < 0 || score[s] > score[end])) end = s;
            int cur = end % C, prev = end / C - 1;
            for (int i = n - 1; i >= 0; i--)
            {
                classes[i] = cur;
                int before = back[i * states + (prev + 1) * C + cur];
                cur = prev;
                prev = before;
            }
        }
        finally { ArrayPool<sbyte>.Shared.Return(back); }
    }
}
