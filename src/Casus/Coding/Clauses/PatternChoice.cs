using Casus.Coding.Verbs;

namespace Casus.Coding.Clauses;

/// <summary>
/// Which of two patterns matched at one verb the coder takes. A pattern whose <c>&lt;obj&gt;</c> slot stayed empty
/// cannot be coded (<see cref="ParseCoder"/> drops such an act unless a compound subject acts reciprocally), so any
/// pattern the clause satisfies in full beats it, whatever the scores: "Syrian rebels surrendered" takes the bare
/// <c>surrender</c> rather than losing the act to <c>surrender (to) &lt;obj&gt;</c>, and "rebels killed soldiers"
/// takes <c>kill &lt;obj&gt;</c> rather than <c>kill soldiers (of) &lt;obj&gt;</c> with nothing behind "of". Among
/// patterns equally complete, the higher score wins. On a tie, a pattern whose code is a leaf of the other's
/// residual code wins ("not specified below": 070 → 073, 112 → 1123), whichever is listed first: the residual codes
/// are for acts no leaf describes, and a tie means the leaf's words were found as well as the general one's
/// ("providing $144 million in new humanitarian assistance": <c>provide aid|assistance</c> and <c>provide
/// humanitarian</c> both skip the amount). Other ties go to the first listed. Before the score, a pattern whose kind
/// word is one of several listed kinds (<see cref="ListedKinds"/>) loses to the root's general pattern.
/// </summary>
internal static class PatternChoice
{
    /// <summary>True when <paramref name="candidate"/> should replace <paramref name="best"/>.</summary>
    public static bool Better(in TreeMatch candidate, in TreeMatch best)
    {
        bool c = IsComplete(in candidate), b = IsComplete(in best);
        if (c != b) return c;
        // A kind word that is one item of a list ("economic, health, and security assistance") names no single kind:
        // the root's general entry, whose code the listed one refines, reads the whole list. An entry of another root
        // is no reading of the list ("economic and security cooperation" is not 05's diplomatic cooperation).
        if (candidate.ListedKind && !best.ListedKind && Refines(candidate.Pattern.Code, best.Pattern.Code)) return false;
        if (best.ListedKind && !candidate.ListedKind && Refines(best.Pattern.Code, candidate.Pattern.Code)) return true;
        if (candidate.Score != best.Score) return candidate.Score > best.Score;
        return Refines(candidate.Pattern.Code, best.Pattern.Code);
    }

    /// <summary>True when <paramref name="leaf"/> is a more specific code under <paramref name="residual"/>: the same
    /// root, where <paramref name="residual"/> is the root's "not specified below" code (x0: 070 → 073) or
    /// <paramref name="leaf"/> is a four-digit code under <paramref name="residual"/>'s three (112 → 1123).</summary>
    public static bool Refines(CameoCode leaf, CameoCode residual)
    {
        string l = leaf.Digits, r = residual.Digits;
        if (l == r || l.Length < 3 || r.Length != 3 || string.CompareOrdinal(l, 0, r, 0, 2) != 0) return false;
        if (r[2] == '0') return true;
        return l.Length == 4 && l.StartsWith(r, StringComparison.Ordinal);
    }

    /// <summary>True when every slot the pattern needs for an event is filled: it has no <c>&lt;obj&gt;</c> (or only an
    /// optional <c>(&lt;obj&gt;)</c>), the slot found an actor (or the passive's subject stands in it), or a coded
    /// complement carries the act.</summary>
    public static bool IsComplete(in TreeMatch m)
        => m.TargetNode >= 0 || m.TargetIsPatient || m.ComplementPattern != null || !m.Pattern.HasRequiredTarget;
}
