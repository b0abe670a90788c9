using Casus.Coding.Verbs;

namespace Casus.Coding.Clauses;

/// <summary>
/// Which of two patterns matched at one verb the coder takes. A pattern whose <c>&lt;obj&gt;</c> slot stayed empty
/// cannot be coded (<see cref="ParseCoder"/> drops such an act unless a compound subject acts reciprocally), so any
/// pattern the clause satisfies in full beats it, whatever the scores: "Syrian rebels surrendered" takes the bare
/// <c>surrender</c> rather than losing the act to <c>surrender (to) &lt;obj&gt;</c>, and "rebels killed soldiers"
/// takes <c>kill &lt;obj&gt;</c> rather than <c>kill soldiers (of) &lt;obj&gt;</c> with nothing behind "of". Among
/// patterns equally complete, the higher score wins (ties: the first listed), as before.
/// </summary>
internal static class PatternChoice
{
    /// <summary>True when <paramref name="candidate"/> should replace <paramref name="best"/>.</summary>
    public static bool Better(in TreeMatch candidate, in TreeMatch best)
    {
        bool c = IsComplete(in candidate), b = IsComplete(in best);
        if (c != b) return c;
        return candidate.Score > best.Score;
    }

    /// <summary>True when every slot the pattern needs for an event is filled: it has no <c>&lt;obj&gt;</c> (or only an
    /// optional <c>(&lt;obj&gt;)</c>), the slot found an actor (or the passive's subject stands in it), or a coded
    /// complement carries the act.</summary>
    public static bool IsComplete(in TreeMatch m)
        => m.TargetNode >= 0 || m.TargetIsPatient || m.ComplementPattern != null || !m.Pattern.HasRequiredTarget;
}
