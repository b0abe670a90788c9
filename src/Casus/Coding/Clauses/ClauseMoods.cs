using Casus.Coding.Verbs;
using Casus.Document;

namespace Casus.Coding.Clauses;

/// <summary>
/// Reads a coded clause's <see cref="ClauseMood"/>: the frame or verb that matched, the act it frames and the words
/// around its trigger say whether the act is taken back by its mood. The coders read it once per clause, with the code
/// and the act they hand the emitter, so that the emitter only honours it and never second-guesses a match.
/// </summary>
internal static class ClauseMoods
{
    /// <summary>Make a statement: the code a reported danger or a shared view takes when statements are coded.</summary>
    public static CameoCode Statement { get; } = CameoCode.Parse("010");

    /// <summary>The mood of the clause coded <paramref name="code"/> by <paramref name="pattern"/> at
    /// <paramref name="trigger"/>; <paramref name="act"/> is the framed act's pattern under a frame ("prepared to
    /// deploy": "deploy"), null when the event is the pattern's own. Each check first tests the code and the pattern,
    /// so a clause none of them concerns costs a few comparisons.</summary>
    public static ClauseMood Read(Article article, CameoCode code, VerbPattern pattern, VerbPattern? act, TokenSpan trigger)
    {
        // A readiness frame's threat needs its framed act: the frame alone holds out nothing.
        if (act != null && ConditionedReadiness.IsOpen(article, code, pattern, trigger)) return ClauseMood.Posture;
        // A rally verb's bare protest entry with an object in the parse mobilises others.
        if (RalliedOthers.IsMobilising(article, code, pattern, trigger)) return ClauseMood.OthersMobilised;
        // The warning verb is the act's own under a frame ("warned of retaliation" has none): the act's pattern counts.
        if (WarnedDangers.IsReport(article, code, act ?? pattern, trigger)) return ClauseMood.ReportedDanger;
        // Only the bare entry "agree": "agreed to <act>" frames an act and is read by its frame.
        if (act == null && AgreedPropositions.IsView(article, code, pattern, trigger)) return ClauseMood.SharedView;
        return ClauseMood.Asserted;
    }

    /// <summary>The evidence note for a clause of statement mood <paramref name="mood"/> coded
    /// <paramref name="code"/>, recoded to <see cref="Statement"/>.</summary>
    public static string StatementNote(ClauseMood mood, CameoCode code) => mood switch
    {
        ClauseMood.ReportedDanger => $"a warning that reports a danger is a statement: {code} → {Statement} (Coding/Clauses/WarnedDangers)",
        ClauseMood.SharedView => $"agreeing with a proposition is a statement: {code} → {Statement} (Coding/Clauses/AgreedPropositions)",
        _ => throw new ArgumentOutOfRangeException(nameof(mood), mood, "no statement mood"),
    };
}
